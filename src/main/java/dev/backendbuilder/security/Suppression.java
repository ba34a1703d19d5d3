package dev.backendbuilder.security;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An accepted finding with a reason and an expiry date.
 *
 * @param id       the CVE (or other vulnerability id) or the SpotBugs bug type it accepts
 * @param scope    for a vulnerability {@code groupId:artifactId[:version]}, for a bug the class name;
 *                 {@code null} accepts the id wherever it is found
 * @param reason   why it is accepted (required)
 * @param until    the last day it holds; from the day after it is a violation
 * @param location {@code file:line} of the entry
 */
public record Suppression(String id, String scope, String reason, LocalDate until, String location) {

    public Suppression {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(until, "until");
    }

    /** Whether it has expired on {@code today}. */
    public boolean expired(LocalDate today) {
        return today.isAfter(until);
    }

    /** Whether it accepts {@code vulnerabilityId} in the dependency {@code coordinates} ({@code g:a:v}). */
    public boolean matchesVulnerability(String vulnerabilityId, String coordinates) {
        return id.equalsIgnoreCase(vulnerabilityId)
                && (scope == null || coordinates.equals(scope) || coordinates.startsWith(scope + ":"));
    }

    /** Whether it accepts a bug of {@code type} in {@code className}. */
    public boolean matchesBug(String type, String className) {
        return id.equals(type) && (scope == null || scope.equals(className));
    }

    /** {@code CVE-2015-7501 in commons-collections:commons-collections}. */
    public String describe() {
        return id + (scope == null ? "" : " in " + scope);
    }
}
