package dev.backendbuilder.design;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The files {@code builder:init} writes: a commented starter design that uses every section, the
 * JSON Schema for editors, and a minimal pom. Names are derived from the folder the user is in.
 */
public final class StarterDesign {

    /** Where init places the schema, relative to the design; the starter's modeline points here. */
    public static final String SCHEMA_PATH = ".builder/design-v1.schema.json";
    public static final String DEFAULT_GROUP_ID = "com.example";

    private StarterDesign() {
    }

    /** A valid {@code app.name} (artifactId) from a folder name: {@code "My Service"} → {@code my-service}. */
    public static String appNameFor(String folderName) {
        String kebab = Names.kebabCase(Names.camelCase(folderName.replaceAll("[^A-Za-z0-9]+", " ").trim()));
        String cleaned = kebab.replaceAll("[^a-z0-9-]", "").replaceAll("^[^a-z]+", "");
        return cleaned.isEmpty() ? "app" : cleaned;
    }

    /** {@code com.example.<name without dashes>}; a reserved word gets a suffix to stay legal. */
    public static String packageFor(String appName) {
        String last = appName.replace("-", "").toLowerCase(Locale.ROOT);
        return DEFAULT_GROUP_ID + "." + (Names.JAVA_RESERVED.contains(last) ? last + "app" : last);
    }

    public static String designYaml(String appName) {
        return resource("design.yaml")
            .replace("{{name}}", appName)
            .replace("{{package}}", packageFor(appName));
    }

    public static String pom(String appName, String pluginVersion) {
        return resource("pom.xml")
            .replace("{{groupId}}", DEFAULT_GROUP_ID)
            .replace("{{name}}", appName)
            .replace("{{pluginVersion}}", pluginVersion);
    }

    public static byte[] schema() {
        try (InputStream in = SchemaCheck.openSchema()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the design schema from the plugin jar", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = StarterDesign.class.getResourceAsStream("/dev/backendbuilder/init/" + name)) {
            if (in == null) {
                throw new IllegalStateException("starter file " + name + " is missing from the plugin jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read starter file " + name, e);
        }
    }
}
