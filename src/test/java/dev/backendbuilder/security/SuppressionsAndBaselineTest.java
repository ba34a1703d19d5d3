package dev.backendbuilder.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionsAndBaselineTest {

    @TempDir
    Path temp;

    private Path file(String text) throws Exception {
        Path file = temp.resolve("s.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void read_should_give_every_suppression_with_scope_reason_expiry_and_line() throws Exception {
        List<Suppression> read = Suppressions.read(file("""
                suppressions:
                  - id: CVE-2015-7501
                    dependency: commons-collections:commons-collections
                    reason: trusted input only
                    until: 2027-06-30
                  - id: PREDICTABLE_RANDOM
                    class: com.example.Demo
                    reason: demo data
                    until: 2026-01-01
                """), "s.yaml");

        assertThat(read).containsExactly(
            new Suppression("CVE-2015-7501", "commons-collections:commons-collections", "trusted input only",
                LocalDate.of(2027, 6, 30), "s.yaml:2"),
            new Suppression("PREDICTABLE_RANDOM", "com.example.Demo", "demo data", LocalDate.of(2026, 1, 1), "s.yaml:6"));
        Suppression cve = read.get(0);
        assertThat(cve.matchesVulnerability("cve-2015-7501", "commons-collections:commons-collections:3.2.1")).isTrue();
        assertThat(cve.matchesVulnerability("CVE-2015-7501", "commons-collections:commons-collections-extra:1")).isFalse();
        assertThat(cve.expired(LocalDate.of(2027, 6, 30))).isFalse();
        assertThat(cve.expired(LocalDate.of(2027, 7, 1))).isTrue();
        assertThat(read.get(1).matchesBug("PREDICTABLE_RANDOM", "com.example.Demo")).isTrue();
        assertThat(read.get(1).matchesBug("PREDICTABLE_RANDOM", "com.example.Other")).isFalse();
        assertThat(new Suppression("X", null, "r", LocalDate.MAX, "f:1").matchesBug("X", "any.Class")).isTrue();
    }

    @Test
    void read_should_answer_nothing_for_an_absent_or_empty_file() throws Exception {
        assertThat(Suppressions.read(temp.resolve("absent.yaml"), "absent.yaml")).isEmpty();
        assertThat(Suppressions.read(file(""), "s.yaml")).isEmpty();
        assertThat(Suppressions.read(file("suppressions:\n"), "s.yaml")).isEmpty();
    }

    @Test
    void read_should_locate_every_mistake() throws Exception {
        assertThatThrownBy(() -> Suppressions.read(file("suppressions:\n  - id: CVE-1\n    until: 2027-01-01\n"), "s.yaml"))
            .hasMessage("s.yaml:2: the suppression has no 'reason'; every suppression needs an id, a reason and an expiry"
                + " date (until: YYYY-MM-DD).");
        assertThatThrownBy(() -> Suppressions.read(file("suppressions:\n  - id: CVE-1\n    reason: r\n    until: soon\n"), "s.yaml"))
            .hasMessage("s.yaml:2: 'until' must be a date like 2027-06-30, not 'soon'.");
        assertThatThrownBy(() -> Suppressions.read(file(
                "suppressions:\n  - id: CVE-1\n    reason: r\n    until: 2027-01-01\n    dependency: a:b\n    class: C\n"), "s.yaml"))
            .hasMessage("s.yaml:2: give either 'dependency' (a vulnerability) or 'class' (a bug), not both.");
        assertThatThrownBy(() -> Suppressions.read(file("suppressions:\n  - id: CVE-1\n    reson: r\n"), "s.yaml"))
            .hasMessage("s.yaml:3: unknown key 'reson'; allowed: class, dependency, id, reason, until.");
        assertThatThrownBy(() -> Suppressions.read(file("supressions: []\n"), "s.yaml"))
            .hasMessage("s.yaml:1: unknown key 'supressions'; the file holds 'suppressions'.");
        assertThatThrownBy(() -> Suppressions.read(file("- a\n"), "s.yaml"))
            .hasMessage("s.yaml:1: expected a mapping with the key 'suppressions'.");
        assertThatThrownBy(() -> Suppressions.read(file("suppressions: yes\n"), "s.yaml"))
            .hasMessage("s.yaml:1: 'suppressions' must be a list.");
        assertThatThrownBy(() -> Suppressions.read(file("suppressions:\n  - CVE-1\n"), "s.yaml"))
            .hasMessageStartingWith("s.yaml:2: each entry must be a mapping of ");
        assertThatThrownBy(() -> Suppressions.read(file("suppressions:\n  - id: [a, b]\n"), "s.yaml"))
            .hasMessage("s.yaml:2: 'id' must be a single value.");
        assertThatThrownBy(() -> Suppressions.read(file("suppressions:\n  - id: x\n   bad: [\n"), "s.yaml"))
            .isInstanceOf(SecurityToolException.class).hasMessageStartingWith("s.yaml:3: not valid YAML: ");
    }

    @Test
    void baseline_should_match_by_type_class_and_method_whatever_the_line() throws Exception {
        Baseline baseline = Baseline.read(file("""
                accepted:
                  - bug: SQL_INJECTION_JDBC
                    class: com.example.OrderDao
                    method: exists
                  - bug: EI_EXPOSE_REP
                    class: com.example.Gone
                """), "b.yaml");
        BugFinding moved = new BugFinding("SQL_INJECTION_JDBC", "SECURITY", 2, 12, "com.example.OrderDao", "exists",
            "com/example/OrderDao.java", 99, "m");
        BugFinding otherMethod = new BugFinding("SQL_INJECTION_JDBC", "SECURITY", 2, 12, "com.example.OrderDao", "find",
            null, null, null);

        assertThat(baseline.accepts(moved)).isTrue();
        assertThat(baseline.accepts(otherMethod)).isFalse();
        assertThat(baseline.unused(List.of(moved))).extracting(Baseline.Entry::className, Baseline.Entry::location)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("com.example.Gone", "b.yaml:5"));
        assertThatThrownBy(() -> Baseline.read(file("accepted:\n  - bug: X\n"), "b.yaml"))
            .hasMessage("b.yaml:2: a baseline entry needs 'bug' and 'class' (and 'method' for a method-level bug).");
    }

    @Test
    void write_should_produce_a_baseline_that_reads_back_sorted_and_without_repeats() throws Exception {
        Path file = temp.resolve("sub/baseline.yaml");
        BugFinding a = new BugFinding("B", "SECURITY", 1, 1, "com.example.Z", "<init>", null, 3, "m");
        BugFinding b = new BugFinding("A", "SECURITY", 1, 1, "com.example.Y", null, null, null, "m");

        Baseline.write(file, List.of(a, b, a));
        Baseline read = Baseline.read(file, "baseline.yaml");

        assertThat(read.entries()).extracting(Baseline.Entry::bug, Baseline.Entry::className, Baseline.Entry::method)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "com.example.Y", null),
                org.assertj.core.groups.Tuple.tuple("B", "com.example.Z", "<init>"));
        assertThat(read.accepts(a) && read.accepts(b)).isTrue();

        Baseline.write(file, List.of());
        assertThat(Files.readString(file)).endsWith("accepted: []\n");
        assertThat(Baseline.read(file, "baseline.yaml").entries()).isEmpty();
    }
}
