package dev.backendbuilder.generate;

import java.nio.file.Path;
import java.util.List;

/** Files that exist with other content and were not allowed to be replaced; nothing was written. */
public final class FileConflictException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Path> conflicts;

    public FileConflictException(List<Path> conflicts) {
        super("would overwrite " + conflicts);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Path> conflicts() {
        return conflicts;
    }
}
