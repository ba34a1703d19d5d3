package dev.backendbuilder.coverage;

/**
 * A coverage input that cannot be used (broken exec file, stale data, unreadable class, broken
 * git reference); the message says which file and what to do.
 */
public class CoverageException extends Exception {

    private static final long serialVersionUID = 1L;

    public CoverageException(String message) {
        super(message);
    }

    public CoverageException(String message, Throwable cause) {
        super(message, cause);
    }
}
