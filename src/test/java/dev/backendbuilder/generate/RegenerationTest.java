package dev.backendbuilder.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.report.MigrationReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A design that evolves: each generation keeps the migrations there are and writes the next one, whose SQL
 * really runs (on H2 here, on PostgreSQL in the invoker IT) over a database the earlier ones filled.
 */
class RegenerationTest {

    private static final String V1 = """
            version: 1
            app: { name: shelf, package: com.acme.shelf, database: postgresql }
            entities:
              Book:
                fields:
                  title: { type: string, maxLength: 80, required: true, id: book-title }
                  pages: { type: integer }
                  note: { type: text }
            api:
              resources:
                Book: { operations: [list, get, create] }
            """;

    /** A rename by id with a wider column, a new optional and a new required field, a new entity with a reference. */
    private static final String V2 = """
            version: 1
            app: { name: shelf, package: com.acme.shelf, database: postgresql }
            entities:
              Book:
                fields:
                  name: { type: string, maxLength: 200, required: true, id: book-title }
                  pages: { type: long }
                  note: { type: text }
                  subtitle: { type: string }
                  status: { type: enum, values: [DRAFT, PUBLISHED], required: true, default: DRAFT }
              Publisher:
                fields:
                  name: { type: string, required: true, unique: true }
            relationships:
              - { from: Book.publisher, to: Publisher, type: many-to-one }
            api:
              resources:
                Book: { operations: [list, get, create] }
                Publisher: { operations: [list, get, create] }
            """;

    @TempDir
    Path dir;

    private static final String H2 = "src/main/resources/db/migration/h2/";
    private static final String POSTGRESQL = "src/main/resources/db/migration/postgresql/";

    private GenerationPlan generate(String yaml, boolean allowDataLoss) throws IOException, FileConflictException {
        return generate(dir, yaml, allowDataLoss);
    }

    private static GenerationPlan generate(Path root, String yaml, boolean allowDataLoss) throws IOException, FileConflictException {
        Generator generator = new Generator(Contributors.defaults(), new TemplateRenderer(null), Fixtures.PLUGIN_VERSION);
        GenerationPlan plan = generator.plan(Fixtures.design(yaml), yaml.getBytes(StandardCharsets.UTF_8), root, false, allowDataLoss);
        generator.apply(plan);
        return plan;
    }

    private String read(String path) throws IOException {
        return Files.readString(dir.resolve(path));
    }

