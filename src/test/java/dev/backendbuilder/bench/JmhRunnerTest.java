package dev.backendbuilder.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.bench.fixture.Sleeper;
import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Status;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forked JMH run on a real class path: this project's test classes (with the {@link Sleeper}
 * fixture benchmark) and JMH's jars. Kept to a few hundred milliseconds of measurement each.
 */
public class JmhRunnerTest {

    @TempDir
    Path folder;

    private final List<String> log = new ArrayList<>();

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Test classes, JMH and its two dependencies. */
    public static List<Path> classpath() {
        return List.of(jarOf(Sleeper.class), jarOf(org.openjdk.jmh.Main.class), jarOf(joptsimple.OptionParser.class),
                jarOf(org.apache.commons.math3.stat.descriptive.StatisticalSummary.class));
    }

    static JmhSettings settings(List<Path> classpath, String include, int iterations, Duration timeout) {
        return new JmhSettings(Path.of(System.getProperty("java.home"), "bin", "java"), classpath, "256m", List.of("-Dfixture=1"),
                1, 0, "100ms", iterations, "100ms", 1, List.of(include), List.of(), List.of(), timeout);
    }

    @Test
    void runs_the_selected_benchmarks_in_a_fork_streams_the_output_and_reads_the_results() throws Exception {
        List<JmhResult> results = new JmhRunner(settings(classpath(), "fixture.Sleeper.sleep", 3, Duration.ofMinutes(5)))
            .run(folder, log::add);

        assertThat(results).extracting(JmhResult::key).containsExactly(
            "dev.backendbuilder.bench.fixture.Sleeper.sleep(millis=1) [thrpt]",
            "dev.backendbuilder.bench.fixture.Sleeper.sleep(millis=1) [sample]");
        assertThat(results.get(0).primary().score()).isBetween(0.01, 1.0); // ops/ms: a sleep of 1 ms takes at least 1 ms
        assertThat(results.get(1).primary().percentiles()).containsKey(95.0);
        assertThat(results.get(0).jdkVersion()).isEqualTo(System.getProperty("java.version"));
        assertThat(log).contains("# Benchmark: dev.backendbuilder.bench.fixture.Sleeper.sleep");
        assertThat(log).anyMatch(line -> line.startsWith("# VM options: -Xmx256m -Dfixture=1"));
        assertThat(folder.resolve("jmh.log")).content().contains("# Run complete.");
        assertThat(folder.resolve("jmh-result.json")).isRegularFile();
    }

    @Test
    void a_benchmark_that_throws_fails_the_run_with_its_exception_and_root_cause_not_stack_frames() {
        JmhRunner runner = new JmhRunner(settings(classpath(), "fixture.Sleeper.fail", 1, Duration.ofMinutes(5)));

        assertThatThrownBy(() -> runner.run(folder, log::add)).isInstanceOf(BenchmarkException.class)
            .hasMessage("JMH failed (exit code 1): java.lang.IllegalStateException: broken on purpose | Caused by:"
                + " java.lang.IllegalArgumentException: the root cause. See " + folder.resolve("jmh.log") + ".");
    }

    @Test
    void a_run_beyond_the_timeout_is_stopped_with_its_forks() throws Exception {
        JmhSettings slow = new JmhSettings(Path.of(System.getProperty("java.home"), "bin", "java"), classpath(), "256m", List.of(),
                1, 0, "1s", 30, "1s", 1, List.of("fixture.Sleeper.sleep"), List.of(), List.of(), Duration.ofSeconds(3));
        long before = ProcessHandle.current().descendants().count();

        assertThatThrownBy(() -> new JmhRunner(slow).run(folder, log::add)).isInstanceOf(BenchmarkException.class)
            .hasMessageStartingWith("JMH did not finish within 3 s and was stopped, with its forks. Raise builder.benchmark.timeout");
        assertThat(ProcessHandle.current().descendants().count()).isEqualTo(before);
    }

