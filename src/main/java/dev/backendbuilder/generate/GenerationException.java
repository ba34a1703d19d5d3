package dev.backendbuilder.generate;

/** Generation could not complete: nothing was written. The message says where and what to do. */
public class GenerationException extends RuntimeException {

    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }

    public GenerationException(String message) {
        super(message);
    }
}
