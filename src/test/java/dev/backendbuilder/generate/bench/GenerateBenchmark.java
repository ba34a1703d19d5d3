package dev.backendbuilder.generate.bench;

import dev.backendbuilder.design.Design;
import dev.backendbuilder.design.DesignLoader;
import dev.backendbuilder.generate.Contributors;
import dev.backendbuilder.generate.GenerationPlan;
import dev.backendbuilder.generate.Generator;
import dev.backendbuilder.generate.TemplateRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3 target: generating a 50-entity design takes under 2 s. Times what the mojo does:
 * load and validate the design, plan (view model, every template, ignore rules, manifest) and
 * write every file atomically into an empty folder. {@code cold} is one run in a fresh JVM, as
 * {@code mvn builder:generate} is; {@code warm} is the steady state.
 *
 * <p>Run: {@code mvn -Pbenchmark test-compile exec:exec -Dbenchmark.include=GenerateBenchmark}
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class GenerateBenchmark {

    private static final Path DESIGN = Path.of("src", "test", "resources", "dev", "backendbuilder", "generate",
            "fifty-entities.yaml");

    private String text;
    private Path target;

    @Setup(Level.Trial)
    public void read() throws IOException {
        text = Files.readString(DESIGN, StandardCharsets.UTF_8);
    }

    @Setup(Level.Invocation)
    public void emptyFolder() throws IOException {
        target = Files.createTempDirectory("generate-benchmark");
    }

    @TearDown(Level.Invocation)
    public void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(target)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private GenerationPlan generate() throws Exception {
        Design design = new DesignLoader().parse(text, "design.yaml");
        Generator generator = new Generator(Contributors.defaults(), new TemplateRenderer(null), "benchmark");
        GenerationPlan plan = generator.plan(design, text.getBytes(StandardCharsets.UTF_8), target, false);
        generator.apply(plan);
        return plan;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public GenerationPlan cold() throws Exception {
        return generate();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
    @Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
    public GenerationPlan warm() throws Exception {
        return generate();
    }
}
