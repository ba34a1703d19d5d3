package dev.backendbuilder.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backendbuilder.bench.JmhRunnerTest;
import dev.backendbuilder.bench.Statistic;
import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.ResultStore;
import dev.backendbuilder.gate.Status;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * builder:benchmark through the Plugin Testing Harness (defaults from the plugin descriptor). The
 * run that really measures uses this project's own test classes, whose fixture benchmark sleeps.
 */
@MojoTest
class BenchmarkMojoTest {

    private static final String POM = "classpath:/dev/backendbuilder/mojo/plugin-pom.xml";

    @TempDir
    Path folder;

    private final RecordingLog log = new RecordingLog();

    private BenchmarkMojo on(BenchmarkMojo mojo, Path testClasses) throws Exception {
        MavenProject project = CoverageProjects.module(folder, "demo");
        project.getBuild().setTestOutputDirectory(testClasses.toString());
        Set<Artifact> artifacts = new LinkedHashSet<>();
        for (Path jar : JmhRunnerTest.classpath().subList(1, 4)) {
            DefaultArtifactHandler handler = new DefaultArtifactHandler("jar");
            handler.setAddedToClasspath(true);
            DefaultArtifact artifact = new DefaultArtifact("org.example", jar.getFileName().toString(), "1", "test", "jar", null,
                handler);
            artifact.setFile(jar.toFile());
            artifacts.add(artifact);
        }
        project.setArtifacts(artifacts);
        MojoExtension.setVariableValueToObject(mojo, "project", project);
        MojoExtension.setVariableValueToObject(mojo, "resultsDirectory", folder.resolve("target/builder").toFile());
        MojoExtension.setVariableValueToObject(mojo, "design", folder.resolve("design.yaml").toFile());
        MojoExtension.setVariableValueToObject(mojo, "baseline", folder.resolve("benchmark-baseline.json").toFile());
        mojo.setLog(log);
        return mojo;
    }

    private GateResult result() throws Exception {
        return new ResultStore(folder.resolve("target/builder")).read("benchmark").orElseThrow();
    }

