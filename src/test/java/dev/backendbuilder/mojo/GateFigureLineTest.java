package dev.backendbuilder.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendbuilder.gate.Bound;
import dev.backendbuilder.gate.Metric;
import org.junit.jupiter.api.Test;

/** The figure line every check prints: value and margin both rounded against the user, so they agree. */
class GateFigureLineTest {

    @Test
    void describe_should_take_the_margin_from_the_value_as_shown() {
        assertThat(AbstractGateMojo.describe(new Metric("bundle.line", "line coverage", 13.0 / 14, "ratio", 0.8,
            Bound.MINIMUM))).isEqualTo("line coverage: 0.9285 (minimum 0.80, margin +0.1285)");
        assertThat(AbstractGateMojo.describe(new Metric("bundle.line", "line coverage", 0.5, "ratio", 0.8,
            Bound.MINIMUM))).isEqualTo("line coverage: 0.5000 (minimum 0.80, margin -0.3000)");
        assertThat(AbstractGateMojo.describe(new Metric("bundle.line", "line coverage", 0.77, "ratio", 0.755,
            Bound.MINIMUM))).isEqualTo("line coverage: 0.7700 (minimum 0.755, margin +0.0150)");
    }

    @Test
    void describe_should_round_a_maximum_up() {
        assertThat(AbstractGateMojo.describe(new Metric("cvss", "highest CVSS score", 7.00001, "cvss", 7.0,
            Bound.MAXIMUM))).isEqualTo("highest CVSS score: 7.1 (maximum 7.0, margin -0.1)");
        // as precisely as the threshold, so that the figure reads as the violation reads it
        assertThat(AbstractGateMojo.describe(new Metric("p95", "GET /api/books p95 (ms)", 30.7184, "ms", 25.0,
            Bound.MAXIMUM))).isEqualTo("GET /api/books p95 (ms): 30.8 (maximum 25.0, margin -5.8)");
    }

    @Test
    void describe_should_show_counts_as_whole_numbers() {
        assertThat(AbstractGateMojo.describe(new Metric("class.line.missedcount.worst", "highest line missed count", 13,
            "count", 10.0, Bound.MAXIMUM))).isEqualTo("highest line missed count: 13 (maximum 10, margin -3)");
    }
}
