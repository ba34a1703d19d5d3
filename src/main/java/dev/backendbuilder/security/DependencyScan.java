package dev.backendbuilder.security;

import java.util.List;

/**
 * What Dependency-Check found in the scanned dependencies.
 *
 * @param scanned  how many dependency files were analysed
 * @param skipped  the dependency files Dependency-Check took no evidence from (no analyzer for their type)
 * @param findings every vulnerability in every dependency, sorted by dependency then id
 * @param data     provenance of the vulnerability data, or {@code null} when nothing was analysed
 * @param notes    sentences about the data (source, update) for the result's notes
 */
public record DependencyScan(int scanned, List<String> skipped, List<DependencyFinding> findings, VulnerabilityData data,
        List<String> notes) {

    public DependencyScan {
        skipped = List.copyOf(skipped == null ? List.of() : skipped);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }
}
