package dev.backendbuilder.design;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code api} section: base path, pagination limits and the exposed resources. */
public record Api(String basePath, Pagination pagination, Map<String, Resource> resources) {

    public static final String DEFAULT_BASE_PATH = "/api";

    public Api {
        resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
    }

    public record Pagination(int defaultSize, int maxSize) {

        public static final Pagination DEFAULT = new Pagination(20, 100);
    }

    /** An entity exposed over HTTP with exactly these operations. */
    public record Resource(String entity, Set<Operation> operations, List<String> filters, List<String> sort, boolean cache, Location at) {

        public Resource {
            operations = operations.isEmpty() ? Set.of() : Collections.unmodifiableSet(java.util.EnumSet.copyOf(operations));
            filters = List.copyOf(filters);
            sort = List.copyOf(sort);
        }
    }
}
