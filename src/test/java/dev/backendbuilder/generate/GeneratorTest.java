package dev.backendbuilder.generate;

import static dev.backendbuilder.generate.GenerationPlan.Action.CREATE;
import static dev.backendbuilder.generate.GenerationPlan.Action.DELETE;
import static dev.backendbuilder.generate.GenerationPlan.Action.IGNORED;
import static dev.backendbuilder.generate.GenerationPlan.Action.KEEP_USER_EDIT;
import static dev.backendbuilder.generate.GenerationPlan.Action.MERGED;
import static dev.backendbuilder.generate.GenerationPlan.Action.UNCHANGED;
import static dev.backendbuilder.generate.GenerationPlan.Action.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.design.Design;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    private static final String AUTHOR = "src/main/java/com/example/library/author/Author.java";
    private static final String README = "README.md";

    /** Two entities; removing {@code Note} from it leaves files of a previous run behind. */
    private static final String TINY = """
            version: 1
            app: { name: tiny-shop, package: com.example.tiny }
            entities:
              Item:
                fields:
                  name: { type: string, required: true }
            %s
            api:
              resources:
                Item: { operations: [list, get, create, update, delete] }
            %s
            security:
              authentication: none
            """;

    @TempDir
    Path dir;

    private static Generator generator() throws IOException {
        return new Generator(Contributors.defaults(), new TemplateRenderer(null), Fixtures.PLUGIN_VERSION);
    }

    private static GenerationPlan plan(Path root, String yaml, boolean existingPom) throws IOException {
        return generator().plan(Fixtures.design(yaml), yaml.getBytes(StandardCharsets.UTF_8), root, existingPom);
    }

    private static GenerationPlan generate(Path root, String yaml) throws Exception {
        GenerationPlan plan = plan(root, yaml, false);
        generator().apply(plan);
        return plan;
    }

    /** A generation whose design dropped an entity: its migration drops the table, which needs the user's consent. */
    private static GenerationPlan generateDroppingData(Path root, String yaml) throws Exception {
        GenerationPlan plan = generator().plan(Fixtures.design(yaml), yaml.getBytes(StandardCharsets.UTF_8), root, false, true);
        generator().apply(plan);
        return plan;
    }

    private static String tiny(boolean withNote) {
        return TINY.formatted(withNote ? "  Note:\n    fields:\n      text: { type: string }" : "",
                withNote ? "    Note: { operations: [list, get] }" : "");
    }

    private static Map<String, byte[]> filesIn(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static List<String> paths(GenerationPlan plan, GenerationPlan.Action action) {
        return plan.stepsOf(action).stream().map(GenerationPlan.Step::path).toList();
    }

    @Test
    void generating_the_library_design_twice_should_give_byte_identical_files() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));

        generate(first, Fixtures.libraryText());
        generate(second, Fixtures.libraryText());

        Map<String, byte[]> a = filesIn(first);
        Map<String, byte[]> b = filesIn(second);
        assertThat(a).hasSizeGreaterThan(30);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        a.forEach((path, content) -> assertThat(b.get(path)).as(path).isEqualTo(content));
    }

    @Test
    void a_first_run_should_plan_only_creates_and_write_every_file_and_the_manifest() throws Exception {
        GenerationPlan plan = generate(dir, Fixtures.libraryText());

        assertThat(plan.steps()).isNotEmpty().allSatisfy(step -> assertThat(step.action()).isEqualTo(CREATE));
        assertThat(plan.orphans()).isEmpty();
        assertThat(paths(plan, CREATE)).contains("pom.xml", "design.yaml", ".gitignore", README, AUTHOR,
                "src/main/resources/db/migration/h2/V1__init.sql",
                "src/main/resources/db/migration/postgresql/V1__init.sql",
                "src/main/java/com/example/library/LibraryApplication.java",
                "src/test/java/com/example/library/book/BookApiTest.java");
        Map<String, byte[]> written = filesIn(dir);
        for (GenerationPlan.Step step : plan.steps()) {
            assertThat(written.get(step.path())).as(step.path()).isEqualTo(step.content());
        }
        assertThat(dir.resolve("design.yaml")).hasContent(Fixtures.libraryText());
        Manifest manifest = Manifest.read(dir);
        assertThat(manifest.entries().keySet()).containsExactlyInAnyOrderElementsOf(paths(plan, CREATE));
        assertThat(manifest.hashOf(AUTHOR)).contains(Manifest.sha256(Files.readAllBytes(dir.resolve(AUTHOR))));
        assertThat(dir.resolve(Manifest.PATH)).content()
                .contains("\"formatVersion\" : 1", "\"generator\" : \"builder-maven-plugin 0.1.0-test\"");
    }

    @Test
    void the_performance_entries_should_get_a_jmh_benchmark_that_the_pom_compiles_and_gates() throws Exception {
        generate(dir, Fixtures.libraryText());

        String benchmark = Files.readString(dir.resolve("src/test/java/com/example/library/bench/EndpointBenchmark.java"));
        assertThat(benchmark).contains("@Param({\"GET /api/books/{id}\", \"GET /api/books\"})",
                "case \"GET /api/books/{id}\" -> path = \"/api/books/\" + created(\"/api/books\", data.bookBody());",
                "case \"GET /api/books\" -> path = \"/api/books\";", "@BenchmarkMode(Mode.SampleTime)",
                "SpringApplication.run(LibraryApplication.class,\n                \"--server.port=0\",",
                "\"--app.rate-limit.enabled=false\",\n                \"--app.security.admin.username=\" + ADMIN,",
                // the library's authentication is jwt: the benchmark signs in as the administrator it creates
                "(jwt authentication)", "URI.create(base + \"/api/auth/token\")");
        String pom = Files.readString(dir.resolve("pom.xml"));
        assertThat(pom).contains("<goal>benchmark</goal>", "<artifactId>jmh-core</artifactId>",
                "<artifactId>jmh-generator-annprocess</artifactId>", "<id>default-testCompile</id>");
        assertThat(dir.resolve(README)).content().contains("and holds `GET /api/books/{id}`, `GET /api/books` to the design's"
                + " `performance`\nlimits.");
    }

    @Test
    void the_benchmark_should_sign_in_the_way_the_generated_application_authenticates() throws Exception {
        TemplateRenderer renderer = new TemplateRenderer(null);
        String text = Fixtures.libraryText();

        String jwt = renderer.render("bench/EndpointBenchmark.java.ftl", Map.of("project", Fixtures.view(Fixtures.design(text))));
        String basic = renderer.render("bench/EndpointBenchmark.java.ftl", Map.of("project",
                Fixtures.view(Fixtures.design(text.replace("authentication: jwt", "authentication: basic")))));

        assertThat(jwt).contains("URI.create(base + \"/api/auth/token\")", "Map.of(\"username\", user, \"password\", password)",
                "return \"Bearer \" + json.readTree(answer.body()).get(\"access_token\").asText();",
                "authorization = signIn(ADMIN, password);", "createCaller(password);", "authorization = signIn(CALLER, password);",
                "List<String> roles = List.of(\"USER\", \"ADMIN\");");
        assertThat(basic).contains("byte[] pair = (user + \":\" + password).getBytes(StandardCharsets.UTF_8);",
                "return \"Basic \" + Base64.getEncoder().encodeToString(pair);");
    }

    @Test
    void a_design_without_performance_entries_should_get_no_benchmark_and_no_jmh() throws Exception {
        generate(dir, Fixtures.combinationsText());

        assertThat(filesIn(dir).keySet()).noneMatch(path -> path.contains("/bench/"));
        assertThat(Files.readString(dir.resolve("pom.xml"))).doesNotContain("jmh", "<goal>benchmark</goal>");
    }

    @Test
    void the_combinations_design_should_generate_per_resource_files_and_mysql_migrations() throws Exception {
        GenerationPlan plan = generate(dir, Fixtures.combinationsText());
        String base = "src/main/java/com/acme/shop/";

        assertThat(paths(plan, CREATE)).contains("src/main/resources/db/migration/h2/V1__init.sql",
                "src/main/resources/db/migration/mysql/V1__init.sql", base + "ShopApplication.java",
                base + "order/OrderState.java", base + "order/OrderFilter.java", base + "auditentry/AuditEntry.java",
                base + "auditentry/AuditEntryRepository.java", base + "category/CategoryFilter.java",
                base + "profile/ProfileRequest.java")
                .doesNotContain(base + "auditentry/AuditEntryController.java", base + "auditentry/AuditEntryResponse.java",
                        base + "tag/TagFilter.java", base + "profile/ProfileFilter.java", base + "category/CategoryRequest.java",
                        "src/test/java/com/acme/shop/auditentry/AuditEntryApiTest.java");
        String mysql = Files.readString(dir.resolve("src/main/resources/db/migration/mysql/V1__init.sql"));
        assertThat(mysql).contains("CREATE TABLE order_", "CREATE TABLE user_", "group_ VARCHAR(20)", "BINARY(16)",
                "LONGTEXT", "order_tags", "ON DELETE SET NULL", "ON DELETE CASCADE", "AUTO_INCREMENT")
                .doesNotContain("TIMESTAMP(6) WITH TIME ZONE");
        String h2 = Files.readString(dir.resolve("src/main/resources/db/migration/h2/V1__init.sql"));
        assertThat(h2).contains("CREATE TABLE order_", "UUID", "CHARACTER LARGE OBJECT", "ix_order_customer_id");
    }

    @Test
    void a_rerun_with_nothing_changed_should_plan_only_unchanged_and_write_nothing() throws Exception {
        generate(dir, Fixtures.libraryText());
        Map<String, byte[]> before = filesIn(dir);
        FileTime authorTime = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(dir.resolve(AUTHOR), authorTime);

        GenerationPlan plan = generate(dir, Fixtures.libraryText());

        assertThat(plan.steps()).allSatisfy(step -> {
            assertThat(step.action()).isEqualTo(UNCHANGED);
            assertThat(step.content()).isNull();
        });
        Map<String, byte[]> after = filesIn(dir);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((path, content) -> assertThat(after.get(path)).as(path).isEqualTo(content));
        assertThat(Files.getLastModifiedTime(dir.resolve(AUTHOR))).isEqualTo(authorTime);
    }

    @Test
    void a_file_the_user_edited_should_stay_as_written_and_the_new_version_go_beside_it() throws Exception {
        generate(dir, Fixtures.libraryText());
        byte[] generated = Files.readAllBytes(dir.resolve(AUTHOR));
        String edited = new String(generated, StandardCharsets.UTF_8) + "\n// my own change\n";
        Files.writeString(dir.resolve(AUTHOR), edited);

        // the same design again: the new version is what was generated before, so there is nothing to merge
        assertThat(generate(dir, Fixtures.libraryText()).steps()).extracting(GenerationPlan.Step::action).containsOnly(UNCHANGED);
        assertThat(dir.resolve(AUTHOR)).hasContent(edited);
        assertThat(dir.resolve(AUTHOR + Generator.NEW_SUFFIX)).doesNotExist();
        // without the design of the last generation there is no base to merge from: a new version (the design's
        // description changed) goes beside the file
        Files.delete(dir.resolve(Migrations.SNAPSHOT));
        String readme = "README.md";
        String editedReadme = Files.readString(dir.resolve(readme)) + "\n# my notes\n";
        Files.writeString(dir.resolve(readme), editedReadme);
        String described = Fixtures.libraryText().replace("description: Library catalogue service",
                "description: Library catalogue and lending service");
        java.util.Optional<String> readmeHash = Manifest.read(dir).hashOf(readme);

        GenerationPlan plan = generate(dir, described);

        assertThat(paths(plan, KEEP_USER_EDIT)).containsExactly(readme);
        // the edited Author has no new version (what is generated for it is what was generated last): left alone
        assertThat(paths(plan, UNCHANGED)).contains(AUTHOR);
        assertThat(dir.resolve(AUTHOR)).hasContent(edited);
        assertThat(dir.resolve(readme)).hasContent(editedReadme);
        assertThat(dir.resolve(readme + Generator.NEW_SUFFIX)).content().contains("Library catalogue and lending service");
        assertThat(FileBatch.backupOf(dir.resolve(readme))).doesNotExist();
        // The manifest keeps the hash of the generated version, so the file stays the user's on every later run.
        assertThat(Manifest.read(dir).hashOf(readme)).isPresent().isEqualTo(readmeHash);
    }

    @Test
    void an_untouched_generated_file_should_be_updated_when_its_template_output_changes() throws Exception {
        generate(dir, Fixtures.libraryText());
        String withWebsite = Fixtures.libraryText().replace("      bio:   { type: text, nullable: true }\n",
                "      bio:   { type: text, nullable: true }\n      website: { type: string, format: url }\n");
        assertThat(withWebsite).isNotEqualTo(Fixtures.libraryText());

        GenerationPlan plan = generate(dir, withWebsite);

        assertThat(paths(plan, UPDATE)).contains(AUTHOR, "design.yaml", Migrations.SNAPSHOT)
                .doesNotContain("src/main/java/com/example/library/book/Book.java", "src/main/resources/db/migration/h2/V1__init.sql");
        // the applied V1 stays; the new column is the next migration's
        assertThat(paths(plan, CREATE)).containsExactly("src/main/resources/db/migration/h2/V2__add_column_author_website.sql",
                "src/main/resources/db/migration/postgresql/V2__add_column_author_website.sql",
                "src/test/java/com/example/library/MigrationUpgradeTest.java", "src/test/resources/db/upgrade/h2/V2.sql",
                "src/test/resources/db/upgrade/postgresql/V2.sql");
        assertThat(plan.stepsOf(KEEP_USER_EDIT)).isEmpty();
        assertThat(dir.resolve(AUTHOR)).content().contains("website");
        assertThat(FileBatch.backupOf(dir.resolve(AUTHOR))).doesNotExist();
        assertThat(FileBatch.transientBackupOf(dir.resolve(AUTHOR))).doesNotExist();
        assertThat(Manifest.read(dir).hashOf(AUTHOR)).contains(Manifest.sha256(Files.readAllBytes(dir.resolve(AUTHOR))));
    }

    @Test
    void a_file_listed_in_builderignore_should_be_ignored_and_not_written() throws Exception {
        Files.writeString(dir.resolve(IgnoreRules.FILE), "# mine\nREADME.md\nsrc/test/\n");

        GenerationPlan plan = generate(dir, Fixtures.libraryText());

        assertThat(paths(plan, IGNORED)).contains(README, "src/test/java/com/example/library/book/BookApiTest.java")
                .allSatisfy(path -> assertThat(path).matches("README\\.md|src/test/.*"));
        assertThat(dir.resolve(README)).doesNotExist();
        assertThat(dir.resolve("src/test")).doesNotExist();
        assertThat(Manifest.read(dir).entries()).doesNotContainKey(README);
        assertThat(dir.resolve(AUTHOR)).exists();
    }

    @Test
    void an_ignored_file_generated_before_should_keep_its_manifest_entry_and_content() throws Exception {
        generate(dir, Fixtures.libraryText());
        String hash = Manifest.read(dir).hashOf(README).orElseThrow();
        Files.writeString(dir.resolve(README), "my readme");
        Files.writeString(dir.resolve(IgnoreRules.FILE), "/README.md\n");

        GenerationPlan plan = generate(dir, Fixtures.libraryText());

        assertThat(paths(plan, IGNORED)).containsExactly(README);
        assertThat(dir.resolve(README)).hasContent("my readme");
        assertThat(dir.resolve(README + Generator.NEW_SUFFIX)).doesNotExist();
        assertThat(Manifest.read(dir).hashOf(README)).contains(hash);
    }

    @Test
    void a_file_no_longer_generated_should_be_deleted_when_untouched_and_kept_and_listed_when_changed() throws Exception {
        generate(dir, tiny(true));
        String note = "src/main/java/com/example/tiny/note/Note.java";
        String noteController = "src/main/java/com/example/tiny/note/NoteController.java";
        String noteService = "src/main/java/com/example/tiny/note/NoteService.java";
        Files.writeString(dir.resolve(noteService), Files.readString(dir.resolve(noteService)) + "// ours\n");

        GenerationPlan plan = generateDroppingData(dir, tiny(false));

        assertThat(paths(plan, DELETE)).contains(note, noteController, "src/test/java/com/example/tiny/note/NoteApiTest.java")
                .doesNotContain(noteService).allSatisfy(path -> assertThat(path).contains("/note/"));
        assertThat(plan.orphans()).containsExactly(noteService);
        assertThat(dir.resolve(note)).doesNotExist();
        assertThat(dir.resolve(noteController)).doesNotExist();
        assertThat(dir.resolve(noteService)).content().endsWith("// ours\n");
        assertThat(Manifest.read(dir).hashOf(note)).isEmpty();
        assertThat(dir.resolve("src/main/java/com/example/tiny/item/Item.java")).exists();
        try (Stream<Path> walk = Files.walk(dir)) {
            assertThat(walk.map(Path::toString)).noneMatch(path -> path.endsWith(".builder-old"));
        }
    }

    @Test
    void a_kept_orphan_should_stay_listed_on_later_runs_and_the_entity_come_back_whole_when_the_design_brings_it_back()
            throws Exception {
        generate(dir, tiny(true));
        String noteService = "src/main/java/com/example/tiny/note/NoteService.java";
        Files.writeString(dir.resolve(noteService), Files.readString(dir.resolve(noteService)) + "// ours\n");
        List<String> orphans = generateDroppingData(dir, tiny(false)).orphans();

        assertThat(plan(dir, tiny(false), false).orphans()).containsExactly(noteService).isEqualTo(orphans);
        GenerationPlan back = generate(dir, tiny(true));

        // the changed service is the user's again (the new version is the one generated last: nothing to merge)
        assertThat(back.stepsOf(KEEP_USER_EDIT)).isEmpty();
        assertThat(paths(back, UNCHANGED)).contains(noteService);
        assertThat(paths(back, CREATE)).contains("src/main/java/com/example/tiny/note/Note.java");
        assertThat(back.orphans()).isEmpty();
        assertThat(dir.resolve(noteService)).content().endsWith("// ours\n");
        try (Stream<Path> walk = Files.walk(dir)) {
            assertThat(walk.map(Path::toString)).noneMatch(path -> path.endsWith(Generator.NEW_SUFFIX));
        }
    }

    @Test
    void an_orphan_the_user_already_deleted_should_not_be_reported() throws Exception {
        generate(dir, tiny(true));
        String note = "src/main/java/com/example/tiny/note/Note.java";
        Files.delete(dir.resolve(note));

        GenerationPlan plan = generator().plan(Fixtures.design(tiny(false)), tiny(false).getBytes(StandardCharsets.UTF_8), dir,
                false, true);

        assertThat(plan.orphans()).doesNotContain(note);
        assertThat(paths(plan, DELETE)).isNotEmpty().doesNotContain(note);
    }

    @Test
    void an_existing_user_file_at_a_generated_path_outside_the_manifest_should_be_kept() throws Exception {
        Files.createDirectories(dir.resolve(AUTHOR).getParent());
        Files.writeString(dir.resolve(AUTHOR), "class Author { /* mine */ }");

        GenerationPlan plan = generate(dir, Fixtures.libraryText());

        assertThat(paths(plan, KEEP_USER_EDIT)).containsExactly(AUTHOR);
        assertThat(dir.resolve(AUTHOR)).hasContent("class Author { /* mine */ }");
        assertThat(dir.resolve(AUTHOR + Generator.NEW_SUFFIX)).content().contains("@Entity");
        assertThat(Manifest.read(dir).entries()).doesNotContainKey(AUTHOR);
    }

    @Test
    void an_existing_pom_should_be_merged_and_design_yaml_never_written() throws Exception {
        String userPom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <!-- the user's own project -->
                  <groupId>org.acme</groupId>
                  <artifactId>mine</artifactId>
                  <version>1</version>
                </project>
                """;
        Files.writeString(dir.resolve("pom.xml"), userPom);

        GenerationPlan plan = plan(dir, Fixtures.libraryText(), true);
        generator().apply(plan);

        assertThat(paths(plan, MERGED)).containsExactly("pom.xml");
        assertThat(plan.steps()).extracting(GenerationPlan.Step::path).doesNotContain("design.yaml");
        assertThat(dir.resolve("design.yaml")).doesNotExist();
        assertThat(dir.resolve("pom.xml")).content().contains("<!-- the user's own project -->",
                "<artifactId>spring-boot-starter-webmvc</artifactId>", "<artifactId>builder-maven-plugin</artifactId>");
        assertThat(FileBatch.backupOf(dir.resolve("pom.xml"))).hasContent(userPom);
        assertThat(Manifest.read(dir).entries()).doesNotContainKeys("pom.xml", "design.yaml");

        GenerationPlan again = plan(dir, Fixtures.libraryText(), true);
        assertThat(again.steps()).allSatisfy(step -> assertThat(step.action()).isEqualTo(UNCHANGED));
    }

    @Test
    void regenerating_inside_a_generated_project_should_leave_its_pom_untouched() throws Exception {
        generate(dir, Fixtures.libraryText());
        byte[] pom = Files.readAllBytes(dir.resolve("pom.xml"));

        GenerationPlan plan = plan(dir, Fixtures.libraryText(), true);
        generator().apply(plan);

        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.action()).isEqualTo(UNCHANGED));
        assertThat(Files.readAllBytes(dir.resolve("pom.xml"))).isEqualTo(pom);
        assertThat(FileBatch.backupOf(dir.resolve("pom.xml"))).doesNotExist();
    }

    @Test
    void a_corrupt_manifest_should_fail_naming_the_file_and_what_to_do() throws Exception {
        Files.createDirectories(dir.resolve(".builder"));
        Files.writeString(dir.resolve(Manifest.PATH), "{ \"files\": { \"a\": ");

        assertThatThrownBy(() -> plan(dir, Fixtures.libraryText(), false))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining(dir.resolve(Manifest.PATH) + " is not valid JSON")
                .hasMessageContaining("Restore it from version control, or delete it");
    }

    @Test
    void two_contributors_writing_the_same_path_should_fail_naming_it() throws Exception {
        List<Contributor> contributors = new ArrayList<>(Contributors.defaults());
        contributors.add((project, out) -> out.copy("README.md", new byte[] {1}));
        Generator generator = new Generator(contributors, new TemplateRenderer(null), Fixtures.PLUGIN_VERSION);

        assertThatThrownBy(() -> generator.plan(Fixtures.library(), new byte[0], dir, false))
                .isInstanceOf(GenerationException.class)
                .hasMessage("Two contributors generate README.md; rename one of the design's entities or enum fields"
                        + " so their files differ.");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_contributor_may_copy_bytes_verbatim() throws Exception {
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        Generator generator = new Generator(List.of((project, out) -> out.copy("bin/data", bytes)),
                new TemplateRenderer(null), Fixtures.PLUGIN_VERSION);
        Design design = Fixtures.library();

        GenerationPlan plan = generator.plan(design, "yaml".getBytes(StandardCharsets.UTF_8), dir, false);
        generator.apply(plan);

        assertThat(paths(plan, CREATE)).containsExactly(Migrations.SNAPSHOT, "bin/data", "design.yaml");
        assertThat(Files.readAllBytes(dir.resolve("bin/data"))).isEqualTo(bytes);
    }
}
