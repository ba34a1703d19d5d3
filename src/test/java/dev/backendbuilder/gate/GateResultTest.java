package dev.backendbuilder.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GateResultTest {

    private static Violation violation(Level level, String message, String location) {
        return new Violation("coverage.bundle.line", level, message, "0.7231", "0.80", location);
    }

    @Test
    void status_should_be_passed_without_violations() {
        assertThat(GateResult.measured("coverage", "", List.of(), List.of(), List.of(), List.of(), 3).status())
                .isEqualTo(Status.PASSED);
    }

    @Test
    void status_should_be_warned_when_only_warnings_are_broken() {
        GateResult result = GateResult.measured("coverage", "", List.of(),
                List.of(violation(Level.WARN, "w", null)), List.of(), List.of(), 3);
        assertThat(result.status()).isEqualTo(Status.WARNED);
        assertThat(result.status().failsBuild()).isFalse();
        assertThat(result.warnings()).hasSize(1);
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void status_should_be_failed_when_any_error_level_rule_is_broken() {
        GateResult result = GateResult.measured("coverage", "", List.of(),
                List.of(violation(Level.WARN, "w", null), violation(Level.ERROR, "e", null)), List.of(), List.of(), 3);
        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.status().failsBuild()).isTrue();
    }

    @Test
    void failure_message_should_list_every_error_with_its_location() {
        GateResult result = GateResult.measured("coverage", "", List.of(), List.of(
                violation(Level.ERROR, "line coverage 0.7231 < minimum 0.80", null),
                violation(Level.ERROR, "branch coverage 0.5000 < minimum 0.80", "com.acme.Order"),
                violation(Level.WARN, "not shown", null)), List.of(), List.of(), 3);
        assertThat(result.failureMessage()).isEqualTo("coverage gate failed with 2 violations:"
                + System.lineSeparator() + "  - line coverage 0.7231 < minimum 0.80"
                + System.lineSeparator() + "  - branch coverage 0.5000 < minimum 0.80 (com.acme.Order)");
    }

    @Test
    void failure_message_should_use_the_singular_for_one_violation() {
        GateResult result = GateResult.measured("security", "", List.of(),
                List.of(violation(Level.ERROR, "CVE-2015-7501", null)), List.of(), List.of(), 3);
        assertThat(result.failureMessage()).startsWith("security gate failed with 1 violation:");
    }

    @Test
    void error_and_skipped_results_should_carry_their_reason() {
        assertThat(GateResult.error("security", "no vulnerability data", 5).failureMessage())
                .isEqualTo("security gate could not run: no vulnerability data");
        GateResult skipped = GateResult.skipped("coverage", "no exec file");
        assertThat(skipped.status()).isEqualTo(Status.SKIPPED);
        assertThat(skipped.notes()).containsExactly("no exec file");
    }

    @Test
    void worst_should_fold_statuses_by_severity() {
        assertThat(Status.PASSED.worst(Status.WARNED)).isEqualTo(Status.WARNED);
        assertThat(Status.FAILED.worst(Status.WARNED)).isEqualTo(Status.FAILED);
        assertThat(Status.SKIPPED.worst(Status.ERROR)).isEqualTo(Status.ERROR);
    }

    @Test
    void metric_should_report_margin_on_the_right_side_of_its_bound() {
        Metric coverage = new Metric("bundle.line", "line coverage", 0.85, "ratio", 0.80, Bound.MINIMUM);
        Metric cvss = new Metric("max.cvss", "highest CVSS", 9.8, "cvss", 7.0, Bound.MAXIMUM);
        assertThat(coverage.holds()).isTrue();
        assertThat(coverage.margin()).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cvss.holds()).isFalse();
        assertThat(cvss.margin()).isCloseTo(-2.8, org.assertj.core.data.Offset.offset(1e-9));
        Metric info = Metric.info("classes", "classes analysed", 12, "count");
        assertThat(info.holds()).isTrue();
        assertThat(info.margin()).isNull();
    }

    @Test
    void metric_should_refuse_a_threshold_without_bound() {
        assertThatThrownBy(() -> new Metric("x", "x", 1, "ratio", 0.8, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
    }

    @Test
    void show_should_round_against_the_user() {
        assertThat(Bound.MINIMUM.show(0.79996, 4)).isEqualTo("0.7999");
        assertThat(Bound.MAXIMUM.show(7.00001, 2)).isEqualTo("7.01");
        assertThat(Bound.MINIMUM.show(0.8, 4)).isEqualTo("0.8000");
    }
}
