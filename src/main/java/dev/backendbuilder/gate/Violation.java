package dev.backendbuilder.gate;

import java.util.Objects;

/**
 * One broken rule, with what was measured and what was expected, in words a user can act on.
 *
 * @param rule     stable rule key, e.g. {@code coverage.bundle.line}
 * @param level    whether it fails the gate or only warns
 * @param message  the full sentence, e.g. {@code line coverage 0.7231 < minimum 0.80}
 * @param actual   the measured value as shown to the user
 * @param expected the threshold as shown to the user
 * @param location where it is: a class, a file with line, a dependency; {@code null} when it is the whole module
 */
public record Violation(String rule, Level level, String message, String actual, String expected, String location) {

    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }
}
