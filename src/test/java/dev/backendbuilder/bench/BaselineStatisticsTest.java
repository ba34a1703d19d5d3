package dev.backendbuilder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Level;
import dev.backendbuilder.gate.Status;
import dev.backendbuilder.gate.Violation;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * The regression statistics on hand-written JMH JSON: a change fails only when it is beyond
 * maxRegression in the bad direction and the 99.9 % confidence intervals do not overlap.
 */
class BaselineStatisticsTest {

    private static GateResult judge(String run, double maxRegression) throws BenchmarkException {
        return new BenchmarkGate(List.of(), maxRegression).judge(Runs.read(run), Runs.baselineOf("baseline-run.json", Runs.HERE),
                "benchmark-baseline.json", Runs.HERE, List.of(), List.of(), 0).result();
    }

    @Test
    void a_real_shift_in_the_bad_direction_fails_with_the_change_its_noise_and_the_limit() throws BenchmarkException {
        GateResult result = judge("shifted-run.json", 0.10);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.violations()).extracting(Violation::message).containsExactly(
            "BookService.find \u221218 % vs baseline (\u00b13 %), limit \u221210 %",
            "BookService.save +25 % vs baseline (\u00b15 %), limit +10 %");
        assertThat(result.violations()).extracting(Violation::actual).containsExactly("\u221218 %", "+25 %");
    }

    @Test
    void noise_inside_the_error_bars_never_fails_even_beyond_max_regression() throws BenchmarkException {
        GateResult result = judge("noisy-run.json", 0.10);

        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.violations()).isEmpty();
    }

    @Test
    void a_real_shift_within_max_regression_passes() throws BenchmarkException {
        assertThat(judge("shifted-run.json", 0.30).status()).isEqualTo(Status.PASSED);
    }

    @Test
    void the_same_run_as_the_baseline_passes_and_records_no_change() throws BenchmarkException {
        GateResult result = judge("baseline-run.json", 0.0);

        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.metrics()).filteredOn(m -> m.name().endsWith(".change")).allSatisfy(m -> assertThat(m.value()).isZero());
    }

    @Test
    void a_faster_run_is_never_a_regression() {
        // throughput up 50 %, time down 50 %: both better
        assertThat(Comparison.of("up", 1500, 10, 1000, 10, 0.0, true).verdict()).isEqualTo(Comparison.Verdict.WITHIN_LIMIT);
        assertThat(Comparison.of("down", 1, 0.01, 2, 0.01, 0.0, false).verdict()).isEqualTo(Comparison.Verdict.WITHIN_LIMIT);
    }

    @Test
    void a_run_without_error_bars_is_reported_but_not_failed() {
        Comparison comparison = Comparison.of("BookService.find", 500, Double.NaN, 1000, 10, 0.10, true);

        assertThat(comparison.verdict()).isEqualTo(Comparison.Verdict.UNKNOWN_NOISE);
        assertThat(comparison.message()).isEqualTo("BookService.find \u221250 % vs baseline (no error bars), limit \u221210 %");
    }

    @Test
    void a_change_is_rounded_towards_the_bad_side() {
        assertThat(Comparison.of("t", 899.9, 1, 1000, 1, 0.10, true).message()).startsWith("t \u221211 % ");
        assertThat(Comparison.of("a", 1.1001, 0.001, 1, 0.001, 0.10, false).message()).startsWith("a +11 % ");
    }

    @Test
    void the_gate_warns_when_a_run_is_too_short_for_error_bars() throws BenchmarkException {
        List<JmhResult> run = List.of(withoutError(Runs.read("shifted-run.json").get(0)));

        GateResult result = new BenchmarkGate(List.of(), 0.10).judge(run, Runs.baselineOf("baseline-run.json", Runs.HERE), "b.json",
                Runs.HERE, List.of(), List.of(), 0).result();

        assertThat(result.status()).isEqualTo(Status.WARNED);
        assertThat(result.violations()).extracting(Violation::message).containsExactly("BookService.find \u221218 % vs baseline"
            + " (no error bars), limit \u221210 %: too few iterations to tell it from noise; run more measurement iterations or forks");
    }

    /** Whatever the scores, when the confidence intervals overlap the verdict is never a regression. */
    @Property(tries = 500)
    void overlapping_confidence_intervals_never_fail(@ForAll @DoubleRange(min = 1, max = 1e6) double baseline,
            @ForAll @DoubleRange(min = 0, max = 0.5) double baselineError, @ForAll @DoubleRange(min = 0, max = 0.5) double currentError,
            @ForAll @DoubleRange(min = -0.99, max = 0.99) double where, @ForAll boolean higherIsBetter) {
        double eb = baseline * baselineError;
        double ec = baseline * currentError;
        // a current score whose interval [c - ec, c + ec] meets [b - eb, b + eb]
        double current = Math.max(1e-9, baseline + where * (eb + ec));
        Comparison comparison = Comparison.of("x", current, ec, baseline, eb, 0.0, higherIsBetter);

        assertThat(comparison.verdict()).isNotEqualTo(Comparison.Verdict.REGRESSION);
    }

    /** A worse score whose interval lies apart from the baseline's, beyond maxRegression, always fails. */
    @Property(tries = 500)
    void separated_confidence_intervals_beyond_the_limit_always_fail(@ForAll @DoubleRange(min = 1, max = 1e6) double baseline,
            @ForAll @DoubleRange(min = 0, max = 0.05) double errors, @ForAll @DoubleRange(min = 0.11, max = 0.9) double shift,
            @ForAll boolean higherIsBetter) {
        double error = baseline * errors;
        double current = higherIsBetter ? baseline * (1 - shift) : baseline * (1 + shift);
        if (Math.abs(current - baseline) <= 2 * error) {
            return; // intervals touch: not this property's case
        }
        Comparison comparison = Comparison.of("x", current, error, baseline, error, 0.10, higherIsBetter);

        assertThat(comparison.verdict()).isEqualTo(Comparison.Verdict.REGRESSION);
        assertThat(comparison.noise()).isLessThan(Math.abs(comparison.change()));
    }

    @Test
    void a_baseline_from_another_cpu_is_not_compared_and_says_so() throws BenchmarkException {
        Environment elsewhere = new Environment("17.0.15", "OpenJDK 64-Bit Server VM", "Other CPU", 16);

        GateResult result = new BenchmarkGate(List.of(), 0.10).judge(Runs.read("shifted-run.json"),
                Runs.baselineOf("baseline-run.json", elsewhere), "benchmark-baseline.json", Runs.HERE, List.of(), List.of(), 0).result();

        assertThat(result.status()).isEqualTo(Status.WARNED);
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.level()).isEqualTo(Level.WARN);
            assertThat(v.message()).isEqualTo("The baseline benchmark-baseline.json was measured elsewhere (CPU Other CPU x 16"
                + " there, Test CPU x 2 here): no comparison with it, only absolute limits apply. Write a baseline on this"
                + " machine with -Dbuilder.benchmark.updateBaseline=true.");
        });
        assertThat(result.summary()).isEqualTo("2 benchmarks, 0 limits checked, 0 compared with the baseline; machine load"
            + " unknown (no load average on this system), 2 cores");
    }

    @Test
    void a_baseline_from_another_jdk_is_not_compared() throws BenchmarkException {
        Environment otherJdk = new Environment("21.0.5", "OpenJDK 64-Bit Server VM", null, null);

        GateResult result = new BenchmarkGate(List.of(), 0.10).judge(Runs.read("shifted-run.json"),
                Runs.baselineOf("baseline-run.json", otherJdk), "b.json", Runs.HERE, List.of(), List.of(), 0).result();

        assertThat(result.violations()).extracting(Violation::message).singleElement().asString()
            .startsWith("The baseline b.json was measured elsewhere (JDK 21.0.5 (OpenJDK 64-Bit Server VM) there,"
                + " 17.0.15 (OpenJDK 64-Bit Server VM) here)");
    }

    private static JmhResult withoutError(JmhResult r) {
        MetricData m = r.primary();
        return new JmhResult(r.benchmark(), r.mode(), r.threads(), r.params(), r.jdkVersion(), r.vmName(),
            new MetricData(m.score(), Double.NaN, Double.NaN, Double.NaN, m.unit(), m.percentiles(), m.iterations()), r.secondary());
    }
}
