package dev.backendbuilder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendbuilder.design.Location;
import dev.backendbuilder.design.PerformanceTarget;
import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Level;
import dev.backendbuilder.gate.Metric;
import dev.backendbuilder.gate.Status;
import dev.backendbuilder.gate.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark verdicts on a busy machine, with synthetic load figures: a missed limit fails only
 * when it is missed beyond JMH's error interval on a machine that was not overloaded.
 */
class BusyMachineTest {

    /** The design's p95 limit of 25 ms on GET /api/books/{id} (measured p95: 31.15 ms, score 18.4 ± 0.6 ms). */
    private static final List<BenchmarkLimit> P95_25MS = PerformanceLimits.of(List.of(new PerformanceTarget("GET",
            "/api/books/{id}", 25.0, null, new Location("design.yaml", 41, 5))), "design.yaml");

    private static GateResult judge(MachineLoad load, boolean failWhenBusy) throws BenchmarkException {
        return new BenchmarkGate(P95_25MS, 0.10, failWhenBusy).judge(Runs.read("endpoint-run.json"), null, "b.json",
                Runs.HERE, load, List.of(), List.of(), 0).result();
    }

    private static MachineLoad load(double peak) {
        return new MachineLoad(2, 1.0, peak, 1.0, 10);
    }

