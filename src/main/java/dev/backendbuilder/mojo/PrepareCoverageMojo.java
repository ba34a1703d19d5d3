package dev.backendbuilder.mojo;

import dev.backendbuilder.coverage.AgentArgLine;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Puts the JaCoCo agent (org.jacoco.agent runtime, resolved with this plugin) into the JVMs that
 * maven-surefire-plugin and maven-failsafe-plugin start, by prepending it to the {@code argLine}
 * property. An {@code argLine} the user already has survives:
 * <ul>
 * <li>as a property ({@code <argLine>} in {@code <properties>} or {@code -DargLine=…}): the agent is
 * put in front of it;</li>
 * <li>in the plugin's {@code <configuration>}: it must contain {@code @{argLine}} (late replacement,
 * e.g. {@code <argLine>@{argLine} -Xmx1g</argLine>}); a configured argLine without it would silently
 * drop the agent (jacoco#153), so the goal stops with a message saying exactly what to write.</li>
 * </ul>
 * Skipped ({@code builder.skip} or {@code builder.coverage.skip}), it sets an empty {@code argLine}
 * when there is none, so a configuration with {@code @{argLine}} still works.
 *
 * @since 0.1.0
 */
@Mojo(name = "prepare-coverage", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class PrepareCoverageMojo extends AbstractBuilderMojo {

    static final String AGENT = "org.jacoco:org.jacoco.agent";
    private static final List<String> TEST_PLUGINS = List.of("maven-surefire-plugin", "maven-failsafe-plugin");

    /**
     * Skips the coverage goals; {@code prepare-coverage} then only makes sure {@code argLine} is defined.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.coverage.skip", defaultValue = "false")
    protected boolean coverageSkip;

    /**
     * The exec file the agent writes (appending, so unit and integration test runs add up). The default
     * matches {@code builder:coverage}'s default {@code builder.coverage.execFiles} ({@code jacoco*.exec}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.coverage.destFile", defaultValue = "${project.build.directory}/jacoco-builder.exec")
    protected File destFile;

    /**
     * The property the agent argument is put into. {@code argLine} is what surefire and failsafe read;
     * another name (e.g. {@code invoker.mavenOpts}) serves other forking plugins, and then plugin
     * configurations are not checked.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.coverage.propertyName", defaultValue = "argLine")
    protected String propertyName;

    /** This plugin's resolved dependencies; the agent runtime jar is one of them. */
    @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
    protected Map<String, Artifact> pluginArtifactMap;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Override
    protected String goal() {
        return "prepare-coverage";
    }

    @Override
    protected void whenSkipped() {
        keepArgLineDefined();
    }

    @Override
    protected void executeMojo() throws MojoExecutionException {
        if (coverageSkip) {
            getLog().info("Skipping builder:prepare-coverage (builder.coverage.skip=true)");
            keepArgLineDefined();
            return;
        }
        if ("argLine".equals(propertyName)) {
            List<String> conflicts = AgentArgLine.conflicts(configuredArgLines(project), propertyName);
            if (!conflicts.isEmpty()) {
                throw new MojoExecutionException(String.join(System.lineSeparator(), conflicts));
            }
        }
        Artifact agent = pluginArtifactMap == null ? null : pluginArtifactMap.get(AGENT);
        if (agent == null || agent.getFile() == null || !agent.getFile().isFile()) {
            throw new MojoExecutionException("The JaCoCo agent runtime (" + AGENT + ":jar:runtime) was not resolved"
                    + " with builder-maven-plugin; check that the plugin's dependencies can be downloaded"
                    + " (run once without -o).");
        }
        String existing = currentValue();
        String value = AgentArgLine.prepend(existing, agent.getFile().toPath(), destFile.toPath());
        setValue(value);
        getLog().info("JaCoCo agent " + agent.getVersion() + " set into " + propertyName + " (exec file "
                + relative(destFile) + ")" + (existing == null || existing.isBlank() ? ""
                : "; kept the existing " + propertyName + ": " + existing.trim()));
        getLog().debug(propertyName + "=" + value);
    }

    /** An undefined argLine would leave {@code @{argLine}} in the test JVM's command line. */
    private void keepArgLineDefined() {
        if (currentValue() == null) {
            project.getProperties().setProperty(propertyName, "");
            getLog().info(propertyName + " is not set; set it empty so that @{" + propertyName + "} resolves");
        }
    }

    /** The value the test plugins would see: a user property (-D) wins over a project property. */
    private String currentValue() {
        String user = session.getUserProperties().getProperty(propertyName);
        return user != null ? user : project.getProperties().getProperty(propertyName);
    }

    private void setValue(String value) {
        project.getProperties().setProperty(propertyName, value);
        Properties user = session.getUserProperties();
        if (user.getProperty(propertyName) != null) {
            // a -DargLine on the command line wins over the project property: carry the agent there too
            user.setProperty(propertyName, value);
        }
    }

    /** Every {@code <argLine>} configured for surefire or failsafe, plugin-wide and per execution. */
    static List<AgentArgLine.ConfiguredArgLine> configuredArgLines(MavenProject project) {
        List<AgentArgLine.ConfiguredArgLine> lines = new ArrayList<>();
        for (Plugin plugin : project.getBuildPlugins()) {
            if (!"org.apache.maven.plugins".equals(plugin.getGroupId()) || !TEST_PLUGINS.contains(plugin.getArtifactId())) {
                continue;
            }
            String pluginWide = argLine(plugin.getConfiguration());
            if (pluginWide != null) {
                lines.add(new AgentArgLine.ConfiguredArgLine(plugin.getArtifactId(), null, pluginWide));
            }
            for (PluginExecution execution : plugin.getExecutions()) {
                String own = argLine(execution.getConfiguration());
                if (own != null && !own.equals(pluginWide)) {
                    lines.add(new AgentArgLine.ConfiguredArgLine(plugin.getArtifactId(), execution.getId(), own));
                }
            }
        }
        return lines;
    }

    private static String argLine(Object configuration) {
        if (configuration instanceof Xpp3Dom dom) {
            Xpp3Dom child = dom.getChild("argLine");
            return child == null ? null : child.getValue();
        }
        return null;
    }

    private String relative(File file) {
        return AbstractDesignMojo.relative(project.getBasedir().toPath().toAbsolutePath().normalize(),
                file.toPath().toAbsolutePath().normalize());
    }
}
