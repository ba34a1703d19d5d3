package dev.backendbuilder.report;

import dev.backendbuilder.report.ImplementationReport.Configuration;
import dev.backendbuilder.report.ImplementationReport.EnvironmentVariable;
import dev.backendbuilder.report.ImplementationReport.Property;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The application's configuration: every property of {@code src/main/resources/application*.yml|yaml|properties}
 * (YAML flattened to dotted keys, one entry per document of a multi-document file) and every
 * environment variable it reads through a {@code ${NAME}} or {@code ${NAME:default}} placeholder.
 */
public final class ConfigurationReader {

    /** Where Spring Boot's configuration files live in the sources. */
    public static final String FOLDER = "src/main/resources";

    private static final Pattern FILE = Pattern.compile("(application|bootstrap)([-.].*)?\\.(ya?ml|properties)");
    private static final Pattern ENVIRONMENT = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    /** The configuration files of the module, relative to it, sorted. */
    public List<String> files(Path basedir) throws IOException {
        Path folder = basedir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> stream = Files.walk(folder, 2)) {
            return stream.filter(Files::isRegularFile).filter(p -> FILE.matcher(p.getFileName().toString()).matches())
                    .map(p -> basedir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** Properties and environment variables of the configuration files. */
    public Configuration read(Path basedir) throws IOException {
        List<Property> properties = new ArrayList<>();
        for (String file : files(basedir)) {
            String text = Files.readString(basedir.resolve(file), StandardCharsets.UTF_8);
            Map<String, String> values = file.endsWith(".properties") ? properties(text) : yaml(text, file);
            values.forEach((key, value) -> properties.add(new Property(key, value, file)));
        }
        Map<String, String> defaults = new TreeMap<>();
        Map<String, TreeSet<String>> users = new TreeMap<>();
        for (Property property : properties) {
            Matcher matcher = ENVIRONMENT.matcher(property.value() == null ? "" : property.value());
            while (matcher.find()) {
                users.computeIfAbsent(matcher.group(1), k -> new TreeSet<>()).add(property.key());
                if (matcher.group(2) != null) {
                    defaults.putIfAbsent(matcher.group(1), matcher.group(2));
                }
            }
        }
        List<EnvironmentVariable> environment = users.entrySet().stream()
                .map(e -> new EnvironmentVariable(e.getKey(), defaults.get(e.getKey()), List.copyOf(e.getValue())))
                .toList();
        return new Configuration(properties, environment);
    }

    private static Map<String, String> properties(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        Map<String, String> sorted = new TreeMap<>();
        properties.forEach((k, v) -> sorted.put(String.valueOf(k), String.valueOf(v)));
        return sorted;
    }

    private static Map<String, String> yaml(String text, String file) throws IOException {
        Map<String, String> flat = new LinkedHashMap<>();
        try {
            Load load = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(50)
                    .build());
            int document = 0;
            for (Object root : load.loadAllFromString(text)) {
                document++;
                flatten(document == 1 ? "" : "[" + document + "]", root, flat);
            }
        } catch (YamlEngineException e) {
            throw new IOException(file + " is not valid YAML (" + e.getMessage().lines().findFirst().orElse("")
                    + "); fix the file, Spring Boot would not start with it either", e);
        }
        return flat;
    }

    private static void flatten(String prefix, Object node, Map<String, String> flat) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() || prefix.endsWith("]") && !prefix.contains(".")
                    && prefix.startsWith("[") ? prefix + key : prefix + "." + key, value, flat));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), flat);
            }
        } else if (!prefix.isEmpty()) {
            flat.put(prefix, node == null ? "" : String.valueOf(node));
        }
    }
}
