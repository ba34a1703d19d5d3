package dev.backendbuilder.design;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Entities have fields, indexes name what exists, and no two members share a name or a column. */
final class EntityRules implements DesignRule {

    @Override
    public void check(Design design, CheckContext context) {
        for (Entity entity : design.entities().values()) {
            String fieldsPointer = CheckContext.pointer("entities", entity.name(), "fields");
            if (context.raw(fieldsPointer).isObject() && entity.fields().isEmpty()) {
                context.report(context.keyAt(fieldsPointer), "entity '" + entity.name() + "' has no fields; give it at least one.");
            }
            checkColumns(design, entity, context);
            checkInverseClashes(design, entity, context);
            List<String> indexable = CheckContext.fieldsAndReferences(design, entity);
            Map<List<String>, Integer> seen = new HashMap<>();
            // without fields (reported above or by the schema), every index would be reported once more
            for (int i = 0; !entity.fields().isEmpty() && i < entity.indexes().size(); i++) {
                List<String> columns = entity.indexes().get(i).fields();
                Integer same = seen.putIfAbsent(columns, i);
                if (same != null) {
                    context.report(context.valueAt(CheckContext.pointer("entities", entity.name(), "indexes", "" + i)), "index of "
                        + entity.name() + " over " + String.join(", ", columns) + " repeats index " + (same + 1)
                        + "; the database would refuse a second index of that name. Drop one.");
                }
                for (int j = 0; j < columns.size(); j++) {
                    String name = columns.get(j);
                    Location at = context.valueAt(CheckContext.pointer("entities", entity.name(), "indexes", "" + i, "" + j));
                    if (columns.indexOf(name) < j) {
                        context.report(at, "index of " + entity.name() + " names '" + name + "' twice; name each column once.");
                    } else if (manyToMany(design, entity, name)) {
                        context.report(at, "index of " + entity.name() + " names '" + name + "', a many-to-many relationship:"
                            + " it has no column in " + entity.name() + "'s table, and its join table is indexed already."
                            + " Drop it from the index.");
                    } else if (!indexable.contains(name)) {
                        context.report(at, "index of " + entity.name() + " names '" + name + "', which is not a field or reference of "
                                + entity.name() + "." + Suggestions.didYouMean(name, indexable));
                    } else if (entity.fields().containsKey(name) && entity.fields().get(name).type() == Field.Type.TEXT) {
                        context.report(at, "index of " + entity.name() + " names the text field '" + name + "': H2 and MySQL"
                            + " cannot index a text (CLOB) column. Make it 'type: string' with a maxLength (up to "
                            + FieldRules.MAX_INDEXED_LENGTH + ") to index it, or drop it from the index.");
                    }
                }
                int indexedLength = columns.stream().map(entity.fields()::get)
                        .filter(f -> f != null && f.type() == Field.Type.STRING)
                        .mapToInt(f -> f.maxLength() == null ? 255 : f.maxLength()).sum();
                if (indexedLength > FieldRules.MAX_INDEXED_LENGTH) {
                    context.report(context.valueAt(CheckContext.pointer("entities", entity.name(), "indexes", "" + i)), "index of "
                        + entity.name() + " over " + String.join(", ", columns) + " spans " + indexedLength + " characters of"
                        + " strings; MySQL indexes at most " + FieldRules.MAX_INDEXED_LENGTH + ". Lower their maxLength.");
                }
            }
        }
    }

    private static boolean manyToMany(Design design, Entity entity, String name) {
        return design.relationshipsFrom(entity.name()).stream()
            .anyMatch(r -> r.fromField().equals(name) && r.kind() == Relationship.Kind.MANY_TO_MANY);
    }

    /** Two fields may differ in Java ({@code isbnCode}, {@code isbncode}) yet clash as columns. */
    private static void checkColumns(Design design, Entity entity, CheckContext context) {
        Map<String, String> columns = new HashMap<>();
        for (Field field : entity.fields().values()) {
            String earlier = columns.putIfAbsent(field.columnName().toLowerCase(java.util.Locale.ROOT), field.name());
            if (earlier != null) {
                context.report(field.at(), "fields '" + earlier + "' and '" + field.name() + "' of " + entity.name()
                    + " would share the column '" + field.columnName() + "'; rename one.");
            }
        }
        for (Relationship r : design.relationshipsFrom(entity.name())) {
            if (r.kind() == Relationship.Kind.MANY_TO_MANY || r.fromField().isEmpty()) {
                continue;
            }
            String earlier = columns.putIfAbsent(r.foreignKeyColumn(), r.fromField());
            if (earlier != null && !earlier.equals(r.fromField())) {
                context.report(r.at(), "the foreign key column '" + r.foreignKeyColumn() + "' of " + entity.name() + "." + r.fromField()
                    + " clashes with field '" + earlier + "'; rename one.");
            }
        }
    }

    /** Two relationships may add the same inverse name to one entity. */
    private static void checkInverseClashes(Design design, Entity entity, CheckContext context) {
        Map<String, String> members = new HashMap<>();
        entity.fields().keySet().forEach(f -> members.put(f, "field '" + f + "'"));
        design.relationshipsFrom(entity.name()).forEach(r -> members.putIfAbsent(r.fromField(), "relationship " + entity.name() + "." + r.fromField()));
        for (Relationship r : design.relationships()) {
            if (entity.name().equals(r.to()) && r.inverse() != null && !entity.fields().containsKey(r.inverse())) {
                String earlier = members.putIfAbsent(r.inverse(), "inverse of " + r.fromEntity() + "." + r.fromField());
                if (earlier != null) {
                    context.report(r.at(), "inverse '" + r.inverse() + "' on " + entity.name() + " clashes with " + earlier + "; rename one.");
                }
            }
        }
    }
}