    @Test
    @InjectMojo(goal = "benchmark", pom = POM)
    void benchmark_should_skip_a_project_without_benchmarks_saying_so(BenchmarkMojo mojo) throws Exception {
        on(mojo, folder.resolve("target/test-classes"));
        // a broken design is not read when there is nothing to measure
        Files.writeString(folder.resolve("design.yaml"), "version: 1\nquality: [not, a, map]\n");

        mojo.execute();

        String why = "No JMH benchmarks in target/test-classes (no META-INF/BenchmarkList): nothing to measure. Benchmarks are"
            + " @Benchmark methods under src/test/java, compiled with org.openjdk.jmh:jmh-generator-annprocess.";
        assertThat(log.lines()).containsExactly("[WARNING] " + why, "[INFO] benchmark gate skipped: " + why);
        assertThat(result().status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    @InjectMojo(goal = "benchmark", pom = POM)
    void benchmark_should_be_skipped_by_its_property(BenchmarkMojo mojo) throws Exception {
        on(mojo, folder.resolve("target/test-classes"));
        MojoExtension.setVariableValueToObject(mojo, "benchmarkSkip", true);

        mojo.execute();

        assertThat(log.lines()).containsExactly("[INFO] Skipping builder:benchmark (builder.benchmark.skip=true)");
        assertThat(result().status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    @InjectMojo(goal = "benchmark", pom = POM)
    void benchmark_should_measure_and_fail_on_a_broken_limit_with_the_figures_printed(BenchmarkMojo mojo) throws Exception {
        on(mojo, Path.of("target/test-classes").toAbsolutePath());
        MojoExtension.setVariableValueToObject(mojo, "includes", List.of("fixture.Sleeper.sleep"));
        MojoExtension.setVariableValueToObject(mojo, "warmupIterations", 0);
        MojoExtension.setVariableValueToObject(mojo, "measurementIterations", 3);
        MojoExtension.setVariableValueToObject(mojo, "measurementTime", "100ms");
        BenchmarkLimitParameter impossible = new BenchmarkLimitParameter();
        impossible.benchmark = "Sleeper.sleep";
        impossible.percentile = 0.5;
        impossible.maximum = 0.5;
        impossible.unit = "ms";
        MojoExtension.setVariableValueToObject(mojo, "limits", List.of(impossible));
        // the verdict must not depend on what else this machine runs
        MojoExtension.setVariableValueToObject(mojo, "failWhenBusy", true);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
            .hasMessageStartingWith("benchmark gate failed with 1 violation:" + System.lineSeparator()
                + "  - Sleeper.sleep(millis=1) p50 ")
            .hasMessageContaining(" ms > limit 0.5 ms")
            .hasMessageContaining(System.lineSeparator() + "Details: target/builder/benchmark/jmh-result.json.");
        assertThat(log.lines()).contains("[INFO] # Benchmark: dev.backendbuilder.bench.fixture.Sleeper.sleep");
        assertThat(log.lines()).anyMatch(l -> l.matches("\\[INFO\\] Sleeper\\.sleep\\(millis=1\\) p50 \\(ms\\): 1\\.[0-9]+ \\(maximum"
            + " 0\\.5, margin -0\\.[0-9]+\\)"));
        assertThat(log.lines()).anyMatch(l -> l.matches("\\[INFO\\] Sleeper\\.sleep\\(millis=1\\): [0-9.]+ ± [0-9.]+ ops/ms"
            + " \\(throughput\\)"));
        GateResult result = result();
        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.notes()).first().isEqualTo("No baseline benchmark-baseline.json, so no regression check. Write one"
            + " with -Dbuilder.benchmark.updateBaseline=true and commit it.");
        assertThat(result.notes()).last().asString().matches("Measured at (load average [0-9.]+ at most on \\d+ cores? .*|machine"
            + " load unknown.*)");
        assertThat(folder.resolve("target/builder/benchmark/jmh-result.json")).isRegularFile();
    }

    @Test
    @InjectMojo(goal = "benchmark", pom = POM)
    void benchmark_should_refuse_a_limit_it_cannot_check(BenchmarkMojo mojo) throws Exception {
        on(mojo, folder.resolve("target/test-classes"));
        BenchmarkLimitParameter both = new BenchmarkLimitParameter();
        both.benchmark = "x";
        both.statistic = Statistic.P95;
        both.percentile = 0.95;
        both.maximum = 1.0;
        MojoExtension.setVariableValueToObject(mojo, "limits", List.of(both));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
            .hasMessage("Invalid builder:benchmark configuration: limits, limit 1: give <statistic> or <percentile>, not both."
                + " See 'mvn builder:help -Ddetail -Dgoal=benchmark'.");
        MojoExtension.setVariableValueToObject(mojo, "limits", List.of());
        MojoExtension.setVariableValueToObject(mojo, "warmupTime", "soon");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
            .hasMessageStartingWith("Invalid builder:benchmark configuration: an iteration time is a number and a unit");
    }

    @Test
    @InjectMojo(goal = "benchmark", pom = POM)
    void benchmark_should_say_where_a_broken_design_is(BenchmarkMojo mojo) throws Exception {
        Path testClasses = Files.createDirectories(folder.resolve("target/test-classes/META-INF"));
        Files.writeString(testClasses.resolve("BenchmarkList"), "JMH S 3 a.B c\n");
        on(mojo, testClasses.getParent());
        Files.writeString(folder.resolve("design.yaml"), "version: 1\nquality: [not, a, map]\n");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
            .hasMessageStartingWith("The benchmark limits come from design.yaml, which has errors (run builder:validate): "
                + "design.yaml has ");
        assertThat(result().status()).isEqualTo(Status.ERROR);
        assertThat(new File(folder.toFile(), "benchmark-baseline.json")).doesNotExist();
    }
}
