package dev.backendbuilder.bench;

import dev.backendbuilder.gate.Bound;
import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Level;
import dev.backendbuilder.gate.Metric;
import dev.backendbuilder.gate.Status;
import dev.backendbuilder.gate.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges JMH results: every limit against every result it selects, then each result against its
 * baseline entry (see {@link Comparison}) when the baseline was measured on the same JDK and CPU.
 * Every result is kept in the gate result, passing or not.
 */
public final class BenchmarkGate {

    /** The gate's area and result file name. */
    public static final String AREA = "benchmark";

    /** Rule of a limit missed where the measurement cannot support a verdict. */
    public static final String INCONCLUSIVE_RULE = "benchmark.limit.inconclusive";

    private final List<BenchmarkLimit> limits;
    private final double maxRegression;
    private final boolean failWhenBusy;

    /**
     * @param limits        the limits, from the POM and the design
     * @param maxRegression the allowed change against the baseline in the bad direction (0.10 = 10 %)
     */
    public BenchmarkGate(List<BenchmarkLimit> limits, double maxRegression) {
        this(limits, maxRegression, false);
    }

    /**
     * @param failWhenBusy fail a limit missed on an overloaded machine too (else the gate is INCONCLUSIVE)
     */
    public BenchmarkGate(List<BenchmarkLimit> limits, double maxRegression, boolean failWhenBusy) {
        if (Double.isNaN(maxRegression) || maxRegression < 0) {
            throw new IllegalArgumentException("maxRegression is a ratio of 0 or more (0.10 for 10 %), not " + maxRegression);
        }
        this.limits = List.copyOf(limits);
        this.maxRegression = maxRegression;
        this.failWhenBusy = failWhenBusy;
    }

    /**
     * What the gate decided, and the lines to print about each benchmark.
     *
     * @param result  the gate result
     * @param details one line per benchmark (score ± error, percentiles) and per comparison
     */
    public record Outcome(GateResult result, List<String> details) {
    }

    /**
     * Judges {@code results}.
     *
     * @param baseline        the baseline, or {@code null} when there is none (or it is being rewritten)
     * @param baselineDisplay how messages name the baseline file
     * @param environment     where this run happened
     */
    public Outcome judge(List<JmhResult> results, BenchmarkBaseline baseline, String baselineDisplay, Environment environment,
            List<String> evidence, List<String> notes, long durationMillis) throws BenchmarkException {
        return judge(results, baseline, baselineDisplay, environment, MachineLoad.unknown(
                environment.cores() == null ? 1 : environment.cores()), evidence, notes, durationMillis);
    }

    /**
     * Judges {@code results} measured under {@code load}: a missed limit fails only when the
     * measurement is beyond it by more than its error interval and the machine was not overloaded
     * ({@code failWhenBusy} fails it on an overloaded machine too); otherwise the gate is INCONCLUSIVE.
     */
    public Outcome judge(List<JmhResult> results, BenchmarkBaseline baseline, String baselineDisplay, Environment environment,
            MachineLoad load, List<String> evidence, List<String> notes, long durationMillis) throws BenchmarkException {
        List<Metric> metrics = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        List<String> details = new ArrayList<>();
        List<String> allNotes = new ArrayList<>(notes);
        for (JmhResult result : results) {
            metrics.add(Metric.info(result.key() + ".score", result.displayName() + " " + result.mode().scoreLabel(),
                    result.primary().score(), result.primary().unit()));
            details.add(describe(result));
        }
        for (BenchmarkLimit limit : limits) {
            List<JmhResult> selected = results.stream().filter(limit::selects).toList();
            if (selected.isEmpty()) {
                violations.add(new Violation("benchmark.limit.unmatched", Level.WARN, unmatched(limit, results), null, null,
                        limit.source()));
            }
            for (JmhResult result : selected) {
                check(limit, result, load, metrics, violations);
            }
        }
        int compared = 0;
        if (baseline != null) {
            List<String> differences = baseline.environment().differences(environment);
            if (!differences.isEmpty()) {
                violations.add(new Violation("benchmark.baseline.environment", Level.WARN, "The baseline " + baselineDisplay
                        + " was measured elsewhere (" + String.join("; ", differences) + "): no comparison with it,"
                        + " only absolute limits apply. Write a baseline on this machine with"
                        + " -Dbuilder.benchmark.updateBaseline=true.", null, null, baselineDisplay));
            } else {
                if (baseline.environment().unknown()) {
                    allNotes.add("The baseline " + baselineDisplay + " does not say which JDK and CPU it was measured on;"
                            + " it is compared as it is.");
                }
                List<String> missing = new ArrayList<>();
                for (JmhResult result : results) {
                    Optional<BenchmarkBaseline.Entry> entry = baseline.entryOf(result);
                    if (entry.isEmpty()) {
                        missing.add(result.displayName());
                        continue;
                    }
                    compared++;
                    compare(result, entry.get(), baselineDisplay, load, metrics, violations, details);
                }
                if (!missing.isEmpty()) {
                    allNotes.add("Not in the baseline " + baselineDisplay + ", so not compared: " + String.join(", ", missing)
                            + ". Add them with -Dbuilder.benchmark.updateBaseline=true.");
                }
            }
        }
        if (load.known()) {
            metrics.add(Metric.info("machine.load.peak", "machine load average, highest during the run", load.peak(),
                    "tasks"));
        }
        metrics.add(Metric.info("machine.cores", "machine cores", load.cores(), "cores"));
        allNotes.add("Measured at " + load.describe() + (load.overloaded() ? ": overloaded, more tasks wanted a CPU than"
                + " there are cores." : "."));
        String summary = results.size() + (results.size() == 1 ? " benchmark" : " benchmarks") + ", "
                + metrics.stream().filter(m -> m.threshold() != null).count() + " limits checked, " + compared
                + " compared with the baseline; " + load.describe();
        GateResult result = GateResult.measured(AREA, summary, metrics, violations, evidence, allNotes, durationMillis);
        boolean inconclusive = violations.stream().anyMatch(v -> v.rule().equals(INCONCLUSIVE_RULE));
        if (inconclusive && result.status().compareTo(Status.INCONCLUSIVE) < 0) {
            result = result.withStatus(Status.INCONCLUSIVE);
        }
        return new Outcome(result, details);
    }

