package dev.backendbuilder.bench;

import java.util.Locale;

/** JMH's benchmark modes, and which way is better for each. */
public enum Mode {
    /** Operations per unit of time: higher is better. */
    THROUGHPUT("thrpt", "throughput", true),
    /** Average time per operation: lower is better. */
    AVERAGE_TIME("avgt", "average", false),
    /** Sampled time per operation, with percentiles: lower is better. */
    SAMPLE_TIME("sample", "mean", false),
    /** Time of one cold call: lower is better. */
    SINGLE_SHOT_TIME("ss", "single-shot", false);

    private final String code;
    private final String label;
    private final boolean higherIsBetter;

    Mode(String code, String label, boolean higherIsBetter) {
        this.code = code;
        this.label = label;
        this.higherIsBetter = higherIsBetter;
    }

    /** JMH's short name, as in its JSON ({@code thrpt}, {@code avgt}, {@code sample}, {@code ss}). */
    public String code() {
        return code;
    }

    /** What the score of this mode is, for messages: {@code throughput}, {@code average}, {@code mean}. */
    public String scoreLabel() {
        return label;
    }

    /** Whether a higher score is better (throughput) or a lower one (times). */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The mode of JMH's short name; {@code null} for an unknown one. */
    public static Mode ofCode(String code) {
        for (Mode mode : values()) {
            if (mode.code.equals(code == null ? "" : code.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        return null;
    }
}
