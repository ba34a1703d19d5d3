package dev.backendbuilder.mojo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiler errors in the output of a Maven build: javac's {@code [ERROR] /path/File.java:[line,column] message}
 * lines with their {@code symbol:} and {@code location:} details, each once (Maven prints them twice), paths
 * relative to the project.
 */
final class CompilerOutput {

    private static final Pattern ERROR = Pattern.compile("\\[ERROR\\] (/?.+?\\.java):\\[(\\d+),(\\d+)\\] (.*)");
    private static final Pattern DETAIL = Pattern.compile("\\s+(symbol|location|required|found|reason)\\s*:.*");

    private CompilerOutput() {
    }

    /** Each compiler error, as {@code path:line:column: message[; detail ...]}, in the order first printed. */
    static List<String> errors(List<String> output, Path project) {
        Set<String> errors = new LinkedHashSet<>();
        for (int i = 0; i < output.size(); i++) {
            Matcher error = ERROR.matcher(strip(output.get(i)));
            if (!error.matches()) {
                continue;
            }
            StringBuilder text = new StringBuilder(display(project, error.group(1))).append(':').append(error.group(2))
                    .append(':').append(error.group(3)).append(": ").append(error.group(4).trim());
            while (i + 1 < output.size() && DETAIL.matcher(withoutLevel(output.get(i + 1))).matches()) {
                text.append("; ").append(withoutLevel(output.get(++i)).trim().replaceAll("\\s+", " "));
            }
            errors.add(text.toString());
        }
        return new ArrayList<>(errors);
    }

    /** The {@code [ERROR]} lines of a build that failed for another reason than compiling, at most {@code limit}. */
    static List<String> otherErrors(List<String> output, int limit) {
        return output.stream().map(CompilerOutput::strip).filter(line -> line.startsWith("[ERROR]"))
                .map(line -> line.substring("[ERROR]".length()).trim()).filter(line -> !line.isEmpty())
                .filter(line -> !line.startsWith("-> [Help") && !line.startsWith("Re-run Maven")
                        && !line.startsWith("To see the full stack trace") && !line.startsWith("For more information")
                        && !line.startsWith("[Help "))
                .distinct().limit(limit).toList();
    }

    /** A line without colours and without a leading {@code [ERROR]} (javac's detail lines may carry it or not). */
    private static String withoutLevel(String line) {
        String plain = strip(line);
        return plain.startsWith("[ERROR]") ? plain.substring("[ERROR]".length()) : plain;
    }

    /** A line without ANSI colours (a forked Maven may colour its output). */
    private static String strip(String line) {
        return line.replaceAll("\u001B\\[[;\\d]*m", "");
    }

    private static String display(Path project, String file) {
        Path path = Path.of(file);
        return path.isAbsolute() && path.normalize().startsWith(project) ? project.relativize(path.normalize()).toString() : file;
    }
}
