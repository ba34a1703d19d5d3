package dev.backendbuilder.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** builder:prepare-coverage with the real JaCoCo agent runtime jar this plugin depends on. */
@MojoTest
class PrepareCoverageMojoTest {

    private static final String POM = "classpath:/dev/backendbuilder/mojo/plugin-pom.xml";

    @TempDir
    Path folder;

    private final RecordingLog log = new RecordingLog();
    private MavenProject project;
    private MavenSession session;

    /** The agent runtime jar on the test classpath (a dependency of the plugin). */
    static File agentJar() throws Exception {
        for (URL url : Collections.list(PrepareCoverageMojoTest.class.getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
            String path = url.getPath();
            if (path.contains("org.jacoco.agent-0.8.15-runtime.jar")) {
                return new File(new java.net.URI(path.substring(0, path.indexOf("!/"))));
            }
        }
        throw new IllegalStateException("org.jacoco.agent runtime jar not on the test classpath");
    }

    private PrepareCoverageMojo on(PrepareCoverageMojo mojo, boolean withAgent) throws Exception {
        project = CoverageProjects.module(folder, "app");
        session = CoverageProjects.session(List.of(project), List.of("verify"));
        MojoExtension.setVariableValueToObject(mojo, "project", project);
        MojoExtension.setVariableValueToObject(mojo, "session", session);
        MojoExtension.setVariableValueToObject(mojo, "destFile", folder.resolve("target/jacoco-builder.exec").toFile());
        Artifact agent = new DefaultArtifact("org.jacoco", "org.jacoco.agent", "0.8.15", "compile", "jar", "runtime",
            new DefaultArtifactHandler("jar"));
        agent.setFile(agentJar());
        MojoExtension.setVariableValueToObject(mojo, "pluginArtifactMap",
            withAgent ? Map.of(PrepareCoverageMojo.AGENT, agent) : Map.of());
        mojo.setLog(log);
        return mojo;
    }

    private String agentArgument() throws Exception {
        return "-javaagent:" + agentJar().getAbsolutePath() + "=destfile="
            + folder.resolve("target/jacoco-builder.exec").toAbsolutePath() + ",append=true";
    }

    private static Plugin testPlugin(String artifactId, String pluginWide, String executionId, String own) {
        Plugin plugin = new Plugin();
        plugin.setArtifactId(artifactId);
        plugin.setConfiguration(configuration(pluginWide));
        if (executionId != null) {
            PluginExecution execution = new PluginExecution();
            execution.setId(executionId);
            execution.setConfiguration(configuration(own));
            plugin.addExecution(execution);
        }
        return plugin;
    }

    private static Xpp3Dom configuration(String argLine) {
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        if (argLine != null) {
            Xpp3Dom child = new Xpp3Dom("argLine");
            child.setValue(argLine);
            configuration.addChild(child);
        }
        return configuration;
    }

    @Test
    @InjectMojo(goal = "prepare-coverage", pom = POM)
    void prepare_should_put_the_agent_before_the_users_argline_property(PrepareCoverageMojo mojo) throws Exception {
        on(mojo, true);
        project.getProperties().setProperty("argLine", "-Dmode=test");
        project.getBuild().addPlugin(testPlugin("maven-surefire-plugin", "@{argLine} -Xmx1g", null, null));

        mojo.execute();

        assertThat(project.getProperties().getProperty("argLine")).isEqualTo(agentArgument() + " -Dmode=test");
        assertThat(log.lines()).startsWith("[INFO] JaCoCo agent 0.8.15 set into argLine (exec file"
            + " target/jacoco-builder.exec); kept the existing argLine: -Dmode=test");
    }

    @Test
    @InjectMojo(goal = "prepare-coverage", pom = POM)
    void prepare_should_carry_the_agent_into_an_argline_given_on_the_command_line(PrepareCoverageMojo mojo)
            throws Exception {
        on(mojo, true);
        session.getUserProperties().setProperty("argLine", "-Dfrom=cli");

        mojo.execute();

        assertThat(session.getUserProperties().getProperty("argLine")).isEqualTo(agentArgument() + " -Dfrom=cli");
        assertThat(project.getProperties().getProperty("argLine")).isEqualTo(agentArgument() + " -Dfrom=cli");
    }

    @Test
    @InjectMojo(goal = "prepare-coverage", pom = POM)
    void prepare_should_refuse_a_test_plugin_argline_that_would_drop_the_agent(PrepareCoverageMojo mojo)
            throws Exception {
        on(mojo, true);
        project.getBuild().addPlugin(testPlugin("maven-surefire-plugin", "-Xmx1g", null, null));
        project.getBuild().addPlugin(testPlugin("maven-failsafe-plugin", "@{argLine}", "slow", "-Dslow=true"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessage(String.join(
            System.lineSeparator(),
            "maven-surefire-plugin sets <argLine>-Xmx1g</argLine>, which replaces the argLine property that carries the"
                + " JaCoCo agent, so its tests would record no coverage. Write <argLine>@{argLine} -Xmx1g</argLine>"
                + " instead: the plugin replaces @{argLine} when the tests start, after builder:prepare-coverage has set it.",
            "maven-failsafe-plugin (execution slow) sets <argLine>-Dslow=true</argLine>, which replaces the argLine"
                + " property that carries the JaCoCo agent, so its tests would record no coverage. Write <argLine>@{argLine}"
                + " -Dslow=true</argLine> instead: the plugin replaces @{argLine} when the tests start, after"
                + " builder:prepare-coverage has set it."));
        assertThat(project.getProperties().getProperty("argLine")).isNull();
    }

    @Test
    @InjectMojo(goal = "prepare-coverage", pom = POM)
    void prepare_should_not_check_plugins_when_the_agent_goes_into_another_property(PrepareCoverageMojo mojo)
            throws Exception {
        on(mojo, true);
        MojoExtension.setVariableValueToObject(mojo, "propertyName", "invoker.mavenOpts");
        project.getBuild().addPlugin(testPlugin("maven-surefire-plugin", "-Xmx1g", null, null));

        mojo.execute();

        assertThat(project.getProperties().getProperty("invoker.mavenOpts")).isEqualTo(agentArgument());
    }

    @Test
    @InjectMojo(goal = "prepare-coverage", pom = POM)
    void prepare_should_leave_an_empty_argline_when_coverage_is_skipped(PrepareCoverageMojo mojo) throws Exception {
        on(mojo, true);
        MojoExtension.setVariableValueToObject(mojo, "coverageSkip", true);

        mojo.execute();

        assertThat(project.getProperties().getProperty("argLine")).isEmpty();
        assertThat(log.lines()).containsExactly("[INFO] Skipping builder:prepare-coverage (builder.coverage.skip=true)",
            "[INFO] argLine is not set; set it empty so that @{argLine} resolves");
    }

    @Test
    @InjectMojo(goal = "prepare-coverage", pom = POM)
    void prepare_should_keep_the_users_argline_when_everything_is_skipped(PrepareCoverageMojo mojo) throws Exception {
        on(mojo, true);
        MojoExtension.setVariableValueToObject(mojo, "skip", true);
        project.getProperties().setProperty("argLine", "-Dmine=yes");

        mojo.execute();

        assertThat(project.getProperties().getProperty("argLine")).isEqualTo("-Dmine=yes");
        assertThat(log.lines()).containsExactly("[INFO] Skipping builder:prepare-coverage (builder.skip=true)");
    }

    @Test
    @InjectMojo(goal = "prepare-coverage", pom = POM)
    void prepare_should_say_when_the_agent_was_not_resolved(PrepareCoverageMojo mojo) throws Exception {
        on(mojo, false);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
            .hasMessage("The JaCoCo agent runtime (org.jacoco:org.jacoco.agent:jar:runtime) was not resolved with"
                + " builder-maven-plugin; check that the plugin's dependencies can be downloaded (run once without -o).");
    }

    @Test
    @InjectMojo(goal = "prepare-coverage", pom = POM)
    void prepare_should_default_to_argline_and_the_builder_exec_file(PrepareCoverageMojo mojo) throws Exception {
        assertThat((Object) MojoExtension.getVariableValueFromObject(mojo, "propertyName")).isEqualTo("argLine");
        File destFile = (File) MojoExtension.getVariableValueFromObject(mojo, "destFile");
        assertThat(destFile.getName()).isEqualTo("jacoco-builder.exec");
    }
}
