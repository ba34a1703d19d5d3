package dev.backendbuilder.bench;

import dev.backendbuilder.gate.GateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The benchmark check of one module: finds the JMH benchmarks compiled into its test classes, runs
 * them ({@link JmhRunner}), rewrites or reads the baseline, and judges ({@link BenchmarkGate}).
 */
public final class BenchmarkCheck {

    /** Where the JMH annotation processor lists the benchmarks it generated. */
    public static final String BENCHMARK_LIST = "META-INF/BenchmarkList";

    /**
     * What to check and how.
     *
     * @param testClasses    the compiled test classes ({@code target/test-classes})
     * @param jmh            how JMH runs (class path, forks, iterations, timeout)
     * @param limits         the limits
     * @param maxRegression  the allowed change against the baseline in the bad direction
     * @param baseline       the baseline file (may be absent)
     * @param updateBaseline rewrite the baseline from this run instead of comparing with it
     * @param moduleDir      the module's folder, to which files in messages are relative
     * @param outputDir      {@code target/builder}
     * @param failWhenBusy   fail limits missed on an overloaded machine too (else INCONCLUSIVE)
     */
    public record Request(Path testClasses, JmhSettings jmh, List<BenchmarkLimit> limits, double maxRegression, Path baseline,
            boolean updateBaseline, Path moduleDir, Path outputDir, boolean failWhenBusy) {

        public Request {
            Objects.requireNonNull(testClasses, "testClasses");
            Objects.requireNonNull(jmh, "jmh");
            limits = List.copyOf(limits);
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(moduleDir, "moduleDir");
            Objects.requireNonNull(outputDir, "outputDir");
        }
    }

    private final Consumer<String> log;
    private final Consumer<String> detail;

    /** @param log where JMH's output and the check's own lines go */
    public BenchmarkCheck(Consumer<String> log) {
        this(log, log);
    }

    /**
     * @param log    the check's own lines and what JMH says that matters (each benchmark, each iteration, failures)
     * @param detail the rest of JMH's output: its banner and paragraphs, warmups, percentiles, the application's log
     */
    public BenchmarkCheck(Consumer<String> log, Consumer<String> detail) {
        this.log = log;
        this.detail = detail;
    }

    /** Runs the check; a project without benchmarks is SKIPPED, saying so. */
    public BenchmarkGate.Outcome run(Request request) throws BenchmarkException {
        long start = System.nanoTime();
        BenchmarkGate gate = new BenchmarkGate(request.limits(), request.maxRegression(), request.failWhenBusy());
        Path list = request.testClasses().resolve(BENCHMARK_LIST);
        String listDisplay = display(request, list);
        if (!hasBenchmarkList(list)) {
            return new BenchmarkGate.Outcome(GateResult.skipped(BenchmarkGate.AREA, "No JMH benchmarks in "
                    + display(request, request.testClasses()) + " (no " + BENCHMARK_LIST + "): nothing to measure. Benchmarks are"
                    + " @Benchmark methods under src/test/java, compiled with org.openjdk.jmh:jmh-generator-annprocess."), List.of());
        }
        if (!hasJmh(request.jmh().classpath())) {
            throw new BenchmarkException("The project has JMH benchmarks (" + listDisplay + ") but JMH is not on its test class"
                    + " path. Add the dependency <dependency><groupId>org.openjdk.jmh</groupId><artifactId>jmh-core</artifactId>"
                    + "<version>1.37</version><scope>test</scope></dependency> to the pom.");
        }
        Path work = request.outputDir().resolve(BenchmarkGate.AREA);
        List<JmhResult> results;
        MachineLoad load;
        try (LoadSampler sampler = LoadSampler.ofThisMachine()) {
            results = new JmhRunner(request.jmh()).run(work, line -> (JmhRunner.worthShowing(line) ? log : detail)
                    .accept(line));
            load = sampler.stop();
        }
        if (results.isEmpty()) {
            throw new BenchmarkException("JMH ran but reported no result; see " + display(request, work.resolve("jmh.log")) + ".");
        }
        Environment environment = Environment.current(results.get(0).jdkVersion(), results.get(0).vmName());
        String baselineDisplay = display(request, request.baseline());
        List<String> notes = new ArrayList<>();
        BenchmarkBaseline baseline = null;
        if (request.updateBaseline()) {
            try {
                BenchmarkBaseline.write(request.baseline(), environment, results);
            } catch (IOException e) {
                throw new BenchmarkException("Cannot write the benchmark baseline " + baselineDisplay + ": " + e.getMessage()
                        + ". Check that the folder is writable.", e);
            }
            log.accept("Wrote " + results.size() + (results.size() == 1 ? " benchmark" : " benchmarks") + " to the baseline "
                    + baselineDisplay + "; review and commit it.");
            notes.add("The baseline " + baselineDisplay + " was written from this run, so nothing was compared with it.");
        } else {
            baseline = BenchmarkBaseline.read(request.baseline(), baselineDisplay).orElse(null);
            if (baseline == null) {
                notes.add("No baseline " + baselineDisplay + ", so no regression check. Write one with"
                        + " -Dbuilder.benchmark.updateBaseline=true and commit it.");
            }
        }
        List<String> evidence = List.of(display(request, work.resolve("jmh-result.json")));
        return gate.judge(results, baseline, baselineDisplay, environment, load, evidence, notes,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Whether {@code testClasses} holds JMH benchmarks (a non-empty {@value #BENCHMARK_LIST}). */
    public static boolean hasBenchmarks(Path testClasses) throws BenchmarkException {
        return hasBenchmarkList(testClasses.resolve(BENCHMARK_LIST));
    }

    private static boolean hasBenchmarkList(Path list) throws BenchmarkException {
        try {
            return Files.isRegularFile(list) && Files.readAllLines(list).stream().anyMatch(l -> !l.isBlank());
        } catch (IOException e) {
            throw new BenchmarkException("Cannot read " + list + ": " + e.getMessage() + ".", e);
        }
    }

    /** Whether JMH's runner is on {@code classpath}: a jmh-core jar, or a folder holding its main class. */
    static boolean hasJmh(List<Path> classpath) {
        for (Path element : classpath) {
            String name = element.getFileName() == null ? "" : element.getFileName().toString();
            if ((name.startsWith("jmh-core") && name.endsWith(".jar") && Files.isRegularFile(element))
                    || Files.isRegularFile(element.resolve(JmhRunner.MAIN.replace('.', '/') + ".class"))) {
                return true;
            }
        }
        return false;
    }

    private static String display(Request request, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = request.moduleDir().toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }
}
