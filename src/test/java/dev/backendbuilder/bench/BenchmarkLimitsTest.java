package dev.backendbuilder.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.design.Location;
import dev.backendbuilder.design.PerformanceTarget;
import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Level;
import dev.backendbuilder.gate.Metric;
import dev.backendbuilder.gate.Status;
import dev.backendbuilder.gate.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Limits on hand-written JMH results: selection, units, direction, rounding against the user. */
class BenchmarkLimitsTest {

    private static GateResult judge(List<BenchmarkLimit> limits) throws BenchmarkException {
        return new BenchmarkGate(limits, 0.10).judge(Runs.read("endpoint-run.json"), null, "b.json", Runs.HERE, List.of(),
                List.of(), 0).result();
    }

    private static BenchmarkLimit limit(String benchmark, Statistic statistic, Double minimum, Double maximum, String unit) {
        return new BenchmarkLimit(benchmark, false, statistic, null, minimum, maximum, unit, null, "limits, limit 1");
    }

    @Test
    void a_design_p95_limit_fails_with_the_percentile_rounded_up_and_the_limit() throws BenchmarkException {
        List<BenchmarkLimit> limits = PerformanceLimits.of(List.of(new PerformanceTarget("GET", "/api/books/{id}", 25.0, null,
                new Location("design.yaml", 41, 5))), "design.yaml");

        GateResult result = judge(limits);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.violations()).extracting(Violation::message)
            .containsExactly("GET /api/books/{id} p95 31.2 ms > limit 25.0 ms");
        assertThat(result.metrics()).filteredOn(m -> m.threshold() != null).singleElement().satisfies(m -> {
            assertThat(m.label()).isEqualTo("GET /api/books/{id} p95 (ms)");
            assertThat(m.value()).isEqualTo(31.15);
        });
    }

    @Test
    void a_design_min_rps_holds_the_requests_per_second_of_the_endpoint() throws BenchmarkException {
        // GET /api/books: 0.3 ops/ms = 300 ops/s; GET /api/books/{id}: one thread, 18.4 ms each = 54.3 ops/s
        List<BenchmarkLimit> limits = PerformanceLimits.of(List.of(
                new PerformanceTarget("GET", "/api/books", null, 500.0, null),
                new PerformanceTarget("GET", "/api/books/{id}", null, 50.0, null)), "design.yaml");

        GateResult result = judge(limits);

        assertThat(result.violations()).extracting(Violation::message).singleElement().asString()
            .startsWith("GET /api/books rps 300.0 ops/s < limit 500.0 ops/s, but the run has no error interval");
        assertThat(result.metrics()).filteredOn(m -> m.threshold() != null).extracting(Metric::holds).containsExactly(false, true);
    }

    @Test
    void a_limit_converts_the_score_into_its_own_unit() throws BenchmarkException {
        GateResult result = judge(List.of(limit("BookApiBenchmark.get", Statistic.SCORE, null, 15000.0, "us")));

        assertThat(result.violations()).extracting(Violation::message)
            .containsExactly("GET /api/books/{id} mean 18400.0 us > limit 15000.0 us");
    }

    @Test
    void a_throughput_minimum_is_rounded_down() throws BenchmarkException {
        GateResult result = judge(List.of(limit("list", Statistic.SCORE, 300.01, null, "ops/s")));

        // one iteration, no error interval: the miss is shown, rounded down, but not judged
        assertThat(result.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(result.violations()).extracting(Violation::message).singleElement().asString()
            .startsWith("GET /api/books throughput 300.00 ops/s < limit 300.01 ops/s, but the run has no error interval");
    }

    @Test
    void a_secondary_metric_is_bounded_by_name() throws BenchmarkException {
        BenchmarkLimit allocation = new BenchmarkLimit(".*BookApi.*", false, null, "gc.alloc.rate.norm", null, 8192.0, "B/op",
                Level.WARN, "limits, limit 1");

        GateResult result = judge(List.of(allocation));

        assertThat(result.status()).isEqualTo(Status.WARNED);
        assertThat(result.violations()).extracting(Violation::message)
            .contains("GET /api/books/{id} gc.alloc.rate.norm 14532.0 B/op > limit 8192.0 B/op");
        assertThat(result.violations()).extracting(Violation::rule).contains("benchmark.limit.unmeasured");
    }

    @Test
    void a_percentile_of_a_throughput_run_is_not_measured_and_says_how_to_measure_it() throws BenchmarkException {
        GateResult result = judge(List.of(limit("GET /api/books", Statistic.P99, null, 10.0, "ms")));

        assertThat(result.violations()).extracting(Violation::message).containsExactly("GET /api/books p99 is not measured, so"
            + " its limit is not checked: com.example.bench.BookApiBenchmark.list runs in mode thrpt; percentiles need"
            + " @BenchmarkMode(Mode.SampleTime)");
    }

    @Test
    void a_limit_that_selects_nothing_warns_with_the_benchmarks_that_ran() throws BenchmarkException {
        List<BenchmarkLimit> limits = List.of(limit("NoSuchBenchmark", Statistic.SCORE, 1.0, null, null),
                PerformanceLimits.of(List.of(new PerformanceTarget("DELETE", "/api/books/{id}", 5.0, null, null)), "design.yaml")
                        .get(0));

        GateResult result = judge(limits);

        assertThat(result.status()).isEqualTo(Status.WARNED);
        assertThat(result.violations()).extracting(Violation::message).containsExactly(
            "The limit on 'NoSuchBenchmark' selects no benchmark. Benchmarks run: com.example.bench.BookApiBenchmark.get,"
                + " com.example.bench.BookApiBenchmark.list",
            "No benchmark measures DELETE /api/books/{id} (a JMH benchmark with @Param(\"DELETE /api/books/{id}\") String"
                + " endpoint), so its p95 limit is not checked. Benchmarks run: com.example.bench.BookApiBenchmark.get,"
                + " com.example.bench.BookApiBenchmark.list");
    }

    @Test
    void a_unit_that_does_not_fit_the_score_is_a_broken_configuration() {
        assertThatThrownBy(() -> judge(List.of(limit("BookApiBenchmark.get", Statistic.SCORE, 1.0, null, "ops/s"))))
            .isInstanceOf(BenchmarkException.class)
            .hasMessage("The limit limits, limit 1 on GET /api/books/{id} mean is given in ops/s, but a value in ms/op cannot"
                + " be expressed in ops/s; write it in ms (or another time unit: ns, us, ms, s).");
    }

    @Test
    void a_limit_needs_a_benchmark_and_a_bound() {
        assertThatThrownBy(() -> limit(" ", null, 1.0, null, null)).hasMessageContaining("a limit needs <benchmark>");
        assertThatThrownBy(() -> limit("x", null, null, null, null)).hasMessage("a limit needs <minimum>, <maximum> or both");
        assertThatThrownBy(() -> limit("x", null, 2.0, 1.0, null)).hasMessage("the minimum 2.0 is above the maximum 1.0");
        assertThatThrownBy(() -> Statistic.ofPercentile(0.97)).hasMessageStartingWith("percentile 0.97 is not one JMH reports");
        assertThat(Statistic.ofPercentile(0.95)).isEqualTo(Statistic.P95);
        assertThat(Statistic.ofPercentile(99.9)).isEqualTo(Statistic.P999);
    }

    @Test
    void units_convert_times_and_throughputs_but_nothing_else() {
        assertThat(Units.convert(2.5, "ms/op", "us")).isEqualTo(2500.0);
        assertThat(Units.convert(2.5, "ms/op", "s/op")).isEqualTo(0.0025);
        assertThat(Units.convert(3, "ops/ms", "ops/s")).isEqualTo(3000.0);
        assertThat(Units.convert(3, "ops/ms", "rps")).isEqualTo(3000.0);
        assertThat(Units.convert(7, "B/op", "B/op")).isEqualTo(7.0);
        assertThat(Units.convert(7, "B/op", null)).isEqualTo(7.0);
        assertThat(Units.fits("ms", "ops/s")).isFalse();
        assertThat(Units.display("us/op")).isEqualTo("us");
        assertThat(Units.display("µs")).isEqualTo("us");
    }

    @Test
    void results_are_named_by_endpoint_or_by_class_and_method() {
        List<JmhResult> results = Runs.read("endpoint-run.json");

        assertThat(results).extracting(JmhResult::displayName).containsExactly("GET /api/books/{id}", "GET /api/books");
        assertThat(Runs.read("baseline-run.json")).extracting(JmhResult::displayName)
            .containsExactly("BookService.find", "BookService.save");
        assertThat(results.get(0).key()).isEqualTo("com.example.bench.BookApiBenchmark.get(endpoint=GET /api/books/{id}) [sample]");
    }
}
