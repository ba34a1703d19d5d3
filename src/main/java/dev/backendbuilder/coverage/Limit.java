package dev.backendbuilder.coverage;

import dev.backendbuilder.gate.Bound;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bound of a {@link CoverageRule}: a counter's figure must stay at or above {@code minimum}
 * and/or at or below {@code maximum}.
 *
 * @param counter what is counted
 * @param value   which figure of the counter
 * @param minimum lowest allowed figure, or {@code null}
 * @param maximum highest allowed figure, or {@code null}
 */
public record Limit(CounterType counter, ValueType value, Double minimum, Double maximum) {

    public Limit {
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(value, "value");
        if (minimum == null && maximum == null) {
            throw new IllegalArgumentException("a limit on " + counter.word() + " " + value.words()
                    + " needs a minimum or a maximum");
        }
        check(minimum, value);
        check(maximum, value);
        if (minimum != null && maximum != null && minimum > maximum) {
            throw new IllegalArgumentException("the limit on " + counter.word() + " " + value.words() + " has minimum "
                    + show(minimum) + " above its maximum " + show(maximum) + "; no value could pass");
        }
    }

    /** A {@code COVEREDRATIO >= minimum} limit. */
    public static Limit minimumCoverage(CounterType counter, double minimum) {
        return new Limit(counter, ValueType.COVEREDRATIO, minimum, null);
    }

    private static void check(Double bound, ValueType value) {
        if (bound == null) {
            return;
        }
        if (bound.isNaN() || bound < 0 || value.isRatio() && bound > 1) {
            throw new IllegalArgumentException("a " + value.words() + " limit must be " + (value.isRatio()
                    ? "a ratio between 0 and 1 (0.80 for 80 %)" : "a count of 0 or more") + ", not " + bound);
        }
    }

    /** {@code line coverage}, {@code branch missed count}, … */
    public String label() {
        return counter.word() + " " + value.words();
    }

    /** The bound the figure breaks, or {@code null} when it keeps both. */
    Bound broken(double figure) {
        if (minimum != null && figure < minimum) {
            return Bound.MINIMUM;
        }
        if (maximum != null && figure > maximum) {
            return Bound.MAXIMUM;
        }
        return null;
    }

    /** The threshold of {@code bound}. */
    double threshold(Bound bound) {
        return bound == Bound.MINIMUM ? minimum : maximum;
    }

    /** A threshold as the user wrote it, at least two decimals for ratios: {@code 0.80}, {@code 0.755}, {@code 12}. */
    public static String show(double threshold) {
        BigDecimal exact = new BigDecimal(Double.toString(threshold)).stripTrailingZeros();
        if (exact.scale() <= 0 && threshold >= 1) {
            return exact.toPlainString();
        }
        return exact.setScale(Math.max(2, exact.scale())).toPlainString();
    }

    /** A measured figure, rounded against the user: four decimals for ratios, whole numbers for counts. */
    public String showFigure(double figure, Bound bound) {
        return value.isRatio() ? bound.show(figure, 4) : bound.show(figure, 0);
    }
}
