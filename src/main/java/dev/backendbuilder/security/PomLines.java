package dev.backendbuilder.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each {@code <dependency>} of a pom starts, by {@code groupId:artifactId}, so that a finding
 * in a declared dependency points at its line (a transitive one points at the pom as a whole).
 * A plain line scan: good enough for locating, never used to interpret the pom.
 */
final class PomLines {

    private static final Pattern ELEMENT = Pattern.compile("<(groupId|artifactId)>\\s*([^<\\s]+)\\s*</\\1>");

    private PomLines() {
    }

    /** The lines (1-based) of the dependencies declared in {@code pom}; empty when it cannot be read. */
    static Map<String, Integer> of(Path pom) {
        if (pom == null || !Files.isRegularFile(pom)) {
            return Map.of();
        }
        try {
            return of(Files.readAllLines(pom, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    static Map<String, Integer> of(List<String> lines) {
        Map<String, Integer> found = new HashMap<>();
        int start = -1;
        String groupId = null;
        String artifactId = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains("<dependency>")) {
                start = i + 1;
                groupId = null;
                artifactId = null;
            }
            if (start > 0) {
                Matcher matcher = ELEMENT.matcher(line);
                while (matcher.find()) {
                    if (matcher.group(1).equals("groupId")) {
                        groupId = groupId == null ? matcher.group(2) : groupId;
                    } else {
                        artifactId = artifactId == null ? matcher.group(2) : artifactId;
                    }
                }
            }
            if (line.contains("</dependency>") && start > 0) {
                if (groupId != null && artifactId != null) {
                    found.putIfAbsent(groupId + ":" + artifactId, start);
                }
                start = -1;
            }
        }
        return found;
    }
}
