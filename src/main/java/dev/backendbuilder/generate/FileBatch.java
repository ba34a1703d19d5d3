package dev.backendbuilder.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Writes a set of files as one unit. Nothing is overwritten unless the caller allows it (and then
 * the old file is kept as {@code <name>.bak}); every file goes through a temporary file and an
 * atomic move; if any write fails, the files written so far are removed and replaced ones restored,
 * so no half-written output is left behind.
 */
public final class FileBatch {

    private final List<Planned> planned = new ArrayList<>();

    /** What happened to one file. */
    public enum Outcome { CREATED, REPLACED, UNCHANGED, DELETED }

    public record Written(Path path, Outcome outcome) {
    }

    /**
     * {@code keepBackup}: whether a replaced file's old content stays as {@code .bak} after success;
     * {@code content} is {@code null} for a file to delete.
     */
    private record Planned(Path path, byte[] content, boolean replaceable, boolean keepBackup) {
    }

    /** A file that must not exist yet, or may be replaced when {@code replaceable} and forced. */
    public FileBatch add(Path path, byte[] content, boolean replaceable) {
        planned.add(new Planned(path.toAbsolutePath().normalize(), content.clone(), replaceable, true));
        return this;
    }

    /**
     * A file the caller may replace without asking (its old content is reproducible, such as an
     * untouched generated file): the old content is kept only until the whole batch has succeeded.
     */
    public FileBatch replace(Path path, byte[] content) {
        planned.add(new Planned(path.toAbsolutePath().normalize(), content.clone(), true, false));
        return this;
    }

    /**
     * A file to delete, one the caller may delete without asking (an untouched generated file): moved aside, and
     * removed only once the whole batch has succeeded (put back if it fails).
     */
    public FileBatch delete(Path path) {
        planned.add(new Planned(path.toAbsolutePath().normalize(), null, true, false));
        return this;
    }

    /**
     * Checks every file first and writes none when any would overwrite a different file without
     * permission; then writes them all.
     *
     * @throws FileConflictException listing every file that exists and differs
     */
    public List<Written> write(boolean force) throws IOException, FileConflictException {
        List<Path> conflicts = new ArrayList<>();
        for (Planned file : planned) {
            boolean allowed = file.replaceable() && (force || !file.keepBackup());
            if (file.content() != null && Files.exists(file.path()) && !sameContent(file) && !allowed) {
                conflicts.add(file.path());
            }
        }
        if (!conflicts.isEmpty()) {
            throw new FileConflictException(conflicts);
        }
        List<Written> written = new ArrayList<>();
        try {
            for (Planned file : planned) {
                written.add(writeOne(file));
            }
        } catch (IOException | RuntimeException e) {
            rollBack(written);
            throw e;
        }
        for (Planned file : planned) {
            if (!file.keepBackup()) {
                Files.deleteIfExists(transientBackupOf(file.path()));
            }
        }
        return written;
    }

    private Written writeOne(Planned file) throws IOException {
        if (file.content() == null) {
            if (!Files.exists(file.path())) {
                return new Written(file.path(), Outcome.UNCHANGED);
            }
            Files.move(file.path(), transientBackupOf(file.path()), StandardCopyOption.REPLACE_EXISTING);
            return new Written(file.path(), Outcome.DELETED);
        }
        if (Files.exists(file.path())) {
            if (sameContent(file)) {
                return new Written(file.path(), Outcome.UNCHANGED);
            }
            Files.copy(file.path(), file.keepBackup() ? backupOf(file.path()) : transientBackupOf(file.path()),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            replace(file);
            return new Written(file.path(), Outcome.REPLACED);
        }
        Files.createDirectories(file.path().getParent());
        replace(file);
        return new Written(file.path(), Outcome.CREATED);
    }

    /**
     * Writes through a sibling temporary file and an atomic move. The temporary file is created
     * like any other file (so the user's umask applies, unlike {@code Files.createTempFile}'s
     * owner-only mode), and a replaced file keeps its permissions.
     */
    private static void replace(Planned file) throws IOException {
        Path temp = file.path().resolveSibling("." + file.path().getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temp, file.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (Files.exists(file.path()) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file.path()));
            }
            Files.move(temp, file.path(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void rollBack(List<Written> written) {
        for (Written file : written) {
            try {
                if (file.outcome() == Outcome.CREATED) {
                    Files.deleteIfExists(file.path());
                } else if (file.outcome() == Outcome.REPLACED || file.outcome() == Outcome.DELETED) {
                    Path backup = keepsBackup(file.path()) ? backupOf(file.path()) : transientBackupOf(file.path());
                    Files.move(backup, file.path(), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                // Best effort: the original failure is the one to report.
            }
        }
    }

    private boolean keepsBackup(Path path) {
        return planned.stream().filter(p -> p.path().equals(path)).findFirst().map(Planned::keepBackup).orElse(true);
    }

    /** Where the old content of a {@link #replace}d file waits until the batch has succeeded. */
    static Path transientBackupOf(Path path) {
        return path.resolveSibling("." + path.getFileName() + ".builder-old");
    }

    /** Where a replaced file's previous content is kept. */
    public static Path backupOf(Path path) {
        return path.resolveSibling(path.getFileName() + ".bak");
    }

    private static boolean sameContent(Planned file) {
        try {
            return Files.isRegularFile(file.path()) && Arrays.equals(Files.readAllBytes(file.path()), file.content());
        } catch (IOException e) {
            return false;
        }
    }
}
