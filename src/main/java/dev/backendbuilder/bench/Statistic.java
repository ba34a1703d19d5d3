package dev.backendbuilder.bench;

/**
 * Which figure of a benchmark result a limit holds: the score, a percentile of a SampleTime run,
 * or the requests per second.
 */
public enum Statistic {
    /** The score as JMH reports it: throughput, average time, mean sampled time, single-shot time. */
    SCORE(-1),
    /** Median of a SampleTime run. */
    P50(50.0),
    /** 90th percentile of a SampleTime run. */
    P90(90.0),
    /** 95th percentile of a SampleTime run. */
    P95(95.0),
    /** 99th percentile of a SampleTime run. */
    P99(99.0),
    /** 99.9th percentile of a SampleTime run. */
    P999(99.9),
    /** Slowest sampled call of a SampleTime run. */
    MAX(100.0),
    /**
     * Operations per second: a throughput score in ops/s; for a time mode, threads divided by the
     * mean time per operation (what that many clients calling one after another achieve).
     */
    RPS(-1);

    private final double percentile;

    Statistic(double percentile) {
        this.percentile = percentile;
    }

    /** The percentile (0–100) JMH reports this under, or a negative number for SCORE and RPS. */
    public double percentile() {
        return percentile;
    }

    /** The statistic of a percentile written as a fraction ({@code 0.95}) or in percent ({@code 95}). */
    public static Statistic ofPercentile(double value) {
        double percent = value <= 1.0 ? value * 100 : value;
        for (Statistic statistic : values()) {
            if (statistic.percentile >= 0 && Math.abs(statistic.percentile - percent) < 1e-9) {
                return statistic;
            }
        }
        throw new IllegalArgumentException("percentile " + value + " is not one JMH reports; use 0.5, 0.9, 0.95, 0.99, 0.999 or 1.0");
    }

    /** The statistic in messages: {@code p95}, {@code rps}, or the mode's score label ({@code throughput}). */
    public String label(Mode mode) {
        return switch (this) {
            case SCORE -> mode.scoreLabel();
            case RPS -> "rps";
            case MAX -> "max";
            case P999 -> "p99.9";
            default -> "p" + (int) percentile;
        };
    }

    /**
     * The figure in {@code metric}'s unit ({@code ops/s} for RPS), or {@code null} when the run does
     * not measure it (a percentile of a throughput run).
     */
    public Double of(JmhResult result, MetricData metric) {
        return switch (this) {
            case SCORE -> metric.score();
            case RPS -> result.mode().higherIsBetter() ? Units.convert(metric.score(), metric.unit(), "ops/s")
                    : result.threads() / Units.convert(metric.score(), metric.unit(), "s");
            default -> result.mode() == Mode.SAMPLE_TIME ? metric.percentiles().get(percentile) : null;
        };
    }

    /** The unit {@link #of} answers in. */
    public String unitOf(MetricData metric) {
        return this == RPS ? "ops/s" : metric.unit();
    }
}
