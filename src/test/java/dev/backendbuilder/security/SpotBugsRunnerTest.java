package dev.backendbuilder.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpotBugsRunnerTest {

    @TempDir
    Path temp;

    static SpotBugsSettings settings(String heap, Duration timeout, Set<String> off) {
        return new SpotBugsSettings(Compiled.spotbugsClasspath(), Compiled.findSecBugs(), heap, timeout, "medium", 20, "max",
                null, null, off);
    }

    @Test
    void analyse_should_report_sql_injection_and_predictable_random_with_class_method_and_line() throws Exception {
        Path classes = Compiled.classes(temp, Map.of("com/example/OrderDao.java", Compiled.SQL_DAO,
                "com/example/Tokens.java", Compiled.TOKENS));

        List<BugFinding> bugs = new SpotBugsRunner(settings("512m", Duration.ofMinutes(5), Set.of()))
                .analyse(classes, List.of(), temp.resolve("work"));

        assertThat(bugs).extracting(BugFinding::type, BugFinding::className, BugFinding::method, BugFinding::sourcePath)
            .contains(
                org.assertj.core.groups.Tuple.tuple("SQL_INJECTION_JDBC", "com.example.OrderDao", "exists", "com/example/OrderDao.java"),
                org.assertj.core.groups.Tuple.tuple("PREDICTABLE_RANDOM", "com.example.Tokens", "newToken", "com/example/Tokens.java"));
        BugFinding sql = bugs.stream().filter(b -> b.type().equals("SQL_INJECTION_JDBC")).findFirst().orElseThrow();
        assertThat(sql.category()).isEqualTo("SECURITY");
        assertThat(sql.line()).isEqualTo(18);
        assertThat(sql.message()).isNotBlank();
    }

    @Test
    void analyse_should_drop_the_categories_switched_off() throws Exception {
        Path classes = Compiled.classes(temp, Map.of("com/example/Tokens.java", Compiled.TOKENS));

        List<BugFinding> bugs = new SpotBugsRunner(settings("512m", Duration.ofMinutes(5), Set.of("security")))
                .analyse(classes, List.of(), temp.resolve("work"));

        assertThat(bugs).extracting(BugFinding::category).doesNotContain("SECURITY");
    }

    @Test
    void analyse_should_stop_the_fork_and_say_what_to_raise_when_it_times_out() throws Exception {
        Path classes = Compiled.classes(temp, Map.of("com/example/Tokens.java", Compiled.TOKENS));

        assertThatThrownBy(() -> new SpotBugsRunner(settings("512m", Duration.ofMillis(50), Set.of()))
                .analyse(classes, List.of(), temp.resolve("work")))
            .isInstanceOf(SecurityToolException.class)
            .hasMessageContaining("SpotBugs did not finish within 0 s and was stopped. Raise builder.security.spotbugs.timeout");
    }
}
