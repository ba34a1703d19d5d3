package dev.backendbuilder.design.random;

import dev.backendbuilder.design.Api;
import dev.backendbuilder.design.Design;
import dev.backendbuilder.design.Entity;
import dev.backendbuilder.design.Field;
import dev.backendbuilder.design.Operation;
import dev.backendbuilder.design.Relationship;
import dev.backendbuilder.design.Security;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a design contains, as names such as {@code field:decimal:precision} or {@code auth:jwt}: the
 * coverage census that keeps the generator from silently shrinking.
 */
final class DesignCensus {

    private static final List<String> CONSTRAINTS = List.of("required", "nullable", "unique", "default", "readOnly", "writeOnly", "id");

    private DesignCensus() {
    }

    /** Everything 1000 random designs must contain between them. */
    static Set<String> expected() {
        Set<String> expected = new TreeSet<>();
        for (String type : RandomFields.TYPES) {
            CONSTRAINTS.forEach(c -> expected.add("field:" + type + ":" + c));
            expected.add("filter:" + type);
            expected.add("sort:" + type);
            expected.add("index:" + type);
        }
        // validate refuses an index or a unique constraint on text (H2 and MySQL cannot index a CLOB)
        expected.removeAll(List.of("field:text:unique", "index:text"));
        for (String type : List.of("string", "text")) {
            List.of("minLength", "maxLength", "pattern").forEach(c -> expected.add("field:" + type + ":" + c));
        }
        expected.addAll(List.of("field:string:format:email", "field:string:format:url"));
        for (String type : List.of("integer", "long", "decimal")) {
            expected.add("field:" + type + ":min");
            expected.add("field:" + type + ":max");
        }
        expected.addAll(List.of("field:decimal:precision", "field:decimal:scale", "field:enum:values"));
        for (String kind : List.of("many-to-one", "one-to-one", "many-to-many")) {
            expected.addAll(List.of("relationship:" + kind, "relationship:" + kind + ":self", "relationship:" + kind + ":inverse",
                "filter:reference:" + kind));
        }
        // validate refuses an index naming a many-to-many reference (it has no column in the entity's table)
        expected.addAll(List.of("index:reference:many-to-one", "index:reference:one-to-one"));
        expected.addAll(List.of("relationship:many-to-one:required", "relationship:one-to-one:required",
            "relationship:onDelete:restrict", "relationship:onDelete:cascade", "relationship:onDelete:set-null",
            "relationship:twice-to-one-entity", "relationship:id"));
        expected.addAll(List.of("entity:no-resource", "entity:sql-reserved", "entity:framework-type", "entity:keyword-package",
            "entity:id", "entity:index", "field:sql-reserved", "field:query-parameter"));
        for (Operation operation : Operation.values()) {
            expected.add("operation:" + operation.name().toLowerCase(Locale.ROOT));
        }
        expected.addAll(List.of("resource:all-operations", "resource:some-operations", "resource:cache"));
        expected.addAll(List.of("auth:jwt", "auth:basic", "auth:none", "access:public", "access:authenticated", "access:roles",
            "permission:*", "permission:resource", "rateLimit", "cors", "integration", "performance:GET", "performance:POST"));
        expected.addAll(List.of("db:postgresql", "db:mysql", "db:h2", "java:17", "java:21", "java:25", "quality"));
        return expected;
    }

