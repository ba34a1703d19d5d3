package dev.backendbuilder.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Level;
import dev.backendbuilder.gate.Violation;
import dev.backendbuilder.report.Verdict;
import java.time.Instant;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ReportMojoTest {

    @Test
    void generated_at_should_read_iso_8601_and_epoch_seconds_and_fall_back_to_now() throws Exception {
        assertThat(ReportMojo.generatedAt("2026-01-02T03:04:05+01:00")).isEqualTo(Instant.parse("2026-01-02T02:04:05Z"));
        assertThat(ReportMojo.generatedAt("1767225600")).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        Instant before = Instant.now().minusSeconds(1);
        assertThat(ReportMojo.generatedAt(null)).isAfter(before);
        assertThat(ReportMojo.generatedAt("a")).isAfter(before);
    }

    @Test
    void generated_at_should_refuse_a_timestamp_it_cannot_read_and_say_what_to_write() {
        assertThatThrownBy(() -> ReportMojo.generatedAt("yesterday")).isInstanceOf(MojoExecutionException.class)
            .hasMessage("project.build.outputTimestamp is 'yesterday'; write an ISO-8601 time with offset"
                + " (2026-01-01T00:00:00Z) or seconds since the epoch.");
    }

    @Test
    void failure_message_should_list_every_violation_of_every_gate_and_the_report() {
        Verdict verdict = Verdict.of(List.of(
            GateResult.measured("coverage", "", List.of(), List.of(
                new Violation("coverage.bundle.line", Level.ERROR, "line coverage 0.5000 < minimum 0.80", null, null, null),
                new Violation("coverage.class.line", Level.WARN, "only a warning", null, null, null)),
                List.of(), List.of(), 1),
            GateResult.error("security", "the database cannot be opened", 1),
            GateResult.measured("benchmark", "", List.of(), List.of(new Violation("benchmark.limit", Level.ERROR,
                "p95 61 ms > limit 50 ms", null, null, "BookBenchmark.java:42")), List.of(), List.of(), 1)));

        assertThat(ReportMojo.failureMessage(verdict, "target/builder/implementation-report.md").lines()).containsExactly(
            "3 gate violations (report: target/builder/implementation-report.md):",
            "  - coverage: line coverage 0.5000 < minimum 0.80 [coverage.bundle.line]",
            "  - security: could not run: the database cannot be opened [security.error]",
            "  - benchmark: p95 61 ms > limit 50 ms (BookBenchmark.java:42) [benchmark.limit]");
    }
}
