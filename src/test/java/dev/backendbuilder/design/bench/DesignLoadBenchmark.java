package dev.backendbuilder.design.bench;

import dev.backendbuilder.design.Design;
import dev.backendbuilder.design.DesignException;
import dev.backendbuilder.design.DesignLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 2 target: loading and validating a 200-entity design takes under 200 ms in a warm JVM.
 * Times {@link DesignLoader#parse} end to end: YAML with locations, JSON Schema, binding, rules.
 *
 * <p>Run: {@code mvn -Pbenchmark test-compile exec:exec -Dbenchmark.include=DesignLoadBenchmark}
 * (results also in {@code target/jmh-result.json}).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
// One cold 200-entity load takes about a second before the JIT has compiled the YAML parser and the
// schema validator; ten warmup seconds leave it warm even on a busy two-core machine.
@Warmup(iterations = 10, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
public class DesignLoadBenchmark {

    private static final Path EXAMPLE = Path.of("examples", "library", "design.yaml");

    private final DesignLoader loader = new DesignLoader();
    private String large;
    private String example;

    @Setup
    public void setUp() throws IOException, DesignException {
        large = LargeDesigns.generate(LargeDesigns.DEFAULT_ENTITIES);
        if (!Files.isRegularFile(EXAMPLE)) {
            throw new IllegalStateException(EXAMPLE.toAbsolutePath() + " not found; run the benchmark from the project directory.");
        }
        example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        // Fail fast on invalid input: an exception per call would time the error path instead.
        loader.parse(large, "large-design.yaml");
        loader.parse(example, "examples/library/design.yaml");
    }

    @Benchmark
    public Design loadAndValidate200Entities() throws DesignException {
        return loader.parse(large, "large-design.yaml");
    }

    @Benchmark
    public Design loadAndValidateExample() throws DesignException {
        return loader.parse(example, "examples/library/design.yaml");
    }
}
