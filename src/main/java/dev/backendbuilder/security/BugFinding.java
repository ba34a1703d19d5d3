package dev.backendbuilder.security;

import java.util.Objects;

/**
 * One bug SpotBugs (with Find Security Bugs) reported in the compiled classes.
 *
 * @param type       bug type, e.g. {@code SQL_INJECTION_JDBC}
 * @param category   {@code SECURITY}, {@code CORRECTNESS}, …
 * @param priority   confidence: 1 high, 2 medium, 3 low
 * @param rank       1 (scariest) to 20
 * @param className  fully qualified class
 * @param method     method name, or {@code null} for a class-level bug
 * @param sourcePath source file relative to a source root ({@code com/example/Dao.java}), or {@code null}
 * @param line       first line, or {@code null}
 * @param message    SpotBugs' long message
 */
public record BugFinding(String type, String category, int priority, int rank, String className, String method,
        String sourcePath, Integer line, String message) {

    public BugFinding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(className, "className");
        category = category == null ? "" : category;
        message = message == null ? type : message;
    }

    /** What the baseline matches on: bug type, class and method, never the line. */
    public String fingerprint() {
        return type + " " + className + "#" + (method == null ? "" : method);
    }

    /** {@code com.example.Dao.find} or the class alone. */
    public String where() {
        return className + (method == null ? "" : "." + method);
    }

    /** {@code high}, {@code medium} or {@code low}. */
    public String confidence() {
        return switch (priority) {
            case 1 -> "high";
            case 2 -> "medium";
            default -> "low";
        };
    }
}
