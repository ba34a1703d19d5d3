package dev.backendbuilder.security;

import java.util.List;

/**
 * What Dependency-Check found in the scanned dependencies.
 *
 * @param scanned  how many dependency files were scanned
 * @param findings every vulnerability in every dependency, sorted by dependency then id
 * @param dataAsOf when the vulnerability data was last modified (ISO-8601), or {@code null} when unknown
 * @param notes    sentences about the data (source, update, age) for the result's notes
 */
public record DependencyScan(int scanned, List<DependencyFinding> findings, String dataAsOf, List<String> notes) {

    public DependencyScan {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }
}