    private List<String> migrations(String folder) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve(folder))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void the_next_design_gets_the_next_migration_and_the_applied_ones_stay_byte_for_byte() throws Exception {
        generate(V1, false);
        assertThat(dir.resolve("src/test/java/com/acme/shelf/MigrationUpgradeTest.java")).doesNotExist(); // nothing to upgrade
        byte[] v1 = Files.readAllBytes(dir.resolve(H2 + "V1__init.sql"));
        byte[] v1Postgresql = Files.readAllBytes(dir.resolve(POSTGRESQL + "V1__init.sql"));
        try (Connection db = h2()) {
            run(db, read(H2 + "V1__init.sql"));
            execute(db, "INSERT INTO book (title, pages, note) VALUES ('Dune', 412, 'sand')");

            GenerationPlan plan = generate(V2, false);

            assertThat(Files.readAllBytes(dir.resolve(H2 + "V1__init.sql"))).isEqualTo(v1);
            assertThat(Files.readAllBytes(dir.resolve(POSTGRESQL + "V1__init.sql"))).isEqualTo(v1Postgresql);
            String name = "V2__create_table_publisher_and_rename_column_book_title_to_name_and_more.sql";
            assertThat(migrations(H2)).containsExactly("V1__init.sql", name);
            assertThat(migrations(POSTGRESQL)).containsExactly("V1__init.sql", name);
            assertThat(plan.steps()).filteredOn(s -> s.path().equals(H2 + name)).singleElement()
                    .satisfies(step -> assertThat(step.changes()).containsExactly(
                            "create table publisher",
                            "rename column book.title to name",
                            "widen column book.name",
                            "widen column book.pages",
                            "add column book.subtitle",
                            "add column book.status",
                            "add column book.publisher_id",
                            "add check book.status",
                            "add foreign key fk_book_publisher_id",
                            "create index ix_book_publisher_id"));
            assertThat(read(POSTGRESQL + name)).contains(
                    "ALTER TABLE book RENAME COLUMN title TO name;",
                    "ALTER TABLE book ALTER COLUMN name TYPE VARCHAR(200);",
                    "ALTER TABLE book ADD COLUMN status VARCHAR(32);",
                    "UPDATE book SET status = 'DRAFT';",
                    "ALTER TABLE book ALTER COLUMN status SET NOT NULL;",
                    "CREATE TABLE publisher (");

            run(db, read(H2 + name));
            try (Statement statement = db.createStatement();
                    ResultSet row = statement.executeQuery("SELECT name, pages, note, status, subtitle FROM book")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("name")).isEqualTo("Dune");
                assertThat(row.getLong("pages")).isEqualTo(412);
                assertThat(row.getString("status")).isEqualTo("DRAFT");
                assertThat(row.getString("subtitle")).isNull();
            }
            execute(db, "INSERT INTO publisher (name) VALUES ('Chilton')");
            execute(db, "UPDATE book SET publisher_id = 1");

            // the rows the generated MigrationUpgradeTest writes before V2: one per table of v1, which V2 keeps
            assertThat(dir.resolve("src/test/java/com/acme/shelf/MigrationUpgradeTest.java")).exists();
            try (Connection fresh = h2()) {
                run(fresh, read(H2 + "V1__init.sql"));
                run(fresh, read(Migrations.UPGRADE_ROWS + "h2/V2.sql"));
                run(fresh, read(H2 + name));
                try (Statement statement = fresh.createStatement();
                        ResultSet row = statement.executeQuery("SELECT COUNT(*), MIN(name), MIN(status) FROM book")) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getLong(1)).isEqualTo(1);
                    assertThat(row.getString(2)).isEqualTo("r");
                    assertThat(row.getString(3)).isEqualTo("DRAFT");
                }
            }

            // generated again from the same design: nothing new
            GenerationPlan again = generate(V2, false);
            assertThat(migrations(H2)).containsExactly("V1__init.sql", name);
            assertThat(again.stepsOf(GenerationPlan.Action.CREATE)).isEmpty();
        }
    }

    @Test
    void keys_follow_renames_and_unique_and_enum_changes_are_migrated() throws Exception {
        String before = """
                version: 1
                app: { name: shelf, package: com.acme.shelf, database: postgresql }
                entities:
                  Book:
                    fields:
                      code: { type: string, unique: true, id: book-code }
                      kind: { type: enum, values: [NOVEL, POEM], id: book-kind }
                      isbn: { type: string }
                      tag: { type: string, unique: true }
                """;
        String after = before.replace("code: { type: string, unique: true, id: book-code }",
                "label: { type: string, unique: true, id: book-code }")
                .replace("kind: { type: enum, values: [NOVEL, POEM], id: book-kind }",
                        "sort: { type: enum, values: [NOVEL, POEM, A_GRAPHIC_NOVEL_IN_SEVERAL_VOLUMES], id: book-kind }")
                .replace("isbn: { type: string }", "isbn: { type: string, unique: true }")
                .replace("tag: { type: string, unique: true }", "tag: { type: string }");
        generate(before, false);
        generate(after, false);

        String name = migrations(H2).get(1);
        assertThat(read(POSTGRESQL + name)).contains(
                "ALTER TABLE book DROP CONSTRAINT ck_book_kind;",
                "ALTER TABLE book DROP CONSTRAINT uk_book_tag;",
                "ALTER TABLE book RENAME COLUMN code TO label;",
                "ALTER TABLE book RENAME CONSTRAINT uk_book_code TO uk_book_label;",
                "ALTER TABLE book ALTER COLUMN sort TYPE VARCHAR(34);",
                "ALTER TABLE book ADD CONSTRAINT uk_book_isbn UNIQUE (isbn);",
                "ALTER TABLE book ADD CONSTRAINT ck_book_sort CHECK (sort IN ('NOVEL', 'POEM', 'A_GRAPHIC_NOVEL_IN_SEVERAL_VOLUMES'));");
        try (Connection db = h2()) {
            run(db, read(H2 + "V1__init.sql"));
            execute(db, "INSERT INTO book (code, kind, isbn, tag) VALUES ('c1', 'POEM', '1', 't')");
            run(db, read(H2 + name));
            execute(db, "INSERT INTO book (label, sort, isbn, tag) VALUES ('c2', 'A_GRAPHIC_NOVEL_IN_SEVERAL_VOLUMES', '2', 't')");
            assertThatThrownBy(() -> execute(db, "INSERT INTO book (label, isbn) VALUES ('c1', '3')"))
                    .hasMessageContaining("UK_BOOK_LABEL");
            assertThatThrownBy(() -> execute(db, "INSERT INTO book (label, isbn) VALUES ('c3', '1')"))
                    .hasMessageContaining("UK_BOOK_ISBN");
            assertThatThrownBy(() -> execute(db, "INSERT INTO book (label, sort) VALUES ('c4', 'ESSAY')"))
                    .hasMessageContaining("CK_BOOK_SORT");
        }
        // a value taken away could be in use: refused
        String fewer = after.replace("values: [NOVEL, POEM, A_GRAPHIC_NOVEL_IN_SEVERAL_VOLUMES]", "values: [NOVEL]");
        assertThatThrownBy(() -> generate(fewer, false)).hasMessageContaining(
                "field 'sort' of Book no longer has the values [POEM, A_GRAPHIC_NOVEL_IN_SEVERAL_VOLUMES]");
    }

    @Test
    void an_entity_renamed_by_id_renames_its_table_and_every_key_named_after_it_and_keeps_its_rows() throws Exception {
        String before = """
                version: 1
                app: { name: shelf, package: com.acme.shelf, database: postgresql }
                entities:
                  Book:
                    id: book
                    fields:
                      code: { type: string, unique: true }
                      kind: { type: enum, values: [NOVEL, POEM] }
                  Cover:
                    fields:
                      colour: { type: string }
                  Review:
                    fields:
                      stars: { type: integer }
                relationships:
                  - { from: Book.cover, to: Cover, type: one-to-one }
                  - { from: Review.book, to: Book, type: many-to-one, onDelete: cascade }
                """;
        String after = before.replace("  Book:\n", "  Volume:\n").replace("Book.cover", "Volume.cover").replace("to: Book", "to: Volume");
        generate(before, false);
        generate(after, false);

        String name = migrations(H2).get(1);
        assertThat(name).isEqualTo("V2__rename_table_book_to_volume_and_drop_check_ck_book_kind_and_more.sql");
        String postgresql = read(POSTGRESQL + name);
        assertThat(postgresql).contains(
                "ALTER TABLE book DROP CONSTRAINT ck_book_kind;",
                "ALTER TABLE book DROP CONSTRAINT fk_book_cover_id;",
                "ALTER TABLE book RENAME TO volume;\nALTER TABLE volume RENAME CONSTRAINT pk_book TO pk_volume;",
                "ALTER TABLE volume RENAME CONSTRAINT uk_book_code TO uk_volume_code;",
                "ALTER TABLE volume RENAME CONSTRAINT uk_book_cover_id TO uk_volume_cover_id;",
                "ALTER TABLE volume ADD CONSTRAINT ck_volume_kind CHECK (kind IN ('NOVEL', 'POEM'));",
                "ALTER TABLE volume ADD CONSTRAINT fk_volume_cover_id FOREIGN KEY (cover_id) REFERENCES cover (id)");
        // the review's key keeps its name and follows the table
        assertThat(postgresql).doesNotContain("fk_review_book_id");
        // the upgrade test counts the book rows it writes (under the old name) in volume
        assertThat(read(Migrations.UPGRADE_ROWS + "h2/V2.sql")).contains("-- renamed: book -> volume\n", "INSERT INTO book (");
        // MySQL names every primary key PRIMARY: only the table is renamed
        Path mysql = Files.createDirectories(dir.resolve("mysql"));
        for (String yaml : List.of(before, after)) {
            generate(mysql, yaml.replace("database: postgresql", "database: mysql"), false);
        }
        assertThat(Files.readString(mysql.resolve("src/main/resources/db/migration/mysql/" + name)))
                .contains("ALTER TABLE book RENAME TO volume;", "ALTER TABLE volume RENAME INDEX uk_book_code TO uk_volume_code;")
                .doesNotContain("RENAME CONSTRAINT pk_");
        try (Connection db = h2()) {
            run(db, read(H2 + "V1__init.sql"));
            execute(db, "INSERT INTO cover (colour) VALUES ('red')");
            execute(db, "INSERT INTO book (code, kind, cover_id) VALUES ('b1', 'POEM', (SELECT MIN(id) FROM cover))");
            execute(db, "INSERT INTO review (stars, book_id) VALUES (5, (SELECT MIN(id) FROM book))");
            run(db, read(H2 + name));
            try (ResultSet row = db.createStatement().executeQuery("SELECT code, kind, cover_id FROM volume")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("b1");
                assertThat(row.getLong(3)).isPositive();
            }
            assertThatThrownBy(() -> execute(db, "INSERT INTO volume (code) VALUES ('b1')")).hasMessageContaining("UK_VOLUME_CODE");
            assertThatThrownBy(() -> execute(db, "INSERT INTO volume (kind) VALUES ('ESSAY')")).hasMessageContaining("CK_VOLUME_KIND");
            assertThatThrownBy(() -> execute(db, "INSERT INTO volume (code, cover_id) VALUES ('b2', (SELECT MIN(id) FROM cover))"))
                    .hasMessageContaining("UK_VOLUME_COVER_ID");
            try (ResultSet pk = db.createStatement().executeQuery("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                    + " WHERE TABLE_NAME = 'VOLUME' AND CONSTRAINT_TYPE = 'PRIMARY KEY'")) {
                assertThat(pk.next()).isTrue();
                assertThat(pk.getString(1)).isEqualTo("PK_VOLUME");
            }
            // the review's key now points at volume, and still cascades
            execute(db, "DELETE FROM volume");
            try (ResultSet reviews = db.createStatement().executeQuery("SELECT COUNT(*) FROM review")) {
                assertThat(reviews.next()).isTrue();
                assertThat(reviews.getLong(1)).isZero();
            }
        }
        // what the report reads from V1 + V2 is the schema a new project of the renamed design starts with
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        generate(fresh, after, false);
        assertThat(new MigrationReader().read(dir).tables()).isEqualTo(new MigrationReader().read(fresh).tables());
    }

    @Test
    void an_entity_a_many_to_many_joins_cannot_be_renamed_yet_and_says_so() throws Exception {
        String before = """
                version: 1
                app: { name: shelf, package: com.acme.shelf, database: h2 }
                entities:
                  Book:
                    id: book
                    fields:
                      code: { type: string }
                  Tag:
                    fields:
                      label: { type: string }
                relationships:
                  - { from: Book.tags, to: Tag, type: many-to-many }
                """;
        generate(before, false);

        assertThatThrownBy(() -> generate(before.replace("  Book:\n", "  Volume:\n").replace("Book.tags", "Volume.tags"), false))
                .hasMessageContaining("entity 'Book' is now 'Volume', a new table name (book → volume), and a many-to-many"
                        + " relationship's join table takes its name, which generate cannot rename yet.");
        assertThat(migrations(H2)).containsExactly("V1__init.sql");
    }

    @Test
    void a_change_that_drops_data_is_refused_until_the_user_allows_it_then_the_migration_drops_it() throws Exception {
        generate(V1, false);
        String without = V1.replace("      note: { type: text }\n", "");

        assertThatThrownBy(() -> generate(without, false)).isInstanceOf(GenerationException.class).hasMessage(
                "design.yaml drops data the database holds:\n"
                        + "  design.yaml:4:3: field 'note' is gone from Book: the migration would drop the column book.note and"
                        + " every value in it.\n"
                        + "If that data may go, run generate with -Dbuilder.generate.allowDataLoss=true: the next migration"
                        + " then drops it, and says so.");
        assertThat(migrations(H2)).containsExactly("V1__init.sql");
        assertThat(read(Migrations.SNAPSHOT)).contains("note: { type: text }");

        generate(without, true);
        assertThat(migrations(H2)).containsExactly("V1__init.sql", "V2__drop_column_book_note.sql");
        try (Connection db = h2()) {
            run(db, read(H2 + "V1__init.sql"));
            run(db, read(H2 + "V2__drop_column_book_note.sql"));
            assertThatThrownBy(() -> execute(db, "SELECT note FROM book")).isInstanceOf(SQLException.class);
        }
        assertThat(read(Migrations.SNAPSHOT)).doesNotContain("note: { type: text }");
    }

    @Test
    void a_change_no_migration_can_make_safely_is_refused_with_where_and_what_to_do_instead() throws Exception {
        generate(V1, false);
        String narrower = V1.replace("maxLength: 80", "maxLength: 40").replace("pages: { type: integer }",
                "pages: { type: integer, required: true }");

        assertThatThrownBy(() -> generate(narrower, false)).isInstanceOf(GenerationException.class)
                .hasMessageStartingWith("design.yaml changes the schema in a way no migration is written for:\n"
                        + "  design.yaml:6:7: field 'title' of Book changes its column from VARCHAR(80) to VARCHAR(40)")
                .hasMessageContaining("design.yaml:7:7: field 'pages' of Book is now required: the rows book holds may"
                        + " have no value in it. Give it a default");
        assertThat(migrations(H2)).containsExactly("V1__init.sql");
    }

    @Test
    void a_project_with_migrations_but_no_snapshot_is_refused_unless_its_design_still_gives_them() throws Exception {
        generate(V1, false);
        Files.delete(dir.resolve(Migrations.SNAPSHOT));
        generate(V1, false); // the same design: the snapshot is recorded again
        assertThat(dir.resolve(Migrations.SNAPSHOT)).exists();

        Files.delete(dir.resolve(Migrations.SNAPSHOT));
        assertThatThrownBy(() -> generate(V2, false)).isInstanceOf(GenerationException.class)
                .hasMessageContaining("there is no .builder/schema-design.yaml to tell which design they came from")
                .hasMessageContaining("generate never rewrites a migration Flyway may have applied");
        assertThat(migrations(H2)).containsExactly("V1__init.sql");
    }

    private static final String SERVICE = "src/main/java/com/acme/shelf/book/BookService.java";

    @Test
    void a_hand_edit_on_other_lines_is_merged_into_the_new_version() throws Exception {
        generate(V1, false);
        String generated = read(SERVICE);
        String edited = generated.replace("    private void apply(Book book, BookRequest request) {",
                "    // audited by the shelf team\n    private void apply(Book book, BookRequest request) {");
        Files.writeString(dir.resolve(SERVICE), edited);

        GenerationPlan plan = generate(V2, false);

        assertThat(plan.stepsOf(GenerationPlan.Action.MERGED_EDIT)).extracting(GenerationPlan.Step::path).containsExactly(SERVICE);
        assertThat(read(SERVICE)).contains("    // audited by the shelf team\n    private void apply(Book book, BookRequest request) {",
                "book.setName(request.name());", "book.setSubtitle(request.subtitle());");
        assertThat(dir.resolve(SERVICE + Generator.NEW_SUFFIX)).doesNotExist();
        // the next generation merges from what this one generated: the edit stays, nothing is listed again
        GenerationPlan again = generate(V2, false);
        assertThat(again.stepsOf(GenerationPlan.Action.MERGED_EDIT)).isEmpty();
        assertThat(read(SERVICE)).contains("// audited by the shelf team");
    }

    @Test
    void a_hand_edit_of_the_lines_the_new_version_changes_is_kept_and_the_conflict_written_beside_it() throws Exception {
        generate(V1, false);
        String edited = read(SERVICE).replace("book.setTitle(request.title());", "book.setTitle(request.title().strip());");
        Files.writeString(dir.resolve(SERVICE), edited);

        GenerationPlan plan = generate(V2, false);

        assertThat(plan.stepsOf(GenerationPlan.Action.CONFLICT)).extracting(GenerationPlan.Step::path).containsExactly(SERVICE);
        assertThat(read(SERVICE)).isEqualTo(edited);
        assertThat(read(SERVICE + Generator.CONFLICT_SUFFIX)).contains(
                "<<<<<<< yours\n        book.setTitle(request.title().strip());",
                "=======\n        book.setName(request.name());",
                ">>>>>>> generated now");
        // not resolved yet: the next run lists it again, whatever the base now is
        assertThat(generate(V2, false).stepsOf(GenerationPlan.Action.CONFLICT)).extracting(GenerationPlan.Step::path)
                .containsExactly(SERVICE);
        // resolved (the merge taken, the markers gone, the file deleted): merged from now on
        Files.writeString(dir.resolve(SERVICE), read(SERVICE).replace("book.setTitle(request.title().strip());",
                "book.setName(request.name().strip());").replace("book.setPages(request.pages());",
                "book.setPages(request.pages());\n        book.setSubtitle(request.subtitle());"));
        Files.delete(dir.resolve(SERVICE + Generator.CONFLICT_SUFFIX));
        assertThat(generate(V2, false).stepsOf(GenerationPlan.Action.CONFLICT)).isEmpty();
    }

    @Test
    void a_new_migration_cannot_be_ignored_and_the_snapshot_is_always_generates_own() throws Exception {
        generate(V1, false);
        Files.writeString(dir.resolve(Migrations.SNAPSHOT), "# edited by hand\n" + V1);
        Files.writeString(dir.resolve(IgnoreRules.FILE), "src/main/resources/db/migration/\n");

        assertThatThrownBy(() -> generate(V2, false)).isInstanceOf(GenerationException.class).hasMessageStartingWith(
                "src/main/resources/db/migration/h2/V2__create_table_publisher_and_rename_column_book_title_to_name_and_more.sql"
                        + " matches .builderignore, but generate must write it");

        Files.delete(dir.resolve(IgnoreRules.FILE));
        generate(V2, false);
        assertThat(read(Migrations.SNAPSHOT)).doesNotContain("edited by hand").contains("Publisher:");
    }

    private static Connection h2() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:migrations" + System.nanoTime() + ";MODE=Regular");
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The statements of a migration file, split as the report's reader splits them. */
    private static void run(Connection db, String migration) throws SQLException {
        for (String statement : MigrationReader.statements(migration)) {
            execute(db, statement);
        }
    }
}