    @Test
    void the_command_passes_every_setting_to_jmh() {
        JmhSettings settings = new JmhSettings(Path.of("java"), List.of(Path.of("a.jar")), "1g", List.of("-XX:+UseSerialGC"), 2, 3,
                "2s", 4, "500ms", 2, List.of("Books", "Authors"), List.of("Slow"), List.of("gc"), Duration.ofMinutes(1));

        assertThat(new JmhRunner(settings).command(Path.of("cp.args"), Path.of("r.json"))).containsExactly("java", "-Xmx1g",
            "-XX:+UseSerialGC", "@cp.args", "org.openjdk.jmh.Main", "-f", "2", "-wi", "3", "-w", "2s", "-i", "4", "-r", "500ms",
            "-t", "2", "-foe", "true", "-prof", "gc", "-e", "Slow", "-rf", "json", "-rff", "r.json", "Books", "Authors");
        assertThat(JmhRunner.quote("C:\\m2\\a b.jar")).isEqualTo("\"C:\\\\m2\\\\a b.jar\"");
    }

    @Test
    void settings_refuse_values_jmh_cannot_take() {
        Path java = Path.of("java");
        assertThatThrownBy(() -> new JmhSettings(java, List.of(), "lots", null, 1, 1, "1s", 1, "1s", 1, null, null, null,
            Duration.ofSeconds(1))).hasMessage("maxHeap must look like 512m or 2g, not 'lots'");
        assertThatThrownBy(() -> new JmhSettings(java, List.of(), "1g", null, 1, 1, "1 fortnight", 1, "1s", 1, null, null, null,
            Duration.ofSeconds(1))).hasMessageStartingWith("an iteration time is a number and a unit");
        assertThatThrownBy(() -> new JmhSettings(java, List.of(), "1g", null, 1, 1, "1s", 0, "1s", 1, null, null, null,
            Duration.ofSeconds(1))).hasMessageContaining("measurementIterations 0");
        assertThatThrownBy(() -> new JmhSettings(java, List.of(), "1g", null, 1, 1, "1s", 1, "1s", 1, null, null, null,
            Duration.ZERO)).hasMessage("the timeout must be positive, not PT0S");
    }

    @Test
    void a_check_without_benchmarks_is_skipped_saying_why() throws Exception {
        BenchmarkCheck.Request request = new BenchmarkCheck.Request(folder.resolve("target/test-classes"),
                settings(classpath(), "x", 1, Duration.ofMinutes(1)), List.of(), 0.1, folder.resolve("b.json"), false, folder,
                folder.resolve("target/builder"), false);

        GateResult result = new BenchmarkCheck(log::add).run(request).result();

        assertThat(result.status()).isEqualTo(Status.SKIPPED);
        assertThat(result.summary()).isEqualTo("No JMH benchmarks in target/test-classes (no META-INF/BenchmarkList): nothing to"
            + " measure. Benchmarks are @Benchmark methods under src/test/java, compiled with"
            + " org.openjdk.jmh:jmh-generator-annprocess.");
    }

    @Test
    void a_check_with_benchmarks_but_without_jmh_says_which_dependency_to_add() throws Exception {
        Path testClasses = Files.createDirectories(folder.resolve("target/test-classes/META-INF"));
        Files.writeString(testClasses.resolve("BenchmarkList"), "JMH S 3 a.B c\n");
        BenchmarkCheck.Request request = new BenchmarkCheck.Request(testClasses.getParent(),
                settings(List.of(testClasses.getParent()), "x", 1, Duration.ofMinutes(1)), List.of(), 0.1, folder.resolve("b.json"),
                false, folder, folder.resolve("target/builder"), false);

        assertThatThrownBy(() -> new BenchmarkCheck(log::add).run(request)).isInstanceOf(BenchmarkException.class)
            .hasMessage("The project has JMH benchmarks (target/test-classes/META-INF/BenchmarkList) but JMH is not on its test"
                + " class path. Add the dependency <dependency><groupId>org.openjdk.jmh</groupId><artifactId>jmh-core</artifactId>"
                + "<version>1.37</version><scope>test</scope></dependency> to the pom.");
    }
}
