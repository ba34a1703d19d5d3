package dev.backendbuilder.design;

/** A latency or throughput target for one generated endpoint; unset limits are {@code null}. */
public record PerformanceTarget(String method, String path, Double p95Ms, Double minRps, Location at) {

    public String endpoint() {
        return method + " " + path;
    }
}
