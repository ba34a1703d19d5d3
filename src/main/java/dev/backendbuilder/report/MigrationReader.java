package dev.backendbuilder.report;

import dev.backendbuilder.report.ImplementationReport.Column;
import dev.backendbuilder.report.ImplementationReport.DataModel;
import dev.backendbuilder.report.ImplementationReport.ForeignKey;
import dev.backendbuilder.report.ImplementationReport.Index;
import dev.backendbuilder.report.ImplementationReport.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the tables, columns, keys and indexes that Flyway migrations build, from the SQL files under
 * {@code src/main/resources/db/migration}. When the migrations are kept per database vendor
 * ({@code db/migration/h2}, {@code db/migration/postgresql}), one vendor is read: {@code h2} when present,
 * else the first by name.
 *
 * <p>A deliberately small DDL reader: {@code CREATE TABLE} (columns, inline and table constraints),
 * {@code ALTER TABLE … ADD} (columns and constraints), {@code CREATE [UNIQUE] INDEX} and
 * {@code DROP TABLE|INDEX}. Other statements (data, views, procedures) are listed as skipped, so the
 * report says when its schema may be incomplete.
 */
public final class MigrationReader {

    /** Where Flyway looks by default. */
    public static final String FOLDER = "src/main/resources/db/migration";

