package dev.backendbuilder.generate;

import dev.backendbuilder.design.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What the schema of one design has that the schema of the design before it had not, as the statements of
 * the next migration. Entities, fields and relationships are matched by their stable {@code id} first (so a
 * renamed field is a RENAME, and its rows keep their values), then by name. Like Django's autodetector, it
 * writes what it can prove safe and refuses the rest with the design location: a change that would destroy
 * data (a dropped table or column) only with the user's consent, a change it cannot migrate (a narrower type,
 * a removed enum value) never, naming the two steps that do the same.
 */
final class SchemaDiff {

    /** The order statements run in: keys go before what they hold, new tables before keys that refer to them. */
    enum Phase {
        DROP_KEYS, DROP_INDEXES, DROP_COLUMNS, DROP_TABLES, RENAME_TABLES, ALTER, ADD_KEYS, ADD_INDEXES
    }

    /** One change, for every vendor: its statements per dialect and the words the file's name takes from it. */
    record Alteration(Phase phase, String summary, Function<Dialect, List<String>> sql) {
    }

    /** A join table a new many-to-many relationship of an existing entity needs. */
    record JoinTable(EntityView entity, ReferenceView reference) {
    }

    private final List<EntityView> newEntities = new ArrayList<>();
    private final List<JoinTable> newJoinTables = new ArrayList<>();
    private final List<Alteration> alterations = new ArrayList<>();
    private final List<String> losses = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    /** Tables of the design before under their name in the design after, for the entities renamed by id. */
    private final Map<String, String> renamedTables = new LinkedHashMap<>();
    /** Tables of the design before that a many-to-many relationship joins (their join tables take their names). */
    private final Set<String> joined = new HashSet<>();

    private SchemaDiff() {
    }

    static SchemaDiff between(ProjectView before, ProjectView after) {
        SchemaDiff diff = new SchemaDiff();
        Map<EntityView, EntityView> entities = match(before.getEntities(), after.getEntities(),
                e -> e.entity().stableId(), EntityView::getName);
        entities.forEach((now, old) -> diff.renamedTables.put(old.getTable(), now.getTable()));
        before.getEntities().forEach(e -> e.getManyToMany().forEach(r -> {
            diff.joined.add(e.getTable());
            diff.joined.add(r.getTarget().getTable());
        }));
        for (EntityView entity : after.getEntities()) {
            EntityView old = entities.get(entity);
            if (old == null) {
                diff.newEntities.add(entity);
            } else {
                diff.entity(old, entity);
            }
        }
        Set<EntityView> kept = new HashSet<>(entities.values());
        for (EntityView old : before.getEntities()) {
            if (!kept.contains(old)) {
                diff.droppedEntity(old);
            }
        }
        diff.alterations.sort(Comparator.comparing(Alteration::phase));
        return diff;
    }

    List<EntityView> newEntities() {
        return newEntities;
    }

    /** The tables of the design before that this migration renames, old name to new. */
    Map<String, String> tableRenames() {
        Map<String, String> renames = new LinkedHashMap<>();
        renamedTables.forEach((from, to) -> {
            if (!from.equals(to)) {
                renames.put(from, to);
            }
        });
        return renames;
    }

    List<JoinTable> newJoinTables() {
        return newJoinTables;
    }

    /** Statements of {@code dialect} before ({@code beforeTables}) or after the new tables are created. */
    List<String> statements(Dialect dialect, boolean beforeTables) {
        return alterations.stream().filter(a -> (a.phase().compareTo(Phase.ALTER) < 0) == beforeTables)
                .flatMap(a -> a.sql().apply(dialect).stream()).toList();
    }

