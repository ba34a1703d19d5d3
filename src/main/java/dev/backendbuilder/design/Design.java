package dev.backendbuilder.design;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded, validated design file (format version 1): the read-only model every goal works from.
 * Maps keep the order of the file, so everything generated from them is deterministic.
 */
public record Design(
    int version,
    App app,
    Map<String, Entity> entities,
    List<Relationship> relationships,
    Api api,
    Security security,
    Map<String, Integration> integrations,
    List<PerformanceTarget> performance,
    Quality quality) {

    public Design {
        entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
        relationships = List.copyOf(relationships);
        integrations = Collections.unmodifiableMap(new LinkedHashMap<>(integrations));
        performance = List.copyOf(performance);
    }

    public Optional<Entity> entity(String name) {
        return Optional.ofNullable(entities.get(name));
    }

    /** HTTP endpoints the API exposes: one per resource operation. */
    public int endpointCount() {
        return api.resources().values().stream().mapToInt(r -> r.operations().size()).sum();
    }

    /** Relationships whose reference is held by {@code entity} ({@code from: Entity.field}). */
    public List<Relationship> relationshipsFrom(String entity) {
        return relationships.stream().filter(r -> r.fromEntity().equals(entity)).toList();
    }
}
