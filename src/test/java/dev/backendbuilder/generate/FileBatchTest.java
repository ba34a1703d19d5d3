package dev.backendbuilder.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBatchTest {

    @TempDir
    Path dir;

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void write_should_create_missing_files_and_their_folders() throws Exception {
        List<FileBatch.Written> written = new FileBatch()
            .add(dir.resolve("a.txt"), text("A"), false)
            .add(dir.resolve("sub/b.txt"), text("B"), true)
            .write(false);

        assertThat(written).extracting(FileBatch.Written::outcome).containsExactly(FileBatch.Outcome.CREATED, FileBatch.Outcome.CREATED);
        assertThat(dir.resolve("a.txt")).hasContent("A");
        assertThat(dir.resolve("sub/b.txt")).hasContent("B");
        assertThat(filesIn(dir)).hasSize(2);
    }

    @Test
    void write_should_refuse_every_conflict_and_write_nothing() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "mine");
        Files.writeString(dir.resolve("b.txt"), "mine too");
        FileBatch batch = new FileBatch()
            .add(dir.resolve("new.txt"), text("N"), true)
            .add(dir.resolve("a.txt"), text("A"), true)
            .add(dir.resolve("b.txt"), text("B"), false);

        assertThatThrownBy(() -> batch.write(false))
            .isInstanceOfSatisfying(FileConflictException.class, e -> assertThat(e.conflicts())
                .containsExactly(dir.resolve("a.txt").toAbsolutePath(), dir.resolve("b.txt").toAbsolutePath()));
        assertThat(dir.resolve("new.txt")).doesNotExist();
        assertThat(dir.resolve("a.txt")).hasContent("mine");
    }

    @Test
    void write_should_never_replace_a_file_marked_not_replaceable_even_when_forced() throws Exception {
        Files.writeString(dir.resolve("pom.xml"), "user pom");
        FileBatch batch = new FileBatch().add(dir.resolve("pom.xml"), text("ours"), false);

        assertThatThrownBy(() -> batch.write(true)).isInstanceOf(FileConflictException.class);
        assertThat(dir.resolve("pom.xml")).hasContent("user pom");
    }

    @Test
    void forced_write_should_replace_and_keep_the_previous_content_as_bak() throws Exception {
        Path design = dir.resolve("design.yaml");
        Files.writeString(design, "old");

        List<FileBatch.Written> written = new FileBatch().add(design, text("new"), true).write(true);

        assertThat(written).extracting(FileBatch.Written::outcome).containsExactly(FileBatch.Outcome.REPLACED);
        assertThat(design).hasContent("new");
        assertThat(FileBatch.backupOf(design)).hasContent("old");
    }

    @Test
    void identical_content_should_be_reported_unchanged_without_force() throws Exception {
        Path design = dir.resolve("design.yaml");
        Files.writeString(design, "same");

        List<FileBatch.Written> written = new FileBatch().add(design, text("same"), false).write(false);

        assertThat(written).extracting(FileBatch.Written::outcome).containsExactly(FileBatch.Outcome.UNCHANGED);
        assertThat(FileBatch.backupOf(design)).doesNotExist();
    }

    @Test
    void a_failed_write_should_remove_created_files_and_restore_replaced_ones() throws Exception {
        Path replaced = dir.resolve("design.yaml");
        Files.writeString(replaced, "old");
        Files.writeString(dir.resolve("blocker"), "a file where a folder is needed");
        FileBatch batch = new FileBatch()
            .add(dir.resolve("created.txt"), text("C"), false)
            .add(replaced, text("new"), true)
            .add(dir.resolve("blocker/inside.txt"), text("X"), false);

        assertThatThrownBy(() -> batch.write(true)).isInstanceOf(IOException.class);
        assertThat(dir.resolve("created.txt")).doesNotExist();
        assertThat(replaced).hasContent("old");
        assertThat(filesIn(dir)).containsExactlyInAnyOrder(replaced, dir.resolve("blocker"));
    }

    @Test
    void new_files_should_get_ordinary_permissions_and_replaced_files_keep_theirs() throws Exception {
        Path reference = Files.writeString(dir.resolve("reference.txt"), "created the usual way");
        Path kept = dir.resolve("script.sh");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rwxr-x---"));

        new FileBatch().add(dir.resolve("new.txt"), text("N"), false).add(kept, text("new"), true).write(true);

        assertThat(Files.getPosixFilePermissions(dir.resolve("new.txt"))).isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rwxr-x---");
    }

    @Test
    void a_replaced_file_should_leave_neither_bak_nor_builder_old_after_success() throws Exception {
        Path generated = dir.resolve("Book.java");
        Files.writeString(generated, "old");

        List<FileBatch.Written> written = new FileBatch().replace(generated, text("new")).write(false);

        assertThat(written).extracting(FileBatch.Written::outcome).containsExactly(FileBatch.Outcome.REPLACED);
        assertThat(generated).hasContent("new");
        assertThat(FileBatch.backupOf(generated)).doesNotExist();
        assertThat(FileBatch.transientBackupOf(generated)).isEqualTo(dir.resolve(".Book.java.builder-old")).doesNotExist();
        assertThat(filesIn(dir)).containsExactly(generated.toAbsolutePath());
    }

    @Test
    void replace_should_create_a_missing_file_and_report_identical_content_unchanged() throws Exception {
        Path same = Files.writeString(dir.resolve("same.txt"), "same");

        List<FileBatch.Written> written = new FileBatch().replace(dir.resolve("sub/new.txt"), text("N"))
            .replace(same, text("same")).write(false);

        assertThat(written).extracting(FileBatch.Written::outcome)
            .containsExactly(FileBatch.Outcome.CREATED, FileBatch.Outcome.UNCHANGED);
        assertThat(dir.resolve("sub/new.txt")).hasContent("N");
        assertThat(filesIn(dir)).hasSize(2);
    }

    @Test
    void a_failed_write_should_restore_a_replaced_file_and_remove_its_builder_old() throws Exception {
        Path generated = dir.resolve("Book.java");
        Files.writeString(generated, "old");
        Files.writeString(dir.resolve("blocker"), "a file where a folder is needed");
        FileBatch batch = new FileBatch()
            .replace(generated, text("new"))
            .add(dir.resolve("blocker/inside.txt"), text("X"), false);

        assertThatThrownBy(() -> batch.write(false)).isInstanceOf(IOException.class);
        assertThat(generated).hasContent("old");
        assertThat(FileBatch.transientBackupOf(generated)).doesNotExist();
        assertThat(FileBatch.backupOf(generated)).doesNotExist();
        assertThat(filesIn(dir)).containsExactlyInAnyOrder(generated, dir.resolve("blocker"));
    }

    @Test
    void a_deleted_file_should_be_gone_after_success_and_a_missing_one_reported_unchanged() throws Exception {
        Path gone = dir.resolve("Old.java");
        Files.writeString(gone, "old");

        List<FileBatch.Written> written = new FileBatch().delete(gone).delete(dir.resolve("Never.java"))
                .add(dir.resolve("New.java"), text("new"), false).write(false);

        assertThat(written).extracting(FileBatch.Written::outcome)
                .containsExactly(FileBatch.Outcome.DELETED, FileBatch.Outcome.UNCHANGED, FileBatch.Outcome.CREATED);
        assertThat(filesIn(dir)).containsExactly(dir.resolve("New.java"));
    }

    @Test
    void a_failed_write_should_bring_a_deleted_file_back() throws Exception {
        Path gone = dir.resolve("Old.java");
        Files.writeString(gone, "old");
        Files.writeString(dir.resolve("blocker"), "a file where a folder is needed");
        FileBatch batch = new FileBatch().delete(gone).add(dir.resolve("blocker/inside.txt"), text("X"), false);

        assertThatThrownBy(() -> batch.write(false)).isInstanceOf(IOException.class);
        assertThat(gone).hasContent("old");
        assertThat(filesIn(dir)).containsExactlyInAnyOrder(gone, dir.resolve("blocker"));
    }
}
