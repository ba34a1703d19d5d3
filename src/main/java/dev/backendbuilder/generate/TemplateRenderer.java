package dev.backendbuilder.generate;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders the generation templates with FreeMarker. A template in the user's override folder
 * ({@code builder.generate.templates}) replaces the shipped one of the same relative path; every
 * other template comes from the plugin jar ({@code /templates}).
 */
public final class TemplateRenderer {

    private static final String CLASSPATH_ROOT = "/templates";

    private final Configuration configuration;
    private final Path overrides;

    public TemplateRenderer(Path overrides) throws IOException {
        this.overrides = overrides;
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrides != null) {
            if (!Files.isDirectory(overrides)) {
                throw new IOException("The template folder " + overrides + " does not exist; create it or remove"
                        + " builder.generate.templates");
            }
            loaders.add(new FileTemplateLoader(overrides.toFile()));
        }
        loaders.add(new ClassTemplateLoader(TemplateRenderer.class, CLASSPATH_ROOT));
        configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
    }

    /**
     * Parses these templates ahead of rendering (FreeMarker caches them), so the parsing can run
     * while the design loads. A template that does not parse is left for {@link #render} to report.
     */
    public void preload(java.util.Collection<String> templates) {
        for (String template : templates) {
            try {
                configuration.getTemplate(template);
            } catch (IOException e) {
                // reported, with its location, when the template is rendered
            }
        }
    }

    /** Whether the user's folder overrides this template. */
    public boolean isOverridden(String template) {
        return overrides != null && Files.isRegularFile(overrides.resolve(template));
    }

    private String origin(String template) {
        return "Template " + template + (isOverridden(template) ? " (from " + overrides + ")" : "");
    }

    /** Renders {@code template} with {@code model}; a broken template names itself and the line. */
    public String render(String template, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
            configuration.getTemplate(template).process(model, out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new GenerationException("Template " + template + " was not found in the plugin"
                    + (overrides == null ? "" : " or in " + overrides) + ".", e);
        } catch (TemplateException e) {
            // FreeMarker's first line alone can be "The following has evaluated to null or missing:": add what it blames.
            String detail = e.getMessageWithoutStackTop().lines().findFirst().orElse("");
            String blamed = e.getBlamedExpressionString();
            if (blamed != null && !detail.contains(blamed)) {
                detail = detail.endsWith(":") ? detail + " " + blamed : detail + " (" + blamed + ")";
            }
            // a model method that threw: FreeMarker says "see cause exception", so name the cause
            Throwable cause = e.getCause();
            while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause != null) {
                detail += " Cause: " + cause;
            }
            throw new GenerationException(origin(template) + " failed at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + detail, e);
        } catch (ParseException e) {
            throw syntaxError(template, e);
        } catch (IOException e) {
            // A template that failed to parse while preloading comes back as "error on an earlier attempt": say why.
            if (e.getCause() instanceof ParseException cause) {
                throw syntaxError(template, cause);
            }
            throw new GenerationException("Template " + template + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A syntax error is an IOException to FreeMarker; report it as the template's fault, located. */
    private GenerationException syntaxError(String template, ParseException e) {
        return new GenerationException(origin(template) + " has a syntax error at line " + e.getLineNumber()
                + ", column " + e.getColumnNumber() + ": " + e.getEditorMessage().lines().findFirst().orElse(""), e);
    }
}
