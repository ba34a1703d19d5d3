package dev.backendbuilder.bench;

import dev.backendbuilder.gate.Level;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A bound on one figure of the benchmarks it selects: the score, a SampleTime percentile or the
 * requests per second, or a secondary metric such as {@code gc.alloc.rate.norm}, in a unit of the
 * user's choice.
 *
 * <p>Selection: a benchmark is selected when {@code benchmark} equals its full name, its
 * {@code Class.method} name or the endpoint it measures ({@code @Param} {@code endpoint}), or when
 * {@code benchmark}, read as a regular expression, is found in its full name (as JMH's includes).
 * A limit from the design's {@code performance} section selects by endpoint only.
 *
 * @param benchmark  name, endpoint or regular expression
 * @param byEndpoint select by endpoint only (limits from the design)
 * @param statistic  which figure
 * @param metric     a secondary metric's name instead of the score, or {@code null}
 * @param minimum    lowest acceptable value, or {@code null}
 * @param maximum    highest acceptable value, or {@code null}
 * @param unit       unit of minimum and maximum ({@code ms}, {@code ops/s}, {@code B/op}); {@code null}: the result's
 * @param level      ERROR fails the gate, WARN only reports
 * @param source     where the limit was written, for messages ({@code limit 2}, {@code design.yaml:41:5})
 */
public record BenchmarkLimit(String benchmark, boolean byEndpoint, Statistic statistic, String metric, Double minimum,
        Double maximum, String unit, Level level, String source) {

    public BenchmarkLimit {
        if (benchmark == null || benchmark.isBlank()) {
            throw new IllegalArgumentException("a limit needs <benchmark>: a benchmark name, endpoint or regular expression");
        }
        benchmark = benchmark.trim();
        statistic = statistic == null ? Statistic.SCORE : statistic;
        metric = metric == null || metric.isBlank() ? null : metric.trim();
        unit = unit == null || unit.isBlank() ? null : unit.trim();
        level = level == null ? Level.ERROR : level;
        Objects.requireNonNull(source, "source");
        if (minimum == null && maximum == null) {
            throw new IllegalArgumentException("a limit needs <minimum>, <maximum> or both");
        }
        for (Double value : new Double[] {minimum, maximum}) {
            if (value != null && (value.isNaN() || value.isInfinite())) {
                throw new IllegalArgumentException("a limit must be a finite number, not " + value);
            }
        }
        if (minimum != null && maximum != null && minimum > maximum) {
            throw new IllegalArgumentException("the minimum " + minimum + " is above the maximum " + maximum);
        }
    }

    /** A limit from the design's {@code performance} section on the benchmarks of {@code endpoint}. */
    public static BenchmarkLimit forEndpoint(String endpoint, Statistic statistic, Double minimum, Double maximum, String unit,
            String source) {
        return new BenchmarkLimit(JmhResult.normaliseEndpoint(endpoint), true, statistic, null, minimum, maximum, unit,
                Level.ERROR, source);
    }

    /** Whether this limit applies to {@code result}. */
    public boolean selects(JmhResult result) {
        String endpoint = result.endpoint();
        if (endpoint != null && endpoint.equals(JmhResult.normaliseEndpoint(benchmark))) {
            return true;
        }
        if (byEndpoint) {
            return false;
        }
        if (benchmark.equals(result.benchmark()) || benchmark.equals(result.shortName())) {
            return true;
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(benchmark);
        } catch (PatternSyntaxException e) {
            return false;
        }
        return pattern.matcher(result.benchmark()).find();
    }

    /** What the limit bounds, for messages: {@code p95}, {@code throughput}, {@code gc.alloc.rate.norm}. */
    public String figure(Mode mode) {
        return metric == null ? statistic.label(mode) : statistic == Statistic.SCORE ? metric : metric + " " + statistic.label(mode);
    }
}
