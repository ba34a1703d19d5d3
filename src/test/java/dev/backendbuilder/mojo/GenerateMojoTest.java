package dev.backendbuilder.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** builder:generate through the Plugin Testing Harness, into a temporary folder. */
@MojoTest
class GenerateMojoTest {

    private static final String POM = "classpath:/dev/backendbuilder/mojo/plugin-pom.xml";
    private static final String DESIGN = """
            version: 1
            app: { name: notes, package: com.acme.notes, database: h2 }
            entities:
              Note:
                fields:
                  title: { type: string, required: true, maxLength: 80 }
            api:
              resources:
                Note: { operations: [list, get, create, update, delete] }
            """;

    @TempDir
    Path folder;

    private final RecordingLog log = new RecordingLog();

    private GenerateMojo inFolder(GenerateMojo mojo, String design) throws Exception {
        Files.writeString(folder.resolve("design.yaml"), design);
        MojoExtension.setVariableValueToObject(mojo, "basedir", folder.toFile());
        MojoExtension.setVariableValueToObject(mojo, "design", new File("design.yaml"));
        mojo.setLog(log);
        return mojo;
    }

    private long filesUnder(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void generate_should_write_a_new_project_named_after_the_app_when_the_folder_has_no_pom(GenerateMojo mojo)
            throws Exception {
        inFolder(mojo, DESIGN).execute();

        Path root = folder.resolve("notes");
        assertThat(root.resolve("pom.xml")).isRegularFile();
        assertThat(root.resolve("design.yaml")).hasContent(DESIGN);
        assertThat(root.resolve("src/main/java/com/acme/notes/note/NoteController.java")).isRegularFile();
        assertThat(root.resolve(".builder/manifest.json")).isRegularFile();
        assertThat(log.lines()).contains(
                "[INFO] Generating notes (1 entity, 5 endpoints) into notes/");
        assertThat(log.lines()).anyMatch(line -> line.matches("\\[INFO] Generated in \\d+\\.\\d s\\. Next: cd notes && mvn verify"));
        assertThat(log.lines()).anyMatch(line -> line.matches("\\[INFO] Files: \\d+ created, 0 updated, 0 unchanged, 0 kept, 0 ignored"));
        assertThat(log.lines()).noneMatch(line -> line.startsWith("[WARNING]"));
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void generate_should_keep_an_edited_file_and_write_the_new_version_beside_it(GenerateMojo mojo) throws Exception {
        inFolder(mojo, DESIGN).execute();
        Path readme = folder.resolve("notes/README.md");
        Files.writeString(readme, "# ours\n");
        Path service = folder.resolve("notes/src/main/java/com/acme/notes/note/NoteService.java");
        Files.writeString(service, Files.readString(service) + "// ours\n");
        // no record of the last generation's design, so no base to merge from; a new version of both (no delete)
        Files.delete(folder.resolve("notes/.builder/schema-design.yaml"));
        Files.writeString(folder.resolve("design.yaml"), DESIGN.replace("update, delete]", "update]"));
        RecordingLog rerun = new RecordingLog();
        mojo.setLog(rerun);

        mojo.execute();

        assertThat(readme).hasContent("# ours");
        assertThat(folder.resolve("notes/README.md.builder-new")).isRegularFile();
        assertThat(rerun.lines()).contains(
                "[INFO] Kept README.md (changed by you); new version in README.md.builder-new",
                "[WARNING] Kept your changes in 2 files; the new version is beside each, merge what you need and delete it:",
                "[WARNING]   README.md.builder-new",
                "[WARNING]   src/main/java/com/acme/notes/note/NoteService.java.builder-new");
        // where your code meets the new version, the project is compiled; here no Maven can be forked, and it says so
        assertThat(rerun.lines()).contains("[INFO] Compiling the project with your changes and the new version together"
                        + " (mvn test-compile; -Dbuilder.generate.compile=NEVER skips this) ...",
                "[WARNING] Could not check that the project compiles: the running Maven's home is not known (maven.home is"
                        + " not set). Run mvn test-compile in notes/ before you go on.");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void generate_should_compile_after_every_run_when_asked_and_never_when_told_not_to(GenerateMojo mojo) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "compile", CompileCheck.ALWAYS);
        inFolder(mojo, DESIGN).execute();

        assertThat(log.lines()).contains("[INFO] Compiling the project (mvn test-compile; -Dbuilder.generate.compile=NEVER"
                + " skips this) ...");
        assertThat(log.lines()).anyMatch(line -> line.startsWith("[WARNING] Could not check that the project compiles: "));

        Path request = folder.resolve("notes/src/main/java/com/acme/notes/note/NoteRequest.java");
        Files.writeString(request, Files.readString(request) + "// reviewed\n");
        Files.writeString(folder.resolve("design.yaml"), DESIGN.replace("maxLength: 80 }", "maxLength: 80 }\n      body: { type: string }"));
        MojoExtension.setVariableValueToObject(mojo, "compile", CompileCheck.NEVER);
        RecordingLog rerun = new RecordingLog();
        mojo.setLog(rerun);
        mojo.execute();

        assertThat(rerun.lines()).contains("[INFO] Merged src/main/java/com/acme/notes/note/NoteRequest.java: your changes and"
                        + " the new version").noneMatch(line -> line.contains("ompil"));
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void generate_should_merge_an_edit_and_fail_on_a_conflict_listing_it(GenerateMojo mojo) throws Exception {
        inFolder(mojo, DESIGN).execute();
        Path service = folder.resolve("notes/src/main/java/com/acme/notes/note/NoteService.java");
        Path request = folder.resolve("notes/src/main/java/com/acme/notes/note/NoteRequest.java");
        String editedService = Files.readString(service).replace("note.setTitle(request.title());",
                "note.setTitle(request.title().strip());");
        Files.writeString(service, editedService);
        Files.writeString(request, Files.readString(request) + "// reviewed\n");
        String withBody = DESIGN.replace("title: { type: string, required: true, maxLength: 80 }",
                "title: { type: string, required: true, maxLength: 80 }\n      body: { type: string }");
        Files.writeString(folder.resolve("design.yaml"), withBody);
        RecordingLog rerun = new RecordingLog();
        mojo.setLog(rerun);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessage(
                "Your changes and the new version change the same lines of 1 file; each file is kept as you left it, and"
                        + " the merge with conflict markers (<<<<<<< yours, >>>>>>> generated now) is beside it. Resolve it,"
                        + " move it over your file, and delete it:\n"
                        + "  src/main/java/com/acme/notes/note/NoteService.java.builder-conflict\n"
                        + "(-Dbuilder.generate.allowConflicts=true lets generate pass with this list.) Every other file was written.");

        assertThat(service).hasContent(editedService);
        assertThat(Files.readString(service.resolveSibling("NoteService.java.builder-conflict")))
                .contains("<<<<<<< yours", ">>>>>>> generated now", "note.setBody(request.body());");
        assertThat(Files.readString(request)).endsWith("// reviewed\n").contains("String body");
        assertThat(rerun.lines()).contains(
                "[INFO] Merged src/main/java/com/acme/notes/note/NoteRequest.java: your changes and the new version",
                "[INFO] Merged your changes into the new version of 1 file:",
                "[INFO]   src/main/java/com/acme/notes/note/NoteRequest.java");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void generate_should_merge_into_an_existing_pom_and_keep_the_old_one(GenerateMojo mojo) throws Exception {
        String userPom = "<project>\n  <!-- mine -->\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>a</groupId>\n"
                + "  <artifactId>b</artifactId>\n  <version>1</version>\n</project>\n";
        Files.writeString(folder.resolve("pom.xml"), userPom);

        inFolder(mojo, DESIGN).execute();

        assertThat(folder.resolve("pom.xml.bak")).hasContent(userPom);
        assertThat(Files.readString(folder.resolve("pom.xml"))).contains("<!-- mine -->", "spring-boot-dependencies");
        assertThat(folder.resolve("src/main/java/com/acme/notes/note/Note.java")).isRegularFile();
        assertThat(folder.resolve("notes")).doesNotExist();
        assertThat(log.lines()).contains(
                "[INFO] Generating notes (1 entity, 5 endpoints) into this project (existing project: merging into its pom.xml)",
                "[INFO] Merged into pom.xml what the backend needs (the previous one is kept as pom.xml.bak):");
        assertThat(log.lines()).anyMatch(line -> line.startsWith("[INFO]   - Imported Spring Boot's BOM"))
                .anyMatch(line -> line.startsWith("[INFO]   - Added the plugin builder-maven-plugin: it binds the gates"));
        assertThat(log.lines()).anyMatch(line -> line.matches("\\[INFO] Generated in \\d+\\.\\d s\\. Next: mvn verify"));
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void generate_should_only_print_the_plan_in_a_dry_run(GenerateMojo mojo) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "dryRun", true);

        inFolder(mojo, DESIGN).execute();

        assertThat(filesUnder(folder)).isEqualTo(1);
        assertThat(log.lines()).contains("[INFO] Would create pom.xml", "[INFO] Dry run: nothing was written.");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void generate_should_fail_with_located_errors_and_write_nothing_when_the_design_is_invalid(GenerateMojo mojo)
            throws Exception {
        inFolder(mojo, DESIGN.replace("type: string", "type: strin"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("design.yaml:6:"
                ).hasMessageContaining("'strin'");
        assertThat(filesUnder(folder)).isEqualTo(1);
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void generate_should_name_a_missing_template_folder(GenerateMojo mojo) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "templates", new File("no-such-templates"));

        assertThatThrownBy(inFolder(mojo, DESIGN)::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("The template folder " + folder.resolve("no-such-templates") + " does not exist")
                .hasMessageEndingWith("Nothing was written.");
        assertThat(filesUnder(folder)).isEqualTo(1);
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void generate_should_locate_an_error_in_an_overriding_template_and_write_nothing(GenerateMojo mojo) throws Exception {
        Path templates = Files.createDirectories(folder.resolve("templates/project"));
        Files.writeString(templates.resolve("gitignore.ftl"), "target/\n${project.noSuchProperty}\n");
        MojoExtension.setVariableValueToObject(mojo, "templates", new File("templates"));

        assertThatThrownBy(inFolder(mojo, DESIGN)::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Template project/gitignore.ftl (from " + folder.resolve("templates")
                        + ") failed at line 2, column 3:")
                .hasMessageEndingWith("Nothing was written.");
        assertThat(folder.resolve("notes")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void generate_should_do_nothing_when_skipped(GenerateMojo mojo) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "skip", true);

        inFolder(mojo, DESIGN).execute();

        assertThat(log.lines()).containsExactly("[INFO] Skipping builder:generate (builder.skip=true)");
        assertThat(filesUnder(folder)).isEqualTo(1);
    }
}
