package dev.backendbuilder.mojo;

import dev.backendbuilder.bench.BenchmarkCheck;
import dev.backendbuilder.bench.BenchmarkException;
import dev.backendbuilder.bench.BenchmarkGate;
import dev.backendbuilder.bench.BenchmarkLimit;
import dev.backendbuilder.bench.JmhSettings;
import dev.backendbuilder.bench.PerformanceLimits;
import dev.backendbuilder.bench.Statistic;
import dev.backendbuilder.design.Design;
import dev.backendbuilder.design.Quality;
import dev.backendbuilder.gate.GateResult;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * The benchmark gate: runs the JMH benchmarks compiled into the project's test classes in a forked
 * JVM on the test class path, holds them to limits (from the POM, and from the design's
 * {@code performance} section) and compares them with a committed baseline. Writes
 * {@code target/builder/benchmark.json} with every result, passing or not.
 *
 * <p>A limit bounds the score, a SampleTime percentile, the requests per second or a secondary
 * metric; the direction of a regression follows the mode (throughput: higher is better; times:
 * lower is better). A change against the baseline fails only when it is beyond
 * {@code maxRegression} and the two 99.9 % confidence intervals do not overlap; a baseline from
 * another JDK or CPU is not compared (a warning says so). A project without benchmarks is
 * skipped, saying so.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.backendbuilder</groupId>
 *   <artifactId>builder-maven-plugin</artifactId>
 *   <executions>
 *     <execution>
 *       <goals><goal>benchmark</goal></goals>
 *       <configuration>
 *         <limits>
 *           <limit><benchmark>GET /api/books/{id}</benchmark><statistic>P95</statistic><maximum>25</maximum><unit>ms</unit></limit>
 *         </limits>
 *       </configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "benchmark", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class BenchmarkMojo extends AbstractGateMojo {

    /**
     * Skips the benchmark gate (its result file says so).
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.skip", defaultValue = "false")
    protected boolean benchmarkSkip;

    /**
     * Limits on the benchmarks. Each selects benchmarks by full name, {@code Class.method}, endpoint
     * ({@code GET /api/books/{id}}: the benchmarks whose {@code endpoint} parameter names it) or a
     * regular expression found in the full name, and bounds one figure with {@code minimum} and/or
     * {@code maximum} in {@code unit}:
     *
     * <pre>{@code
     * <limits>
     *   <!-- 95th percentile of a SampleTime benchmark, in ms -->
     *   <limit><benchmark>GET /api/books/{id}</benchmark><percentile>0.95</percentile><maximum>25</maximum><unit>ms</unit></limit>
     *   <!-- throughput score, in operations per second -->
     *   <limit><benchmark>BookServiceBenchmark.find</benchmark><minimum>50000</minimum><unit>ops/s</unit></limit>
     *   <!-- a secondary metric (needs <profilers>gc</profilers>), reported only -->
     *   <limit><benchmark>.*Mapper.*</benchmark><metric>gc.alloc.rate.norm</metric><maximum>512</maximum><unit>B/op</unit>
     *     <level>WARN</level></limit>
     * </limits>
     * }</pre>
     *
     * statistic: SCORE (default; the mode's score), P50, P90, P95, P99, P999, MAX (SampleTime only),
     * RPS (ops/s; for time modes threads ÷ mean time); or {@code percentile} 0.5 … 1.0. unit: ns, us,
     * ms, s, min for times; ops/s, ops/ms, … (or rps) for throughputs; a secondary metric's own unit;
     * default the result's unit. level: ERROR (default) or WARN. The design's {@code performance}
     * entries add limits of their own: {@code p95Ms} as P95 in ms, {@code minRps} as RPS.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<BenchmarkLimitParameter> limits;

    /**
     * Fail a limit (or the baseline comparison) missed while the machine was overloaded, for CI
     * machines that must enforce the limits whatever else runs there. By default such a miss, or one
     * within JMH's error interval, makes the gate INCONCLUSIVE: a warning with the figures and the
     * machine's load average, never a pass, and no build failure. "Overloaded": the one-minute load
     * average, sampled before, during and after the run, exceeded the number of cores.
     *
     * @since 0.2.0
     */
    @Parameter(property = "builder.benchmark.failWhenBusy", defaultValue = "false")
    private boolean failWhenBusy;

    /**
     * The largest change against the baseline in the bad direction that passes (0.10 = 10 %
     * slower). A larger one fails only when the confidence intervals of the two runs do not overlap.
     * Default: {@code quality.benchmarks.maxRegression} of the design, else 0.10.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.maxRegression")
    protected Double maxRegression;

    /**
     * The baseline file (JSON, to be committed): each benchmark's score, error, confidence interval
     * and percentiles, and the JDK and CPU they were measured on. Absent: no regression check.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.baseline", defaultValue = "${project.basedir}/benchmark-baseline.json")
    protected File baseline;

    /**
     * Writes the baseline from this run (limits still apply, nothing is compared); review and commit it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.updateBaseline", defaultValue = "false")
    protected boolean updateBaseline;

    /**
     * JMH forks per benchmark ({@code -f}); more forks narrow the error bars across JVM runs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.forks", defaultValue = "1")
    protected int forks;

    /**
     * Warmup iterations ({@code -wi}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.warmupIterations", defaultValue = "2")
    protected int warmupIterations;

    /**
     * Time of each warmup iteration ({@code -w}): a number and ns, us, ms, s or min.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.warmupTime", defaultValue = "1s")
    protected String warmupTime;

    /**
     * Measurement iterations ({@code -i}). Error bars need at least two; more iterations make them
     * narrower, so that smaller regressions can be told from noise.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.measurementIterations", defaultValue = "5")
    protected int measurementIterations;

    /**
     * Time of each measurement iteration ({@code -r}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.measurementTime", defaultValue = "1s")
    protected String measurementTime;

    /**
     * Threads running each benchmark at the same time ({@code -t}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.threads", defaultValue = "1")
    protected int threads;

    /**
     * Benchmarks to run: regular expressions found in the full names (all when empty).
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.includes")
    protected List<String> includes;

    /**
     * Benchmarks left out: regular expressions found in the full names ({@code -e}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.excludes")
    protected List<String> excludes;

    /**
     * JMH profilers ({@code -prof}), e.g. {@code gc} for the allocation rate ({@code gc.alloc.rate},
     * {@code gc.alloc.rate.norm}), which limits can then bound.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.profilers")
    protected List<String> profilers;

    /**
     * More arguments of the benchmark JVMs (JMH's forks inherit them), e.g.
     * {@code -XX:+UseParallelGC}, {@code -Dspring.profiles.active=bench}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.jvmArgs")
    protected List<String> jvmArgs;

    /**
     * Heap of the benchmark JVMs ({@code -Xmx}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.maxHeap", defaultValue = "1g")
    protected String maxHeap;

    /**
     * The whole JMH run is stopped, forks included, after this many seconds.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.timeout", defaultValue = "900")
    protected int timeout;

    /**
     * The {@code java} executable the benchmarks run on. Default: the one running Maven.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.benchmark.jvm")
    protected File jvm;

    /**
     * The design file whose {@code performance} section adds limits and whose
     * {@code quality.benchmarks.maxRegression} is the default, when it exists.
     *
     * @since 0.1.0
     */
    @Parameter(property = "builder.design", defaultValue = "${project.basedir}/design.yaml")
    protected File design;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The outcome's lines per benchmark, kept for {@link #printDetails}. */
    private BenchmarkGate.Outcome outcome;

    @Override
    protected String area() {
        return BenchmarkGate.AREA;
    }

    @Override
    protected boolean areaSkipped() {
        return benchmarkSkip;
    }

    @Override
    protected GateResult check() throws MojoExecutionException {
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path testClasses = Path.of(project.getBuild().getTestOutputDirectory());
        // the design is read only when there is something to measure
        Design loaded;
        try {
            loaded = BenchmarkCheck.hasBenchmarks(testClasses) ? designOf(design, basedir, "benchmark limits") : null;
        } catch (BenchmarkException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        double regression = maxRegression != null ? maxRegression
                : loaded != null ? loaded.quality().maxRegression() : Quality.DEFAULT.maxRegression();
        BenchmarkCheck.Request request;
        try {
            List<BenchmarkLimit> all = limits();
            if (loaded != null) {
                all.addAll(PerformanceLimits.of(loaded.performance(), relative(basedir, designPath(basedir))));
            }
            JmhSettings settings = new JmhSettings(java(), classpath(), maxHeap, jvmArgs, forks, warmupIterations, warmupTime,
                    measurementIterations, measurementTime, threads, includes, excludes, profilers, Duration.ofSeconds(timeout));
            request = new BenchmarkCheck.Request(testClasses, settings, all, regression, baseline.toPath(), updateBaseline,
                    basedir, resultsDirectory.toPath(), failWhenBusy);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid builder:benchmark configuration: " + e.getMessage()
                    + ". See 'mvn builder:help -Ddetail -Dgoal=benchmark'.", e);
        }
        try {
            outcome = new BenchmarkCheck(getLog()::info, getLog()::debug).run(request);
        } catch (BenchmarkException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        return outcome.result();
    }

    @Override
    protected void printDetails(GateResult result) {
        if (outcome != null) {
            outcome.details().forEach(getLog()::info);
        }
    }

    /** The POM's limits, numbered from 1 in messages. */
    List<BenchmarkLimit> limits() {
        List<BenchmarkLimit> out = new ArrayList<>();
        for (int i = 0; limits != null && i < limits.size(); i++) {
            BenchmarkLimitParameter p = limits.get(i);
            String source = "limits, limit " + (i + 1);
            try {
                if (p.percentile != null && p.statistic != null) {
                    throw new IllegalArgumentException("give <statistic> or <percentile>, not both");
                }
                Statistic statistic = p.percentile != null ? Statistic.ofPercentile(p.percentile) : p.statistic;
                out.add(new BenchmarkLimit(p.benchmark, false, statistic, p.metric, p.minimum, p.maximum, p.unit, p.level,
                        source));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private List<Path> classpath() throws MojoExecutionException {
        try {
            return project.getTestClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The test class path of " + project.getArtifactId() + " is not resolved: "
                    + e.getMessage() + ". Run builder:benchmark in a build that resolves test dependencies (mvn verify).", e);
        }
    }

    private Path java() {
        return jvm != null ? jvm.toPath() : Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private Path designPath(Path basedir) {
        return basedir.resolve(design.toPath()).toAbsolutePath().normalize();
    }

    private static String relative(Path folder, Path file) {
        return AbstractDesignMojo.relative(folder, file);
    }
}
