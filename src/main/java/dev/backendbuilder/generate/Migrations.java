package dev.backendbuilder.generate;

import dev.backendbuilder.design.Design;
import dev.backendbuilder.design.DesignException;
import dev.backendbuilder.design.DesignLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The migrations of a project generated before: the ones it holds stay byte for byte (Flyway has applied
 * them somewhere, and refuses a changed one), and what the design changed since goes into the next
 * versioned migration of each vendor. The design the latest migration came from is kept with the
 * project ({@value #SNAPSHOT}), as JHipster keeps {@code .jhipster/}; the next design is diffed against it
 * ({@link SchemaDiff}).
 */
final class Migrations {

    /**
     * The design the project was last generated from: the newest migration came from it, and it gives the base
     * of the three-way merge of a file the user changed. Committed with the project.
     */
    static final String SNAPSHOT = ".builder/schema-design.yaml";

    private static final String FOLDER = "src/main/resources/db/migration/";
    /**
     * A row per table written before each later migration, by MigrationUpgradeTest: {@code h2/V<n>.sql}, and
     * {@code postgresql/V<n>.sql} for a PostgreSQL project (the test runs there when the tests have a server).
     */
    static final String UPGRADE_ROWS = "src/test/resources/db/upgrade/";
    private static final String UPGRADE_TEST = "MigrationUpgradeTest.java";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)(?:_\\d+)*__.+\\.sql");
    private static final String SNAPSHOT_HEADER = "# The design the newest migration was generated from: builder:generate writes the next\n"
            + "# migration from what design.yaml changed since. Commit it with the migrations; do not edit it.\n";
    private static final int NAME_LENGTH = 80;

    private Migrations() {
    }

    /**
     * Adjusts {@code outputs} (path → content, as rendered) to the migrations {@code root} already holds.
     *
     * @return what each new migration does, by path, for the plan to report
     * @throws GenerationException when a change cannot be migrated, or would drop data without {@code allowDataLoss}
     */
    static Map<String, List<String>> plan(Map<String, byte[]> outputs, Path root, ProjectView project, ProjectView previous,
            byte[] designText, boolean allowDataLoss, TemplateRenderer renderer) throws IOException {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        SchemaDiff diff = previous == null ? null : SchemaDiff.between(previous, project);
        for (Dialect dialect : project.getDialects()) {
            String folder = FOLDER + dialect.getVendor() + "/";
            List<String> existing = existing(root.resolve(folder));
            if (existing.isEmpty()) {
                continue; // a new project, or a new database: its V1 as rendered
            }
            Map<String, byte[]> rendered = new LinkedHashMap<>();
            outputs.entrySet().removeIf(output -> output.getKey().startsWith(folder)
                    && rendered.put(output.getKey(), output.getValue()) == null);
            int next = 1;
            for (String name : existing) {
                byte[] current = Files.readAllBytes(root.resolve(folder + name));
                outputs.put(folder + name, current); // kept as it is: listed as unchanged
                Matcher version = VERSIONED.matcher(name);
                if (version.matches()) {
                    next = Math.max(next, Integer.parseInt(version.group(1)) + 1);
                }
            }
            if (diff == null) {
                requireUnchanged(folder, existing, rendered, root);
                continue;
            }
            for (Map.Entry<String, byte[]> users : rendered.entrySet()) {
                // the sign-in tables of a design that gained authentication: the next version, not a V1_1 after V2
                String name = users.getKey().substring(folder.length());
                if (name.endsWith("__users.sql") && existing.stream().noneMatch(e -> e.endsWith("__users.sql"))) {
                    String path = folder + "V" + next + "__users.sql";
                    outputs.put(path, users.getValue());
                    notes.put(path, List.of("create tables auth_user and auth_user_role (the design has authentication now)"));
                    upgradeRows(outputs, previous, dialect, next++, Map.of());
                }
            }
            if (!diff.isEmpty()) {
                String path = folder + "V" + next + "__" + name(diff.summary()) + ".sql";
                outputs.put(path, render(renderer, project, dialect, diff).getBytes(StandardCharsets.UTF_8));
                notes.put(path, diff.summary());
                upgradeRows(outputs, previous, dialect, next, diff.tableRenames());
            }
        }
        keepUpgradeRows(outputs, root, project, renderer);
        if (diff != null) {
            refuse(diff, allowDataLoss);
        }
        outputs.put(SNAPSHOT, concat(SNAPSHOT_HEADER.getBytes(StandardCharsets.UTF_8), designText));
        return notes;
    }

    private static void upgradeRows(Map<String, byte[]> outputs, ProjectView previous, Dialect dialect, int version,
            Map<String, String> renamedTables) {
        if (dialect == Dialect.MYSQL) {
            return; // the upgrade test runs on a database of its own: embedded H2, or a PostgreSQL schema of its own
        }
        outputs.put(UPGRADE_ROWS + dialect.getVendor() + "/V" + version + ".sql",
                UpgradeRows.sql(previous, dialect, "V" + version, renamedTables).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The rows files there are stay as written, like the migrations; with any, the project gets the test that
     * uses them (with none there is no migration after V1 to test, and no test that could not fail).
     */
    private static void keepUpgradeRows(Map<String, byte[]> outputs, Path root, ProjectView project, TemplateRenderer renderer)
            throws IOException {
        boolean any = outputs.keySet().stream().anyMatch(path -> path.startsWith(UPGRADE_ROWS));
        Path rows = root.resolve(UPGRADE_ROWS);
        if (Files.isDirectory(rows)) {
            try (Stream<Path> files = Files.walk(rows)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    outputs.putIfAbsent(UPGRADE_ROWS + slash(rows.relativize(file)), Files.readAllBytes(file));
                    any = true;
                }
            }
        }
        if (any) {
            outputs.put("src/test/java/" + project.getPackagePath() + "/" + UPGRADE_TEST, renderer.render(
                    "test/MigrationUpgradeTest.java.ftl", Map.of("project", project)).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String slash(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** The project as the last generation saw it ({@value #SNAPSHOT}); null if there is none. */
    static ProjectView previous(Path root, String pluginVersion) throws IOException {
        Path snapshotFile = root.resolve(SNAPSHOT);
        if (!Files.isRegularFile(snapshotFile)) {
            return null;
        }
        try {
            Design design = new DesignLoader().load(snapshotFile, SNAPSHOT);
            return ViewModel.of(design, pluginVersion);
        } catch (DesignException e) {
            throw new GenerationException(SNAPSHOT + " no longer loads (" + e.getMessage().lines().skip(1).findFirst()
                    .orElse(e.getMessage()).strip() + "): restore it from version control; generate diffs design.yaml"
                    + " against it to write the next migration.");
        }
    }

    private static List<String> existing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".sql")).sorted().toList();
        }
    }

    /** Without a snapshot the migrations can only be kept if the design still gives exactly them. */
    private static void requireUnchanged(String folder, List<String> existing, Map<String, byte[]> rendered, Path root)
            throws IOException {
        for (Map.Entry<String, byte[]> output : rendered.entrySet()) {
            Path file = root.resolve(output.getKey());
            if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), output.getValue())) {
                throw new GenerationException(folder + " holds migrations (" + String.join(", ", existing) + ") but there is no "
                        + SNAPSHOT + " to tell which design they came from (the project was generated by an older version,"
                        + " or the file was deleted), and design.yaml no longer gives the same " + output.getKey()
                        + ". generate never rewrites a migration Flyway may have applied: put design.yaml back as it was when"
                        + " they were generated, run generate once (it records " + SNAPSHOT + "), then make your change.");
            }
        }
    }

    private static void refuse(SchemaDiff diff, boolean allowDataLoss) {
        if (!diff.refusals().isEmpty()) {
            throw new GenerationException("design.yaml changes the schema in a way no migration is written for:\n  "
                    + String.join("\n  ", diff.refusals()) + "\n");
        }
        if (!diff.losses().isEmpty() && !allowDataLoss) {
            throw new GenerationException("design.yaml drops data the database holds:\n  " + String.join("\n  ", diff.losses())
                    + "\nIf that data may go, run generate with -Dbuilder.generate.allowDataLoss=true: the next migration"
                    + " then drops it, and says so.");
        }
    }

    private static String render(TemplateRenderer renderer, ProjectView project, Dialect dialect, SchemaDiff diff) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("project", project);
        model.put("d", dialect);
        model.put("summary", diff.summary());
        model.put("before", diff.statements(dialect, true));
        model.put("entities", diff.newEntities());
        model.put("joins", diff.newJoinTables().stream().map(j -> Map.of("e", j.entity(), "r", j.reference())).toList());
        model.put("after", diff.statements(dialect, false));
        return renderer.render("migration/next.sql.ftl", model);
    }

    /** {@code V2__add_column_book_subtitle_and_create_table_publisher}: Flyway shows the underscores as spaces. */
    static String name(List<String> summary) {
        // named after what it does to tables and columns; the keys, checks and indexes that follow them come after
        List<String> main = summary.stream().filter(line -> line.matches("(create|drop|rename) table .*|(add|drop|rename|widen) column .*"
                + "|(set|drop) not null .*")).toList();
        List<String> ordered = new ArrayList<>(main);
        summary.stream().filter(line -> !main.contains(line)).forEach(ordered::add);
        summary = ordered;
        List<String> words = new ArrayList<>();
        summary.stream().limit(2).forEach(line -> words.add(line.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "")));
        String name = String.join("_and_", words) + (summary.size() > 2 ? "_and_more" : "");
        return name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH).replaceAll("_+$", "");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