    static Set<String> of(Design design) {
        Set<String> seen = new TreeSet<>();
        seen.add("db:" + design.app().database().name().toLowerCase(Locale.ROOT));
        seen.add("java:" + design.app().javaRelease());
        for (Entity entity : design.entities().values()) {
            entity(design, entity, seen);
        }
        Map<String, Integer> targets = new HashMap<>();
        for (Relationship r : design.relationships()) {
            String kind = r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            seen.add("relationship:" + kind);
            add(seen, r.fromEntity().equals(r.to()), "relationship:" + kind + ":self");
            add(seen, r.inverse() != null, "relationship:" + kind + ":inverse");
            add(seen, r.required(), "relationship:" + kind + ":required");
            add(seen, r.stableId() != null, "relationship:id");
            if (r.onDelete() != null) {
                seen.add("relationship:onDelete:" + r.onDelete().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            add(seen, targets.merge(r.fromEntity() + ">" + r.to(), 1, Integer::sum) > 1, "relationship:twice-to-one-entity");
        }
        for (Api.Resource resource : design.api().resources().values()) {
            resource(design, resource, seen);
        }
        Security security = design.security();
        seen.add("auth:" + security.authentication().name().toLowerCase(Locale.ROOT));
        for (Security.Permission permission : security.permissions()) {
            seen.add("access:" + permission.access().kind().name().toLowerCase(Locale.ROOT));
            seen.add(Security.ALL_RESOURCES.equals(permission.resource()) ? "permission:*" : "permission:resource");
        }
        add(seen, security.rateLimit() != null, "rateLimit");
        add(seen, !security.corsOrigins().isEmpty(), "cors");
        add(seen, !design.integrations().isEmpty(), "integration");
        design.performance().forEach(p -> seen.add("performance:" + p.method()));
        add(seen, design.quality() != null && !design.quality().equals(dev.backendbuilder.design.Quality.DEFAULT), "quality");
        return seen;
    }

    private static void entity(Design design, Entity entity, Set<String> seen) {
        add(seen, !design.api().resources().containsKey(entity.name()), "entity:no-resource");
        add(seen, entity.tableName().endsWith("_"), "entity:sql-reserved");
        add(seen, NamePools.FRAMEWORK_TYPE_ENTITIES.contains(entity.name()), "entity:framework-type");
        add(seen, NamePools.KEYWORD_PACKAGE_ENTITIES.contains(entity.name()), "entity:keyword-package");
        add(seen, entity.stableId() != null, "entity:id");
        add(seen, !entity.indexes().isEmpty(), "entity:index");
        for (Field field : entity.fields().values()) {
            String type = "field:" + field.type().yamlName() + ":";
            add(seen, field.required(), type + "required");
            add(seen, field.nullable(), type + "nullable");
            add(seen, field.unique(), type + "unique");
            add(seen, field.defaultValue() != null, type + "default");
            add(seen, field.readOnly(), type + "readOnly");
            add(seen, field.writeOnly(), type + "writeOnly");
            add(seen, field.stableId() != null, type + "id");
            add(seen, field.minLength() != null, type + "minLength");
            add(seen, field.maxLength() != null, type + "maxLength");
            add(seen, field.pattern() != null, type + "pattern");
            add(seen, field.min() != null, type + "min");
            add(seen, field.max() != null, type + "max");
            add(seen, field.precision() != null, type + "precision");
            add(seen, field.scale() != null, type + "scale");
            add(seen, !field.values().isEmpty(), type + "values");
            if (field.format() != null) {
                seen.add(type + "format:" + field.format().name().toLowerCase(Locale.ROOT));
            }
            add(seen, field.columnName().endsWith("_"), "field:sql-reserved");
            add(seen, NamePools.QUERY_PARAMETER_FIELDS.contains(field.name()), "field:query-parameter");
        }
        for (Entity.Index index : entity.indexes()) {
            index.fields().forEach(member -> seen.add("index:" + memberKind(design, entity, member)));
        }
    }

    private static void resource(Design design, Api.Resource resource, Set<String> seen) {
        Entity entity = design.entities().get(resource.entity());
        resource.operations().forEach(o -> seen.add("operation:" + o.name().toLowerCase(Locale.ROOT)));
        seen.add(resource.operations().size() == Operation.values().length ? "resource:all-operations" : "resource:some-operations");
        add(seen, resource.cache(), "resource:cache");
        resource.filters().forEach(f -> seen.add("filter:" + memberKind(design, entity, f)));
        resource.sort().forEach(s -> seen.add("sort:" + memberKind(design, entity, s)));
    }

    /** A field's type, or {@code reference:<kind>} for a relationship name. */
    private static String memberKind(Design design, Entity entity, String member) {
        Field field = entity.fields().get(member);
        if (field != null) {
            return field.type().yamlName();
        }
        return design.relationshipsFrom(entity.name()).stream().filter(r -> r.fromField().equals(member)).findFirst()
            .map(r -> "reference:" + r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse("unknown");
    }

    private static void add(Set<String> seen, boolean present, String what) {
        if (present) {
            seen.add(what);
        }
    }
}
