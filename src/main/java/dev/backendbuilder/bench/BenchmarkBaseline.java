package dev.backendbuilder.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.backendbuilder.gate.ResultStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The committed baseline ({@code benchmark-baseline.json}): for each benchmark its score, error,
 * confidence interval and percentiles, and the JDK and CPU they were measured on. Written by
 * {@code -Dbuilder.benchmark.updateBaseline=true} (atomically), read on every other run.
 *
 * <pre>
 * {
 *   "formatVersion" : 1,
 *   "environment" : { "jdk" : "17.0.13", "vm" : "OpenJDK 64-Bit Server VM", "cpu" : "AMD EPYC 7763", "cores" : 2 },
 *   "benchmarks" : [ {
 *     "benchmark" : "com.example.BookServiceBenchmark.find",
 *     "mode" : "thrpt",
 *     "params" : { },
 *     "score" : 51234.5, "error" : 812.3, "unit" : "ops/s",
 *     "confidence" : [ 50422.2, 52046.8 ]
 *   } ]
 * }
 * </pre>
 *
 * @param environment where the baseline was measured (fields may be {@code null} in a hand-written file)
 * @param benchmarks  the entries, by {@link JmhResult#key()}
 */
public record BenchmarkBaseline(Environment environment, Map<String, Entry> benchmarks) {

    /** The format version written and read. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public BenchmarkBaseline {
        environment = environment == null ? new Environment(null, null, null, null) : environment;
        benchmarks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(benchmarks));
    }

    /**
     * One benchmark's figures.
     *
     * @param benchmark   full name
     * @param mode        JMH's mode code ({@code thrpt}, {@code avgt}, {@code sample}, {@code ss})
     * @param params      {@code @Param} values
     * @param score       the score
     * @param error       99.9 % confidence half-width; {@code null} when unknown
     * @param unit        the score's unit
     * @param confidence  the confidence interval, {@code [low, high]}, or {@code null}
     * @param percentiles SampleTime percentiles, or {@code null}
     */
    @JsonPropertyOrder({"benchmark", "mode", "params", "score", "error", "unit", "confidence", "percentiles"})
    public record Entry(String benchmark, String mode, SortedMap<String, String> params, double score, Double error,
            String unit, List<Double> confidence, SortedMap<String, Double> percentiles) {

        /** The key of {@link JmhResult#key()}. */
        String key() throws BenchmarkException {
            Mode parsed = Mode.ofCode(mode);
            if (parsed == null || benchmark == null || unit == null) {
                throw new BenchmarkException("entry '" + benchmark + "' needs 'benchmark', 'unit' and a 'mode' of thrpt, avgt,"
                        + " sample or ss");
            }
            return new JmhResult(benchmark, parsed, 1, params, "", "", new MetricData(score, Double.NaN, Double.NaN,
                    Double.NaN, unit, null, null), null).key();
        }

        /** The error as a number ({@code NaN} when unknown). */
        double errorOrNaN() {
            return error == null ? Double.NaN : error;
        }

        static Entry of(JmhResult result) {
            MetricData m = result.primary();
            SortedMap<String, Double> percentiles = null;
            if (result.mode() == Mode.SAMPLE_TIME && !m.percentiles().isEmpty()) {
                percentiles = new TreeMap<>(Comparator.comparingDouble(Double::parseDouble));
                for (Map.Entry<Double, Double> p : m.percentiles().entrySet()) {
                    percentiles.put(p.getKey().toString(), p.getValue());
                }
            }
            return new Entry(result.benchmark(), result.mode().code(), result.params(), m.score(),
                    m.hasError() ? m.error() : null, m.unit(), m.hasError() ? List.of(m.low(), m.high()) : null, percentiles);
        }
    }

    /** The file's shape. */
    @JsonPropertyOrder({"formatVersion", "environment", "benchmarks"})
    record FileFormat(Integer formatVersion, Environment environment, List<Entry> benchmarks) {
    }

    /** The entry of {@code result}, if the baseline has one. */
    public Optional<Entry> entryOf(JmhResult result) {
        return Optional.ofNullable(benchmarks.get(result.key()));
    }

    /** The baseline in {@code file}; empty when the file does not exist. */
    public static Optional<BenchmarkBaseline> read(Path file, String display) throws BenchmarkException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BenchmarkException("Cannot read the benchmark baseline " + display + ": " + e.getMessage() + ".", e);
        }
        FileFormat format;
        try {
            format = JSON.readValue(text, FileFormat.class);
        } catch (JsonProcessingException e) {
            throw new BenchmarkException("The benchmark baseline " + display + " is not valid (" + e.getOriginalMessage()
                    + "). Fix it, or write it anew with -Dbuilder.benchmark.updateBaseline=true.", e);
        }
        if (format == null || format.formatVersion() == null || format.formatVersion() != FORMAT_VERSION) {
            throw new BenchmarkException("The benchmark baseline " + display + " has format version "
                    + (format == null ? null : format.formatVersion()) + "; this plugin reads " + FORMAT_VERSION
                    + ". Write it anew with -Dbuilder.benchmark.updateBaseline=true.");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Entry entry : format.benchmarks() == null ? List.<Entry>of() : format.benchmarks()) {
            try {
                entries.put(entry.key(), entry);
            } catch (BenchmarkException e) {
                throw new BenchmarkException("The benchmark baseline " + display + ": " + e.getMessage() + ".", e);
            }
        }
        return Optional.of(new BenchmarkBaseline(format.environment(), entries));
    }

    /** Writes the baseline of {@code results}, measured in {@code environment}, to {@code file}, atomically. */
    public static void write(Path file, Environment environment, List<JmhResult> results) throws IOException {
        List<Entry> entries = new ArrayList<>();
        results.stream().sorted(Comparator.comparing(JmhResult::key)).forEach(r -> entries.add(Entry.of(r)));
        String text = JSON.writeValueAsString(new FileFormat(FORMAT_VERSION, environment, entries)) + "\n";
        ResultStore.writeAtomically(file, text);
    }
}