    private static final Set<String> COLUMN_KEYWORDS = Set.of("NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE",
            "REFERENCES", "CHECK", "GENERATED", "AUTO_INCREMENT", "CONSTRAINT", "COLLATE", "ON", "AS", "IDENTITY");
    private static final Pattern VERSIONED = Pattern.compile("[VR](\\d+(?:[._]\\d+)*)?__.*\\.sql",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?is)CREATE\\s+(?:(?:GLOBAL\\s+|LOCAL\\s+)?(?:TEMPORARY\\s+|CACHED\\s+|MEMORY\\s+))?TABLE\\s+"
                    + "(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\S+?)\\s*\\((.*)\\)[^)]*");
    private static final Pattern ALTER_ADD = Pattern.compile("(?is)ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\S+)\\s+ADD\\s+(.*)");
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "(?is)CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\S+)\\s+ON\\s+(\\S+?)\\s*\\((.*)\\)\\s*");
    private static final Pattern DROP = Pattern.compile("(?is)DROP\\s+(TABLE|INDEX)\\s+(?:IF\\s+EXISTS\\s+)?(\\S+?)(?:\\s+(?:CASCADE|RESTRICT))?\\s*");
    private static final Pattern ALTER_COLUMN = Pattern.compile(
            "(?is)ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\S+)\\s+(?:ALTER\\s+COLUMN\\s+(\\S+)\\s+(.*)|MODIFY\\s+(?:COLUMN\\s+)?(\\S+)\\s+(.*))");
    private static final Pattern RENAME_COLUMN = Pattern.compile(
            "(?is)ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\S+)\\s+RENAME\\s+COLUMN\\s+(\\S+)\\s+TO\\s+(\\S+)\\s*");
    private static final Pattern ALTER_DROP = Pattern.compile(
            "(?is)ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\S+)\\s+DROP\\s+(COLUMN|CONSTRAINT|CHECK|FOREIGN\\s+KEY|INDEX)\\s+(?:IF\\s+EXISTS\\s+)?(\\S+?)(?:\\s+(?:CASCADE|RESTRICT))?\\s*");
    private static final Pattern RENAME_TABLE = Pattern.compile(
            "(?is)ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\S+)\\s+RENAME\\s+TO\\s+(\\S+)\\s*");
    private static final Pattern RENAME_CONSTRAINT = Pattern.compile(
            "(?is)ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\S+)\\s+RENAME\\s+(?:CONSTRAINT|INDEX)\\s+(\\S+)\\s+TO\\s+(\\S+)\\s*");
    private static final Pattern DROP_INDEX_ON = Pattern.compile("(?is)DROP\\s+INDEX\\s+(\\S+)\\s+ON\\s+(\\S+)\\s*");
    private static final Pattern CONSTRAINT_NAME = Pattern.compile("(?is)CONSTRAINT\\s+\\S+\\s+(.*)");
    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "(?is)FOREIGN\\s+KEY\\s*\\(([^)]*)\\)\\s*REFERENCES\\s+([^\\s(]+)\\s*(?:\\([^)]*\\))?(?:.*?ON\\s+DELETE\\s+(SET\\s+NULL|SET\\s+DEFAULT|NO\\s+ACTION|CASCADE|RESTRICT))?.*");
    private static final Pattern KEY_COLUMNS = Pattern.compile("(?is)(PRIMARY\\s+KEY|UNIQUE(?:\\s+KEY)?)\\s*(?:\\S+\\s*)?\\(([^)]*)\\).*");
    private static final Pattern INLINE_REFERENCES = Pattern.compile(
            "(?is).*\\bREFERENCES\\s+([^\\s(]+)\\s*(?:\\([^)]*\\))?(?:.*?ON\\s+DELETE\\s+(SET\\s+NULL|SET\\s+DEFAULT|NO\\s+ACTION|CASCADE|RESTRICT))?.*");

    /** The schema the migrations of the module in {@code basedir} build; an empty model when there are none. */
    public DataModel read(Path basedir) throws IOException {
        Path root = basedir.resolve(FOLDER);
        if (!Files.isDirectory(root)) {
            return new DataModel(null, List.of(), List.of(), List.of());
        }
        Path folder = chooseFolder(root);
        List<Path> files;
        try (Stream<Path> stream = Files.list(folder)) {
            files = stream.filter(Files::isRegularFile).filter(p -> VERSIONED.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(MigrationReader::versionKey)).toList();
        }
        Schema schema = new Schema();
        List<String> latest = List.of();
        for (Path file : files) {
            List<String> statements = statements(Files.readString(file, StandardCharsets.UTF_8));
            for (String statement : statements) {
                if (!schema.apply(statement)) {
                    schema.skipped.add(file.getFileName() + ": " + abbreviate(statement));
                }
            }
            latest = statements.stream().map(MigrationReader::abbreviate).toList();
        }
        return new DataModel(slash(basedir.relativize(folder)), files.stream().map(f -> f.getFileName().toString()).toList(),
                schema.tables(), schema.skipped, files.size() > 1 ? latest : List.of());
    }

    private static Path chooseFolder(Path root) throws IOException {
        try (Stream<Path> stream = Files.list(root)) {
            List<Path> entries = stream.sorted().toList();
            if (entries.stream().anyMatch(p -> Files.isRegularFile(p) && p.toString().endsWith(".sql"))) {
                return root;
            }
            List<Path> vendors = entries.stream().filter(Files::isDirectory).toList();
            return vendors.stream().filter(p -> p.getFileName().toString().equals("h2")).findFirst()
                    .orElse(vendors.isEmpty() ? root : vendors.get(0));
        }
    }

    /** Flyway's order: versioned files by version number, repeatable ones after them. */
    private static String versionKey(Path file) {
        Matcher matcher = VERSIONED.matcher(file.getFileName().toString());
        matcher.matches();
        String name = file.getFileName().toString();
        if (matcher.group(1) == null || Character.toUpperCase(name.charAt(0)) == 'R') {
            return "~" + name;
        }
        StringBuilder key = new StringBuilder();
        for (String part : matcher.group(1).split("[._]")) {
            key.append(String.format(Locale.ROOT, "%010d.", Long.parseLong(part)));
        }
        return key.toString();
    }

    /** The statements of a script: comments removed, split on semicolons outside quotes. */
    public static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
                current.append(' ');
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = sql.indexOf(c, i + 1);
                end = end < 0 ? sql.length() - 1 : end;
                current.append(sql, i, end + 1);
                i = end + 1;
            } else if (c == ';') {
                add(statements, current);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String text = current.toString().strip().replaceAll("\\s+", " ");
        if (!text.isEmpty()) {
            statements.add(text);
        }
        current.setLength(0);
    }

    /** Splits on commas outside parentheses and quotes. */
    static List<String> topLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** An identifier as SQL compares it: quotes removed, unquoted names in lower case, schema dropped. */
    static String name(String identifier) {
        String text = identifier.strip();
        int dot = lastDotOutsideQuotes(text);
        if (dot >= 0) {
            text = text.substring(dot + 1);
        }
        if (text.length() > 1 && (text.charAt(0) == '"' || text.charAt(0) == '`' || text.charAt(0) == '[')) {
            return text.substring(1, text.length() - 1);
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static int lastDotOutsideQuotes(String text) {
        char quote = 0;
        int dot = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '.') {
                dot = i;
            }
        }
        return dot;
    }

    private static List<String> names(String list) {
        return topLevel(list).stream().map(s -> name(s.split("\\s+")[0])).toList();
    }

    private static String abbreviate(String statement) {
        return statement.length() <= 60 ? statement : statement.substring(0, 57) + "...";
    }

    private static String slash(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** The tables as the statements so far leave them. */
    private static final class Schema {

        private final Map<String, MutableTable> tables = new LinkedHashMap<>();
        private final List<String> skipped = new ArrayList<>();

        boolean apply(String statement) {
            Matcher matcher;
            if ((matcher = CREATE_TABLE.matcher(statement)).matches()) {
                MutableTable table = new MutableTable(name(matcher.group(1)));
                tables.put(table.name, table);
                topLevel(matcher.group(2)).forEach(table::define);
                return true;
            }
            if ((matcher = ALTER_ADD.matcher(statement)).matches()) {
                MutableTable table = tables.get(name(matcher.group(1)));
                if (table == null) {
                    return false;
                }
                String added = matcher.group(2).replaceFirst("(?i)^COLUMN\\s+(IF\\s+NOT\\s+EXISTS\\s+)?", "");
                topLevel(added).forEach(part -> table.define(part.replaceFirst("(?i)^ADD\\s+(COLUMN\\s+)?", "")));
                return true;
            }
            if ((matcher = RENAME_COLUMN.matcher(statement)).matches()) {
                MutableTable table = tables.get(name(matcher.group(1)));
                return table != null && table.rename(name(matcher.group(2)), name(matcher.group(3)));
            }
            if ((matcher = RENAME_TABLE.matcher(statement)).matches()) {
                return renameTable(name(matcher.group(1)), name(matcher.group(2)));
            }
            if ((matcher = RENAME_CONSTRAINT.matcher(statement)).matches()) {
                MutableTable table = tables.get(name(matcher.group(1)));
                return table != null && table.renameConstraint(name(matcher.group(2)), name(matcher.group(3)));
            }
            if ((matcher = ALTER_COLUMN.matcher(statement)).matches()) {
                MutableTable table = tables.get(name(matcher.group(1)));
                boolean modify = matcher.group(4) != null;
                return table != null && (modify ? table.modify(name(matcher.group(4)), matcher.group(5))
                        : table.alter(name(matcher.group(2)), matcher.group(3)));
            }
            if ((matcher = ALTER_DROP.matcher(statement)).matches()) {
                MutableTable table = tables.get(name(matcher.group(1)));
                String what = matcher.group(2).toUpperCase(Locale.ROOT);
                String dropped = name(matcher.group(3));
                return table != null && (what.equals("COLUMN") ? table.dropColumn(dropped) : table.dropConstraint(dropped));
            }
            if ((matcher = DROP_INDEX_ON.matcher(statement)).matches()) {
                MutableTable table = tables.get(name(matcher.group(2)));
                String dropped = name(matcher.group(1));
                return table != null && table.indexes.removeIf(i -> i.name().equals(dropped));
            }
            if ((matcher = CREATE_INDEX.matcher(statement)).matches()) {
                MutableTable table = tables.get(name(matcher.group(3)));
                if (table == null) {
                    return false;
                }
                table.indexes.add(new Index(name(matcher.group(2)), names(matcher.group(4)), matcher.group(1) != null));
                return true;
            }
            if ((matcher = DROP.matcher(statement)).matches()) {
                String dropped = name(matcher.group(2));
                if (matcher.group(1).equalsIgnoreCase("TABLE")) {
                    return tables.remove(dropped) != null;
                }
                tables.values().forEach(t -> t.indexes.removeIf(i -> i.name().equals(dropped)));
                return true;
            }
            return false;
        }

        /** The table under its new name; the foreign keys that refer to it follow, as they do in the database. */
        private boolean renameTable(String from, String to) {
            if (!tables.containsKey(from) || tables.containsKey(to)) {
                return false;
            }
            MutableTable table = tables.remove(from);
            table.name = to;
            tables.put(to, table);
            tables.values().forEach(t -> t.retarget(from, to));
            return true;
        }

        List<Table> tables() {
            return tables.values().stream().sorted(Comparator.comparing(t -> t.name)).map(MutableTable::freeze).toList();
        }
    }

    private static final class MutableTable {

        /** What a named primary key is remembered as (a table has one, its columns are {@link #primaryKey}). */
        private static final String PRIMARY_KEY = "PRIMARY KEY";

        private String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<String> primaryKey = new ArrayList<>();
        private final List<List<String>> uniques = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        /** Named keys, so that a later DROP CONSTRAINT (or DROP FOREIGN KEY / DROP INDEX in MySQL) finds them. */
        private final Map<String, Object> named = new LinkedHashMap<>();
        private int checks;

        MutableTable(String name) {
            this.name = name;
        }

        /** One element of a table definition: a table constraint or a column. */
        void define(String element) {
            String text = element.strip();
            Matcher constraint = CONSTRAINT_NAME.matcher(text);
            String constraintName = null;
            if (constraint.matches()) {
                constraintName = name(text.split("\\s+")[1]);
                text = constraint.group(1).strip();
            }
            String upper = text.toUpperCase(Locale.ROOT);
            Matcher matcher;
            if (upper.startsWith("FOREIGN") && (matcher = FOREIGN_KEY.matcher(text)).matches()) {
                ForeignKey key = new ForeignKey(names(matcher.group(1)), name(matcher.group(2)), action(matcher.group(3)));
                foreignKeys.add(key);
                remember(constraintName, key);
            } else if ((upper.startsWith("PRIMARY") || upper.startsWith("UNIQUE"))
                    && (matcher = KEY_COLUMNS.matcher(text)).matches()) {
                if (upper.startsWith("PRIMARY")) {
                    primaryKey.clear();
                    primaryKey.addAll(names(matcher.group(2)));
                    remember(constraintName, PRIMARY_KEY);
                } else {
                    List<String> unique = new ArrayList<>(names(matcher.group(2)));
                    uniques.add(unique);
                    remember(constraintName, unique);
                }
            } else if (upper.matches("CHECK\\s*\\(.*")) { // not a column named check_ (a reserved word made safe)
                checks++;
                remember(constraintName, "CHECK");
            } else if (!upper.startsWith("KEY ") && !upper.startsWith("INDEX ")) {
                column(text);
            }
        }

        private void column(String text) {
            String[] tokens = text.split("\\s+", 2);
            String column = name(tokens[0]);
            String rest = tokens.length > 1 ? tokens[1] : "";
            StringBuilder type = new StringBuilder();
            int depth = 0;
            int end = 0;
            for (String word : rest.split(" ")) {
                if (depth == 0 && COLUMN_KEYWORDS.contains(word.toUpperCase(Locale.ROOT).replaceAll("\\(.*", ""))) {
                    break;
                }
                depth += count(word, '(') - count(word, ')');
                type.append(type.length() == 0 ? "" : " ").append(word);
                end += word.length() + 1;
            }
            String constraints = rest.substring(Math.min(end, rest.length())).toUpperCase(Locale.ROOT);
            boolean primary = constraints.contains("PRIMARY KEY");
            columns.add(new Column(column, type.toString(), !constraints.contains("NOT NULL") && !primary));
            if (primary) {
                primaryKey.clear();
                primaryKey.add(column);
            }
            if (constraints.matches(".*\\bUNIQUE\\b.*")) {
                uniques.add(List.of(column));
            }
            if (constraints.contains("CHECK")) {
                checks++;
            }
            Matcher references = INLINE_REFERENCES.matcher(rest);
            if (constraints.contains("REFERENCES") && references.matches()) {
                foreignKeys.add(new ForeignKey(List.of(column), name(references.group(1)), action(references.group(2))));
            }
        }

        private void remember(String constraintName, Object key) {
            if (constraintName != null) {
                named.put(constraintName, key);
            }
        }

        /** The foreign keys that refer to table {@code from} refer to {@code to}. */
        void retarget(String from, String to) {
            java.util.function.UnaryOperator<ForeignKey> retargeted = k -> k.references().equals(from)
                    ? new ForeignKey(k.columns(), to, k.onDelete()) : k;
            foreignKeys.replaceAll(retargeted);
            named.replaceAll((name, key) -> key instanceof ForeignKey k ? retargeted.apply(k) : key);
        }

        boolean rename(String from, String to) {
            int at = indexOf(from);
            if (at < 0) {
                return false;
            }
            Column old = columns.get(at);
            columns.set(at, new Column(to, old.type(), old.nullable()));
            java.util.function.UnaryOperator<String> renamed = c -> c.equals(from) ? to : c;
            primaryKey.replaceAll(renamed);
            uniques.forEach(u -> u.replaceAll(renamed));
            foreignKeys.replaceAll(k -> new ForeignKey(k.columns().stream().map(renamed).toList(), k.references(), k.onDelete()));
            indexes.replaceAll(i -> new Index(i.name(), i.columns().stream().map(renamed).toList(), i.unique()));
            named.replaceAll((name, key) -> key instanceof ForeignKey k
                    ? new ForeignKey(k.columns().stream().map(renamed).toList(), k.references(), k.onDelete()) : key);
            return true;
        }

        /** {@code ALTER COLUMN c SET DATA TYPE t} (H2), {@code TYPE t} (PostgreSQL), {@code SET|DROP NOT NULL}. */
        boolean alter(String column, String change) {
            int at = indexOf(column);
            if (at < 0) {
                return false;
            }
            Column old = columns.get(at);
            String upper = change.strip().toUpperCase(Locale.ROOT);
            if (upper.equals("SET NOT NULL") || upper.equals("DROP NOT NULL")) {
                columns.set(at, new Column(column, old.type(), upper.startsWith("DROP")));
                return true;
            }
            Matcher type = Pattern.compile("(?is)(?:SET\\s+DATA\\s+)?TYPE\\s+(.+)").matcher(change.strip());
            if (!type.matches()) {
                return false;
            }
            columns.set(at, new Column(column, type.group(1).strip(), old.nullable()));
            return true;
        }

        /** MySQL's {@code MODIFY COLUMN c t [NOT NULL]}: the column restated. */
        boolean modify(String column, String definition) {
            int at = indexOf(column);
            if (at < 0) {
                return false;
            }
            columns.remove(at);
            column(column + " " + definition);
            columns.add(at, columns.remove(columns.size() - 1));
            return true;
        }

        boolean dropColumn(String column) {
            int at = indexOf(column);
            if (at < 0) {
                return false;
            }
            columns.remove(at);
            uniques.removeIf(u -> u.contains(column));
            foreignKeys.removeIf(k -> k.columns().contains(column));
            indexes.removeIf(i -> i.columns().contains(column));
            named.values().removeIf(key -> key instanceof ForeignKey k && k.columns().contains(column)
                    || key instanceof List<?> u && u.contains(column));
            return true;
        }

        boolean renameConstraint(String from, String to) {
            Object key = named.remove(from);
            if (key != null) {
                named.put(to, key);
                return true;
            }
            boolean found = indexes.stream().anyMatch(i -> i.name().equals(from)); // MySQL: RENAME INDEX of a unique key
            indexes.replaceAll(i -> i.name().equals(from) ? new Index(to, i.columns(), i.unique()) : i);
            return found;
        }

        boolean dropConstraint(String constraintName) {
            Object key = named.remove(constraintName);
            if (key == null) {
                return indexes.removeIf(i -> i.name().equals(constraintName)); // MySQL: DROP INDEX of a unique key
            }
            if (key.equals("CHECK")) {
                checks--;
            }
            if (key.equals(PRIMARY_KEY)) {
                primaryKey.clear();
                return true;
            }
            return key.equals("CHECK") || foreignKeys.remove(key) || uniques.remove(key);
        }

        private int indexOf(String column) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(column)) {
                    return i;
                }
            }
            return -1;
        }

        private static int count(String text, char c) {
            return (int) text.chars().filter(ch -> ch == c).count();
        }

        private static String action(String action) {
            return action == null ? null : action.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        }

        Table freeze() {
            // primary key columns are NOT NULL whether or not the column says so
            List<Column> effective = columns.stream().map(c -> primaryKey.contains(c.name()) && c.nullable()
                    ? new Column(c.name(), c.type(), false) : c).toList();
            return new Table(name, effective, primaryKey, uniques, foreignKeys, indexes, checks);
        }
    }
}
