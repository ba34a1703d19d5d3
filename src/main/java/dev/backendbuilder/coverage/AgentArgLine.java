package dev.backendbuilder.coverage;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jacoco.core.runtime.AgentOptions;

/**
 * The JVM argument line that puts JaCoCo's agent into a test JVM, and the check that a test
 * plugin's own {@code <argLine>} does not throw it away (jacoco#153).
 */
public final class AgentArgLine {

    private AgentArgLine() {
    }

    /**
     * {@code -javaagent:<jar>=destfile=<file>,append=true} followed by {@code existing}; an agent
     * argument of the same jar already in {@code existing} is replaced (JaCoCo's
     * {@link AgentOptions#prependVMArguments}), so running the goal twice adds the agent once.
     */
    public static String prepend(String existing, Path agentJar, Path destFile) {
        AgentOptions options = new AgentOptions();
        options.setDestfile(destFile.toAbsolutePath().toString());
        options.setAppend(true);
        File jar = agentJar.toAbsolutePath().toFile();
        return options.prependVMArguments(existing == null ? "" : existing, jar).trim();
    }

    /**
     * An {@code <argLine>} configured in a test plugin (plugin-wide or in one execution).
     *
     * @param plugin    artifactId, e.g. {@code maven-surefire-plugin}
     * @param execution the execution id, or {@code null} for the plugin-wide configuration
     * @param value     the configured value
     */
    public record ConfiguredArgLine(String plugin, String execution, String value) {
    }

    /**
     * The configured argLines that replace {@code propertyName} instead of extending it — tests run
     * with them would record no coverage — each with the fix, one message for all; empty when none does.
     */
    public static List<String> conflicts(List<ConfiguredArgLine> configured, String propertyName) {
        List<String> problems = new ArrayList<>();
        for (ConfiguredArgLine line : configured) {
            String value = line.value() == null ? "" : line.value().trim();
            if (value.isEmpty() || value.contains("@{" + propertyName + "}") || value.contains("${" + propertyName + "}")) {
                continue;
            }
            problems.add(line.plugin() + (line.execution() == null ? "" : " (execution " + line.execution() + ")")
                    + " sets <argLine>" + value + "</argLine>, which replaces the " + propertyName
                    + " property that carries the JaCoCo agent, so its tests would record no coverage. Write <argLine>@{"
                    + propertyName + "} " + value + "</argLine> instead: the plugin replaces @{" + propertyName
                    + "} when the tests start, after builder:prepare-coverage has set it.");
        }
        return problems;
    }
}
