package dev.backendbuilder.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultStoreTest {

    @TempDir
    Path folder;

    private static GateResult coverage() {
        return GateResult.measured("coverage", "line 0.8412",
                List.of(new Metric("bundle.line", "line coverage of the bundle", 0.8412, "ratio", 0.80, Bound.MINIMUM),
                        Metric.info("classes", "classes analysed", 12, "count")),
                List.of(new Violation("coverage.class.line", Level.WARN, "class Foo line 0.5 < 0.6", "0.5", "0.6",
                        "com.acme.Foo")),
                List.of("target/builder/coverage/index.html"), List.of("generated classes excluded"), 120);
    }

    @Test
    void write_then_read_should_give_back_the_same_result() throws IOException {
        ResultStore store = new ResultStore(folder.resolve("builder"));
        Path file = store.write(coverage());
        assertThat(file).isEqualTo(folder.resolve("builder/coverage.json"));
        assertThat(store.read("coverage")).contains(coverage());
        assertThat(store.read("security")).isEmpty();
    }

    @Test
    void a_written_file_should_get_the_permissions_any_new_file_gets_not_owner_only() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(folder).supportsFileAttributeView("posix"));
        Path plain = Files.createFile(folder.resolve("plain.txt")); // the umask's mode, as other tools write
        Path written = folder.resolve("written.json");

        ResultStore.writeAtomically(written, "{}\n");

        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain))
                .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
    }

    @Test
    void write_should_leave_no_temporary_file_behind() throws IOException {
        ResultStore store = new ResultStore(folder);
        store.write(coverage());
        store.write(coverage());
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("coverage.json");
        }
    }

    @Test
    void json_should_be_stable_and_omit_absent_values() throws IOException {
        ResultStore store = new ResultStore(folder);
        String text = store.toJson(coverage());
        assertThat(text).isEqualTo(store.toJson(coverage()));
        assertThat(text).startsWith("{\n  \"formatVersion\" : 1,\n  \"area\" : \"coverage\",\n  \"status\" : \"WARNED\"");
        assertThat(text).doesNotContain("null");
    }

    @Test
    void read_all_should_return_every_result_sorted_by_area_and_ignore_other_json() throws IOException {
        ResultStore store = new ResultStore(folder);
        store.write(GateResult.skipped("security", "skipped"));
        store.write(coverage());
        Files.writeString(folder.resolve("implementation-report.json"), "{\"title\":\"x\"}");
        assertThat(store.readAll()).extracting(GateResult::area).containsExactly("coverage", "security");
    }

    @Test
    void read_all_of_a_missing_folder_should_be_empty() throws IOException {
        assertThat(new ResultStore(folder.resolve("absent")).readAll()).isEmpty();
    }

    @Test
    void a_corrupt_file_should_say_which_file_and_what_to_do() throws IOException {
        Files.writeString(folder.resolve("coverage.json"), "{ broken");
        assertThatThrownBy(() -> new ResultStore(folder).read("coverage"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("coverage.json is not valid JSON")
                .hasMessageContaining("delete it and run the check again");
    }

    @Test
    void a_file_of_another_format_version_should_be_refused() throws IOException {
        Files.writeString(folder.resolve("coverage.json"), "{\"formatVersion\":9,\"area\":\"coverage\"}");
        assertThatThrownBy(() -> new ResultStore(folder).readAll())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("has format version 9, this plugin reads 1");
    }
}
