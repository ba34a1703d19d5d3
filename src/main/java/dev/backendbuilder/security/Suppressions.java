package dev.backendbuilder.security;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a suppressions file, our own small YAML format; every entry needs a reason and an expiry date:
 *
 * <pre>
 * suppressions:
 *   - id: CVE-2015-7501
 *     dependency: commons-collections:commons-collections   # optional: groupId:artifactId[:version]
 *     reason: Only trusted, signed input is deserialised (see ADR-12)
 *     until: 2027-06-30                                     # last day it holds
 *   - id: PREDICTABLE_RANDOM                                # a SpotBugs bug type
 *     class: com.example.DemoData                           # optional
 *     reason: Demo data only, never a secret
 *     until: 2027-01-31
 * </pre>
 */
public final class Suppressions {

    private static final Set<String> KEYS = Set.of("id", "dependency", "class", "reason", "until");

    private Suppressions() {
    }

    /** The suppressions in {@code file} (none when it does not exist); {@code display} names it in messages. */
    public static List<Suppression> read(Path file, String display) throws SecurityToolException {
        List<Suppression> suppressions = new ArrayList<>();
        for (YamlEntries.Entry entry : YamlEntries.read(file, display, "suppressions", KEYS)) {
            String id = required(entry, "id");
            String reason = required(entry, "reason");
            String untilText = required(entry, "until");
            LocalDate until;
            try {
                until = LocalDate.parse(untilText);
            } catch (DateTimeParseException e) {
                throw new SecurityToolException(entry.location() + ": 'until' must be a date like 2027-06-30, not '"
                        + untilText + "'.", e);
            }
            if (entry.get("dependency") != null && entry.get("class") != null) {
                throw new SecurityToolException(entry.location() + ": give either 'dependency' (a vulnerability) or 'class'"
                        + " (a bug), not both.");
            }
            String scope = entry.get("dependency") != null ? entry.get("dependency") : entry.get("class");
            suppressions.add(new Suppression(id, scope == null || scope.isEmpty() ? null : scope, reason, until,
                    entry.location()));
        }
        return suppressions;
    }

    private static String required(YamlEntries.Entry entry, String key) throws SecurityToolException {
        String value = entry.get(key);
        if (value == null || value.isBlank()) {
            throw new SecurityToolException(entry.location() + ": the suppression has no '" + key + "'; every suppression"
                    + " needs an id, a reason and an expiry date (until: YYYY-MM-DD).");
        }
        return value;
    }
}
