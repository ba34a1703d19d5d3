package dev.backendbuilder.design;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Names become Java identifiers, package segments, file names, URL paths and SQL identifiers:
 * each must be legal in all of them, and two names must not collide in any of them.
 */
final class NameRules implements DesignRule {

    private static final java.util.regex.Pattern ARTIFACT_ID = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final java.util.Set<String> GENERATED_MEMBERS = java.util.Set.of("id", "version");
    /** Tables the generated backend creates for itself: its users and roles, and Flyway's history. */
    static final java.util.Set<String> GENERATOR_TABLES = java.util.Set.of("auth_user", "auth_user_role", "flyway_schema_history");

    @Override
    public void check(Design design, CheckContext context) {
        checkApp(design.app(), context);
        Map<String, String> byPackage = new HashMap<>();
        Map<String, String> byPath = new HashMap<>();
        for (Entity entity : design.entities().values()) {
            checkEntityName(entity, context);
            claim(byPackage, entity.name().toLowerCase(Locale.ROOT), entity, context,
                "the Java package and file names would collide on case-insensitive file systems");
            claim(byPath, entity.resourcePath(), entity, context, "both would be served at '/" + entity.resourcePath() + "'");
            for (Field field : entity.fields().values()) {
                checkMemberName("field", field.name(), field.at(), context);
                if (GENERATED_MEMBERS.contains(field.name())) {
                    context.report(field.at(), "field '" + field.name() + "' of " + entity.name() + " is generated for every entity"
                        + " ('id' is the primary key, 'version' the optimistic lock); remove it or rename it (e.g. '"
                        + entity.name().toLowerCase(Locale.ROOT) + Character.toUpperCase(field.name().charAt(0)) + field.name().substring(1) + "').");
                }
                checkSqlLength(field.columnName(), field.at(), context);
            }
            checkSqlLength(entity.tableName(), entity.at(), context);
        }
        checkTables(design, context);
    }

    /** Entity tables, join tables and the generator's own tables share one namespace in the database. */
    private static void checkTables(Design design, CheckContext context) {
        Map<String, String> owners = new HashMap<>();
        GENERATOR_TABLES.forEach(t -> owners.put(t, "the generated backend's own table"));
        for (Entity entity : design.entities().values()) {
            String earlier = owners.putIfAbsent(entity.tableName(), "entity " + entity.name());
            // names that differ only in case are reported once, as a package clash
            if (earlier != null && !earlier.equalsIgnoreCase("entity " + entity.name())) {
                context.report(entity.at(), "entity '" + entity.name() + "' would be the table '" + entity.tableName()
                    + "', which is " + earlier + "; rename the entity (e.g. '" + entity.name() + "Record').");
            }
        }
        for (Relationship r : design.relationships()) {
            Entity owner = design.entities().get(r.fromEntity());
            if (r.kind() != Relationship.Kind.MANY_TO_MANY || owner == null || r.fromField() == null) {
                continue;
            }
            String table = r.joinTable(owner.tableName());
            String earlier = owners.putIfAbsent(table, "the join table of " + r.fromEntity() + "." + r.fromField());
            if (earlier != null) {
                context.report(r.at(), "the join table of " + r.fromEntity() + "." + r.fromField() + " would be '" + table
                    + "', which is " + earlier + "; rename the relationship or the entity.");
            }
        }
    }

    private static void checkApp(App app, CheckContext context) {
        if (app.name() != null && !ARTIFACT_ID.matcher(app.name()).matches()) {
            context.report(context.valueAt("/app/name"), "app.name '" + app.name() + "' must be a Maven artifactId in lower case"
                + " with dashes, such as '" + Names.kebabCase(Names.camelCase(app.name().trim())).replaceAll("[^a-z0-9-]", "") + "'.");
        }
        if (app.basePackage() != null) {
            checkPackage(app.basePackage(), context);
        }
    }

    private static void checkPackage(String name, CheckContext context) {
        Location at = context.valueAt("/app/package");
        for (String segment : name.split("\\.", -1)) {
            if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.charAt(0))
                || !segment.chars().allMatch(Character::isJavaIdentifierPart)) {
                context.report(at, "app.package '" + name + "' is not a Java package name: '" + segment
                    + "' is not an identifier. Use dot-separated lower-case words, e.g. 'com.example.library'.");
                return;
            }
            if (Names.JAVA_RESERVED.contains(segment)) {
                context.report(at, "app.package '" + name + "' uses the Java reserved word '" + segment
                    + "' as a segment; choose another word.");
                return;
            }
        }
    }

    private static void checkEntityName(Entity entity, CheckContext context) {
        String name = entity.name();
        if (!Names.isEntityName(name)) {
            String suggestion = Names.camelCase(name.replaceAll("[^A-Za-z0-9 _-]", " "));
            suggestion = suggestion.isEmpty() ? "" : Character.toUpperCase(suggestion.charAt(0)) + suggestion.substring(1);
            context.report(entity.at(), "entity name '" + name + "' is not a valid class name: use letters and digits in"
                + " PascalCase, starting with a capital letter (e.g. '" + (Names.isEntityName(suggestion) ? suggestion : "Book")
                + "'); it names Java classes, files and URL paths.");
        } else if (Names.JAVA_LANG_TYPES.contains(name) || Names.RESTRICTED_TYPE_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            context.report(entity.at(), "entity name '" + name + "' would hide java.lang." + name
                + " in the generated code; choose a more specific name (e.g. '" + name + "Entry').");
        }
    }

    static void checkMemberName(String what, String name, Location at, CheckContext context) {
        if (Names.JAVA_RESERVED.contains(name)) {
            context.report(at, what + " name '" + name + "' is a Java reserved word; rename it (e.g. '" + name + "Name' or '"
                + name + "Value').");
        } else if (!Names.isMemberName(name)) {
            String suggestion = Names.camelCase(name.replaceAll("[^A-Za-z0-9 _-]", " "));
            context.report(at, what + " name '" + name + "' is not a valid Java name: use letters and digits in lowerCamelCase"
                + (suggestion.isEmpty() || !Names.isMemberName(suggestion) ? "" : " (e.g. '" + suggestion + "')") + ".");
        }
    }

    private static void checkSqlLength(String identifier, Location at, CheckContext context) {
        if (identifier.length() > SqlNames.MAX_IDENTIFIER_LENGTH) {
            context.report(at, "the SQL name '" + identifier + "' is longer than " + SqlNames.MAX_IDENTIFIER_LENGTH
                + " characters, which PostgreSQL would truncate; shorten the name.");
        }
    }

    private static void claim(Map<String, String> claimed, String key, Entity entity, CheckContext context, String why) {
        String earlier = claimed.putIfAbsent(key, entity.name());
        if (earlier != null) {
            context.report(entity.at(), "entity '" + entity.name() + "' clashes with entity '" + earlier + "': " + why + ". Rename one.");
        }
    }
}
