package dev.backendbuilder.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One benchmark result of a JMH run: a benchmark method with one set of parameters in one mode.
 *
 * @param benchmark  the method's full name, {@code com.example.BookServiceBenchmark.find}
 * @param mode       the mode it ran in
 * @param threads    threads that ran it at the same time
 * @param params     the {@code @Param} values, by name
 * @param jdkVersion the JDK of the forked JVM ({@code 17.0.13})
 * @param vmName     its VM ({@code OpenJDK 64-Bit Server VM})
 * @param primary    the score
 * @param secondary  secondary metrics by name ({@code gc.alloc.rate.norm}), from profilers
 */
public record JmhResult(String benchmark, Mode mode, int threads, SortedMap<String, String> params, String jdkVersion,
        String vmName, MetricData primary, Map<String, MetricData> secondary) {

    /**
     * The parameter that ties a benchmark to a {@code performance} entry of the design:
     * {@code @Param("GET /api/books/{id}") String endpoint;}.
     */
    public static final String ENDPOINT_PARAM = "endpoint";

    public JmhResult {
        params = Collections.unmodifiableSortedMap(new TreeMap<>(params == null ? Map.of() : params));
        secondary = Collections.unmodifiableMap(new LinkedHashMap<>(secondary == null ? Map.of() : secondary));
    }

    /** What identifies the result across runs (and in the baseline): name, parameters and mode. */
    public String key() {
        return benchmark + paramText(params) + " [" + mode.code() + "]";
    }

    /** The design endpoint this benchmark measures ({@code GET /api/books/{id}}), or {@code null}. */
    public String endpoint() {
        String value = params.get(ENDPOINT_PARAM);
        return value == null ? null : normaliseEndpoint(value);
    }

    /**
     * The name in messages: the endpoint when the benchmark measures one, else class and method
     * ({@code BookServiceBenchmark.find}) with the other parameters.
     */
    public String displayName() {
        Map<String, String> others = new TreeMap<>(params);
        String endpoint = endpoint();
        if (endpoint != null) {
            others.remove(ENDPOINT_PARAM);
            return endpoint + paramText(others);
        }
        return shortName() + paramText(others);
    }

    /** Class and method: {@code BookServiceBenchmark.find}. */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        int type = method <= 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    /** {@code "get  /api/books"} → {@code "GET /api/books"}. */
    public static String normaliseEndpoint(String endpoint) {
        String[] parts = endpoint.trim().split("\\s+", 2);
        return parts.length < 2 ? endpoint.trim() : parts[0].toUpperCase(java.util.Locale.ROOT) + " " + parts[1].trim();
    }

    private static String paramText(Map<String, String> params) {
        return params.isEmpty() ? "" : params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
