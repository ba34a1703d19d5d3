package dev.backendbuilder.security;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A resolved dependency to scan: its Maven coordinates ({@code groupId:artifactId:version}) and file.
 *
 * @param coordinates {@code commons-collections:commons-collections:3.2.1}
 * @param file        the resolved jar
 */
public record ScannedArtifact(String coordinates, Path file) {

    public ScannedArtifact {
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(file, "file");
    }

    /** {@code groupId:artifactId}, without the version. */
    public String groupArtifact() {
        int last = coordinates.lastIndexOf(':');
        return last < 0 ? coordinates : coordinates.substring(0, last);
    }
}
