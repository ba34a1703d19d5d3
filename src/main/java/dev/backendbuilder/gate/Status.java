package dev.backendbuilder.gate;

/**
 * The outcome of one gate. Ordered from best to worst so that {@link #worst} can fold the
 * outcomes of several rules into one.
 */
public enum Status {
    /** Every rule held. */
    PASSED,
    /** The gate did not run (skipped by the user, or nothing to measure); says why in its notes. */
    SKIPPED,
    /** Only WARN-level rules were broken. */
    WARNED,
    /**
     * It measured, but the measurement cannot support a verdict (a benchmark limit missed on an
     * overloaded machine, or within the error interval): a warning with the figures, never a pass.
     */
    INCONCLUSIVE,
    /** At least one ERROR-level rule was broken: the build fails (now, or in {@code report}). */
    FAILED,
    /** The gate could not measure: a broken input or tool. Never a pass. */
    ERROR;

    /** The worse of the two. */
    public Status worst(Status other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Whether this outcome fails the build. */
    public boolean failsBuild() {
        return this == FAILED || this == ERROR;
    }
}
