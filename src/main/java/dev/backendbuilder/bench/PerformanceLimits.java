package dev.backendbuilder.bench;

import dev.backendbuilder.design.PerformanceTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * The design's {@code performance} entries as limits: {@code p95Ms} bounds the 95th percentile of
 * the endpoint's SampleTime benchmarks (in ms), {@code minRps} their requests per second (see
 * {@link Statistic#RPS}). A benchmark measures an endpoint when it has a parameter
 * {@code @Param("GET /api/books/{id}") String endpoint}.
 */
public final class PerformanceLimits {

    private PerformanceLimits() {
    }

    /** The limits of {@code targets}; {@code designDisplay} names the design file in messages. */
    public static List<BenchmarkLimit> of(List<PerformanceTarget> targets, String designDisplay) {
        List<BenchmarkLimit> limits = new ArrayList<>();
        for (PerformanceTarget target : targets) {
            String source = target.at() == null ? designDisplay : target.at().toString();
            if (target.p95Ms() != null) {
                limits.add(BenchmarkLimit.forEndpoint(target.endpoint(), Statistic.P95, null, target.p95Ms(), "ms", source));
            }
            if (target.minRps() != null) {
                limits.add(BenchmarkLimit.forEndpoint(target.endpoint(), Statistic.RPS, target.minRps(), null, "ops/s", source));
            }
        }
        return limits;
    }
}
