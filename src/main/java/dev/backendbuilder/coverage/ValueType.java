package dev.backendbuilder.coverage;

import org.jacoco.core.analysis.ICounter;

/** Which figure of a counter a limit holds, as in JaCoCo's {@code ICounter.CounterValue}. */
public enum ValueType {
    COVEREDRATIO("coverage", true),
    MISSEDRATIO("missed ratio", true),
    COVEREDCOUNT("covered count", false),
    MISSEDCOUNT("missed count", false),
    TOTALCOUNT("total count", false);

    private final String words;
    private final boolean ratio;

    ValueType(String words, boolean ratio) {
        this.words = words;
        this.ratio = ratio;
    }

    /** The figure of {@code counter}; a ratio of an empty counter is {@code NaN} (nothing to judge). */
    public double of(ICounter counter) {
        return switch (this) {
            case COVEREDRATIO -> counter.getCoveredRatio();
            case MISSEDRATIO -> counter.getMissedRatio();
            case COVEREDCOUNT -> counter.getCoveredCount();
            case MISSEDCOUNT -> counter.getMissedCount();
            case TOTALCOUNT -> counter.getTotalCount();
        };
    }

    /** {@code coverage}, {@code missed count}, … for messages. */
    public String words() {
        return words;
    }

    /** Whether the figure is a ratio (shown with four decimals) rather than a count. */
    public boolean isRatio() {
        return ratio;
    }
}
