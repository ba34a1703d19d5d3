package dev.backendbuilder.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading JMH's JSON result format. */
class JmhJsonTest {

    @Test
    void reads_scores_errors_percentiles_raw_data_and_secondary_metrics() {
        List<JmhResult> results = Runs.read("endpoint-run.json");

        JmhResult get = results.get(0);
        assertThat(get.mode()).isEqualTo(Mode.SAMPLE_TIME);
        assertThat(get.jdkVersion()).isEqualTo("17.0.15");
        assertThat(get.primary().score()).isEqualTo(18.4);
        assertThat(get.primary().error()).isEqualTo(0.6);
        assertThat(get.primary().unit()).isEqualTo("ms/op");
        assertThat(get.primary().percentiles()).containsEntry(95.0, 31.15).containsEntry(100.0, 60.2);
        // JMH before 1.36 wrote "·gc.alloc.rate.norm"; the name is read without the dot
        assertThat(get.secondary()).containsOnlyKeys("gc.alloc.rate.norm");
        assertThat(get.secondary().get("gc.alloc.rate.norm").iterations()).containsExactly(14500.0, 14564.0);
    }

    @Test
    void reads_a_missing_error_as_nan() {
        JmhResult list = Runs.read("endpoint-run.json").get(1);

        assertThat(list.primary().hasError()).isFalse();
        assertThat(list.primary().low()).isNaN();
        assertThat(list.endpoint()).isEqualTo("GET /api/books");
    }

    @Test
    void refuses_what_is_not_jmh_json_saying_where() {
        assertThatThrownBy(() -> JmhJson.parse("{", "r.json")).isInstanceOf(BenchmarkException.class)
            .hasMessageStartingWith("r.json is not JMH JSON (");
        assertThatThrownBy(() -> JmhJson.parse("{}", "r.json"))
            .hasMessage("r.json is not JMH JSON: it should be an array of results; run the benchmarks again.");
        assertThatThrownBy(() -> JmhJson.parse("[{\"benchmark\":\"a.B.c\",\"mode\":\"fast\"}]", "r.json"))
            .hasMessage("r.json [0]: unknown JMH mode 'fast'.");
        assertThatThrownBy(() -> JmhJson.parse("[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\"}]", "r.json"))
            .hasMessage("r.json [0]: no primaryMetric.");
        assertThatThrownBy(() -> JmhJson.parse("[{\"mode\":\"avgt\"}]", "r.json")).hasMessage("r.json [0]: no 'benchmark'.");
    }
}
