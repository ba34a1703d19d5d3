package dev.backendbuilder.design;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An external HTTP service the backend calls, with its resilience settings. */
public record Integration(String name, String baseUrl, int timeoutMs, int retries, boolean circuitBreaker, Map<String, Call> operations, Location at) {

    public static final int DEFAULT_TIMEOUT_MS = 2000;
    public static final int DEFAULT_RETRIES = 0;

    public Integration {
        operations = Collections.unmodifiableMap(new LinkedHashMap<>(operations));
    }

    /** Environment variable that overrides the base URL at run time ({@code ISBN_LOOKUP_BASE_URL}). */
    public String baseUrlVariable() {
        return Names.snakeCase(name).toUpperCase(java.util.Locale.ROOT) + "_BASE_URL";
    }

    /** One remote operation: HTTP method and path template. */
    public record Call(String method, String path) {
    }
}
