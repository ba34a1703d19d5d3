package dev.backendbuilder.report;

import dev.backendbuilder.report.ImplementationReport.Count;
import dev.backendbuilder.report.ImplementationReport.Deployment;
import dev.backendbuilder.report.ImplementationReport.Documentation;
import dev.backendbuilder.report.ImplementationReport.Endpoint;
import dev.backendbuilder.report.ImplementationReport.Excerpt;
import dev.backendbuilder.report.ImplementationReport.Property;
import dev.backendbuilder.report.ImplementationReport.SourceFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Facts read from the module's folder: source folders with packages and class counts, container and
 * deployment files, health endpoints, documentation, and short excerpts of real files.
 */
public final class ProjectFiles {

    private static final List<String> DEPLOYMENT_FILES = List.of("Dockerfile", "Containerfile", ".dockerignore",
            "compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml", ".env.example", "Procfile",
            "fly.toml", "app.yaml", "skaffold.yaml", "Jenkinsfile", ".gitlab-ci.yml");
    private static final List<String> DEPLOYMENT_FOLDERS = List.of("k8s", "kubernetes", "helm", "charts", "deploy",
            "deployment", ".github/workflows");
    private static final int EXCERPT_LINES = 30;

    private final Path basedir;

    public ProjectFiles(Path basedir) {
        this.basedir = basedir;
    }

    /** A source folder with its packages and the number of {@code .java} files in each; {@code null} when absent. */
    public SourceFolder sourceFolder(Path root, String kind) throws IOException {
        if (!Files.isDirectory(root)) {
            return null;
        }
        Map<String, Integer> packages = new TreeMap<>();
        try (Stream<Path> stream = Files.walk(root)) {
            stream.filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().equals("package-info.java")
                    && !p.getFileName().toString().equals("module-info.java")).forEach(file -> {
                        Path parent = root.relativize(file).getParent();
                        String name = parent == null ? "(default package)" : parent.toString().replace('\\', '.').replace('/', '.');
                        packages.merge(name, 1, Integer::sum);
                    });
        }
        return new SourceFolder(relative(root), kind,
                packages.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList());
    }

    /** Container and deployment files, health endpoints the configuration exposes, the migration tool. */
    public Deployment deployment(List<Property> properties, List<String> artifactIds, boolean migrations)
            throws IOException {
        List<String> files = new ArrayList<>();
        for (String name : DEPLOYMENT_FILES) {
            if (Files.isRegularFile(basedir.resolve(name))) {
                files.add(name);
            }
        }
        for (String name : DEPLOYMENT_FOLDERS) {
            Path folder = basedir.resolve(name);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> stream = Files.walk(folder, 4)) {
                    stream.filter(Files::isRegularFile).map(this::relative).sorted().forEach(files::add);
                }
            }
        }
        List<String> health = new ArrayList<>();
        if (artifactIds.contains("spring-boot-starter-actuator")) {
            String base = value(properties, "management.endpoints.web.base-path").orElse("/actuator");
            health.add(base + "/health");
            if (value(properties, "management.endpoint.health.probes.enabled").filter("true"::equals).isPresent()) {
                health.add(base + "/health/liveness");
                health.add(base + "/health/readiness");
            }
            String exposed = value(properties, "management.endpoints.web.exposure.include").orElse("health");
            for (String endpoint : exposed.split(",")) {
                String name = endpoint.strip();
                if (!name.isEmpty() && !name.equals("health")) {
                    health.add(base + "/" + (name.equals("*") ? "**" : name));
                }
            }
        }
        String tool = artifactIds.stream().anyMatch(a -> a.startsWith("flyway")) || migrations ? "Flyway"
                : artifactIds.stream().anyMatch(a -> a.startsWith("liquibase")) ? "Liquibase" : null;
        return new Deployment(files, health, tool);
    }

    /** API documentation, README, design file, and which environment variables the README names. */
    public Documentation documentation(List<Property> properties, List<String> artifactIds, List<String> variables)
            throws IOException {
        String apiSpec = null;
        if (artifactIds.stream().anyMatch(a -> a.startsWith("springdoc-openapi"))) {
            apiSpec = value(properties, "springdoc.api-docs.path").orElse("/v3/api-docs");
        }
        String readme = Stream.of("README.md", "README.adoc", "README.txt", "README").filter(
                name -> Files.isRegularFile(basedir.resolve(name))).findFirst().orElse(null);
        List<String> documented = new ArrayList<>();
        if (readme != null) {
            String text = Files.readString(basedir.resolve(readme), StandardCharsets.UTF_8);
            variables.stream().filter(text::contains).forEach(documented::add);
        }
        String design = Files.isRegularFile(basedir.resolve("design.yaml")) ? "design.yaml" : null;
        return new Documentation(apiSpec, readme, design, documented);
    }

    /**
     * A few real excerpts: the first controller, the first migration and the first test class, each
     * cut at {@value #EXCERPT_LINES} lines.
     */
    public List<Excerpt> examples(List<Path> mainRoots, List<Path> testRoots, List<Endpoint> endpoints,
            String migrationFolder, List<String> migrations) throws IOException {
        List<Excerpt> excerpts = new ArrayList<>();
        if (!endpoints.isEmpty()) {
            String controller = endpoints.get(0).handler().replaceFirst("\\.[^.]*$", "");
            find(mainRoots, controller + ".java").ifPresent(file -> excerpts.add(excerpt("A controller", file, "java")));
        }
        if (migrationFolder != null && !migrations.isEmpty()) {
            excerpts.add(excerpt("A migration", basedir.resolve(migrationFolder).resolve(migrations.get(0)), "sql"));
        }
        for (Path root : testRoots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> stream = Files.walk(root)) {
                    Optional<Path> test = stream.filter(p -> p.getFileName().toString().matches(".*(Test|IT)\\.java"))
                            .sorted().findFirst();
                    if (test.isPresent()) {
                        excerpts.add(excerpt("A test", test.get(), "java"));
                        break;
                    }
                }
            }
        }
        return excerpts;
    }

    private Optional<Path> find(List<Path> roots, String fileName) throws IOException {
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> stream = Files.walk(root)) {
                    Optional<Path> found = stream.filter(p -> p.getFileName().toString().equals(fileName)).sorted()
                            .findFirst();
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Excerpt excerpt(String title, Path file, String language) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            lines = List.of("(cannot be read: " + e.getMessage() + ")");
        }
        List<String> shown = new ArrayList<>(lines.subList(0, Math.min(EXCERPT_LINES, lines.size())));
        if (lines.size() > EXCERPT_LINES) {
            shown.add("// … " + (lines.size() - EXCERPT_LINES) + " more lines");
        }
        if ("sql".equals(language) && lines.size() > EXCERPT_LINES) {
            shown.set(shown.size() - 1, "-- … " + (lines.size() - EXCERPT_LINES) + " more lines");
        }
        return new Excerpt(title, relative(file), language, String.join("\n", shown));
    }

    private static Optional<String> value(List<Property> properties, String key) {
        return properties.stream().filter(p -> p.key().equals(key)).map(Property::value).findFirst();
    }

    private String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = basedir.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