    /**
     * Whether a missed bound is missed by more than the measurement's uncertainty: JMH's 99.9 % error
     * interval of the score, relative, applied to the figure held to the limit (JMH gives percentiles
     * no interval of their own). Without an interval (too few iterations) nothing is certain.
     */
    static boolean beyondWithConfidence(double value, MetricData data, Bound bound, double threshold) {
        if (!data.hasError() || !(data.score() > 0)) {
            return false;
        }
        double margin = Math.abs(value) * data.error() / data.score();
        return bound == Bound.MAXIMUM ? value - margin > threshold : value + margin < threshold;
    }

    /** Why a miss is not judged, and how to get a verdict: one sentence for the violation. */
    private String inconclusive(String miss, boolean confident, MachineLoad load, MetricData data) {
        List<String> why = new ArrayList<>();
        if (load.overloaded()) {
            why.add("the machine was overloaded (" + load.describe() + ")");
        }
        if (!confident) {
            why.add(data.hasError() ? "the error interval (\u00b1 " + Figures.plain(data.error()) + " " + data.unit()
                    + " on the score) reaches the limit" : "the run has no error interval (too few measurement iterations)");
        }
        return miss + ", but " + String.join(" and ", why) + ": not judged. Rerun on a quiet machine"
                + (confident ? "" : " with more iterations (-Dbuilder.benchmark.measurementIterations=10)")
                + ", or set -Dbuilder.benchmark.failWhenBusy=true where such misses must fail the build.";
    }

    private void check(BenchmarkLimit limit, JmhResult result, MachineLoad load, List<Metric> metrics,
            List<Violation> violations) throws BenchmarkException {
        MetricData data = limit.metric() == null ? result.primary() : result.secondary().get(limit.metric());
        String figure = limit.figure(result.mode());
        if (data == null) {
            violations.add(new Violation("benchmark.limit.unmeasured", Level.WARN, result.displayName() + " " + figure
                    + " is not measured, so its limit is not checked: the run has no metric '" + limit.metric()
                    + "' (secondary metrics: " + (result.secondary().isEmpty() ? "none; add a profiler such as gc"
                            : String.join(", ", result.secondary().keySet())) + ")", null, null, limit.source()));
            return;
        }
        Double value = limit.statistic().of(result, data);
        if (value == null) {
            violations.add(new Violation("benchmark.limit.unmeasured", Level.WARN, result.displayName() + " " + figure
                    + " is not measured, so its limit is not checked: " + result.benchmark() + " runs in mode "
                    + result.mode().code() + "; percentiles need @BenchmarkMode(Mode.SampleTime)", null, null, limit.source()));
            return;
        }
        String from = limit.statistic().unitOf(data);
        String unit = limit.unit() == null ? from : limit.unit();
        double converted;
        try {
            converted = Units.convert(value, from, unit);
        } catch (IllegalArgumentException e) {
            throw new BenchmarkException("The limit " + limit.source() + " on " + result.displayName() + " " + figure
                    + " is given in " + unit + ", but " + e.getMessage() + "; write it in " + Units.display(from)
                    + (from.endsWith("/op") ? " (or another time unit: ns, us, ms, s)" : from.startsWith("ops/")
                            ? " (or another throughput: ops/ms, ops/min)" : "") + ".", e);
        }
        String shownUnit = Units.display(unit);
        for (Bound bound : new Bound[] {Bound.MINIMUM, Bound.MAXIMUM}) {
            Double threshold = bound == Bound.MINIMUM ? limit.minimum() : limit.maximum();
            if (threshold == null) {
                continue;
            }
            metrics.add(new Metric(result.key() + "." + figure.replace(' ', '.') + "." + bound.name().toLowerCase(java.util.Locale.ROOT),
                    result.displayName() + " " + figure + " (" + shownUnit + ")", converted, shownUnit, threshold, bound));
            if (!bound.holds(converted, threshold)) {
                String shown = Figures.measured(converted, bound, threshold) + " " + shownUnit;
                String expected = Figures.limit(threshold) + " " + shownUnit;
                String miss = result.displayName() + " " + figure + " " + shown + (bound == Bound.MINIMUM ? " < " : " > ")
                        + "limit " + expected;
                boolean confident = beyondWithConfidence(converted, data, bound, threshold);
                boolean judged = confident && (!load.overloaded() || failWhenBusy);
                if (judged || limit.level() == Level.WARN) {
                    violations.add(new Violation("benchmark.limit", limit.level(), miss + (load.overloaded()
                            ? " (measured on an overloaded machine: " + load.describe() + "; builder.benchmark.failWhenBusy"
                                    + " is set)" : ""), shown, expected, null));
                } else {
                    violations.add(new Violation(INCONCLUSIVE_RULE, Level.WARN, inconclusive(miss, confident, load, data),
                            shown, expected, null));
                }
            }
        }
    }

