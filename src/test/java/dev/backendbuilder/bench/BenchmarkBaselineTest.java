package dev.backendbuilder.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline file: written atomically and deterministically, read back, refused when broken. */
class BenchmarkBaselineTest {

    @TempDir
    Path folder;

    @Test
    void writes_each_score_error_interval_percentiles_and_the_environment_and_reads_them_back() throws Exception {
        Path file = folder.resolve("benchmark-baseline.json");
        List<JmhResult> results = Runs.read("endpoint-run.json");

        BenchmarkBaseline.write(file, Runs.HERE, results);
        BenchmarkBaseline read = BenchmarkBaseline.read(file, "benchmark-baseline.json").orElseThrow();

        assertThat(read.environment()).isEqualTo(Runs.HERE);
        BenchmarkBaseline.Entry get = read.entryOf(results.get(0)).orElseThrow();
        assertThat(get.score()).isEqualTo(18.4);
        assertThat(get.error()).isEqualTo(0.6);
        assertThat(get.confidence()).hasSize(2);
        assertThat(get.percentiles()).containsEntry("95.0", 31.15);
        assertThat(read.entryOf(results.get(1)).orElseThrow().error()).isNull();
        String text = Files.readString(file);
        assertThat(text).contains("\"formatVersion\" : 1", "\"cpu\" : \"Test CPU\"", "\"cores\" : 2");
        // percentiles in numeric order, entries sorted: the same run writes the same bytes
        assertThat(text.indexOf("\"50.0\"")).isLessThan(text.indexOf("\"100.0\""));
        BenchmarkBaseline.write(file, Runs.HERE, List.of(results.get(1), results.get(0)));
        assertThat(Files.readString(file)).isEqualTo(text);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void an_absent_baseline_is_empty() throws Exception {
        assertThat(BenchmarkBaseline.read(folder.resolve("none.json"), "none.json")).isEmpty();
    }

    @Test
    void a_broken_baseline_says_what_to_do() throws Exception {
        Path file = folder.resolve("b.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"benchmarks\": [{\"benchmark\": \"a.B.c\", \"mode\": \"slow\","
            + " \"score\": 1, \"unit\": \"ms/op\"}]}");
        assertThatThrownBy(() -> BenchmarkBaseline.read(file, "b.json")).isInstanceOf(BenchmarkException.class)
            .hasMessage("The benchmark baseline b.json: entry 'a.B.c' needs 'benchmark', 'unit' and a 'mode' of thrpt, avgt,"
                + " sample or ss.");
        Files.writeString(file, "{\"formatVersion\": 2}");
        assertThatThrownBy(() -> BenchmarkBaseline.read(file, "b.json")).hasMessage("The benchmark baseline b.json has format"
            + " version 2; this plugin reads 1. Write it anew with -Dbuilder.benchmark.updateBaseline=true.");
        Files.writeString(file, "{\"formatVersion\": 1, \"benchmark\": []}");
        assertThatThrownBy(() -> BenchmarkBaseline.read(file, "b.json")).hasMessageStartingWith("The benchmark baseline b.json is"
            + " not valid (").hasMessageEndingWith("Fix it, or write it anew with -Dbuilder.benchmark.updateBaseline=true.");
    }

    @Test
    void the_cpu_is_the_model_name_of_cpuinfo_or_else_the_architecture() throws Exception {
        Path cpuinfo = folder.resolve("cpuinfo");
        Files.writeString(cpuinfo, "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R)   CPU @ 2.20GHz\n");
        assertThat(Environment.cpuModel(cpuinfo)).isEqualTo("Intel(R) Xeon(R) CPU @ 2.20GHz");
        assertThat(Environment.cpuModel(folder.resolve("absent"))).isEqualTo(System.getProperty("os.arch"));
        assertThat(new Environment(null, null, null, null).differences(Runs.HERE)).isEmpty();
    }
}
