package dev.backendbuilder.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.backendbuilder.gate.Level;
import dev.backendbuilder.gate.Status;
import dev.backendbuilder.gate.Violation;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityGateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final VulnerabilityData DATA = new VulnerabilityData("the NVD datafeed file:///feed/", "/data",
        "2026-11-26T05:00:00Z", 1);
    private static final SecurityGate.DataJudgement FRESH = new SecurityGate.DataJudgement(
        java.time.Instant.parse("2026-11-26T08:00:00Z"), null);
    private static final Vulnerability CRITICAL = new Vulnerability("CVE-2015-7501", "deserialisation", null, 9.8, "3.1", 10.0);
    private static final Vulnerability MEDIUM = new Vulnerability("CVE-2020-0002", "<script> & co", null, 5.3, "3.1", null);
    private static final BugFinding SQL = new BugFinding("SQL_INJECTION_JDBC", "SECURITY", 2, 12, "com.example.OrderDao",
        "exists", "com/example/OrderDao.java", 18, "SQL injection");
    private static final BugFinding NPE = new BugFinding("NP_NULL_ON_SOME_PATH", "CORRECTNESS", 1, 6, "com.example.Util",
        null, null, null, "null");

    private static DependencyScan scan(DependencyFinding... findings) {
        return new DependencyScan(2, List.of(), List.of(findings), DATA, List.of("data note"));
    }

    private static SecurityGate gate(List<Suppression> suppressions, Baseline baseline) {
        return new SecurityGate(new CvssPolicy(7.0, CvssPolicy.DEFAULT_ORDER, 7.0), suppressions, baseline, TODAY, "pom.xml",
            java.util.Map.of("g:a", 12),
            path -> "src/main/java/" + path);
    }

    @Test
    void judge_should_fail_at_or_above_failOnCvss_and_warn_below_naming_dependency_cve_score_and_version() {
        SecurityReport report = gate(List.of(), new Baseline(List.of())).judge(scan(
                new DependencyFinding("g:a:1", "a-1.jar", CRITICAL), new DependencyFinding("g:b:2", "b-2.jar", MEDIUM)),
            null, FRESH, null, 0, List.of(), List.of("target/builder/security.html"), 5);

        assertThat(report.result().status()).isEqualTo(Status.FAILED);
        assertThat(report.result().violations()).containsExactly(
            new Violation("security.vulnerability", Level.ERROR,
                "g:a:1: CVE-2015-7501, CVSS 9.8 (CVSS v3.1) is at or above failOnCvss 7.0", "9.8 (CVSS v3.1)", "below 7.0", "pom.xml:12"),
            new Violation("security.vulnerability", Level.WARN,
                "g:b:2: CVE-2020-0002, CVSS 5.3 (CVSS v3.1) is below failOnCvss 7.0", "5.3 (CVSS v3.1)", "below 7.0", "pom.xml"));
        assertThat(report.result().summary()).isEqualTo("2 dependencies, 2 vulnerabilities (1 at or above CVSS 7.0, 0 accepted);"
            + " NVD data from the NVD datafeed file:///feed/, updated 3 h ago (2026-11-26T05:00:00Z), 1 record");
        assertThat(report.result().notes()).containsExactly("data note", "Vulnerability data: NVD data from the NVD datafeed"
            + " file:///feed/, updated 3 h ago (2026-11-26T05:00:00Z), 1 record, in /data.");
        assertThat(report.result().evidence()).containsExactly("target/builder/security.html", "vulnerability database: /data");
        assertThat(report.result().metrics()).filteredOn(m -> m.name().startsWith("data."))
            .extracting(m -> m.name() + "=" + m.value()).containsExactly("data.records=1.0", "data.ageHours=3.0");
        assertThat(report.result().metrics()).filteredOn(m -> m.name().equals("vulnerabilities.highestCvss"))
            .singleElement().satisfies(m -> assertThat(m.value()).isEqualTo(9.8));
    }

    @Test
    void judge_should_accept_a_suppressed_finding_and_fail_an_expired_suppression_and_its_finding() {
        Suppression active = new Suppression("CVE-2015-7501", "g:a", "trusted input", TODAY, "s.yaml:2");
        Suppression expired = new Suppression("CVE-2020-0002", null, "later", TODAY.minusDays(1), "s.yaml:6");
        Suppression unused = new Suppression("CVE-1999-0001", null, "old", TODAY.plusDays(9), "s.yaml:10");

        SecurityReport report = gate(List.of(active, expired, unused), new Baseline(List.of())).judge(scan(
                new DependencyFinding("g:a:1", "a-1.jar", CRITICAL), new DependencyFinding("g:b:2", "b-2.jar", MEDIUM)),
            null, FRESH, null, 0, List.of(), List.of(), 5);

        assertThat(report.result().violations()).extracting(Violation::rule, Violation::level, Violation::location)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("security.vulnerability", Level.WARN, "pom.xml"),
                org.assertj.core.groups.Tuple.tuple("security.suppression.expired", Level.ERROR, "s.yaml:6"),
                org.assertj.core.groups.Tuple.tuple("security.suppression.unused", Level.WARN, "s.yaml:10"));
        assertThat(report.result().violations().get(1).message()).isEqualTo("suppression of CVE-2020-0002 expired on 2026-11-25"
            + " (reason was: later); fix the finding, or review it and move 'until' forward");
        assertThat(report.result().notes()).contains("Accepted CVE-2015-7501 in g:a:1 until 2026-11-26: trusted input (s.yaml:2).");
        assertThat(report.items()).extracting(SecurityReport.Item::ruleId, SecurityReport.Item::outcome).containsExactly(
            org.assertj.core.groups.Tuple.tuple("CVE-2015-7501", SecurityReport.Outcome.ACCEPTED),
            org.assertj.core.groups.Tuple.tuple("CVE-2020-0002", SecurityReport.Outcome.WARNING),
            org.assertj.core.groups.Tuple.tuple("builder.suppression.expired", SecurityReport.Outcome.ERROR),
            org.assertj.core.groups.Tuple.tuple("builder.suppression.unused", SecurityReport.Outcome.WARNING));
        assertThat(report.result().status()).isEqualTo(Status.FAILED);
    }

    @Test
    void judge_should_fail_every_bug_not_in_the_baseline_and_locate_it_in_its_source_file() {
        Baseline baseline = new Baseline(List.of(new Baseline.Entry("SQL_INJECTION_JDBC", "com.example.OrderDao", "exists", "b:2"),
            new Baseline.Entry("GONE", "com.example.Old", null, "b:5")));

        SecurityReport report = gate(List.of(), baseline).judge(null, null, FRESH, List.of(SQL, NPE), 3, List.of(), List.of(), 5);

        assertThat(report.result().violations()).containsExactly(
            new Violation("security.bug", Level.ERROR, "NP_NULL_ON_SOME_PATH in com.example.Util: null (rank 6, confidence high)",
                "NP_NULL_ON_SOME_PATH", "no bug", "com.example.Util"),
            new Violation("security.baseline.unused", Level.WARN,
                "baseline entry GONE in com.example.Old matches no finding any more; remove it", "unused", "used", "b:5"));
        assertThat(report.result().summary()).isEqualTo("3 classes, 2 bugs (1 not accepted, 1 accepted)");
        SecurityReport.Item sql = report.items().get(0);
        assertThat(sql.file()).isEqualTo("src/main/java/com/example/OrderDao.java");
        assertThat(sql.securitySeverity()).isEqualTo(5.0);
        assertThat(sql.justification()).isEqualTo("in the baseline");
        assertThat(report.items().get(1).securitySeverity()).isNull();
    }

    @Test
    void judge_should_warn_without_vulnerability_data_when_told_not_to_fail() {
        SecurityReport report = gate(List.of(new Suppression("CVE-1", null, "r", TODAY, "s:1")), new Baseline(List.of()))
            .judge(null, "No vulnerability data: none.", FRESH, List.of(), 0, List.of("n"), List.of(), 1);

        assertThat(report.result().status()).isEqualTo(Status.WARNED);
        assertThat(report.result().summary()).isEqualTo("no vulnerability data (dependencies not checked); 0 classes, 0 bugs (0 not accepted, 0 accepted)");
        assertThat(report.result().violations()).extracting(Violation::rule)
            .containsExactly("security.data.missing", "security.suppression.unused");
    }

    @Test
    void severityOfRank_should_map_spotbugs_ranks_to_the_cvss_bands() {
        assertThat(List.of(1, 4, 5, 9, 10, 14, 15, 20)).extracting(SecurityGate::severityOfRank)
            .containsExactly(9.0, 9.0, 7.0, 7.0, 5.0, 5.0, 3.0, 3.0);
    }

    @Test
    void sarif_should_validate_against_the_sarif_2_1_0_schema_with_severities_and_a_location_for_every_result() throws Exception {
        SecurityReport report = gate(List.of(new Suppression("CVE-2020-0002", null, "accepted for now", TODAY, "s.yaml:2"),
                new Suppression("X", null, "old", TODAY.minusDays(3), "s.yaml:7")),
            new Baseline(List.of(new Baseline.Entry("GONE", "com.example.Old", "m", "b.yaml:2")))).judge(scan(
                new DependencyFinding("g:a:1", "a-1.jar", CRITICAL), new DependencyFinding("g:b:2", "b-2.jar", MEDIUM),
                new DependencyFinding("g:c:3", "c-3.jar", CRITICAL)),
            null, FRESH, List.of(SQL, NPE), 2, List.of(), List.of(), 5);

        String text = new SarifWriter("0.1.0-TEST").write(report);

        JsonNode sarif = new ObjectMapper().readTree(text);
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertThat(errors).isEmpty();
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.get("results")).hasSize(7);
        run.get("results").forEach(result -> {
            assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isNotEmpty();
            assertThat(run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText())
                .isEqualTo(result.get("ruleId").asText());
        });
        assertThat(run.at("/tool/driver/rules/0/id").asText()).isEqualTo("CVE-2015-7501");
        assertThat(run.at("/tool/driver/rules/0/properties/security-severity").asText()).isEqualTo("9.8");
        assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("pom.xml");
        assertThat(run.at("/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
        assertThat(run.at("/results/2/locations/0/physicalLocation/region").isMissingNode()).isTrue();
        assertThat(run.at("/results/1/suppressions/0/justification").asText()).isEqualTo("accepted for now");
        JsonNode sqlResult = run.get("results").get(3);
        assertThat(sqlResult.get("ruleId").asText()).isEqualTo("SQL_INJECTION_JDBC");
        assertThat(sqlResult.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(18);
        assertThat(sqlResult.at("/properties/security-severity").asText()).isEqualTo("5.0");
    }

    @Test
    void html_should_escape_and_list_every_finding() {
        SecurityReport report = gate(List.of(), new Baseline(List.of())).judge(scan(
            new DependencyFinding("g:b:2", "b-2.jar", MEDIUM)), null, FRESH, List.of(), 0, List.of("a <note>"), List.of(), 5);

        String html = HtmlPage.render(report);

        assertThat(html).contains("<title>Security gate: warned</title>", "CVE-2020-0002", "&lt;script&gt; &amp; co",
            "<li>a &lt;note&gt;</li>", "<tr class=\"WARNING\">");
        assertThat(HtmlPage.render(gate(List.of(), new Baseline(List.of())).judge(null, null, FRESH, null, 0, List.of(), List.of(), 0)))
            .contains("<p>No findings.</p>").doesNotContain("<h2>Notes</h2>");
        assertThat(HtmlPage.escape("'\"")).isEqualTo("&#39;&quot;");
    }

    @Test
    void pomLines_should_find_where_each_declared_dependency_starts() {
        List<String> pom = List.of("<project>", "  <dependencies>", "    <dependency>", "      <groupId>g</groupId>",
            "      <artifactId>a</artifactId>", "    </dependency>", "    <dependency><groupId>h</groupId><artifactId>b</artifactId>",
            "      <exclusions><exclusion><groupId>x</groupId><artifactId>y</artifactId></exclusion></exclusions>",
            "    </dependency>", "  </dependencies>", "</project>");

        assertThat(PomLines.of(pom)).isEqualTo(java.util.Map.of("g:a", 3, "h:b", 7));
        assertThat(PomLines.of(java.nio.file.Path.of("no-such-pom.xml"))).isEmpty();
    }
}
