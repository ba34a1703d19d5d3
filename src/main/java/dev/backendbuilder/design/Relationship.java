package dev.backendbuilder.design;

import java.util.Locale;

/** A reference from {@code fromEntity.fromField} to {@code to}; {@code inverse} names the other side, if any. */
public record Relationship(
    String fromEntity,
    String fromField,
    String to,
    Kind kind,
    boolean required,
    String inverse,
    OnDelete onDelete,
    String stableId,
    Location at) {

    /** Foreign-key column in the referencing table ({@code author_id}). */
    public String foreignKeyColumn() {
        return SqlNames.safe(Names.snakeCase(fromField) + "_id");
    }

    /** Join table of a many-to-many relationship held by the table {@code ownerTable} ({@code book_tags}). */
    public String joinTable(String ownerTable) {
        return SqlNames.safe(ownerTable.replaceAll("_$", "") + "_" + Names.snakeCase(fromField));
    }

    public enum Kind {
        MANY_TO_ONE, ONE_TO_ONE, MANY_TO_MANY;

        public static Kind of(String yamlName) {
            return valueOf(yamlName.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** What deleting the referenced row does to the referencing ones. */
    public enum OnDelete {
        RESTRICT, CASCADE, SET_NULL;

        public static OnDelete of(String yamlName) {
            return valueOf(yamlName.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
