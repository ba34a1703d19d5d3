package dev.backendbuilder.bench;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One metric of a JMH result (the primary score or a secondary metric such as {@code gc.alloc.rate}).
 *
 * @param score       the score (for SampleTime: the mean)
 * @param error       half-width of JMH's 99.9 % confidence interval; {@code NaN} when too few iterations ran
 * @param low         lower end of the confidence interval ({@code NaN} without one)
 * @param high        upper end of the confidence interval
 * @param unit        JMH's unit, e.g. {@code ops/s}, {@code ms/op}, {@code B/op}
 * @param percentiles percentile (0–100) to value, in {@code unit}
 * @param iterations  the score of each measurement iteration, all forks
 */
public record MetricData(double score, double error, double low, double high, String unit,
        SortedMap<Double, Double> percentiles, List<Double> iterations) {

    public MetricData {
        percentiles = Collections.unmodifiableSortedMap(new TreeMap<>(percentiles == null ? new TreeMap<>() : percentiles));
        iterations = List.copyOf(iterations == null ? List.of() : iterations);
    }

    /** Whether JMH could compute error bars (enough iterations). */
    public boolean hasError() {
        return !Double.isNaN(error) && !Double.isInfinite(error);
    }
}
