package dev.backendbuilder.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accepted SpotBugs findings, matched by fingerprint (bug type, class, method), never by line, so
 * edits elsewhere in a file keep them accepted. Our own small YAML file:
 *
 * <pre>
 * accepted:
 *   - bug: SQL_INJECTION_JDBC
 *     class: com.example.OrderDao
 *     method: findByName
 * </pre>
 *
 * @param entries the accepted fingerprints with where they stand in the file
 */
public record Baseline(List<Entry> entries) {

    private static final Set<String> KEYS = Set.of("bug", "class", "method", "reason");

    /** One accepted finding. */
    public record Entry(String bug, String className, String method, String location) {

        String fingerprint() {
            return bug + " " + className + "#" + (method == null ? "" : method);
        }
    }

    public Baseline {
        entries = List.copyOf(entries);
    }

    /** The baseline in {@code file}; empty when it does not exist. */
    public static Baseline read(Path file, String display) throws SecurityToolException {
        List<Entry> entries = new ArrayList<>();
        for (YamlEntries.Entry entry : YamlEntries.read(file, display, "accepted", KEYS)) {
            String bug = entry.get("bug");
            String className = entry.get("class");
            if (bug == null || bug.isEmpty() || className == null || className.isEmpty()) {
                throw new SecurityToolException(entry.location() + ": a baseline entry needs 'bug' and 'class' (and 'method'"
                        + " for a method-level bug).");
            }
            String method = entry.get("method");
            entries.add(new Entry(bug, className, method == null || method.isEmpty() ? null : method, entry.location()));
        }
        return new Baseline(entries);
    }

    /** Whether {@code bug} is accepted. */
    public boolean accepts(BugFinding bug) {
        return entries.stream().anyMatch(e -> e.fingerprint().equals(bug.fingerprint()));
    }

    /** Entries that match none of {@code bugs}. */
    public List<Entry> unused(List<BugFinding> bugs) {
        Set<String> found = new TreeSet<>();
        bugs.forEach(b -> found.add(b.fingerprint()));
        return entries.stream().filter(e -> !found.contains(e.fingerprint())).toList();
    }

    /** Writes {@code bugs} as the new baseline (sorted, one entry per fingerprint). */
    public static void write(Path file, List<BugFinding> bugs) throws IOException {
        TreeSet<String> lines = new TreeSet<>();
        for (BugFinding bug : bugs) {
            lines.add("  - bug: " + bug.type() + "\n    class: " + bug.className()
                    + (bug.method() == null ? "" : "\n    method: " + quote(bug.method())) + "\n");
        }
        StringBuilder text = new StringBuilder("# Accepted SpotBugs findings of builder:security, matched by bug type, class and"
                + " method (not by line).\n# Written by -Dbuilder.security.spotbugs.updateBaseline=true; review every entry.\n"
                + "accepted:\n");
        lines.forEach(text::append);
        if (lines.isEmpty()) {
            text.setLength(text.length() - "accepted:\n".length());
            text.append("accepted: []\n");
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String quote(String method) {
        return method.startsWith("<") ? "'" + method + "'" : method;
    }
}
