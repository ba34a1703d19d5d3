package dev.backendbuilder.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.design.DesignLoader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * builder:init through the Plugin Testing Harness. The harness configures the mojo from the plugin
 * descriptor; each test then points the mojo's folder at a fresh temporary folder (a mojo must never
 * write into the source tree of this build).
 */
@MojoTest
class InitMojoTest {

    private static final String POM = "classpath:/dev/backendbuilder/mojo/plugin-pom.xml";
    private static final String USER_DESIGN = "# mine\nversion: 1\napp: { name: mine, package: com.acme.mine }\n";
    private static final String USER_POM = "<project><!-- mine --></project>\n";

    @TempDir
    Path folder;

    private final RecordingLog log = new RecordingLog();

    private InitMojo inFolder(InitMojo mojo, String subfolder) throws Exception {
        Path base = Files.createDirectories(folder.resolve(subfolder));
        MojoExtension.setVariableValueToObject(mojo, "basedir", base.toFile());
        MojoExtension.setVariableValueToObject(mojo, "design", new File("design.yaml"));
        mojo.setLog(log);
        return mojo;
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void init_should_take_the_plugin_version_and_default_design_from_the_descriptor(InitMojo mojo) throws Exception {
        PluginDescriptor plugin = (PluginDescriptor) MojoExtension.getVariableValueFromObject(mojo, "plugin");
        File basedir = (File) MojoExtension.getVariableValueFromObject(mojo, "basedir");
        File design = (File) MojoExtension.getVariableValueFromObject(mojo, "design");

        assertThat(plugin.getVersion()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(design).isEqualTo(new File(basedir, "design.yaml"));
        assertThat((Object) MojoExtension.getVariableValueFromObject(mojo, "force")).isEqualTo(false);
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void init_should_write_a_valid_design_its_schema_and_a_pom_when_the_folder_is_empty(InitMojo mojo) throws Exception {
        inFolder(mojo, "My Service").execute();

        Path base = folder.resolve("My Service");
        assertThat(log.lines()).containsExactly(
            "[INFO] Wrote design.yaml",
            "[INFO] Wrote " + Path.of(".builder", "design-v1.schema.json"),
            "[INFO] Wrote pom.xml",
            "[INFO] Next: edit design.yaml, then run 'mvn builder:validate'.");
        assertThat(files(base)).containsExactlyInAnyOrder("design.yaml", ".builder/design-v1.schema.json", "pom.xml");
        assertThat(Files.readString(base.resolve("pom.xml")))
            .contains("<artifactId>my-service</artifactId>")
            .contains("<groupId>dev.backendbuilder</groupId>")
            .contains("<artifactId>builder-maven-plugin</artifactId>")
            .contains("<version>0.1.0-SNAPSHOT</version>")
            .contains("<goal>validate</goal>");
        assertThat(new DesignLoader().load(base.resolve("design.yaml"), "design.yaml").app().name()).isEqualTo("my-service");
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void init_should_refuse_and_write_nothing_when_a_design_exists(InitMojo mojo) throws Exception {
        inFolder(mojo, "app");
        Path design = Files.writeString(folder.resolve("app/design.yaml"), USER_DESIGN);

        assertThatThrownBy(mojo::execute)
            .isInstanceOf(MojoFailureException.class)
            .hasNoCause()
            .hasMessage("Not overwriting design.yaml: the file exists. Nothing was written. Re-run with -Dbuilder.force=true"
                + " to replace it (the old design is kept as design.yaml.bak), or -Dbuilder.design=<other file>.");
        assertThat(Files.readString(design)).isEqualTo(USER_DESIGN);
        assertThat(files(folder.resolve("app"))).containsExactly("design.yaml");
        assertThat(log.lines()).isEmpty();
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void init_should_name_every_file_it_will_not_overwrite(InitMojo mojo) throws Exception {
        inFolder(mojo, "app");
        Files.writeString(folder.resolve("app/design.yaml"), USER_DESIGN);
        Files.createDirectories(folder.resolve("app/.builder"));
        Files.writeString(folder.resolve("app/.builder/design-v1.schema.json"), "{}");

        assertThatThrownBy(mojo::execute)
            .isInstanceOf(MojoFailureException.class)
            .hasMessageStartingWith("Not overwriting design.yaml, " + Path.of(".builder", "design-v1.schema.json")
                + ": the files exist. Nothing was written. Re-run with -Dbuilder.force=true to replace them");
        assertThat(files(folder.resolve("app"))).containsExactlyInAnyOrder("design.yaml", ".builder/design-v1.schema.json");
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    @MojoParameter(name = "force", value = "true")
    void init_should_replace_the_design_keep_a_backup_and_keep_the_pom_when_forced(InitMojo mojo) throws Exception {
        inFolder(mojo, "shop");
        Path design = Files.writeString(folder.resolve("shop/design.yaml"), USER_DESIGN);
        Path pom = Files.writeString(folder.resolve("shop/pom.xml"), USER_POM);

        mojo.execute();

        assertThat(log.lines()).containsExactly(
            "[INFO] Replaced design.yaml (the previous one is kept as design.yaml.bak)",
            "[INFO] Wrote " + Path.of(".builder", "design-v1.schema.json"),
            "[INFO] Kept the existing pom.xml; add the builder plugin to it to validate the design in every build.",
            "[INFO] Next: edit design.yaml, then run 'mvn builder:validate'.");
        assertThat(Files.readString(folder.resolve("shop/design.yaml.bak"))).isEqualTo(USER_DESIGN);
        assertThat(Files.readString(design)).contains("name: shop").doesNotContain("# mine");
        assertThat(Files.readString(pom)).isEqualTo(USER_POM);
        assertThat(files(folder.resolve("shop")))
            .containsExactlyInAnyOrder("design.yaml", "design.yaml.bak", ".builder/design-v1.schema.json", "pom.xml");
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void init_should_report_files_that_are_already_up_to_date(InitMojo mojo) throws Exception {
        inFolder(mojo, "again").execute();
        RecordingLog second = new RecordingLog();
        mojo.setLog(second);

        mojo.execute();

        assertThat(second.lines()).containsExactly(
            "[INFO] Up to date: design.yaml",
            "[INFO] Up to date: " + Path.of(".builder", "design-v1.schema.json"),
            "[INFO] Kept the existing pom.xml; add the builder plugin to it to validate the design in every build.",
            "[INFO] Next: edit design.yaml, then run 'mvn builder:validate'.");
        assertThat(files(folder.resolve("again"))).containsExactlyInAnyOrder("design.yaml", ".builder/design-v1.schema.json", "pom.xml");
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void init_should_write_the_design_where_builder_design_points(InitMojo mojo) throws Exception {
        inFolder(mojo, "project");
        MojoExtension.setVariableValueToObject(mojo, "design", new File("api/service.yaml"));

        mojo.execute();

        assertThat(log.lines()).containsExactly(
            "[INFO] Wrote " + Path.of("api", "service.yaml"),
            "[INFO] Wrote " + Path.of("api", ".builder", "design-v1.schema.json"),
            "[INFO] Wrote pom.xml",
            "[INFO] Next: edit " + Path.of("api", "service.yaml") + ", then run 'mvn builder:validate'.");
        // The app is named after the folder that holds the design.
        assertThat(Files.readString(folder.resolve("project/api/service.yaml"))).contains("name: api");
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void init_should_report_a_folder_it_cannot_write_and_leave_nothing_behind(InitMojo mojo) throws Exception {
        inFolder(mojo, "blocked");
        // The design's folder is a regular file, so it cannot be created.
        Files.writeString(folder.resolve("blocked/api"), "not a folder");
        MojoExtension.setVariableValueToObject(mojo, "design", new File("api/design.yaml"));

        assertThatThrownBy(mojo::execute)
            .isInstanceOf(MojoExecutionException.class)
            .hasCauseInstanceOf(IOException.class)
            .hasMessageStartingWith("Could not write the starter files in " + folder.resolve("blocked") + ": ")
            .hasMessageEndingWith(". Nothing was left behind; check that the folder is writable.");
        assertThat(files(folder.resolve("blocked"))).containsExactly("api");
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void init_should_write_nothing_when_skipped(InitMojo mojo) throws Exception {
        inFolder(mojo, "skipped").execute();

        assertThat(log.lines()).containsExactly("[INFO] Skipping builder:init (builder.skip=true)");
        assertThat(files(folder.resolve("skipped"))).isEmpty();
    }

    /** Every regular file under {@code base}, as a relative path with '/'. */
    private static java.util.List<String> files(Path base) throws IOException {
        try (Stream<Path> all = Files.walk(base)) {
            return all.filter(Files::isRegularFile)
                .map(p -> base.relativize(p).toString().replace(File.separatorChar, '/'))
                .toList();
        }
    }

}
