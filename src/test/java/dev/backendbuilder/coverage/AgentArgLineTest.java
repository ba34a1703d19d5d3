package dev.backendbuilder.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentArgLineTest {

    private final Path jar = Path.of("/repo/org.jacoco.agent-0.8.15-runtime.jar");
    private final Path exec = Path.of("/work/app/target/jacoco-builder.exec");

    @Test
    void prepend_should_put_the_agent_before_the_users_arguments() {
        assertThat(AgentArgLine.prepend("-Xmx1g -Dmode=test", jar, exec)).isEqualTo(
            "-javaagent:/repo/org.jacoco.agent-0.8.15-runtime.jar=destfile=/work/app/target/jacoco-builder.exec,append=true"
                + " -Xmx1g -Dmode=test");
        assertThat(AgentArgLine.prepend(null, jar, exec)).isEqualTo(
            "-javaagent:/repo/org.jacoco.agent-0.8.15-runtime.jar=destfile=/work/app/target/jacoco-builder.exec,append=true");
    }

    @Test
    void prepend_should_replace_its_own_agent_instead_of_adding_it_twice() {
        String once = AgentArgLine.prepend("-Dkept=yes", jar, exec);

        assertThat(AgentArgLine.prepend(once, jar, Path.of("/other.exec")))
            .isEqualTo("-javaagent:/repo/org.jacoco.agent-0.8.15-runtime.jar=destfile=/other.exec,append=true -Dkept=yes");
    }

    @Test
    void prepend_should_quote_paths_with_spaces() {
        assertThat(AgentArgLine.prepend("", Path.of("/my repo/agent.jar"), exec))
            .isEqualTo("\"-javaagent:/my repo/agent.jar=destfile=/work/app/target/jacoco-builder.exec,append=true\"");
    }

    @Test
    void conflicts_should_accept_late_and_early_references_and_refuse_the_rest() {
        List<String> problems = AgentArgLine.conflicts(List.of(
            new AgentArgLine.ConfiguredArgLine("maven-surefire-plugin", null, "@{argLine} -Xmx1g"),
            new AgentArgLine.ConfiguredArgLine("maven-surefire-plugin", "slow", "${argLine} -Xmx2g"),
            new AgentArgLine.ConfiguredArgLine("maven-failsafe-plugin", null, "  "),
            new AgentArgLine.ConfiguredArgLine("maven-failsafe-plugin", "integration", "-Dit=true")), "argLine");

        assertThat(problems).containsExactly("maven-failsafe-plugin (execution integration) sets <argLine>-Dit=true"
            + "</argLine>, which replaces the argLine property that carries the JaCoCo agent, so its tests would record"
            + " no coverage. Write <argLine>@{argLine} -Dit=true</argLine> instead: the plugin replaces @{argLine} when"
            + " the tests start, after builder:prepare-coverage has set it.");
    }
}
