package dev.backendbuilder.gate;

/** How much a broken rule matters (as Enforcer's {@code EnforcerLevel}). */
public enum Level {
    /** Fails the gate. */
    ERROR,
    /** Reported, and the gate passes with a warning. */
    WARN
}
