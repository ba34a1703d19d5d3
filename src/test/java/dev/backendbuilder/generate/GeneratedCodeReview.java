package dev.backendbuilder.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reviewer of a good Spring team would send back on generated code, as checks: long lines,
 * double blank lines, blank lines inside an argument list, fully qualified {@code java.} names in
 * code where an import would do, {@code hasAnyRole} of a single role, and section markers of the
 * templates left in configuration.
 *
 * <p>A qualified {@code java.} name is what a reviewer writes too where the simple name is taken: the
 * file declares a type of that name (the entity {@code Instant} and its {@code java.time.Instant}
 * field), imports another type of that name, or uses one unimported (a type of its own package).
 */
final class GeneratedCodeReview {

    static final int MAX_LINE = 120;
    private static final Pattern QUALIFIED_JAVA = Pattern.compile("(?<![\\w.\"])java\\.[a-z]+(\\.[a-z]+)*\\.[A-Z]\\w*");
    private static final Pattern SINGLE_ANY_ROLE = Pattern.compile("hasAnyRole\\('[^',]+'\\)");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|enum|record)\\s+(\\w+)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+([\\w.]+)\\s*;");
    private static final Pattern SECTION_MARKER = Pattern.compile("^\\s*#\\s*(-{3,}|={3,}|<#|\\[)|<#|\\$\\{r\"");

    private GeneratedCodeReview() {
    }

    /** Every finding, as {@code path:line: what}. */
    static List<String> findings(Map<String, String> files) {
        List<String> out = new ArrayList<>();
        files.forEach((path, text) -> {
            if (path.endsWith(".java")) {
                java(path, text, out);
            } else if (path.endsWith(".yaml") || path.endsWith(".yml")) {
                yaml(path, text, out);
            }
        });
        return out;
    }

    private static void java(String path, String text, List<String> out) {
        String[] lines = text.split("\n", -1);
        boolean[] code = JavaText.codeMask(text);
        int offset = 0;
        int depth = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.length() > MAX_LINE) {
                out.add(path + ":" + number + ": line of " + line.length() + " characters (at most " + MAX_LINE + ")");
            }
            if (line.isBlank() && i > 0 && lines[i - 1].isBlank() && i < lines.length - 1) {
                out.add(path + ":" + number + ": two blank lines in a row");
            }
            if (line.isBlank() && depth > 0) {
                out.add(path + ":" + number + ": blank line inside an argument list");
            }
            if (!line.startsWith("import ") && !line.startsWith("package ")) {
                Matcher m = QUALIFIED_JAVA.matcher(line);
                while (m.find()) {
                    if (code[offset + m.start()] && !resolvesClash(m.group(), text, code)) {
                        out.add(path + ":" + number + ": fully qualified " + m.group() + " in code; import it");
                    }
                }
            }
            Matcher role = SINGLE_ANY_ROLE.matcher(line);
            if (role.find()) {
                out.add(path + ":" + number + ": " + role.group() + " names one role; use hasRole");
            }
            for (int c = 0; c < line.length(); c++) {
                if (code[offset + c]) {
                    char ch = line.charAt(c);
                    depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
                }
            }
            offset += line.length() + 1;
        }
    }

    /** Whether the simple name of {@code qualified} is taken in the file, so only the qualified name is clear. */
    private static boolean resolvesClash(String qualified, String text, boolean[] code) {
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        Matcher declared = DECLARED.matcher(text);
        while (declared.find()) {
            if (code[declared.start()] && declared.group(1).equals(simple)) {
                return true;
            }
        }
        boolean imported = false;
        Matcher imports = IMPORT.matcher(text);
        while (imports.find()) {
            String name = imports.group(1);
            if (name.endsWith("." + simple)) {
                if (!name.equals(qualified)) {
                    return true;
                }
                imported = true;
            }
        }
        if (imported) {
            return false;
        }
        // Unqualified and not imported: another type of that name, from the file's own package.
        Matcher uses = Pattern.compile("(?<![\\w.])" + Pattern.quote(simple) + "\\b").matcher(text);
        while (uses.find()) {
            if (code[uses.start()] && !isImportOrPackageLine(text, uses.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isImportOrPackageLine(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        return text.startsWith("import ", start) || text.startsWith("package ", start);
    }

    private static void yaml(String path, String text, List<String> out) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (SECTION_MARKER.matcher(lines[i]).find()) {
                out.add(path + ":" + (i + 1) + ": template section marker left in the configuration: " + lines[i].trim());
            }
            if (lines[i].isBlank() && i > 0 && lines[i - 1].isBlank() && i < lines.length - 1) {
                out.add(path + ":" + (i + 1) + ": two blank lines in a row");
            }
        }
    }
}
