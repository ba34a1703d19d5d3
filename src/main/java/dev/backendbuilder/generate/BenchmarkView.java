package dev.backendbuilder.generate;

/**
 * One {@code performance} entry the generated JMH benchmark measures: a GET of a collection or an
 * item, or a POST that creates.
 *
 * @param endpoint {@code GET /api/books/{id}}, the value of the benchmark's {@code endpoint} parameter
 * @param entity   the resource the endpoint serves
 * @param item     whether the path ends in {@code /{id}} (one record is created first)
 * @param create   whether it is a POST (each call sends a fresh valid body)
 */
public record BenchmarkView(String endpoint, EntityView entity, boolean item, boolean create) {

    public String getEndpoint() {
        return endpoint;
    }

    public EntityView getEntity() {
        return entity;
    }

    public boolean isItem() {
        return item;
    }

    public boolean isCreate() {
        return create;
    }
}
