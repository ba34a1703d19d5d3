package dev.backendbuilder.bench;

import dev.backendbuilder.gate.Bound;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the benchmark gate writes numbers: limits as given, measurements rounded against the user. */
final class Figures {

    /** U+2212, the minus sign of the messages ({@code −18 %}). */
    static final String MINUS = "\u2212";

    private Figures() {
    }

    /** A limit as written, with at least one decimal: {@code 25} → {@code 25.0}, {@code 0.01} stays. */
    static String limit(double value) {
        BigDecimal plain = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return plain.scale() < 1 ? plain.setScale(1, RoundingMode.UNNECESSARY).toPlainString() : plain.toPlainString();
    }

    /** Decimals a measurement is shown with next to {@code limit}: as many as the limit has, at least one. */
    static int decimals(double limit) {
        return Math.max(1, new BigDecimal(Double.toString(limit)).stripTrailingZeros().scale());
    }

    /** A measurement held to {@code bound}, rounded so that it never looks better than it is. */
    static String measured(double value, Bound bound, double limit) {
        return bound.show(value, decimals(limit));
    }

    /** A measurement for information: three decimals. */
    static String plain(double value) {
        return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * A ratio as a signed whole percentage ({@code −18 %}, {@code +4 %}), rounded towards the bad
     * side: down when higher is better, up when lower is better.
     */
    static String change(double ratio, boolean higherIsBetter) {
        BigDecimal percent = BigDecimal.valueOf(ratio).movePointRight(2).setScale(0, higherIsBetter ? RoundingMode.FLOOR : RoundingMode.CEILING);
        return signed(percent) + " %";
    }

    /** A ratio as an unsigned whole percentage, rounded up ({@code 0.021} → {@code 3 %}). */
    static String band(double ratio) {
        return BigDecimal.valueOf(ratio).movePointRight(2).setScale(0, RoundingMode.CEILING).toPlainString() + " %";
    }

    /** The allowed change: {@code −10 %} when higher is better, {@code +10 %} when lower is. */
    static String allowed(double maxRegression, boolean higherIsBetter) {
        String percent = BigDecimal.valueOf(maxRegression).movePointRight(2).stripTrailingZeros().toPlainString();
        return (higherIsBetter ? MINUS : "+") + percent + " %";
    }

    private static String signed(BigDecimal percent) {
        return percent.signum() < 0 ? MINUS + percent.abs().toPlainString()
                : percent.signum() > 0 ? "+" + percent.toPlainString() : "0";
    }
}
