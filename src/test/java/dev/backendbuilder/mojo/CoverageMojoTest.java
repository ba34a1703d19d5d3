package dev.backendbuilder.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.coverage.CounterType;
import dev.backendbuilder.coverage.CoverageTestFixtures;
import dev.backendbuilder.coverage.ElementType;
import dev.backendbuilder.coverage.ValueType;
import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Level;
import dev.backendbuilder.gate.ResultStore;
import dev.backendbuilder.gate.Status;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * builder:coverage through the Plugin Testing Harness (defaults from the plugin descriptor), on real
 * projects whose classes ran instrumented by JaCoCo; see {@code CoverageTestFixtures}.
 */
@MojoTest
class CoverageMojoTest {

    private static final String POM = "classpath:/dev/backendbuilder/mojo/plugin-pom.xml";

    @TempDir
    Path folder;

    private final RecordingLog log = new RecordingLog();

    private CoverageMojo on(CoverageMojo mojo, MavenProject project, List<MavenProject> reactor, List<String> goals)
            throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "project", project);
        MojoExtension.setVariableValueToObject(mojo, "session", CoverageProjects.session(reactor, goals));
        MojoExtension.setVariableValueToObject(mojo, "resultsDirectory", new File(project.getBuild().getDirectory(), "builder"));
        MojoExtension.setVariableValueToObject(mojo, "design", new File(project.getBasedir(), "design.yaml"));
        mojo.setLog(log);
        return mojo;
    }

    private CoverageMojo single(CoverageMojo mojo, boolean most) throws Exception {
        CoverageTestFixtures.project(folder, most);
        MavenProject project = CoverageProjects.module(folder, "fixture");
        return on(mojo, project, List.of(project), List.of("verify"));
    }

    private GateResult result(Path module) throws Exception {
        return new ResultStore(module.resolve("target/builder")).read("coverage").orElseThrow();
    }

    @Test
    @InjectMojo(goal = "coverage", pom = POM)
    void coverage_should_print_every_rule_with_its_margin_when_it_passes(CoverageMojo mojo) throws Exception {
        single(mojo, true);
        MojoExtension.setVariableValueToObject(mojo, "line", 0.75);

        mojo.execute();

        assertThat(log.lines()).containsExactly(
            "[INFO] line coverage: 0.7727 (minimum 0.75, margin +0.0227)",
            "[INFO] branch coverage: 0.8888 (minimum 0.80, margin +0.0888)",
            "[INFO] coverage gate passed: line 0.7727, branch 0.8888 (4 class files, 2 exec files)");
        assertThat(result(folder).status()).isEqualTo(Status.PASSED);
        assertThat(folder.resolve("target/builder/coverage/jacoco.xml")).isRegularFile();
    }

    @Test
    @InjectMojo(goal = "coverage", pom = POM)
    void coverage_should_fail_with_each_broken_rule_and_the_least_covered_classes(CoverageMojo mojo) throws Exception {
        single(mojo, false);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
            .hasMessage(String.join(System.lineSeparator(), "coverage gate failed with 2 violations:",
                "  - line coverage 0.2727 < minimum 0.80", "  - branch coverage 0.2222 < minimum 0.80",
                "Details: target/builder/coverage/index.html, target/builder/coverage/jacoco.xml. To write the implementation"
                    + " report first and fail once there with every gate's violations, set builder.deferFailures=true"
                    + " (builder:report bound after the checks)."));
        assertThat(log.lines()).containsExactly(
            "[INFO] line coverage: 0.2727 (minimum 0.80, margin -0.5273)",
            "[INFO] branch coverage: 0.2222 (minimum 0.80, margin -0.5778)",
            "[WARNING] Least-covered classes (line, branch):",
            "[WARNING]   coveragefixture.Shapes: line 0.2352 (4 of 17), branch 0.2500 (3 of 12)",
            "[WARNING]   coveragefixture.util.Texts: line 0.4000 (2 of 5), branch 0.1666 (1 of 6)");
        assertThat(result(folder).status()).isEqualTo(Status.FAILED);
    }

    @Test
    @InjectMojo(goal = "coverage", pom = POM)
    void coverage_should_take_thresholds_from_the_design_and_let_the_pom_override_them(CoverageMojo mojo)
            throws Exception {
        single(mojo, false);
        Files.writeString(folder.resolve("design.yaml"), "version: 1\napp: { name: shop, package: com.example.shop }\n"
            + "quality:\n  coverage: { line: 0.25, branch: 0.20 }\n");

        mojo.execute();
        assertThat(log.lines()).startsWith("[INFO] line coverage: 0.2727 (minimum 0.25, margin +0.0227)",
            "[INFO] branch coverage: 0.2222 (minimum 0.20, margin +0.0222)");

        MojoExtension.setVariableValueToObject(mojo, "branch", 0.5);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
            .hasMessageContaining("  - branch coverage 0.2222 < minimum 0.50" + System.lineSeparator() + "Details: ");
    }

    @Test
    @InjectMojo(goal = "coverage", pom = POM)
    void coverage_should_not_read_the_design_when_the_pom_sets_both_minimums(CoverageMojo mojo) throws Exception {
        single(mojo, false);
        Files.writeString(folder.resolve("design.yaml"), "version: 1\nquality: [not, a, map]\n");
        MojoExtension.setVariableValueToObject(mojo, "line", 0.25);
        MojoExtension.setVariableValueToObject(mojo, "branch", 0.2);

        mojo.execute();

        assertThat(result(folder).status()).isEqualTo(Status.PASSED);
    }

    @Test
    @InjectMojo(goal = "coverage", pom = POM)
    void coverage_should_say_where_a_broken_design_is(CoverageMojo mojo) throws Exception {
        single(mojo, false);
        Files.writeString(folder.resolve("design.yaml"), "version: 1\nquality: [not, a, map]\n");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
            .hasMessageStartingWith("The coverage thresholds come from design.yaml, which has errors (run builder:validate): "
                + "design.yaml has ");
        assertThat(result(folder).status()).isEqualTo(Status.ERROR);
    }

    @Test
    @InjectMojo(goal = "coverage", pom = POM)
    void coverage_should_apply_configured_rules_instead_of_the_default(CoverageMojo mojo) throws Exception {
        single(mojo, false);
        Rule perClass = new Rule();
        perClass.element = ElementType.CLASS;
        perClass.level = Level.WARN;
        RuleLimit limit = new RuleLimit();
        limit.counter = CounterType.LINE;
        limit.value = ValueType.MISSEDCOUNT;
        limit.maximum = 10.0;
        perClass.limits = List.of(limit);
        MojoExtension.setVariableValueToObject(mojo, "rules", List.of(perClass));

        mojo.execute();

        assertThat(log.lines()).containsExactly(
            "[INFO] highest line missed count of a class (coveragefixture.Shapes): 13 (maximum 10, margin -3)",
            "[WARNING] Least-covered classes (line, branch):",
            "[WARNING]   coveragefixture.Shapes: line 0.2352 (4 of 17), branch 0.2500 (3 of 12)",
            "[WARNING]   coveragefixture.util.Texts: line 0.4000 (2 of 5), branch 0.1666 (1 of 6)",
            "[WARNING] line missed count 13 > maximum 10 (class coveragefixture.Shapes)",
            "[INFO] coverage gate warned: line 0.2727, branch 0.2222 (4 class files, 1 exec file)");
    }

    @Test
    @InjectMojo(goal = "coverage", pom = POM)
    void coverage_should_refuse_a_rule_that_cannot_be_checked(CoverageMojo mojo) throws Exception {
        single(mojo, false);
        Rule empty = new Rule();
        RuleLimit limit = new RuleLimit();
        limit.minimum = 1.5;
        empty.limits = List.of(limit);
        MojoExtension.setVariableValueToObject(mojo, "rules", List.of(empty));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
            .hasMessage("rules, rule 1: a coverage limit must be a ratio between 0 and 1 (0.80 for 80 %), not 1.5."
                + " See 'mvn builder:help -Ddetail -Dgoal=coverage' for an example.");
    }

    @Test
    @InjectMojo(goal = "coverage", pom = POM)
    void coverage_should_refuse_a_minimum_given_in_percent(CoverageMojo mojo) throws Exception {
        single(mojo, false);
        MojoExtension.setVariableValueToObject(mojo, "line", 80.0);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
            .hasMessage("builder.coverage.line is 80.0; it is a ratio between 0 and 1 (0.80 for 80 %).");
    }

    @Test
    @InjectMojo(goal = "coverage", pom = POM)
    void coverage_should_turn_a_broken_exec_file_into_an_execution_error(CoverageMojo mojo) throws Exception {
        single(mojo, false);
        Files.writeString(folder.resolve("target/jacoco.exec"), "broken");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
            .hasMessageStartingWith("target/jacoco.exec is not a JaCoCo execution data file");
        assertThat(result(folder).status()).isEqualTo(Status.ERROR);
        assertThat(log.lines()).isEmpty();
    }

    @Test
    @InjectMojo(goal = "coverage", pom = POM)
    void coverage_should_warn_and_skip_when_no_exec_file_matches(CoverageMojo mojo) throws Exception {
        single(mojo, false);
        MojoExtension.setVariableValueToObject(mojo, "execFiles", List.of("it/*.exec", " "));

        mojo.execute();

        String why = "no execution data: no file matches target/it/*.exec (tests skipped or not run, or"
            + " builder:prepare-coverage not bound); coverage not checked";
        assertThat(log.lines()).containsExactly("[WARNING] " + why, "[INFO] coverage gate skipped: " + why);
        assertThat(result(folder).status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    @InjectMojo(goal = "coverage", pom = POM)
    void coverage_should_skip_with_builder_coverage_skip(CoverageMojo mojo) throws Exception {
        single(mojo, false);
        MojoExtension.setVariableValueToObject(mojo, "coverageSkip", true);

        mojo.execute();

        assertThat(log.lines()).containsExactly("[INFO] Skipping builder:coverage (builder.coverage.skip=true)");
        assertThat(result(folder).status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    @InjectMojo(goal = "coverage", pom = POM)
    void coverage_should_leave_the_aggregate_to_the_last_module(CoverageMojo mojo) throws Exception {
        Path root = Files.createDirectories(folder.resolve("root"));
        MavenProject parent = CoverageProjects.module(root, "root");
        MavenProject last = CoverageProjects.module(root.resolve("app"), "app");
        last.getBuild().addPlugin(builderPlugin("coverage"));
        on(mojo, parent, List.of(parent, last), List.of("verify"));
        MojoExtension.setVariableValueToObject(mojo, "aggregate", true);

        mojo.execute();

        assertThat(log.lines()).containsExactly(
            "[INFO] The reactor's coverage is checked in its last module, app (builder.coverage.aggregate=true)");
        assertThat(root.resolve("target/builder/coverage.json")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "coverage", pom = POM)
    void coverage_should_stop_when_the_last_module_does_not_run_the_aggregate(CoverageMojo mojo) throws Exception {
        Path root = Files.createDirectories(folder.resolve("root"));
        MavenProject parent = CoverageProjects.module(root, "root");
        MavenProject last = CoverageProjects.module(root.resolve("app"), "app");
        last.getBuild().addPlugin(builderPlugin("prepare-coverage"));
        on(mojo, parent, List.of(parent, last), List.of("verify"));
        MojoExtension.setVariableValueToObject(mojo, "aggregate", true);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
            .hasMessage("builder.coverage.aggregate checks the reactor in its last module, app, but builder:coverage"
                + " does not run there (is the plugin <inherited>false</inherited> or bound in this module only?). Let"
                + " the modules inherit the plugin from the root POM, or bind builder:coverage in app.");
    }

    @Test
    @InjectMojo(goal = "coverage", pom = POM)
    void coverage_should_merge_every_module_of_the_reactor_in_the_last_one(CoverageMojo mojo) throws Exception {
        Path root = Files.createDirectories(folder.resolve("root"));
        CoverageTestFixtures.project(root.resolve("core"), true);
        Files.createDirectories(root.resolve("app/target"));
        Files.move(root.resolve("core/target/jacoco-it.exec"), root.resolve("app/target/jacoco-it.exec"));
        MavenProject parent = CoverageProjects.module(root, "root");
        MavenProject core = CoverageProjects.module(root.resolve("core"), "core");
        MavenProject app = CoverageProjects.module(root.resolve("app"), "app");
        on(mojo, app, List.of(parent, core, app), List.of("builder:coverage"));
        MojoExtension.setVariableValueToObject(mojo, "aggregate", true);
        MojoExtension.setVariableValueToObject(mojo, "line", 0.75);

        mojo.execute();

        // core's own exec file plus the one app's tests wrote: the same figures as one module with both
        assertThat(log.lines()).contains(
            "[INFO] coverage gate passed: line 0.7727, branch 0.8888 (4 class files, 2 exec files)");
        assertThat(Files.readString(root.resolve("app/target/builder/coverage/jacoco.xml"))).contains("<report name=\"root\">");
    }

    private static Plugin builderPlugin(String goal) {
        Plugin plugin = new Plugin();
        plugin.setGroupId("dev.backendbuilder");
        plugin.setArtifactId("builder-maven-plugin");
        PluginExecution execution = new PluginExecution();
        execution.setId("gate");
        execution.addGoal(goal);
        plugin.addExecution(execution);
        return plugin;
    }
}
