package dev.backendbuilder.generate;

import dev.backendbuilder.design.Relationship;

/**
 * A reference this entity holds: many-to-one or one-to-one (a foreign-key column), or
 * many-to-many (a join table). The API carries it as the referenced id(s): {@code authorId},
 * {@code tagIds}.
 */
public final class ReferenceView {

    private final Relationship relationship;
    private final EntityView target;
    private final String ownerTable;

    ReferenceView(Relationship relationship, EntityView target, String ownerTable) {
        this.relationship = relationship;
        this.target = target;
        this.ownerTable = ownerTable;
    }

    Relationship relationship() {
        return relationship;
    }

    public String getName() {
        return relationship.fromField();
    }

    public String getCapName() {
        return JavaNames.capitalize(relationship.fromField());
    }

    public EntityView getTarget() {
        return target;
    }

    public boolean isRequired() {
        return relationship.required();
    }

    public boolean isOneToOne() {
        return relationship.kind() == Relationship.Kind.ONE_TO_ONE;
    }

    public boolean isManyToMany() {
        return relationship.kind() == Relationship.Kind.MANY_TO_MANY;
    }

    /** The API property: {@code authorId}, or {@code tagIds} for many-to-many ({@code tags}). */
    public String getIdProperty() {
        return isManyToMany() ? singular(relationship.fromField()) + "Ids" : relationship.fromField() + "Id";
    }

    /**
     * {@code tags} → {@code tag}, {@code categories} → {@code category}; a name that is no plural stays,
     * including those that merely end in s ({@code previous}, {@code status}, {@code address}, {@code basis}).
     */
    static String singular(String name) {
        if (name.matches(".*(us|ss|is)")) {
            return name;
        }
        for (String candidate : java.util.List.of(name.replaceAll("ies$", "y"), name.replaceAll("es$", ""),
                name.replaceAll("s$", ""))) {
            if (!candidate.equals(name) && dev.backendbuilder.design.Names.plural(candidate).equals(name)) {
                return candidate;
            }
        }
        return name;
    }

    /** Foreign-key column (to-one) of the owning table. */
    public String getColumn() {
        return relationship.foreignKeyColumn();
    }

    public String getForeignKeyName() {
        return "fk_" + ViewModel.bare(ownerTable) + "_" + getColumn();
    }

    public String getUniqueName() {
        return "uk_" + ViewModel.bare(ownerTable) + "_" + getColumn();
    }

    /** Join table of a many-to-many reference. */
    public String getJoinTable() {
        return relationship.joinTable(ownerTable);
    }

    /** Index on the join table's target column (its primary key already leads with the owner column). */
    public String getJoinIndexName() {
        return ViewModel.indexName(getJoinTable(), java.util.List.of(getJoinTargetColumn()));
    }

    public String getJoinOwnerColumn() {
        return ownerTable.replaceAll("_$", "") + "_id";
    }

    public String getJoinTargetColumn() {
        String column = target.getTable().replaceAll("_$", "") + "_id";
        if (!column.equals(getJoinOwnerColumn())) {
            return column;
        }
        // A self-reference (Person.friends -> Person) needs two different column names: the field's, and where the
        // field is named like the entity (Person.person -> Person), that one marked as the other side.
        String field = dev.backendbuilder.design.Names.snakeCase(relationship.fromField()) + "_id";
        return field.equals(column) ? "other_" + column : field;
    }

    /** ON DELETE of the foreign key. */
    public String getOnDeleteSql() {
        return switch (relationship.onDelete() == null ? Relationship.OnDelete.RESTRICT : relationship.onDelete()) {
            case RESTRICT -> "RESTRICT";
            case CASCADE -> "CASCADE";
            case SET_NULL -> "SET NULL";
        };
    }

    public boolean isCascade() {
        return relationship.onDelete() == Relationship.OnDelete.CASCADE;
    }

    public boolean isRestrict() {
        return relationship.onDelete() == null || relationship.onDelete() == Relationship.OnDelete.RESTRICT;
    }

    public boolean isSetNull() {
        return relationship.onDelete() == Relationship.OnDelete.SET_NULL;
    }
}
