package dev.backendbuilder.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Level;
import dev.backendbuilder.gate.ResultStore;
import dev.backendbuilder.gate.Status;
import dev.backendbuilder.gate.Violation;
import dev.backendbuilder.security.SarifWriter;
import dev.backendbuilder.security.SecurityReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the report's files into the results folder: {@code implementation-report.md}, {@code .json}
 * (validated against the schema shipped in the jar first), {@code .html}, and {@code builder.sarif}
 * with every finding of every gate. Each file is written to a temporary file and moved into place.
 * The files keep the time of writing: a fixed modification time (the report's {@code generatedAt})
 * would make Maven's installer take a changed report of the same size for the installed one and
 * skip copying it.
 */
public final class ReportWriter {

    /** The JSON Schema of the JSON form, in the plugin jar. */
    public static final String SCHEMA = "/dev/backendbuilder/report/implementation-report.schema.json";
    /** Base name of the report files. */
    public static final String NAME = "implementation-report";
    /** The merged SARIF file. */
    public static final String SARIF = "builder.sarif";

    private static final Pattern FILE_LINE = Pattern.compile("(.+\\.[A-Za-z0-9]+):(\\d+)");
    private static final SarifWriter.Tool GATES = new SarifWriter.Tool("builder-gates",
            "builder-maven-plugin quality gates (coverage, benchmark, conformance, …)",
            "https://maven.apache.org/plugins/");

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final String pluginVersion;

    public ReportWriter(String pluginVersion) {
        this.pluginVersion = pluginVersion;
    }

    /**
     * The files written, by format ({@code md}, {@code json}, {@code html}, {@code sarif}).
     *
     * @param files by format, in this order
     */
    public record Written(Map<String, Path> files) {
    }

    /** Writes every format; the JSON is checked against the schema before anything is written. */
    public Written write(ImplementationReport report, Path folder) throws IOException {
        String jsonText = json(report);
        List<String> problems = validate(json.readTree(jsonText));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the implementation report does not match its schema " + SCHEMA + ": "
                    + String.join("; ", problems));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("md", new MarkdownRenderer().render(report));
        texts.put("json", jsonText);
        texts.put("html", new HtmlRenderer().render(report));
        texts.put("sarif", sarif(report.gates(), folder));
        Files.createDirectories(folder);
        Map<String, Path> files = new LinkedHashMap<>();
        for (Map.Entry<String, String> text : texts.entrySet()) {
            Path target = folder.resolve(text.getKey().equals("sarif") ? SARIF : NAME + "." + text.getKey());
            ResultStore.writeAtomically(target, text.getValue());
            files.put(text.getKey(), target);
        }
        return new Written(files);
    }

    /** The JSON text of the report. */
    public String json(ImplementationReport report) {
        try {
            return json.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the implementation report", e);
        }
    }

    /** The schema's complaints about a JSON report, each {@code /pointer: message}; empty when valid. */
    public static List<String> validate(JsonNode document) {
        return SchemaHolder.SCHEMA_INSTANCE.validate(document).stream().map(ValidationMessage::getMessage).sorted()
                .toList();
    }

    /**
     * The merged SARIF: the runs of every {@code <area>.sarif} a gate wrote (the security gate's, with
     * its rules, severities and suppressions), then one run with the violations of the other gates.
     */
    String sarif(List<GateResult> gates, Path folder) throws IOException {
        SarifWriter writer = new SarifWriter(pluginVersion);
        List<JsonNode> runs = new ArrayList<>();
        List<SecurityReport.Item> items = new ArrayList<>();
        for (GateResult gate : gates) {
            Path own = folder.resolve(gate.area() + ".sarif");
            if (Files.isRegularFile(own)) {
                JsonNode document;
                try {
                    document = json.readTree(Files.readString(own, StandardCharsets.UTF_8));
                } catch (JsonProcessingException e) {
                    throw new IOException(own + " is not valid JSON (" + e.getOriginalMessage() + "); run builder:"
                            + gate.area() + " again", e);
                }
                document.path("runs").forEach(runs::add);
                continue;
            }
            if (gate.status() == Status.ERROR) {
                items.add(new SecurityReport.Item(SecurityReport.Kind.RULE, gate.area() + ".error",
                        SecurityReport.Outcome.ERROR, gate.area() + " gate could not run: " + gate.summary(), null, null,
                        null, gate.summary(), null));
            }
            for (Violation violation : gate.violations()) {
                items.add(item(gate.area(), violation));
            }
        }
        runs.add(writer.run(GATES, items));
        return writer.document(runs);
    }

    private static SecurityReport.Item item(String area, Violation violation) {
        String file = null;
        Integer line = null;
        String location = violation.location();
        if (location != null) {
            Matcher matcher = FILE_LINE.matcher(location);
            if (matcher.matches()) {
                file = matcher.group(1);
                line = Integer.parseInt(matcher.group(2));
            } else if (location.contains("/")) {
                file = location;
            }
        }
        String message = violation.message() + (location != null && file == null ? " (" + location + ")" : "");
        return new SecurityReport.Item(SecurityReport.Kind.RULE, violation.rule(),
                violation.level() == Level.ERROR ? SecurityReport.Outcome.ERROR : SecurityReport.Outcome.WARNING,
                message, file, line, null, area + " gate: " + violation.message()
                        + (violation.expected() == null ? "" : " (expected " + violation.expected() + ")"), null);
    }

    /** The schema, loaded once. */
    private static final class SchemaHolder {

        static final JsonSchema SCHEMA_INSTANCE = load();

        private static JsonSchema load() {
            try (InputStream in = ReportWriter.class.getResourceAsStream(SCHEMA)) {
                if (in == null) {
                    throw new IllegalStateException(SCHEMA + " is missing from the plugin jar");
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SCHEMA, e);
            }
        }
    }
}
