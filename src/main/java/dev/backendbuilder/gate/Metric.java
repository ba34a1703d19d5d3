package dev.backendbuilder.gate;

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
}
