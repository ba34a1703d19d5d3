package dev.backendbuilder.mojo;

import dev.backendbuilder.bench.Statistic;
import dev.backendbuilder.gate.Level;

/**
 * One {@code <limit>} of {@code builder:benchmark}'s {@code limits} parameter, bound by Maven; see
 * {@link BenchmarkMojo#limits} for an example.
 *
 * @since 0.1.0
 */
public class BenchmarkLimitParameter {

    /**
     * The benchmarks held to the limit: a full or {@code Class.method} name, an endpoint
     * ({@code GET /api/books/{id}}, for benchmarks with that {@code endpoint} parameter) or a regular
     * expression found in the full name.
     */
    String benchmark;

    /** SCORE (the default), P50, P90, P95, P99, P999, MAX (SampleTime percentiles) or RPS. */
    Statistic statistic;

    /** A percentile instead of {@code statistic}: 0.5, 0.9, 0.95, 0.99, 0.999 or 1.0. */
    Double percentile;

    /** A secondary metric instead of the score, e.g. {@code gc.alloc.rate.norm} (with the profiler {@code gc}). */
    String metric;

    /** The lowest allowed value. */
    Double minimum;

    /** The highest allowed value. */
    Double maximum;

    /** The unit of minimum and maximum: ns, us, ms, s for times, ops/s, ops/ms for throughputs; default the result's. */
    String unit;

    /** ERROR (fails the build, the default) or WARN (reported only). */
    Level level = Level.ERROR;
}
