package dev.backendbuilder.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Puts the import block of a generated Java file in one canonical order: static imports first,
 * then the others, each group sorted, without duplicates and without imports the code does not
 * use, and one blank line between the groups of the head. Templates add imports where their
 * conditions are; this keeps the output tidy and stable whatever the order of those conditions.
 */
final class JavaImports {

    /** Splits code into Java identifiers (and numbers), so an import's simple name can be looked up. */
    private static final Pattern IDENTIFIER_BREAK = Pattern.compile("[^\\p{javaJavaIdentifierPart}]+");

    private JavaImports() {
    }

    static String tidy(String source) {
        List<String> lines = source.lines().toList();
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("import ")) {
                first = first < 0 ? i : first;
                last = i;
            } else if (first >= 0 && !line.isBlank()) {
                break;
            }
        }
        if (first < 0) {
            return String.join("\n", singleBlankLines(lines)) + (source.endsWith("\n") ? "\n" : "");
        }
        Set<String> words = Set.copyOf(Arrays.asList(
                IDENTIFIER_BREAK.split(String.join("\n", lines.subList(last + 1, lines.size())))));
        TreeSet<String> statics = new TreeSet<>();
        TreeSet<String> others = new TreeSet<>();
        for (String line : lines.subList(first, last + 1)) {
            if (line.startsWith("import static ")) {
                statics.add(line);
            } else if (line.startsWith("import ") && isUsed(line, words)) {
                others.add(line);
            }
        }
        List<String> block = new ArrayList<>(statics);
        if (!statics.isEmpty() && !others.isEmpty()) {
            block.add("");
        }
        block.addAll(others);
        List<String> out = new ArrayList<>(lines.subList(0, first));
        out.addAll(block);
        out.addAll(lines.subList(last + 1, lines.size()));
        return String.join("\n", singleBlankLines(out)) + (source.endsWith("\n") ? "\n" : "");
    }

    /**
     * The head of the file (package and imports) with one blank line between its groups: conditional
     * imports that were all left out, or removed as unused, would leave the blank lines framing them.
     */
    private static List<String> singleBlankLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean head = true;
        for (String line : lines) {
            head = head && (line.isBlank() || line.startsWith("package ") || line.startsWith("import "));
            boolean repeatedBlank = line.isBlank() && !out.isEmpty() && out.get(out.size() - 1).isBlank();
            if (!(head && repeatedBlank)) {
                out.add(line);
            }
        }
        return out;
    }

    /** Whether the simple name of {@code import a.b.Name;} occurs as a word in the code (wildcards always are). */
    private static boolean isUsed(String importLine, Set<String> words) {
        String name = importLine.substring("import ".length(), importLine.lastIndexOf(';')).trim();
        String simple = name.substring(name.lastIndexOf('.') + 1);
        return simple.equals("*") || words.contains(simple);
    }
}
