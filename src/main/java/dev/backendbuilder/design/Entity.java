package dev.backendbuilder.design;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity of the data model. {@code tableName} is already safe for every supported database
 * ({@code Order} becomes {@code order_}); {@code resourcePath} is the plural kebab-case path segment.
 */
public record Entity(String name, String stableId, Map<String, Field> fields, List<Index> indexes, Location at) {

    public Entity {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        indexes = List.copyOf(indexes);
    }

    public String tableName() {
        return SqlNames.safe(Names.snakeCase(name));
    }

    public String resourcePath() {
        return Names.kebabCase(Names.plural(name));
    }

    /** A user-declared index over one or more fields (or relationship names). */
    public record Index(List<String> fields, Location at) {

        public Index {
            fields = List.copyOf(fields);
        }
    }
}
