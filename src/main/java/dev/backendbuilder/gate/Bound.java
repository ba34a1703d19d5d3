package dev.backendbuilder.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Which side of its threshold a measured value must stay on. */
public enum Bound {
    /** The value must be at least the threshold (coverage). */
    MINIMUM,
    /** The value must be at most the threshold (CVSS score, benchmark time). */
    MAXIMUM;

    /** Whether {@code value} keeps this bound against {@code threshold}. */
    public boolean holds(double value, double threshold) {
        return this == MINIMUM ? value >= threshold : value <= threshold;
    }

    /** How far {@code value} is inside the bound: positive when it holds, negative when it is broken. */
    public double margin(double value, double threshold) {
        return this == MINIMUM ? value - threshold : threshold - value;
    }

    /**
     * The value as shown to a user, rounded against them (as JaCoCo's {@code Limit} does): a
     * measured 0.79996 against a minimum of 0.80 shows as 0.7999, never as a passing 0.8000.
     */
    public String show(double value, int decimals) {
        RoundingMode mode = this == MINIMUM ? RoundingMode.FLOOR : RoundingMode.CEILING;
        return BigDecimal.valueOf(value).setScale(decimals, mode).toPlainString();
    }
}
