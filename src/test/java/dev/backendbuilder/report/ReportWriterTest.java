package dev.backendbuilder.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.backendbuilder.gate.Status;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema sarifSchema() throws Exception {
        try (InputStream in = ReportWriterTest.class.getResourceAsStream(
                "/dev/backendbuilder/security/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void write_should_produce_four_files_whose_json_and_sarif_validate_against_their_schemas(@TempDir Path project)
            throws Exception {
        ImplementationReport report = new ReportBuilder().build(SampleProject.backend(project));
        Path folder = project.resolve("target/builder");
        Files.writeString(folder.resolve("security.sarif"), new dev.backendbuilder.security.SarifWriter("0.1.0")
            .document(java.util.List.of(JSON.readTree("{\"tool\":{\"driver\":{\"name\":\"builder-security\"}},"
                + "\"results\":[]}"))));

        ReportWriter.Written written = new ReportWriter("0.1.0-TEST").write(report, folder);

        assertThat(written.files()).containsOnlyKeys("md", "json", "html", "sarif");
        assertThat(written.files().get("sarif")).isEqualTo(folder.resolve("builder.sarif"));
        JsonNode json = JSON.readTree(written.files().get("json").toFile());
        assertThat(ReportWriter.validate(json)).isEmpty();
        assertThat(json.at("/generatedAt").asText()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(json.at("/verdict/status").asText()).isEqualTo("ERROR");

        JsonNode sarif = JSON.readTree(written.files().get("sarif").toFile());
        assertThat(sarifSchema().validate(sarif)).isEmpty();
        assertThat(sarif.at("/runs/0/tool/driver/name").asText()).isEqualTo("builder-security");
        JsonNode gates = sarif.at("/runs/1");
        assertThat(gates.at("/tool/driver/name").asText()).isEqualTo("builder-gates");
        assertThat(gates.get("results")).hasSize(5);
        assertThat(gates.at("/results/0/ruleId").asText()).isEqualTo("benchmark.limit.p95");
        assertThat(gates.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
            .isEqualTo("src/test/java/com/example/library/bench/BookBenchmark.java");
        assertThat(gates.at("/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(42);
        assertThat(gates.at("/results/1/level").asText()).isEqualTo("warning");
        assertThat(gates.at("/results/1/message/text").asText()).endsWith("(com.example.library.bench.BookBenchmark)");
        assertThat(gates.at("/results/2/ruleId").asText()).isEqualTo("conformance.error");

        // kept for src/test/chromium/check-report-html.sh, which renders it in headless Chromium
        Path sample = Path.of("target/report-sample");
        Files.createDirectories(sample);
        Files.copy(written.files().get("html"), sample.resolve("implementation-report.html"),
            StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void validate_should_refuse_a_report_that_breaks_the_schema(@TempDir Path project) throws Exception {
        ImplementationReport report = new ReportBuilder().build(SampleProject.library(project));
        ObjectNode json = (ObjectNode) JSON.readTree(new ReportWriter("0.1.0").json(report));
        json.put("formatVersion", 2);
        ((ObjectNode) json.get("verdict")).put("status", "GREEN");
        json.set("gates", JSON.readTree("[{\"formatVersion\": 1, \"area\": \"x\", \"status\": \"PASSED\", \"summary\": \"\","
            + " \"metrics\": [{\"name\": \"m\", \"label\": \"m\", \"value\": 1, \"unit\": \"ms\", \"threshold\": 2}],"
            + " \"violations\": [], \"evidence\": [], \"notes\": [], \"durationMillis\": 0}]"));

        assertThat(ReportWriter.validate(json)).hasSize(3);
    }

    @Test
    void markdown_should_follow_the_outline_with_the_verdict_on_top_and_facts_in_every_section(@TempDir Path project)
            throws Exception {
        String md = new MarkdownRenderer().render(new ReportBuilder().build(SampleProject.backend(project)));

        assertThat(headings(md)).containsExactly("# Implementation report: library 1.0.0", "## Gate Verdict",
            "#### Conformance gate", "## Backend Implementation", "### Project Structure", "### Data Architecture",
            "#### author", "#### book", "### API Implementation", "### Code Examples", "### Testing Strategy",
            "#### Coverage gate", "### Security Implementation", "#### Security gate", "### Performance Optimizations",
            "#### Benchmark gate", "### Deployment Configuration", "### Documentation");
        assertThat(md).contains("**ERROR** 4 violations fail the build.",
            "| gate | status | measured | threshold | margin |",
            "| benchmark | FAILED | GET /api/books/{id} p95 18.2, GET /api/books p95 61.0 | GET /api/books/{id} p95 ≤ 25.0,"
                + " GET /api/books p95 ≤ 50.0 | GET /api/books/{id} p95 +6.8, GET /api/books p95 -11.0 |",
            "| coverage | FAILED | line coverage 0.5000, branch coverage 0.3750 | line coverage ≥ 0.80, branch coverage ≥"
                + " 0.80 | line coverage -0.3000, branch coverage -0.4250 |",
            "| conformance | ERROR | design.yaml cannot be read | — | — |",
            "| security | SKIPPED | skipped with builder.security.skip=true | — | — |",
            "- coverage: line coverage 0.5000 \\< minimum 0.80 \\[coverage.bundle.line\\]",
            "| com.example.library.book | 2 |",
            "| org.springframework.boot:spring-boot-starter-web | 4.0.0 | compile |",
            "| book | 6 | id | — | author\\_id → author (on delete restrict) | ix\\_book\\_author\\_id (author\\_id) | 1 |",
            "| price | DECIMAL(10, 2) | nullable |",
            "| PUT | /api/books/{id} | BookRequest | ResponseEntity\\<BookResponse\\> | authenticated |"
                + " BookController.update |",
            "| unit | target/surefire-reports | 1 | 12 | 0 | 0 | 0 | 2.5 |",
            "| com.example.calc | 0.5000 | 7 of 14 | 0.3750 | 3 of 8 |",
            "Authentication and authorisation: Spring Security is a dependency.",
            "| USER, ADMIN | 1 |",
            "Caching: @Cacheable × 2.",
            "| spring.datasource.hikari.maximum-pool-size | 10 |",
            "| JWT\\_SECRET | (required) | security.jwt-secret |",
            "Container and deployment files: Dockerfile, compose.yaml, k8s/deployment.yaml.",
            "Migrations: Flyway, 1 script, applied at start-up.",
            "Health and metrics endpoints: /actuator/health, /actuator/health/liveness, /actuator/health/readiness,"
                + " /actuator/info, /actuator/prometheus.",
            "API description: OpenAPI at /v3/api-docs of the running application.",
            "Configuration reference: the README names 2 of 5 environment variables; missing: DATABASE\\_PASSWORD,"
                + " DATABASE\\_USERNAME, JWT\\_SECRET.",
            "*A migration (src/main/resources/db/migration/h2/V1\\_\\_init.sql)*",
            "| WARN | benchmark.regression | GET /api/books/{id} is 8 % slower than the baseline |",
            "- Evidence: target/builder/coverage/index.html");
    }

    @Test
    void markdown_of_a_plain_library_should_say_in_a_line_where_there_are_no_facts(@TempDir Path project)
            throws Exception {
        ImplementationReport report = new ReportBuilder().build(SampleProject.library(project));
        String md = new MarkdownRenderer().render(report);

        assertThat(report.verdict().status()).isEqualTo(Status.PASSED);
        assertThat(md).contains("No gate results found in target/builder",
            "No direct dependencies.", "No migrations found under src/main/resources/db/migration.",
            "No HTTP endpoints found in the compiled classes", "No code examples: no controller, migration or test found.",
            "No test reports found in target/surefire-reports or target/failsafe-reports.",
            "No coverage result: builder:coverage did not run before report.",
            "No coverage by package: target/builder/coverage/jacoco.xml not found.",
            "No authentication library among the direct dependencies.",
            "No security result: builder:security did not run before report.",
            "No cache annotations found in the compiled classes.", "No connection pool settings: the pool's defaults apply.",
            "No benchmark result: builder:benchmark did not run before report.",
            "No environment variables read by the configuration.", "No container or deployment files found",
            "No migration tool: the schema is not managed by the build.", "No health endpoints",
            "No API description: springdoc-openapi is not a dependency.", "No README.", "No design file.",
            "Configuration: no application configuration files in src/main/resources.",
            "| src/main/java | main | 1 | 1 |");
        assertThat(ReportWriter.validate(JSON.readTree(new ReportWriter("0.1.0").json(report)))).isEmpty();
    }

    @Test
    void html_should_be_self_contained_with_both_charts_and_escaped_text(@TempDir Path project) throws Exception {
        String html = new HtmlRenderer().render(new ReportBuilder().build(SampleProject.backend(project)));

        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script", "<link", "src=\"http", "@import");
        assertThat(html).contains("<figure id=\"coverage-by-package\">", "<figure id=\"benchmarks-against-limits\">",
            "<td>ResponseEntity&lt;BookResponse&gt;</td>", "<td class=\"status-FAILED\">FAILED</td>");
        // coverage: 0.5 of 340 px, limit mark at 0.8; benchmark: 61 of 61*1.25 (broken), limit 50
        assertThat(html).contains("<rect class=\"bar broken\" x=\"260\" y=\"29\" width=\"170.0\" height=\"16\">",
            "<line class=\"limit\" x1=\"532.0\" x2=\"532.0\"", "<rect class=\"bar ok\" x=\"260\" y=\"7\" width=\"340.0\"",
            "<rect class=\"bar broken\" x=\"260\" y=\"29\" width=\"272.0\"");
        Matcher bars = Pattern.compile("<rect class=\"bar (ok|broken)\"").matcher(html);
        int count = 0;
        while (bars.find()) {
            count++;
        }
        assertThat(count).isEqualTo(4);
    }

    private static java.util.List<String> headings(String md) {
        return md.lines().filter(l -> l.startsWith("#")).toList();
    }
}