    /** What the migration does, one line per change, new tables first. */
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        newEntities.forEach(e -> lines.add("create table " + e.getTable()));
        newJoinTables.forEach(j -> lines.add("create table " + j.reference().getJoinTable()));
        alterations.forEach(a -> lines.add(a.summary()));
        return lines;
    }

    boolean isEmpty() {
        return newEntities.isEmpty() && newJoinTables.isEmpty() && alterations.isEmpty();
    }

    /** The changes that drop data, each with its design location: written only with the user's consent. */
    List<String> losses() {
        return losses;
    }

    /** The changes no migration is written for, each with its design location and what to do instead. */
    List<String> refusals() {
        return refusals;
    }

    private void entity(EntityView old, EntityView entity) {
        String table = entity.getTable();
        if (!old.getTable().equals(table)) {
            if (joined.contains(old.getTable())) {
                refusals.add(entity.entity().at() + ": entity '" + old.getName() + "' is now '" + entity.getName()
                        + "', a new table name (" + old.getTable() + " → " + table + "), and a many-to-many relationship's"
                        + " join table takes its name, which generate cannot rename yet. Keep the old name, or add the new"
                        + " entity, copy the rows in a migration of your own, then drop the old one.");
                return;
            }
            renamedTable(old, entity);
        }
        Map<FieldView, FieldView> fields = match(old.getFields(), entity.getFields(), f -> f.field().stableId(), FieldView::getName);
        for (FieldView field : entity.getFields()) {
            FieldView before = fields.get(field);
            if (before == null) {
                addedField(entity, field);
            } else {
                changedField(old, entity, before, field);
            }
        }
        Set<FieldView> keptFields = new HashSet<>(fields.values());
        old.getFields().stream().filter(f -> !keptFields.contains(f)).forEach(f -> droppedField(old, entity, f));
        Map<ReferenceView, ReferenceView> references = match(old.getReferences(), entity.getReferences(),
                r -> r.relationship().stableId(), ReferenceView::getName);
        for (ReferenceView reference : entity.getReferences()) {
            ReferenceView before = references.get(reference);
            if (before == null) {
                addedReference(entity, reference);
            } else {
                changedReference(old, entity, before, reference);
            }
        }
        Set<ReferenceView> keptReferences = new HashSet<>(references.values());
        old.getReferences().stream().filter(r -> !keptReferences.contains(r)).forEach(r -> droppedReference(old, r));
        indexes(old, entity);
    }

    /**
     * An entity renamed by id: its table, and the keys and indexes named after it, renamed (data kept). Statements
     * of the drop phases still name the old table; the table is renamed before the new tables are created (whose
     * keys may refer to it) and everything after uses the new name.
     */
    private void renamedTable(EntityView old, EntityView entity) {
        String from = old.getTable();
        String to = entity.getTable();
        String oldPk = "pk_" + old.getConstraintBase();
        String newPk = "pk_" + entity.getConstraintBase();
        alterations.add(new Alteration(Phase.RENAME_TABLES, "rename table " + from + " to " + to, d -> {
            List<String> sql = new ArrayList<>(List.of("ALTER TABLE " + from + " RENAME TO " + to));
            if (d != Dialect.MYSQL && !oldPk.equals(newPk)) { // MySQL names every primary key PRIMARY
                sql.add("ALTER TABLE " + to + " RENAME CONSTRAINT " + oldPk + " TO " + newPk);
            }
            return sql;
        }));
    }

    private void addedField(EntityView entity, FieldView field) {
        String table = entity.getTable();
        String column = field.getColumn();
        Field design = field.field();
        String where = design.at() + ": field '" + field.getName() + "' of " + entity.getName();
        if (field.isRequired() && design.defaultValue() == null) {
            refusals.add(where + " is new and required but has no default, so the rows " + table + " already holds would"
                    + " have no value. Give it a default (the migration fills those rows with it), or make it optional.");
            return;
        }
        if (field.isRequired() && field.isUnique()) {
            refusals.add(where + " is new, required and unique: the rows " + table + " already holds would all get the"
                    + " same default. Add it optional first, fill it, then make it required.");
            return;
        }
        if (field.isRequired() && !hasLiteral(design)) {
            refusals.add(where + " is new and required, and its default has no SQL literal generate can write for every"
                    + " database. Add it optional first, fill it, then make it required.");
            return;
        }
        alterations.add(new Alteration(Phase.ALTER, "add column " + table + "." + column, d -> {
            List<String> sql = new ArrayList<>();
            sql.add("ALTER TABLE " + table + " ADD COLUMN " + column + " " + field.sqlType(d));
            if (field.isRequired()) {
                sql.add("UPDATE " + table + " SET " + column + " = " + d.literal(design, design.defaultValue()));
                sql.add(d.alterNullability(table, column, field.sqlType(d), true));
            }
            return sql;
        }));
        String base = entity.getConstraintBase();
        if (field.isUnique()) {
            alterations.add(new Alteration(Phase.ADD_KEYS, "add unique " + table + "." + column, d -> List.of(
                    "ALTER TABLE " + table + " ADD CONSTRAINT uk_" + base + "_" + column + " UNIQUE (" + column + ")")));
        }
        if (field.isEnum()) {
            alterations.add(new Alteration(Phase.ADD_KEYS, "add check " + table + "." + column, d -> List.of(
                    "ALTER TABLE " + table + " ADD CONSTRAINT ck_" + base + "_" + column + " CHECK (" + column + " IN ("
                            + String.join(", ", field.getEnumValues().stream().map(d::quote).toList()) + "))")));
        }
    }

    /** Whether every database gets a literal of the field's default, to fill rows that have no value. */
    private static boolean hasLiteral(Field field) {
        return field.defaultValue() != null && Dialect.MYSQL.literal(field, field.defaultValue()) != null;
    }

    private void changedField(EntityView oldEntity, EntityView entity, FieldView before, FieldView field) {
        String table = entity.getTable();
        String oldTable = oldEntity.getTable();
        String where = field.field().at() + ": field '" + field.getName() + "' of " + entity.getName();
        String column = field.getColumn();
        if (!before.getColumn().equals(column)) {
            alterations.add(new Alteration(Phase.ALTER, "rename column " + table + "." + before.getColumn() + " to " + column,
                    d -> List.of("ALTER TABLE " + table + " RENAME COLUMN " + before.getColumn() + " TO " + column)));
        }
        Field old = before.field();
        Field now = field.field();
        if (old.type() == Field.Type.ENUM && now.type() == Field.Type.ENUM && !now.values().containsAll(old.values())) {
            List<String> gone = old.values().stream().filter(v -> !now.values().contains(v)).toList();
            refusals.add(where + " no longer has the values " + gone + ": rows of " + table + " that hold one would break"
                    + " the new CHECK constraint. Keep the values, or move those rows to a kept value in a migration of your"
                    + " own first and then drop them from the design.");
            return;
        }
        if (!before.sqlType(Dialect.H2).equals(field.sqlType(Dialect.H2)) || !before.sqlType(Dialect.MYSQL).equals(field.sqlType(Dialect.MYSQL))) {
            if (isWidening(old, now)) {
                alterations.add(new Alteration(Phase.ALTER, "widen column " + table + "." + column,
                        d -> List.of(d.alterType(table, column, field.sqlType(d), old.required()))));
            } else {
                refusals.add(where + " changes its column from " + before.sqlType(Dialect.POSTGRESQL) + " to "
                        + field.sqlType(Dialect.POSTGRESQL) + ", which could lose or refuse the values " + table + " holds;"
                        + " generate migrates only widenings (a longer string, more digits, integer to long). Add a new field,"
                        + " copy the values in a migration of your own, then drop the old field.");
                return;
            }
        }
        if (old.required() && !now.required()) {
            alterations.add(new Alteration(Phase.ALTER, "drop not null " + table + "." + column,
                    d -> List.of(d.alterNullability(table, column, field.sqlType(d), false))));
        } else if (!old.required() && now.required()) {
            if (!hasLiteral(now)) {
                refusals.add(where + " is now required: the rows " + table + " holds may have no value in it. Give it a"
                        + " default (the migration fills the empty ones with it), or keep it optional.");
            } else {
                alterations.add(new Alteration(Phase.ALTER, "set not null " + table + "." + column, d -> List.of(
                        "UPDATE " + table + " SET " + column + " = " + d.literal(now, now.defaultValue()) + " WHERE " + column + " IS NULL",
                        d.alterNullability(table, column, field.sqlType(d), true))));
            }
        }
        String base = entity.getConstraintBase();
        String oldBase = oldEntity.getConstraintBase();
        String oldUnique = "uk_" + oldBase + "_" + before.getColumn();
        String newUnique = "uk_" + base + "_" + column;
        if (old.unique() && now.unique() && !oldUnique.equals(newUnique)) {
            // kept under the name the schema derives from the column, so later changes find it
            alterations.add(new Alteration(Phase.ALTER, "rename unique " + oldUnique + " to " + newUnique,
                    d -> List.of(d.renameUnique(table, oldUnique, newUnique))));
        } else if (old.unique() && !now.unique()) {
            alterations.add(new Alteration(Phase.DROP_KEYS, "drop unique " + oldUnique,
                    d -> List.of(d.dropUnique(oldTable, oldUnique))));
        } else if (!old.unique() && now.unique()) {
            // a table whose rows repeat a value refuses it: the migration then fails, and nothing of it is applied
            alterations.add(new Alteration(Phase.ADD_KEYS, "add unique " + newUnique,
                    d -> List.of("ALTER TABLE " + table + " ADD CONSTRAINT " + newUnique + " UNIQUE (" + column + ")")));
        }
        boolean enums = old.type() == Field.Type.ENUM && now.type() == Field.Type.ENUM;
        if (enums && (!old.values().equals(now.values()) || !before.getColumn().equals(column) || !oldBase.equals(base))) {
            // dropped and added again rather than renamed: MySQL cannot rename a CHECK, nor a column one uses
            String oldCheck = "ck_" + oldBase + "_" + before.getColumn();
            String newCheck = "ck_" + base + "_" + column;
            alterations.add(new Alteration(Phase.DROP_KEYS, "drop check " + oldCheck, d -> List.of(d.dropCheck(oldTable, oldCheck))));
            alterations.add(new Alteration(Phase.ADD_KEYS, "add check " + newCheck + " for " + now.values(), d -> List.of(
                    "ALTER TABLE " + table + " ADD CONSTRAINT " + newCheck + " CHECK (" + column + " IN ("
                            + String.join(", ", now.values().stream().map(d::quote).toList()) + "))")));
        }
    }

    /** Whether every value of the old column fits the new one, unchanged. */
    private static boolean isWidening(Field old, Field now) {
        if (old.type() == Field.Type.STRING && now.type() == Field.Type.STRING) {
            return length(now) >= length(old);
        }
        if (old.type() == Field.Type.ENUM && now.type() == Field.Type.ENUM) {
            return now.values().containsAll(old.values()); // its VARCHAR holds the longest value, so it only grows
        }
        if (old.type() == Field.Type.INTEGER && now.type() == Field.Type.LONG) {
            return true;
        }
        if (old.type() == Field.Type.DECIMAL && now.type() == Field.Type.DECIMAL) {
            return now.decimalScale() >= old.decimalScale()
                    && now.decimalPrecision() - now.decimalScale() >= old.decimalPrecision() - old.decimalScale();
        }
        return false;
    }

    private static int length(Field field) {
        return field.maxLength() == null ? 255 : field.maxLength();
    }

    private void droppedField(EntityView old, EntityView entity, FieldView field) {
        String table = old.getTable();
        String column = field.getColumn();
        losses.add(entity.entity().at() + ": field '" + field.getName() + "' is gone from " + entity.getName()
                + ": the migration would drop the column " + table + "." + column + " and every value in it.");
        alterations.add(new Alteration(Phase.DROP_COLUMNS, "drop column " + table + "." + column,
                d -> List.of("ALTER TABLE " + table + " DROP COLUMN " + column)));
    }

    private void addedReference(EntityView entity, ReferenceView reference) {
        String table = entity.getTable();
        if (reference.isManyToMany()) {
            newJoinTables.add(new JoinTable(entity, reference));
            return;
        }
        if (reference.isRequired()) {
            refusals.add(reference.relationship().at() + ": relationship '" + entity.getName() + "." + reference.getName()
                    + "' is new and required, so the rows " + table + " already holds would refer to nothing. Add it"
                    + " optional first, fill it, then make it required.");
            return;
        }
        String column = reference.getColumn();
        alterations.add(new Alteration(Phase.ALTER, "add column " + table + "." + column,
                d -> List.of("ALTER TABLE " + table + " ADD COLUMN " + column + " BIGINT")));
        alterations.add(new Alteration(Phase.ADD_KEYS, "add foreign key " + reference.getForeignKeyName(), d -> {
            List<String> sql = new ArrayList<>();
            if (reference.isOneToOne()) {
                sql.add("ALTER TABLE " + table + " ADD CONSTRAINT " + reference.getUniqueName() + " UNIQUE (" + column + ")");
            }
            sql.add("ALTER TABLE " + table + " ADD CONSTRAINT " + reference.getForeignKeyName() + " FOREIGN KEY (" + column
                    + ") REFERENCES " + reference.getTarget().getTable() + " (id) ON DELETE " + reference.getOnDeleteSql());
            return sql;
        }));
    }

    private void changedReference(EntityView oldEntity, EntityView entity, ReferenceView before, ReferenceView reference) {
        String table = entity.getTable();
        String oldTable = oldEntity.getTable();
        String where = reference.relationship().at() + ": relationship '" + entity.getName() + "." + reference.getName() + "'";
        // the same target: the same entity, even where it was renamed
        boolean sameShape = before.relationship().kind() == reference.relationship().kind()
                && renamedTables.getOrDefault(before.getTarget().getTable(), "").equals(reference.getTarget().getTable());
        if (!sameShape) {
            refusals.add(where + " changes its type or target, which generate cannot migrate: the rows it links would"
                    + " not fit. Add a new relationship and drop the old one.");
            return;
        }
        if (reference.isManyToMany()) {
            if (!before.getJoinTable().equals(reference.getJoinTable())) {
                refusals.add(where + " renames its join table (" + before.getJoinTable() + " → " + reference.getJoinTable()
                        + "), which generate cannot migrate yet. Keep the old name.");
            }
            return;
        }
        String column = reference.getColumn();
        if (!before.getColumn().equals(column)) {
            alterations.add(new Alteration(Phase.ALTER, "rename column " + table + "." + before.getColumn() + " to " + column,
                    d -> List.of("ALTER TABLE " + table + " RENAME COLUMN " + before.getColumn() + " TO " + column)));
        }
        if (reference.isOneToOne() && !before.getUniqueName().equals(reference.getUniqueName())) {
            // the one-to-one's unique key is named after the table and column, like a unique field's
            alterations.add(new Alteration(Phase.ALTER, "rename unique " + before.getUniqueName() + " to " + reference.getUniqueName(),
                    d -> List.of(d.renameUnique(table, before.getUniqueName(), reference.getUniqueName()))));
        }
        if (before.isRequired() && !reference.isRequired()) {
            alterations.add(new Alteration(Phase.ALTER, "drop not null " + table + "." + column,
                    d -> List.of(d.alterNullability(table, column, "BIGINT", false))));
        } else if (!before.isRequired() && reference.isRequired()) {
            refusals.add(where + " is now required: rows of " + table + " may refer to nothing. Keep it optional, or fill it"
                    + " and make it required in a migration of your own.");
        }
        if (!before.getOnDeleteSql().equals(reference.getOnDeleteSql()) || !before.getForeignKeyName().equals(reference.getForeignKeyName())) {
            // dropped first (MySQL keeps an index for it that the index changes may drop), added back at the end
            alterations.add(new Alteration(Phase.DROP_KEYS, "drop foreign key " + before.getForeignKeyName(),
                    d -> List.of(d.dropForeignKey(oldTable, before.getForeignKeyName()))));
            alterations.add(new Alteration(Phase.ADD_KEYS, "add foreign key " + reference.getForeignKeyName() + " on delete "
                    + reference.getOnDeleteSql().toLowerCase(java.util.Locale.ROOT), d -> List.of(
                    "ALTER TABLE " + table + " ADD CONSTRAINT " + reference.getForeignKeyName() + " FOREIGN KEY (" + column
                            + ") REFERENCES " + reference.getTarget().getTable() + " (id) ON DELETE " + reference.getOnDeleteSql())));
        }
    }

    private void droppedReference(EntityView old, ReferenceView reference) {
        String table = old.getTable();
        if (reference.isManyToMany()) {
            losses.add("design.yaml: relationship '" + old.getName() + "." + reference.getName() + "' (" + was(reference.relationship().at())
                    + ") is gone: the migration would drop the join table " + reference.getJoinTable() + " and every link in it.");
            alterations.add(new Alteration(Phase.DROP_TABLES, "drop table " + reference.getJoinTable(),
                    d -> List.of("DROP TABLE " + reference.getJoinTable())));
            return;
        }
        String column = reference.getColumn();
        losses.add("design.yaml: relationship '" + old.getName() + "." + reference.getName() + "' (" + was(reference.relationship().at())
                + ") is gone: the migration would drop the column " + table + "." + column + " and every link in it.");
        alterations.add(new Alteration(Phase.DROP_KEYS, "drop foreign key " + reference.getForeignKeyName(), d -> {
            List<String> sql = new ArrayList<>(List.of(d.dropForeignKey(table, reference.getForeignKeyName())));
            if (reference.isOneToOne()) {
                sql.add(d.dropUnique(table, reference.getUniqueName()));
            }
            return sql;
        }));
        alterations.add(new Alteration(Phase.DROP_COLUMNS, "drop column " + table + "." + column,
                d -> List.of("ALTER TABLE " + table + " DROP COLUMN " + column)));
    }

    private void droppedEntity(EntityView old) {
        losses.add("design.yaml: entity '" + old.getName() + "' (" + was(old.entity().at()) + ") is gone from the design:"
                + " the migration would drop the table " + old.getTable() + " and every row in it.");
        for (ReferenceView reference : old.getReferences()) {
            if (reference.isManyToMany()) {
                alterations.add(new Alteration(Phase.DROP_TABLES, "drop table " + reference.getJoinTable(),
                        d -> List.of("DROP TABLE " + reference.getJoinTable())));
            } else {
                alterations.add(new Alteration(Phase.DROP_KEYS, "drop foreign key " + reference.getForeignKeyName(),
                        d -> List.of(d.dropForeignKey(old.getTable(), reference.getForeignKeyName()))));
            }
        }
        // after the join tables: Phase orders the statements, and a table goes after the keys that point at it
        alterations.add(new Alteration(Phase.DROP_TABLES, "drop table " + old.getTable(),
                d -> List.of("DROP TABLE " + old.getTable())));
    }

    /** Where a dropped element was: in the last generation's design, kept as the snapshot. */
    private static String was(dev.backendbuilder.design.Location at) {
        return "it was at " + at;
    }

    private void indexes(EntityView old, EntityView entity) {
        String table = entity.getTable();
        String oldTable = old.getTable();
        Set<String> before = new HashSet<>();
        old.getIndexes().forEach(x -> before.add(x.name() + x.columns()));
        Set<String> after = new HashSet<>();
        entity.getIndexes().forEach(x -> after.add(x.name() + x.columns()));
        for (EntityView.IndexView index : old.getIndexes()) {
            // dropped before the columns it covers (a column's drop would take a one-column index with it, not always
            // a wider one), and after the foreign keys MySQL keeps an index for
            if (!after.contains(index.name() + index.columns())) {
                alterations.add(new Alteration(Phase.DROP_INDEXES, "drop index " + index.name(),
                        d -> List.of(d.dropIndex(oldTable, index.name()))));
            }
        }
        for (EntityView.IndexView index : entity.getIndexes()) {
            if (!before.contains(index.name() + index.columns())) {
                alterations.add(new Alteration(Phase.ADD_INDEXES, "create index " + index.name(),
                        d -> List.of("CREATE INDEX " + index.name() + " ON " + table + " (" + index.getColumnList() + ")")));
            }
        }
    }

    /**
     * Pairs each element of {@code after} with the element of {@code before} it continues: by stable id where
     * both have one, else by name (an element whose id is new is new, even if its name is old).
     */
    static <T> Map<T, T> match(List<T> before, List<T> after, Function<T, String> id, Function<T, String> name) {
        Map<T, T> pairs = new LinkedHashMap<>();
        Set<T> taken = new HashSet<>();
        for (T element : after) {
            String key = id.apply(element);
            if (key == null) {
                continue;
            }
            before.stream().filter(old -> key.equals(id.apply(old)) && !taken.contains(old)).findFirst().ifPresent(old -> {
                pairs.put(element, old);
                taken.add(old);
            });
        }
        for (T element : after) {
            if (pairs.containsKey(element)) {
                continue;
            }
            String key = id.apply(element);
            before.stream().filter(old -> !taken.contains(old) && name.apply(old).equals(name.apply(element))
                    && (key == null || id.apply(old) == null || Objects.equals(key, id.apply(old))))
                    .findFirst().ifPresent(old -> {
                        pairs.put(element, old);
                        taken.add(old);
                    });
        }
        return pairs;
    }
}
