package dev.backendbuilder.bench;

import java.util.Locale;
import java.util.Map;

/**
 * Converts between JMH's score units and the units limits are written in. Times per operation
 * ({@code ms/op}) convert to any time unit ({@code ns}, {@code us}, {@code ms}, {@code s},
 * {@code min}, with or without {@code /op}); throughputs ({@code ops/s}) to any other throughput
 * ({@code ops/ms}, …; {@code rps} is {@code ops/s}); other units (a secondary metric's {@code B/op},
 * {@code MB/sec}) only to themselves.
 */
public final class Units {

    private static final Map<String, Double> SECONDS = Map.of("ns", 1e-9, "us", 1e-6, "µs", 1e-6, "ms", 1e-3, "s", 1.0,
            "sec", 1.0, "min", 60.0);

    private Units() {
    }

    /** {@code value} in {@code from} expressed in {@code to}; an empty {@code to} keeps {@code from}. */
    public static double convert(double value, String from, String to) {
        if (to == null || to.isBlank() || normalise(to).equals(normalise(from))) {
            return value;
        }
        Double fromTime = timePerOp(from);
        Double toTime = timePerOp(to);
        if (fromTime != null && toTime != null) {
            return value * fromTime / toTime;
        }
        Double fromRate = perTime(from);
        Double toRate = perTime(to);
        if (fromRate != null && toRate != null) {
            return value * toRate / fromRate;
        }
        throw new IllegalArgumentException("a value in " + from + " cannot be expressed in " + to);
    }

    /** Whether {@code unit} is something this class knows how to convert (or it equals {@code scoreUnit}). */
    public static boolean fits(String unit, String scoreUnit) {
        try {
            convert(1, scoreUnit, unit);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The unit as shown: {@code us} for µs, {@code ops/s} for rps; a time per operation without {@code /op}. */
    public static String display(String unit) {
        String n = normalise(unit);
        if (timePerOp(n) != null) {
            return n.endsWith("/op") ? n.substring(0, n.length() - 3) : n;
        }
        return perTime(n) != null ? n : unit.trim();
    }

    private static String normalise(String unit) {
        String n = unit.trim().toLowerCase(Locale.ROOT).replace("µ", "u").replace(" ", "");
        return n.equals("rps") ? "ops/s" : n;
    }

    /** Seconds per operation of a time unit ({@code ms}, {@code ms/op}); {@code null} for other units. */
    private static Double timePerOp(String unit) {
        String n = normalise(unit);
        return SECONDS.get(n.endsWith("/op") ? n.substring(0, n.length() - 3) : n);
    }

    /** Seconds of a throughput's time unit ({@code ops/s} → 1); {@code null} for other units. */
    private static Double perTime(String unit) {
        String n = normalise(unit);
        return n.startsWith("ops/") ? SECONDS.get(n.substring(4)) : null;
    }
}
