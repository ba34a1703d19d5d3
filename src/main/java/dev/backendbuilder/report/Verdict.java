package dev.backendbuilder.report;

import dev.backendbuilder.gate.GateResult;
import dev.backendbuilder.gate.Metric;
import dev.backendbuilder.gate.Status;
import dev.backendbuilder.gate.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verdict of every gate: one row per gate, and the worst status.
 *
 * @param status     the worst status of the gates ({@code PASSED} without gates)
 * @param rows       one per gate, sorted by area
 * @param violations every ERROR-level violation of every gate, and every gate that could not measure
 */
public record Verdict(Status status, List<Row> rows, List<Failure> violations) {

    public Verdict {
        rows = List.copyOf(rows);
        violations = List.copyOf(violations);
    }

    /**
     * One gate's row.
     *
     * @param area      the gate
     * @param status    its status
     * @param measured  the thresholded figures as measured ({@code line 0.5000, branch 0.3750}), or the summary
     * @param threshold their thresholds ({@code line ≥ 0.80, branch ≥ 0.80}), or {@code —}
     * @param margin    their margins ({@code line -0.3000, branch -0.4250}), or {@code —}
     * @param summary   the gate's own summary line
     */
    public record Row(String area, Status status, String measured, String threshold, String margin, String summary) {
    }

    /**
     * A violation that fails the build.
     *
     * @param area     the gate
     * @param rule     the rule key
     * @param message  the sentence
     * @param location where, or {@code null}
     */
    public record Failure(String area, String rule, String message, String location) {

        /** {@code coverage: line coverage 0.5000 < minimum 0.80 [coverage.bundle.line]}. */
        public String line() {
            return area + ": " + message + (location == null ? "" : " (" + location + ")") + " [" + rule + "]";
        }
    }

    /** The verdict of these results. */
    public static Verdict of(List<GateResult> results) {
        Status status = Status.PASSED;
        List<Row> rows = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (GateResult result : results) {
            status = status.worst(result.status() == Status.SKIPPED ? Status.PASSED : result.status());
            rows.add(row(result));
            if (result.status() == Status.ERROR) {
                failures.add(new Failure(result.area(), result.area() + ".error", "could not run: " + result.summary(),
                        null));
            }
            for (Violation violation : result.errors()) {
                failures.add(new Failure(result.area(), violation.rule(), violation.message(), violation.location()));
            }
        }
        return new Verdict(status, rows, failures);
    }

    private static Row row(GateResult result) {
        List<Metric> limited = result.metrics().stream().filter(m -> m.threshold() != null).toList();
        if (limited.isEmpty()) {
            // without thresholds the gate's own summary line says it best; its figures stand in its section
            String measured = !result.summary().isEmpty() || result.metrics().isEmpty() ? result.summary()
                    : String.join(", ", result.metrics().stream().map(m -> m.label() + " " + m.shownValue()).toList());
            return new Row(result.area(), result.status(), measured.isEmpty() ? "—" : measured, "—", "—",
                    result.summary());
        }
        List<String> measured = new ArrayList<>();
        List<String> thresholds = new ArrayList<>();
        List<String> margins = new ArrayList<>();
        for (Metric metric : limited) {
            measured.add(metric.label() + " " + metric.shownValue());
            thresholds.add(metric.label() + " " + (metric.bound().name().toLowerCase(Locale.ROOT).equals("minimum")
                    ? "≥ " : "≤ ") + metric.shownThreshold());
            margins.add(metric.label() + " " + metric.shownMargin());
        }
        return new Row(result.area(), result.status(), String.join(", ", measured), String.join(", ", thresholds),
                String.join(", ", margins), result.summary());
    }

    /** Whether the build fails on this verdict. */
    public boolean fails() {
        return status.failsBuild();
    }
}
