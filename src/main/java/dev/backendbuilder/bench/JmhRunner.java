package dev.backendbuilder.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs JMH ({@code org.openjdk.jmh.Main}) in a forked JVM on the project's test class path, with a
 * heap setting and a timeout after which it is stopped with its own forks; streams its output to
 * the log and to {@code jmh.log}, and reads the JSON results it writes.
 */
public final class JmhRunner {

    /** JMH's main class, which must be on the class path. */
    public static final String MAIN = "org.openjdk.jmh.Main";

    private final JmhSettings settings;

    public JmhRunner(JmhSettings settings) {
        this.settings = settings;
    }

    /** What JMH says when another JMH run on the machine holds its lock ({@code <tmpdir>/jmh.lock}). */
    static final String LOCK_BUSY = "Unable to acquire the JMH lock";

    /**
     * Runs the benchmarks, writing {@code jmh-result.json} and {@code jmh.log} into {@code workDir}.
     * JMH refuses to start while another JMH run on the machine holds its lock (two runs at once
     * would distort each other's figures); then this waits for the lock, within the timeout.
     */
    public List<JmhResult> run(Path workDir, Consumer<String> log) throws BenchmarkException {
        Path result = workDir.resolve("jmh-result.json");
        Path output = workDir.resolve("jmh.log");
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        boolean waitSaid = false;
        try {
            Files.createDirectories(workDir);
            Path argFile = workDir.resolve("jmh-classpath.args");
            Files.writeString(argFile, "-cp\n" + quote(settings.classpath().stream().map(Path::toString)
                    .collect(Collectors.joining(java.io.File.pathSeparator))) + "\n", StandardCharsets.UTF_8);
            while (true) {
                Files.deleteIfExists(result);
                Attempt attempt = attempt(command(argFile, result), workDir, output, log, deadline);
                if (attempt.lockBusy() && System.nanoTime() < deadline) {
                    if (!waitSaid) {
                        log.accept("Another JMH run on this machine holds JMH's lock; waiting for it to finish"
                                + " (builder.benchmark.timeout applies).");
                        waitSaid = true;
                    }
                    Thread.sleep(Math.min(2_000, Math.max(0, (deadline - System.nanoTime()) / 1_000_000)));
                    continue;
                }
                if (attempt.exitCode() != 0 || !Files.isRegularFile(result)) {
                    throw new BenchmarkException("JMH failed (exit code " + attempt.exitCode() + "): "
                            + (attempt.tail().isEmpty() ? "no output" : attempt.tail()) + ". See " + output + ".");
                }
                return JmhJson.read(result);
            }
        } catch (IOException e) {
            throw new BenchmarkException("Cannot run JMH: " + e.getMessage() + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("Interrupted while JMH was running; it was stopped.", e);
        }
    }

    /** One JMH process: its exit code, its last meaningful lines, and whether it found the lock taken. */
    private record Attempt(int exitCode, String tail, boolean lockBusy) {
    }

    private Attempt attempt(List<String> command, Path workDir, Path output, Consumer<String> log, long deadline)
            throws IOException, InterruptedException, BenchmarkException {
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        try {
            Deque<String> tail = new ArrayDeque<>();
            boolean[] lockBusy = {false};
            // JMH's refusal (and its stack trace) is not shown: the wait is said once, by run()
            Thread pump = pump(process, output, line -> {
                lockBusy[0] |= line.contains(LOCK_BUSY);
                if (!lockBusy[0]) {
                    log.accept(line);
                }
            }, tail);
            long remaining = Math.max(0, deadline - System.nanoTime());
            if (!process.waitFor(remaining, TimeUnit.NANOSECONDS)) {
                stop(process);
                pump.join(5_000);
                throw new BenchmarkException("JMH did not finish within " + seconds() + " and was stopped, with its forks."
                        + " Raise builder.benchmark.timeout, or run less: fewer or shorter iterations"
                        + " (builder.benchmark.measurementIterations, builder.benchmark.measurementTime) or fewer benchmarks"
                        + " (builder.benchmark.includes).");
            }
            pump.join(10_000);
            synchronized (tail) {
                return new Attempt(process.exitValue(), String.join(" | ", tail), lockBusy[0]);
            }
        } catch (InterruptedException e) {
            stop(process);
            throw e;
        }
    }

    /** The command line: the host JVM (its arguments reach JMH's forks, which inherit them) and JMH's options. */
    List<String> command(Path classpathArgFile, Path result) {
        List<String> command = new ArrayList<>();
        command.add(settings.java().toString());
        command.add("-Xmx" + settings.maxHeap());
        command.addAll(settings.jvmArgs());
        command.add("@" + classpathArgFile);
        command.add(MAIN);
        command.add("-f");
        command.add(String.valueOf(settings.forks()));
        command.add("-wi");
        command.add(String.valueOf(settings.warmupIterations()));
        command.add("-w");
        command.add(settings.warmupTime());
        command.add("-i");
        command.add(String.valueOf(settings.measurementIterations()));
        command.add("-r");
        command.add(settings.measurementTime());
        command.add("-t");
        command.add(String.valueOf(settings.threads()));
        command.add("-foe");
        command.add("true");
        for (String profiler : settings.profilers()) {
            command.add("-prof");
            command.add(profiler);
        }
        for (String exclude : settings.excludes()) {
            command.add("-e");
            command.add(exclude);
        }
        command.add("-rf");
        command.add("json");
        command.add("-rff");
        command.add(result.toString());
        command.addAll(settings.includes());
        return command;
    }

    /** A stack trace's frames and their "... 12 more": never the reason a run failed. */
    private static final java.util.regex.Pattern STACK_FRAME = java.util.regex.Pattern.compile("(at |\\.\\.\\. \\d+ more).*");
    /** {@code java.lang.IllegalStateException: 409 …} or {@code Caused by: …}: the line that names a failure. */
    private static final java.util.regex.Pattern EXCEPTION = java.util.regex.Pattern.compile(
            "(Caused by: )?([a-zA-Z_$][\\w$]*\\.)+[\\w$]*(Exception|Error|Throwable)(: .*)?");

    /**
     * Copies the process output to the log and to {@code output}, keeping what says why it failed: the
     * first exception and its last cause where one was thrown, otherwise the last lines that say something.
     */
    private static Thread pump(Process process, Path output, Consumer<String> log, Deque<String> tail) throws IOException {
        Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        Thread thread = new Thread(() -> {
            try (file; BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    Charset.defaultCharset()))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    file.write(line);
                    file.write(System.lineSeparator());
                    log.accept(line);
                    String said = line.trim();
                    if (!said.isEmpty() && !STACK_FRAME.matcher(said).matches()) {
                        synchronized (tail) {
                            // a benchmark's exception and its root cause say more than whatever follows them
                            if (EXCEPTION.matcher(said).matches()) {
                                tail.removeIf(earlier -> !EXCEPTION.matcher(earlier).matches() || earlier.startsWith("Caused by: "));
                                tail.addLast(said);
                            } else if (tail.stream().noneMatch(earlier -> EXCEPTION.matcher(earlier).matches())) {
                                tail.addLast(said);
                                if (tail.size() > 3) {
                                    tail.removeFirst();
                                }
                            }
                        }
                    }
                }
            } catch (IOException e) {
                log.accept("(JMH output no longer readable: " + e.getMessage() + ")");
            }
        }, "jmh-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Whether a line of JMH's output is worth the build log at INFO: which benchmark runs, with which
     * parameters, each measurement iteration's score, and anything that went wrong. JMH's banner and its
     * paragraphs (the "REMEMBER" disclaimer), warmups, per-iteration percentiles, its summary table (the
     * gate prints its own) and the benchmarked application's log are detail: all of it stays in jmh.log.
     */
    static boolean worthShowing(String line) {
        String text = line.strip();
        return text.startsWith("# Benchmark:") || text.startsWith("# Parameters:") || text.startsWith("Iteration ")
                || text.startsWith("<failure>") || text.startsWith("# Run complete") || text.contains("Exception")
                || text.startsWith("ERROR") || text.startsWith("Error:");
    }

    /** Stops the process and every process it started (JMH's forks), at once. */
    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String seconds() {
        long millis = settings.timeout().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** A value for a java argument file: quoted, backslashes doubled (Windows paths). */
    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
