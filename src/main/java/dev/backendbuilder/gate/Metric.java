package dev.backendbuilder.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One measured figure of a gate, with the threshold it was held to when there is one.
 *
 * @param name      stable key, e.g. {@code bundle.line}
 * @param label     for people, e.g. {@code line coverage of the bundle}
 * @param value     the measured value
 * @param unit      {@code ratio}, {@code ms}, {@code count}, {@code cvss}, …
 * @param threshold the threshold, or {@code null} when the figure is informative only
 * @param bound     which side of the threshold the value must stay on; {@code null} without threshold
 */
public record Metric(String name, String label, double value, String unit, Double threshold, Bound bound) {

    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        if ((threshold == null) != (bound == null)) {
            throw new IllegalArgumentException("threshold and bound go together: " + name);
        }
    }

    /** A figure with no threshold. */
    public static Metric info(String name, String label, double value, String unit) {
        return new Metric(name, label, value, unit, null, null);
    }

    /** Whether the value keeps its threshold (a figure without threshold always does). */
    public boolean holds() {
        return threshold == null || bound.holds(value, threshold);
    }

    /** Distance to the threshold, positive inside; {@code null} without threshold. */
    public Double margin() {
        return threshold == null ? null : bound.margin(value, threshold);
    }

    /**
     * The value as shown to a user, rounded against them (see {@link Bound#show}): counts as whole
     * numbers, ratios with four decimals, other figures as precise as their threshold; without threshold
     * rounded half-up.
     */
    public String shownValue() {
        int decimals = decimals();
        if (bound == null) {
            return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        }
        return bound.show(value, decimals);
    }

    /**
     * The threshold as the violations spell it: counts whole, ratios with two decimals at least
     * (0.8 → 0.80), others without trailing zeros but with one decimal (7 → 7.0); {@code null} without threshold.
     */
    public String shownThreshold() {
        if (threshold == null) {
            return null;
        }
        BigDecimal plain = new BigDecimal(Double.toString(threshold)).stripTrailingZeros();
        if (decimals() == 0) {
            return plain.toPlainString();
        }
        if ("ratio".equals(unit)) {
            return plain.scale() < 2 ? plain.setScale(2).toPlainString() : plain.toPlainString();
        }
        return plain.scale() < 1 ? plain.setScale(1).toPlainString() : plain.toPlainString();
    }

    /**
     * The margin taken from the value as shown, so that the two agree, with its sign
     * ({@code +0.0412}, {@code -0.3000}); {@code null} without threshold.
     */
    public String shownMargin() {
        if (threshold == null) {
            return null;
        }
        int decimals = decimals();
        BigDecimal shown = new BigDecimal(shownValue());
        BigDecimal limit = new BigDecimal(Double.toString(threshold));
        BigDecimal margin = bound == Bound.MINIMUM ? shown.subtract(limit) : limit.subtract(shown);
        margin = margin.setScale(Math.max(decimals, margin.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
        return (margin.signum() >= 0 ? "+" : "-") + margin.abs().toPlainString();
    }

    /**
     * Counts whole, ratios with four decimals; a figure held to a threshold in another unit (ms,
     * ops/s, CVSS) with as many decimals as its threshold, at least one, so that the verdict row and
     * the violation show one figure the same way ({@code 30.8 ms}, not {@code 30.7184} beside it).
     */
    private int decimals() {
        if ("count".equals(unit)) {
            return 0;
        }
        if ("ratio".equals(unit) || threshold == null) {
            return 4;
        }
        return Math.max(1, new BigDecimal(Double.toString(threshold)).stripTrailingZeros().scale());
    }
}
