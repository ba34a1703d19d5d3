package dev.backendbuilder.bench;

/** A broken input or tool of the benchmark gate; the message says what to do. */
public class BenchmarkException extends Exception {

    private static final long serialVersionUID = 1L;

    public BenchmarkException(String message) {
        super(message);
    }

    public BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
