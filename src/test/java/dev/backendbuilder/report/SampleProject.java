package dev.backendbuilder.report;

import dev.backendbuilder.gate.Bound;
import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Level;
import dev.backendbuilder.gate.Metric;
import dev.backendbuilder.gate.ResultStore;
import dev.backendbuilder.gate.Violation;
import dev.backendbuilder.report.ImplementationReport.Dependency;
import dev.backendbuilder.report.ImplementationReport.ProjectInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A module folder for report tests: a backend with every kind of fact, or a plain library. */
final class SampleProject {

    static final Instant TIME = Instant.parse("2026-01-02T03:04:05Z");

    private SampleProject() {
    }

    static ReportBuilder.Settings settings(Path project, Path classes, List<Dependency> dependencies) {
        Path target = project.resolve("target");
        return new ReportBuilder.Settings(new ProjectInfo("com.example", "library", "1.0.0", "library", "Library catalogue"),
            project, target.resolve("builder"), classes, List.of(project.resolve("src/main/java")),
            List.of(project.resolve("src/test/java")), target.resolve("surefire-reports"),
            target.resolve("failsafe-reports"), List.of(), dependencies, TIME);
    }

    /** A backend: migrations, configuration, sources, test and coverage reports, four gate results. */
    static ReportBuilder.Settings backend(Path project) throws Exception {
        MigrationReaderTest.write(project, "h2/V1__init.sql", MigrationReaderTest.V1);
        ConfigurationReaderTest.write(project, "application.yaml", ConfigurationReaderTest.APPLICATION_YAML);
        source(project, "src/main/java/com/example/library/book/BookController.java",
            "package com.example.library.book;\n\npublic class BookController {\n}\n");
        source(project, "src/main/java/com/example/library/book/BookService.java", "class BookService {}\n");
        source(project, "src/main/java/com/example/library/LibraryApplication.java", "class LibraryApplication {}\n");
        source(project, "src/test/java/com/example/library/book/BookApiTest.java", "class BookApiTest {}\n");
        source(project, "README.md", "# library\n\n| `DATABASE_URL` | JDBC URL |\n| `SERVER_PORT` | port |\n");
        source(project, "Dockerfile", "FROM eclipse-temurin:21-jre\nUSER 1000\n");
        source(project, "compose.yaml", "services: {}\n");
        source(project, "design.yaml", "version: 1\n");
        source(project, "k8s/deployment.yaml", "kind: Deployment\n");
        XmlFactsTest.suite(project.resolve("target/surefire-reports"), "com.example.library.book.BookApiTest", 12, 0, 0,
            0, "2.5");
        source(project, "target/builder/coverage/jacoco.xml", XmlFactsTest.JACOCO_XML);
        ResultStore store = new ResultStore(project.resolve("target/builder"));
        store.write(GateResult.measured("coverage", "line 0.5000, branch 0.3750", List.of(
            new Metric("bundle.line", "line coverage", 0.5, "ratio", 0.8, Bound.MINIMUM),
            new Metric("bundle.branch", "branch coverage", 0.375, "ratio", 0.8, Bound.MINIMUM)), List.of(
                new Violation("coverage.bundle.line", Level.ERROR, "line coverage 0.5000 < minimum 0.80", "0.5000",
                    "0.80", null),
                new Violation("coverage.bundle.branch", Level.ERROR, "branch coverage 0.3750 < minimum 0.80", "0.3750",
                    "0.80", null)),
            List.of("target/builder/coverage/index.html"), List.of(), 120));
        store.write(GateResult.measured("benchmark", "2 benchmarks", List.of(
            new Metric("get.p95", "GET /api/books/{id} p95", 18.2, "ms", 25.0, Bound.MAXIMUM),
            new Metric("list.p95", "GET /api/books p95", 61.0, "ms", 50.0, Bound.MAXIMUM),
            Metric.info("forks", "forks", 1, "count")), List.of(
                new Violation("benchmark.limit.p95", Level.ERROR, "GET /api/books p95 61.0 ms > limit 50 ms", "61.0",
                    "50", "src/test/java/com/example/library/bench/BookBenchmark.java:42"),
                new Violation("benchmark.regression", Level.WARN, "GET /api/books/{id} is 8 % slower than the baseline",
                    "8 %", "10 %", "com.example.library.bench.BookBenchmark")),
            List.of(), List.of("baseline: benchmark-baseline.json"), 9000));
        store.write(GateResult.error("conformance", "design.yaml cannot be read", 5));
        store.write(GateResult.skipped("security", "skipped with builder.security.skip=true"));
        return settings(project, BytecodeReaderTest.fixtureClasses(), List.of(
            new Dependency("org.springframework.boot", "spring-boot-starter-web", "4.0.0", "compile"),
            new Dependency("org.springframework.boot", "spring-boot-starter-actuator", "4.0.0", "compile"),
            new Dependency("org.springframework.boot", "spring-boot-starter-security", "4.0.0", "compile"),
            new Dependency("org.springdoc", "springdoc-openapi-starter-webmvc-ui", "3.0.0", "compile"),
            new Dependency("org.flywaydb", "flyway-core", "11.0.0", "compile"),
            new Dependency("org.junit.jupiter", "junit-jupiter", "5.14.1", "test")));
    }

    /** A plain library: one class, no configuration, no migrations, no endpoints, no gate ran. */
    static ReportBuilder.Settings library(Path project) throws IOException {
        source(project, "src/main/java/com/example/util/Strings.java", "package com.example.util;\nclass Strings {}\n");
        return settings(project, project.resolve("target/classes"), List.of());
    }

    static void source(Path project, String file, String text) throws IOException {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
