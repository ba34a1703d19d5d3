package dev.backendbuilder.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs SpotBugs with its plugins (Find Security Bugs) over compiled classes in a forked JVM, with
 * a heap setting and a timeout, and reads its XML report. Categories switched off are dropped from
 * the findings; the baseline and suppressions are applied later by {@link SecurityGate}.
 */
public final class SpotBugsRunner {

    private final SpotBugsSettings settings;
    private final Consumer<String> log;

    /** @param log receives SpotBugs' own warnings and errors (its SLF4J output in the fork), prefixed {@code SpotBugs:} */
    public SpotBugsRunner(SpotBugsSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    /**
     * Analyses the classes in {@code classes}, with {@code auxClasspath} (the project's dependencies)
     * to resolve types, writing the XML report and the fork's output into {@code workDir}.
     */
    public List<BugFinding> analyse(Path classes, List<Path> auxClasspath, Path workDir) throws SecurityToolException {
        try {
            Files.createDirectories(workDir);
            Path report = workDir.resolve("spotbugs.xml");
            Path output = workDir.resolve("spotbugs.log");
            Path aux = workDir.resolve("spotbugs-auxclasspath.txt");
            Files.deleteIfExists(report);
            Files.write(aux, auxClasspath.stream().filter(Files::exists).map(Path::toString).toList(), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(command(classes, aux, report))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                long millis = settings.timeout().toMillis();
                throw new SecurityToolException("SpotBugs did not finish within "
                        + (millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms") + " and was stopped. Raise builder.security.spotbugs.timeout, or lower the effort"
                        + " (builder.security.spotbugs.effort=default).");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(report)) {
                String tail = tail(output);
                String advice = tail.contains("OutOfMemoryError")
                        ? " It ran out of memory: raise builder.security.spotbugs.maxHeap (now " + settings.maxHeap() + ")."
                        : " See " + output + ".";
                throw new SecurityToolException("SpotBugs failed (exit code " + process.exitValue() + "): " + tail + "." + advice);
            }
            relayWarnings(output);
            List<BugFinding> bugs = SpotBugsXml.read(report);
            return bugs.stream().filter(b -> !settings.excludedCategories().contains(b.category())).toList();
        } catch (IOException e) {
            throw new SecurityToolException("Cannot run SpotBugs: " + e.getMessage() + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SecurityToolException("Interrupted while SpotBugs was running.", e);
        }
    }

    List<String> command(Path classes, Path auxClasspathFile, Path report) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + settings.maxHeap());
        command.add("-Djava.awt.headless=true");
        // SpotBugs logs through SLF4J: slf4j-simple (on the fork's class path) writes its warnings and errors
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-Dorg.slf4j.simpleLogger.showThreadName=false");
        command.add("-cp");
        command.add(settings.classpath().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        command.add("edu.umd.cs.findbugs.FindBugs2");
        // The report's file with its reporter option: "-output" is deprecated and SpotBugs warns about it.
        command.add("-xml:withMessages=" + report);
        command.add("-effort:" + settings.effort());
        command.add("-" + settings.threshold());
        command.add("-maxRank");
        command.add(String.valueOf(settings.maxRank()));
        command.add("-noClassOk");
        command.add("-quiet");
        if (!settings.plugins().isEmpty()) {
            command.add("-pluginList");
            command.add(settings.plugins().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        }
        if (settings.includeFilter() != null) {
            command.add("-include");
            command.add(settings.includeFilter().toString());
        }
        if (settings.excludeFilter() != null) {
            command.add("-exclude");
            command.add(settings.excludeFilter().toString());
        }
        command.add("-auxclasspathFromFile");
        command.add(auxClasspathFile.toString());
        command.add(classes.toString());
        return command;
    }

    /** SpotBugs' warnings and errors from the fork's output, so they reach the build log. */
    private void relayWarnings(Path output) throws IOException {
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            if (line.startsWith("WARN ") || line.startsWith("ERROR ") || line.startsWith("SLF4J(")) {
                log.accept("SpotBugs: " + line.strip());
            }
        }
    }

    private static String tail(Path output) throws IOException {
        List<String> lines = Files.exists(output) ? Files.readAllLines(output, StandardCharsets.UTF_8) : List.of();
        List<String> meaningful = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("\tat ")).toList();
        return meaningful.isEmpty() ? "no output"
                : String.join(" | ", meaningful.subList(Math.max(0, meaningful.size() - 3), meaningful.size()));
    }
}