    private void compare(JmhResult result, BenchmarkBaseline.Entry entry, String baselineDisplay, MachineLoad load,
            List<Metric> metrics, List<Violation> violations, List<String> details) throws BenchmarkException {
        MetricData now = result.primary();
        double base;
        double baseError;
        try {
            base = Units.convert(entry.score(), entry.unit(), now.unit());
            baseError = Double.isNaN(entry.errorOrNaN()) ? Double.NaN : Units.convert(entry.errorOrNaN(), entry.unit(), now.unit());
        } catch (IllegalArgumentException e) {
            throw new BenchmarkException("The baseline " + baselineDisplay + " has " + result.displayName() + " in "
                    + entry.unit() + ", this run measures " + now.unit() + ": " + e.getMessage()
                    + ". Write the baseline anew with -Dbuilder.benchmark.updateBaseline=true.", e);
        }
        if (!(base > 0)) {
            throw new BenchmarkException("The baseline " + baselineDisplay + " has a score of " + entry.score() + " for "
                    + result.displayName() + "; a score must be above 0. Write the baseline anew with"
                    + " -Dbuilder.benchmark.updateBaseline=true.");
        }
        Comparison comparison = Comparison.of(result.displayName(), now.score(), now.hasError() ? now.error() : Double.NaN,
                base, baseError, maxRegression, result.mode().higherIsBetter());
        metrics.add(Metric.info(result.key() + ".change", result.displayName() + " change against the baseline",
                comparison.change(), "ratio"));
        switch (comparison.verdict()) {
            case REGRESSION -> {
                boolean judged = !load.overloaded() || failWhenBusy;
                violations.add(new Violation(judged ? "benchmark.regression" : INCONCLUSIVE_RULE,
                        judged ? Level.ERROR : Level.WARN, judged ? comparison.message() : comparison.message()
                                + ", but the machine was overloaded (" + load.describe() + "): not judged. Rerun on a quiet"
                                + " machine, or set -Dbuilder.benchmark.failWhenBusy=true where such misses must fail.",
                        Figures.change(comparison.change(), comparison.higherIsBetter()),
                        Figures.allowed(maxRegression, comparison.higherIsBetter()), null));
            }
            case UNKNOWN_NOISE -> violations.add(new Violation("benchmark.regression.unknown", Level.WARN, comparison.message()
                    + ": too few iterations to tell it from noise; run more measurement iterations or forks", null, null, null));
            case NOISE -> details.add(comparison.message() + ": within the error bars, not a regression");
            default -> details.add(comparison.message());
        }
    }

    /** {@code BookServiceBenchmark.find: 51234.512 ± 812.301 ops/s (throughput)}, with percentiles for SampleTime. */
    static String describe(JmhResult result) {
        MetricData m = result.primary();
        StringBuilder line = new StringBuilder(result.displayName()).append(": ").append(Figures.plain(m.score()));
        if (m.hasError()) {
            line.append(" \u00b1 ").append(Figures.plain(m.error()));
        }
        line.append(' ').append(m.unit()).append(" (").append(result.mode().scoreLabel());
        if (result.mode() == Mode.SAMPLE_TIME) {
            for (Statistic p : new Statistic[] {Statistic.P50, Statistic.P95, Statistic.P99}) {
                Double value = m.percentiles().get(p.percentile());
                if (value != null) {
                    line.append(", ").append(p.label(result.mode())).append(' ').append(Figures.plain(value));
                }
            }
        }
        return line.append(')').toString();
    }

    private static String unmatched(BenchmarkLimit limit, List<JmhResult> results) {
        String names = results.isEmpty() ? "none" : String.join(", ", results.stream().map(JmhResult::benchmark).toList());
        if (limit.byEndpoint()) {
            return "No benchmark measures " + limit.benchmark() + " (a JMH benchmark with @Param(\"" + limit.benchmark()
                    + "\") String endpoint), so its " + limit.figure(Mode.SAMPLE_TIME) + " limit is not checked. Benchmarks run: "
                    + names;
        }
        return "The limit on '" + limit.benchmark() + "' selects no benchmark. Benchmarks run: " + names;
    }
}