    @Test
    void a_limit_missed_beyond_its_error_on_a_quiet_machine_fails() throws BenchmarkException {
        GateResult result = judge(load(1.4), false);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.errors()).extracting(Violation::message).containsExactly("GET /api/books/{id} p95 31.2 ms > limit 25.0 ms");
        assertThat(result.summary()).endsWith("; load average 1.4 at most on 2 cores (1.0 before, 1.0 after; 10 samples)");
    }

    @Test
    void a_limit_missed_on_an_overloaded_machine_is_inconclusive_with_the_figures_the_load_and_how_to_rerun()
            throws BenchmarkException {
        GateResult result = judge(load(15.2), false);

        assertThat(result.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(result.status().failsBuild()).isFalse();
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.level()).isEqualTo(Level.WARN);
            assertThat(v.rule()).isEqualTo(BenchmarkGate.INCONCLUSIVE_RULE);
            assertThat(v.message()).isEqualTo("GET /api/books/{id} p95 31.2 ms > limit 25.0 ms, but the machine was"
                    + " overloaded (load average 15.2 at most on 2 cores (1.0 before, 1.0 after; 10 samples)): not judged."
                    + " Rerun on a quiet machine, or set -Dbuilder.benchmark.failWhenBusy=true where such misses must fail"
                    + " the build.");
        });
        assertThat(result.metrics()).extracting(Metric::name).contains("machine.load.peak", "machine.cores");
        assertThat(result.notes()).anyMatch(n -> n.contains("overloaded, more tasks wanted a CPU than there are cores"));
    }

    @Test
    void fail_when_busy_makes_a_miss_on_an_overloaded_machine_fail_and_says_the_load() throws BenchmarkException {
        GateResult result = judge(load(15.2), true);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.errors()).extracting(Violation::message).singleElement().asString()
                .startsWith("GET /api/books/{id} p95 31.2 ms > limit 25.0 ms (measured on an overloaded machine: load average 15.2");
    }

    @Test
    void a_miss_within_the_error_interval_is_inconclusive_even_on_a_quiet_machine() throws BenchmarkException {
        // p95 31.15 ms, relative error 0.6 / 18.4 = 3.3 %: ± 1.02 ms, so a limit of 31.0 ms is within reach
        List<BenchmarkLimit> limits = PerformanceLimits.of(List.of(new PerformanceTarget("GET", "/api/books/{id}", 31.0, null,
                null)), "design.yaml");
        GateResult result = new BenchmarkGate(limits, 0.10, true).judge(Runs.read("endpoint-run.json"), null, "b.json",
                Runs.HERE, load(0.5), List.of(), List.of(), 0).result();

        assertThat(result.status()).isEqualTo(Status.INCONCLUSIVE);
        assertThat(result.violations()).singleElement().extracting(Violation::message).asString()
                .contains("but the error interval (\u00b1 0.600 ms/op on the score) reaches the limit: not judged")
                .contains("-Dbuilder.benchmark.measurementIterations=10");
    }

    @Test
    void an_unknown_load_does_not_count_as_overloaded_and_says_it_is_unknown() throws BenchmarkException {
        GateResult result = judge(MachineLoad.unknown(2), false);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.summary()).endsWith("machine load unknown (no load average on this system), 2 cores");
    }

    @Property(tries = 200)
    void the_verdict_follows_load_and_confidence(@ForAll @DoubleRange(min = 0, max = 40) double peak,
            @ForAll @IntRange(min = 1, max = 64) int cores, @ForAll @DoubleRange(min = 0.01, max = 0.5) double relativeError,
            @ForAll @DoubleRange(min = 1, max = 100) double p95, @ForAll boolean failWhenBusy) throws BenchmarkException {
        TreeMap<Double, Double> percentiles = new TreeMap<>();
        percentiles.put(95.0, p95);
        double score = p95 / 2;
        MetricData data = new MetricData(score, score * relativeError, score * (1 - relativeError), score * (1 + relativeError),
                "ms/op", percentiles, List.of(score, score));
        JmhResult sample = Runs.read("endpoint-run.json").get(0);
        JmhResult run = new JmhResult(sample.benchmark(), sample.mode(), sample.threads(), sample.params(), sample.jdkVersion(),
                sample.vmName(), data, sample.secondary());
        MachineLoad load = new MachineLoad(cores, peak, peak, peak, 3);
        List<BenchmarkLimit> limits = PerformanceLimits.of(List.of(new PerformanceTarget("GET", "/api/books/{id}", 25.0, null,
                null)), "design.yaml");

        GateResult result = new BenchmarkGate(limits, 0.10, failWhenBusy).judge(List.of(run), null, "b.json", Runs.HERE, load,
                List.of(), List.of(), 0).result();

        boolean missed = p95 > 25.0;
        boolean confident = p95 * (1 - relativeError) > 25.0;
        boolean overloaded = peak > cores;
        Status expected = !missed ? Status.PASSED
                : confident && (!overloaded || failWhenBusy) ? Status.FAILED : Status.INCONCLUSIVE;
        assertThat(result.status()).isEqualTo(expected);
    }

    @Test
    void the_sampler_records_the_highest_load_and_the_figures_before_and_after() {
        Deque<Double> figures = new ArrayDeque<>(List.of(0.8, 3.5, 7.25, 2.0));
        LoadSampler sampler = LoadSampler.start(() -> figures.size() > 1 ? OptionalDouble.of(figures.poll())
                : OptionalDouble.of(figures.peek()), 2, Duration.ofMillis(5));
        while (figures.size() > 1) {
            Thread.onSpinWait();
        }

        MachineLoad load = sampler.stop();

        assertThat(load.before()).isEqualTo(0.8);
        assertThat(load.peak()).isEqualTo(7.25);
        assertThat(load.after()).isEqualTo(2.0);
        assertThat(load.overloaded()).isTrue();
    }

    @Test
    void a_sampler_without_any_load_figure_reports_an_unknown_load() {
        MachineLoad load = LoadSampler.start(OptionalDouble::empty, 4, Duration.ofMillis(5)).stop();

        assertThat(load.known()).isFalse();
        assertThat(load.overloaded()).isFalse();
        assertThat(load.describe()).isEqualTo("machine load unknown (no load average on this system), 4 cores");
    }

    @Test
    void jmh_output_at_info_is_which_benchmark_each_iteration_and_failures_the_rest_is_detail() {
        assertThat(List.of("# Benchmark: com.example.PauseBenchmark.pause", "# Parameters: (endpoint = GET /api/books)",
                "Iteration   1: 17.335 ±(99.9%) 0.523 ms/op", "<failure>", "java.lang.IllegalStateException: boom",
                "# Run complete. Total time: 00:00:45")).allMatch(JmhRunner::worthShowing);
        assertThat(List.of("# JMH version: 1.37", "# Warmup Iteration   1: 18.2 ms/op", "                 p0.50:   16.1 ms/op",
                "REMEMBER: The numbers below are just data. To gain reusable insights, you need to follow up on",
                "Benchmark                 Mode  Cnt   Score   Error  Units", "2026-12-02T13:17:20Z  WARN [] 1 --- Flyway")).noneMatch(
                        JmhRunner::worthShowing);
    }

    @Test
    void the_load_average_is_the_first_figure_of_proc_loadavg(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("loadavg"), "15.23 9.10 4.02 3/467 12345\n");

        assertThat(LoadSampler.loadAverage(file)).hasValue(15.23);
        assertThat(LoadSampler.loadAverage(folder.resolve("missing"))).isEmpty();
        assertThat(LoadSampler.loadAverage(Files.writeString(folder.resolve("bad"), "n/a"))).isEmpty();
    }
}
