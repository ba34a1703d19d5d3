package dev.backendbuilder.gate;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What one gate found in one module: the contract between a check goal and {@code report}
 * (written to {@code target/builder/<area>.json} by {@link ResultStore}).
 *
 * @param formatVersion  version of this file format; readers refuse versions they do not know
 * @param area           {@code coverage}, {@code security}, {@code benchmark}, {@code conformance}
 * @param status         the verdict
 * @param summary        one line for people, e.g. {@code line 0.8412, branch 0.8101}
 * @param metrics        every measured figure, with thresholds
 * @param violations     every broken rule
 * @param evidence       files that back the result (reports), relative to the module folder
 * @param notes          why a gate was skipped or what was left out, in sentences
 * @param durationMillis how long the check took
 */
public record GateResult(
        int formatVersion,
        String area,
        Status status,
        String summary,
        List<Metric> metrics,
        List<Violation> violations,
        List<String> evidence,
        List<String> notes,
        long durationMillis) {

    /** The format version this plugin writes and reads. */
    public static final int FORMAT_VERSION = 1;

    public GateResult {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(status, "status");
        summary = summary == null ? "" : summary;
        metrics = List.copyOf(metrics == null ? List.of() : metrics);
        violations = List.copyOf(violations == null ? List.of() : violations);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        notes = List.copyOf(notes == null ? List.of() : notes);
    }

    /** A gate that measured: its status follows from the levels of its violations. */
    public static GateResult measured(String area, String summary, List<Metric> metrics, List<Violation> violations,
            List<String> evidence, List<String> notes, long durationMillis) {
        return new GateResult(FORMAT_VERSION, area, statusOf(violations), summary, metrics, violations, evidence,
                notes, durationMillis);
    }

    /** This result with another status (a gate that knows more than its violations' levels say). */
    public GateResult withStatus(Status other) {
        return new GateResult(formatVersion, area, other, summary, metrics, violations, evidence, notes, durationMillis);
    }

    /** A gate that did not run, and why. */
    public static GateResult skipped(String area, String why) {
        return new GateResult(FORMAT_VERSION, area, Status.SKIPPED, why, List.of(), List.of(), List.of(),
                List.of(why), 0);
    }

    /** A gate that could not measure (broken input or tool), and what to do about it. */
    public static GateResult error(String area, String message, long durationMillis) {
        return new GateResult(FORMAT_VERSION, area, Status.ERROR, message, List.of(), List.of(), List.of(),
                List.of(message), durationMillis);
    }

    /** FAILED when an ERROR-level violation exists, WARNED for only WARN-level ones, else PASSED. */
    static Status statusOf(List<Violation> violations) {
        Status status = Status.PASSED;
        for (Violation violation : violations == null ? List.<Violation>of() : violations) {
            status = status.worst(violation.level() == Level.ERROR ? Status.FAILED : Status.WARNED);
        }
        return status;
    }

    /** The violations that fail the gate. */
    public List<Violation> errors() {
        return violations.stream().filter(v -> v.level() == Level.ERROR).toList();
    }

    /** The violations that only warn. */
    public List<Violation> warnings() {
        return violations.stream().filter(v -> v.level() == Level.WARN).toList();
    }

    /**
     * The failure message: the gate, then every failing violation on its own line.
     * Used by the check goal itself and by {@code report} when failures are deferred.
     */
    public String failureMessage() {
        if (status == Status.ERROR) {
            return area + " gate could not run: " + summary;
        }
        List<Violation> errors = errors();
        return area + " gate failed with " + errors.size() + (errors.size() == 1 ? " violation:" : " violations:")
                + errors.stream().map(v -> System.lineSeparator() + "  - " + v.message()
                        + (v.location() == null ? "" : " (" + v.location() + ")"))
                        .collect(Collectors.joining());
    }
}
