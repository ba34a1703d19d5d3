package dev.backendbuilder.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.design.DesignException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * builder:validate through the Plugin Testing Harness: the mojo is built from the generated plugin
 * descriptor and configured from {@code plugin-pom.xml}, with {@code ${basedir}} pointing at one of
 * the hand-written design folders under {@code src/test/resources/dev/backendbuilder/mojo/}.
 */
@MojoTest
class ValidateMojoTest {

    private static final String POM = "classpath:/dev/backendbuilder/mojo/plugin-pom.xml";

    private final RecordingLog log = new RecordingLog();

    @Test
    @Basedir("/dev/backendbuilder/mojo/validate-valid")
    @InjectMojo(goal = "validate", pom = POM)
    void validate_should_print_a_one_line_summary_when_the_design_is_valid(ValidateMojo mojo) throws Exception {
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines()).containsExactly(
            "[INFO] design.yaml is valid: 2 entities, 2 relationships, 5 endpoints, 2 roles (authentication: jwt)");
    }

    @Test
    @Basedir("/dev/backendbuilder/mojo/validate-valid")
    @InjectMojo(goal = "validate", pom = POM)
    void validate_should_default_the_design_to_design_yaml_in_the_project_folder(ValidateMojo mojo) throws Exception {
        File basedir = (File) MojoExtension.getVariableValueFromObject(mojo, "basedir");
        File design = (File) MojoExtension.getVariableValueFromObject(mojo, "design");

        assertThat(design.toPath().toAbsolutePath().normalize())
            .isEqualTo(basedir.toPath().toAbsolutePath().normalize().resolve("design.yaml"));
        assertThat(basedir.toPath()).endsWith(Path.of("dev", "backendbuilder", "mojo", "validate-valid"));
        assertThat((Object) MojoExtension.getVariableValueFromObject(mojo, "skip")).isEqualTo(false);
    }

    @Test
    @Basedir("/dev/backendbuilder/mojo/validate-singular")
    @InjectMojo(goal = "validate", pom = POM)
    void validate_should_use_the_singular_when_there_is_one_of_a_kind(ValidateMojo mojo) throws Exception {
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines()).containsExactly(
            "[INFO] design.yaml is valid: 1 entity, 1 relationship, 1 endpoint, 1 role (authentication: basic)");
    }

    @Test
    @Basedir("/dev/backendbuilder/mojo/validate-broken")
    @InjectMojo(goal = "validate", pom = POM)
    void validate_should_fail_with_every_located_error_when_the_design_is_broken(ValidateMojo mojo) {
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute)
            .isInstanceOf(MojoFailureException.class)
            .hasCauseInstanceOf(DesignException.class)
            .hasMessage(String.join(System.lineSeparator(),
                "design.yaml has 2 errors:",
                "  design.yaml:8:7: field name 'public' is a Java reserved word; rename it (e.g. 'publicName' or 'publicValue').",
                "  design.yaml:9:21: unknown value 'integr' for 'type'. Did you mean 'integer'? Allowed: string, text, integer,"
                    + " long, decimal, boolean, date, datetime, uuid, enum."));
        // The error is reported once, by Maven, from the exception; the mojo does not log it as well.
        assertThat(log.lines()).isEmpty();
    }

    @Test
    @Basedir("/dev/backendbuilder/mojo/validate-missing")
    @InjectMojo(goal = "validate", pom = POM)
    void validate_should_point_at_init_when_there_is_no_design_file(ValidateMojo mojo) throws Exception {
        File basedir = (File) MojoExtension.getVariableValueFromObject(mojo, "basedir");
        Path expected = basedir.toPath().toAbsolutePath().normalize().resolve("design.yaml");

        assertThatThrownBy(mojo::execute)
            .isInstanceOf(MojoExecutionException.class)
            .hasCauseInstanceOf(NoSuchFileException.class)
            .hasMessage("No design file at " + expected + ". Run 'mvn builder:init' to write a starter design.yaml,"
                + " or point -Dbuilder.design=<file> at yours.");
    }

    @Test
    @Basedir("/dev/backendbuilder/mojo/validate-missing")
    @InjectMojo(goal = "validate", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void validate_should_skip_without_looking_for_the_design_when_skip_is_set(ValidateMojo mojo) throws Exception {
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines()).containsExactly("[INFO] Skipping builder:validate (builder.skip=true)");
    }

    @Test
    @Basedir("/dev/backendbuilder/mojo/validate-valid")
    @InjectMojo(goal = "validate", pom = POM)
    @MojoParameter(name = "design", value = "designs/other.yaml")
    void validate_should_name_a_configured_design_relative_to_the_project(ValidateMojo mojo) throws Exception {
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines()).containsExactly("[INFO] " + Path.of("designs", "other.yaml")
            + " is valid: 1 entity, 1 relationship, 1 endpoint, 1 role (authentication: basic)");
    }

    @Test
    @Basedir("/dev/backendbuilder/mojo/validate-valid")
    @InjectMojo(goal = "validate", pom = POM)
    void validate_should_name_a_design_outside_the_project_by_its_absolute_path(ValidateMojo mojo, @TempDir Path outside)
        throws Exception {
        Path design = outside.resolve("elsewhere.yaml");
        Files.writeString(design, "version: 1\napp: [not, a, mapping]\n");
        MojoExtension.setVariableValueToObject(mojo, "design", design.toFile());

        assertThatThrownBy(mojo::execute)
            .isInstanceOf(MojoFailureException.class)
            .hasMessageStartingWith(design + " has 1 error:" + System.lineSeparator() + "  " + design + ":2:6: ");
    }

    @Test
    @Basedir("/dev/backendbuilder/mojo/validate-valid")
    @InjectMojo(goal = "validate", pom = POM)
    void validate_should_report_an_unreadable_design_as_a_broken_input(ValidateMojo mojo, @TempDir Path folder)
        throws Exception {
        Path notAFile = Files.createDirectory(folder.resolve("design.yaml"));
        MojoExtension.setVariableValueToObject(mojo, "design", notAFile.toFile());

        assertThatThrownBy(mojo::execute)
            .isInstanceOf(MojoExecutionException.class)
            .hasMessageStartingWith("Cannot read the design file " + notAFile + ": ")
            .hasMessageEndingWith(". Check that it is a readable file.");
    }
}
