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

    private final List<String> relayed = new java.util.ArrayList<>();

    @Test
    void analyse_should_report_sql_injection_and_predictable_random_with_class_method_and_line() throws Exception {
        Path classes = Compiled.classes(temp, Map.of("com/example/OrderDao.java", Compiled.SQL_DAO,
                "com/example/Tokens.java", Compiled.TOKENS));

        List<BugFinding> bugs = new SpotBugsRunner(settings("512m", Duration.ofMinutes(5), Set.of()), relayed::add)
                .analyse(classes, List.of(), temp.resolve("work"));

        assertThat(bugs).extracting(BugFinding::type, BugFinding::className, BugFinding::method, BugFinding::sourcePath)
            .contains(
                org.assertj.core.groups.Tuple.tuple("SQL_INJECTION_JDBC", "com.example.OrderDao", "exists", "com/example/OrderDao.java"),
                org.assertj.core.groups.Tuple.tuple("PREDICTABLE_RANDOM", "com.example.Tokens", "newToken", "com/example/Tokens.java"));
        BugFinding sql = bugs.stream().filter(b -> b.type().equals("SQL_INJECTION_JDBC")).findFirst().orElseThrow();
        assertThat(sql.category()).isEqualTo("SECURITY");
        assertThat(sql.line()).isEqualTo(18);
        assertThat(sql.message()).isNotBlank();
        // the fork has a logging provider: SpotBugs' own messages are not lost (and there are none here)
        assertThat(java.nio.file.Files.readString(temp.resolve("work/spotbugs.log"))).doesNotContain("No SLF4J providers");
        assertThat(relayed).isEmpty();
    }

    @Test
    void analyse_should_drop_the_categories_switched_off_and_what_the_exclude_filter_matches() throws Exception {
        Path classes = Compiled.classes(temp, Map.of("com/example/OrderDao.java", Compiled.SQL_DAO,
                "com/example/Tokens.java", Compiled.TOKENS));
        Path filter = temp.resolve("exclude.xml");
        java.nio.file.Files.writeString(filter, "<FindBugsFilter><Match><Bug pattern=\"SQL_INJECTION_JDBC\"/></Match></FindBugsFilter>");

        List<BugFinding> bugs = new SpotBugsRunner(new SpotBugsSettings(Compiled.spotbugsClasspath(), Compiled.findSecBugs(),
                "512m", Duration.ofMinutes(5), "medium", 20, "max", null, filter, Set.of("bad_practice", " ")), relayed::add)
                .analyse(classes, List.of(), temp.resolve("work"));

        assertThat(bugs).extracting(BugFinding::type)
                .contains("PREDICTABLE_RANDOM", "SQL_NONCONSTANT_STRING_PASSED_TO_EXECUTE")
                .doesNotContain("SQL_INJECTION_JDBC", "DMI_RANDOM_USED_ONLY_ONCE");
    }

    @Test
    void settings_should_refuse_values_spotbugs_does_not_know() {
        List<Path> cp = List.of();
        assertThatThrownBy(() -> new SpotBugsSettings(cp, cp, "lots", Duration.ofMinutes(1), "medium", 20, "max", null, null, null))
                .hasMessage("the SpotBugs heap must look like 512m or 2g, not 'lots'");
        assertThatThrownBy(() -> new SpotBugsSettings(cp, cp, "1g", Duration.ofMinutes(1), "severe", 20, "max", null, null, null))
                .hasMessage("the SpotBugs threshold must be high, medium or low, not 'severe'");
        assertThatThrownBy(() -> new SpotBugsSettings(cp, cp, "1g", Duration.ofMinutes(1), "low", 21, "max", null, null, null))
                .hasMessage("the SpotBugs rank must lie between 1 and 20, not 21");
        assertThatThrownBy(() -> new SpotBugsSettings(cp, cp, "1g", Duration.ofMinutes(1), "low", 20, "huge", null, null, null))
                .hasMessage("the SpotBugs effort must be min, default or max, not 'huge'");
        assertThatThrownBy(() -> new SpotBugsSettings(cp, cp, "1g", Duration.ZERO, "low", 20, null, null, null, null))
                .hasMessage("the SpotBugs timeout must be positive, not PT0S");
    }

    @Test
    void analyse_should_say_what_failed_when_the_fork_cannot_start_spotbugs() throws Exception {
        Path classes = Compiled.classes(temp, Map.of("com/example/Tokens.java", Compiled.TOKENS));
        SpotBugsSettings broken = new SpotBugsSettings(List.of(), List.of(), "64m", Duration.ofMinutes(1), null, 20, null,
                null, null, null);

        assertThatThrownBy(() -> new SpotBugsRunner(broken, relayed::add).analyse(classes, List.of(), temp.resolve("work")))
                .isInstanceOf(SecurityToolException.class)
                .hasMessageStartingWith("SpotBugs failed (exit code 1): ")
                .hasMessageContaining("edu.umd.cs.findbugs.FindBugs2")
                .hasMessageEndingWith(". See " + temp.resolve("work/spotbugs.log") + ".");
    }

    @Test
    void analyse_should_stop_the_fork_and_say_what_to_raise_when_it_times_out() throws Exception {
        Path classes = Compiled.classes(temp, Map.of("com/example/Tokens.java", Compiled.TOKENS));

        assertThatThrownBy(() -> new SpotBugsRunner(settings("512m", Duration.ofMillis(50), Set.of()), relayed::add)
                .analyse(classes, List.of(), temp.resolve("work")))
            .isInstanceOf(SecurityToolException.class)
            .hasMessageContaining("SpotBugs did not finish within 50 ms and was stopped. Raise builder.security.spotbugs.timeout");
    }
}
