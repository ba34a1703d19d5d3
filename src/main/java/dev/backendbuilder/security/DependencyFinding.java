package dev.backendbuilder.security;

import java.util.Objects;

/**
 * A vulnerability found in one dependency.
 *
 * @param dependency    Maven coordinates, {@code groupId:artifactId:version}
 * @param file          file name of the dependency
 * @param vulnerability the vulnerability
 */
public record DependencyFinding(String dependency, String file, Vulnerability vulnerability) {

    public DependencyFinding {
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(vulnerability, "vulnerability");
    }
}
