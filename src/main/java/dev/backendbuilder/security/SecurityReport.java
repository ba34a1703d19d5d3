package dev.backendbuilder.security;

import dev.backendbuilder.gate.GateResult;
import java.util.List;

/**
 * The judged findings of one security check, for the result file, the HTML page and SARIF.
 *
 * @param result    the gate result ({@code target/builder/security.json})
 * @param items     every finding, accepted ones included
 * @param data      provenance of the vulnerability data judged with, or {@code null} when no dependency was scanned
 * @param failOnCvss the CVSS threshold applied to vulnerabilities
 */
public record SecurityReport(GateResult result, List<Item> items, VulnerabilityData data, double failOnCvss) {

    public SecurityReport {
        items = List.copyOf(items);
    }

    /** What a finding is. */
    public enum Kind {
        /** a vulnerability in a dependency */
        VULNERABILITY,
        /** a SpotBugs / Find Security Bugs bug */
        BUG,
        /** a problem of a suppression or baseline entry */
        ACCEPTANCE,
        /** a broken rule of another gate (coverage, benchmark, conformance), merged into the report's SARIF */
        RULE
    }

    /** How a finding weighs. */
    public enum Outcome {
        /** fails the gate */
        ERROR,
        /** reported, does not fail */
        WARNING,
        /** accepted by a suppression or the baseline */
        ACCEPTED
    }

    /**
     * One finding.
     *
     * @param kind             vulnerability, bug or acceptance problem
     * @param ruleId           CVE id, bug type, or {@code builder.suppression.expired}, …
     * @param outcome          error, warning or accepted
     * @param message          the sentence shown to users
     * @param file             file relative to the module ({@code pom.xml} for dependency findings)
     * @param line             line in {@code file}, or {@code null}
     * @param securitySeverity CVSS-like 0.0–10.0 severity for security findings, or {@code null}
     * @param description      longer text (the CVE description, the bug message)
     * @param justification    why it is accepted, for accepted findings
     */
    public record Item(Kind kind, String ruleId, Outcome outcome, String message, String file, Integer line,
            Double securitySeverity, String description, String justification) {
    }
}
