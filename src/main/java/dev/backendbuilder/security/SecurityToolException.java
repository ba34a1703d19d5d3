package dev.backendbuilder.security;

/** A tool of the security gate could not run (broken database, unreadable file, crashed fork). The message says what to do. */
public class SecurityToolException extends Exception {

    private static final long serialVersionUID = 1L;

    public SecurityToolException(String message) {
        super(message);
    }

    public SecurityToolException(String message, Throwable cause) {
        super(message, cause);
    }
}
