package dev.backendbuilder.bench;

/**
 * A benchmark's score against its baseline. The change counts as a regression only when it is
 * both beyond {@code maxRegression} in the bad direction (lower throughput, higher time) and
 * statistically real: the two 99.9 % confidence intervals (score ± JMH's {@code scoreError}) do not
 * overlap. Equivalently, the change is larger than the noise band, the sum of both errors relative
 * to the baseline score. A change within the band is noise, however large it looks.
 *
 * @param name           the benchmark, as messages name it
 * @param change         (current − baseline) / baseline; negative when the score fell
 * @param noise          (current error + baseline error) / baseline; {@code NaN} when one has no error bars
 * @param maxRegression  the allowed change in the bad direction (0.10 = 10 %)
 * @param higherIsBetter the mode's direction
 * @param verdict        what the change means
 */
public record Comparison(String name, double change, double noise, double maxRegression, boolean higherIsBetter,
        Verdict verdict) {

    /** What a change means. */
    public enum Verdict {
        /** Worse beyond the allowed change, and outside the noise: fails. */
        REGRESSION,
        /** Worse beyond the allowed change, but within the error bars: not a regression. */
        NOISE,
        /** Worse beyond the allowed change, and one side has no error bars to tell: reported, not failed. */
        UNKNOWN_NOISE,
        /** Better, unchanged, or worse within the allowed change. */
        WITHIN_LIMIT
    }

    /**
     * Compares {@code current} (with its error) with a baseline score and error, both in the same
     * unit. Errors are {@code NaN} when JMH could not compute them.
     */
    public static Comparison of(String name, double current, double currentError, double baseline, double baselineError,
            double maxRegression, boolean higherIsBetter) {
        if (!(baseline > 0) || Double.isNaN(current)) {
            throw new IllegalArgumentException("cannot compare " + name + " with a baseline score of " + baseline);
        }
        double change = (current - baseline) / baseline;
        double noise = Double.isNaN(currentError) || Double.isNaN(baselineError) ? Double.NaN
                : (Math.abs(currentError) + Math.abs(baselineError)) / baseline;
        boolean worse = higherIsBetter ? change < 0 : change > 0;
        Verdict verdict;
        if (!worse || Math.abs(change) <= maxRegression) {
            verdict = Verdict.WITHIN_LIMIT;
        } else if (Double.isNaN(noise)) {
            verdict = Verdict.UNKNOWN_NOISE;
        } else {
            // the intervals [c - ec, c + ec] and [b - eb, b + eb] are apart exactly when |c - b| > ec + eb
            verdict = Math.abs(change) > noise ? Verdict.REGRESSION : Verdict.NOISE;
        }
        return new Comparison(name, change, noise, maxRegression, higherIsBetter, verdict);
    }

    /** {@code BookService.find −18 % vs baseline (±3 %), limit −10 %}. */
    public String message() {
        return name + " " + Figures.change(change, higherIsBetter) + " vs baseline ("
                + (Double.isNaN(noise) ? "no error bars" : "\u00b1" + Figures.band(noise)) + "), limit "
                + Figures.allowed(maxRegression, higherIsBetter);
    }
}
