package dev.backendbuilder.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the JSON file JMH writes with {@code -rf json}: an array of results, each with
 * {@code benchmark}, {@code mode}, {@code params}, {@code jdkVersion}, {@code vmName},
 * {@code primaryMetric} ({@code score}, {@code scoreError}, {@code scoreConfidence},
 * {@code scorePercentiles}, {@code scoreUnit}, {@code rawData}) and {@code secondaryMetrics}.
 * JMH writes {@code "NaN"} for an error it could not compute; that reads as {@link Double#NaN}.
 */
public final class JmhJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JmhJson() {
    }

    /** The results in {@code file}. */
    public static List<JmhResult> read(Path file) throws BenchmarkException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchmarkException("Cannot read the JMH result " + file + ": " + e.getMessage() + ".", e);
        }
        return parse(text, file.toString());
    }

    /** The results in {@code text}; {@code source} names it in messages. */
    public static List<JmhResult> parse(String text, String source) throws BenchmarkException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BenchmarkException(source + " is not JMH JSON (" + e.getOriginalMessage() + "); run the benchmarks again.", e);
        }
        if (root == null || !root.isArray()) {
            throw new BenchmarkException(source + " is not JMH JSON: it should be an array of results; run the benchmarks again.");
        }
        List<JmhResult> results = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            results.add(result(root.get(i), source + " [" + i + "]"));
        }
        return results;
    }

    private static JmhResult result(JsonNode node, String where) throws BenchmarkException {
        String benchmark = text(node, "benchmark", where);
        Mode mode = Mode.ofCode(text(node, "mode", where));
        if (mode == null) {
            throw new BenchmarkException(where + ": unknown JMH mode '" + node.path("mode").asText() + "'.");
        }
        Map<String, String> params = new TreeMap<>();
        node.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        Map<String, MetricData> secondary = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("secondaryMetrics").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            // JMH before 1.36 wrote profiler metrics as "·gc.alloc.rate"
            String name = entry.getKey().startsWith("\u00b7") ? entry.getKey().substring(1) : entry.getKey();
            secondary.put(name, metric(entry.getValue(), where + " secondary metric " + name));
        }
        JsonNode primary = node.get("primaryMetric");
        if (primary == null || !primary.isObject()) {
            throw new BenchmarkException(where + ": no primaryMetric.");
        }
        return new JmhResult(benchmark, mode, node.path("threads").asInt(1), new TreeMap<>(params),
                node.path("jdkVersion").asText(""), node.path("vmName").asText(""), metric(primary, where), secondary);
    }

    private static MetricData metric(JsonNode node, String where) throws BenchmarkException {
        JsonNode score = node.get("score");
        if (score == null || !(score.isNumber() || score.isTextual())) {
            throw new BenchmarkException(where + ": no score.");
        }
        double error = number(node.get("scoreError"));
        JsonNode confidence = node.path("scoreConfidence");
        double low = confidence.size() == 2 ? number(confidence.get(0)) : Double.NaN;
        double high = confidence.size() == 2 ? number(confidence.get(1)) : Double.NaN;
        TreeMap<Double, Double> percentiles = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("scorePercentiles").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            try {
                percentiles.put(Double.parseDouble(entry.getKey()), number(entry.getValue()));
            } catch (NumberFormatException e) {
                throw new BenchmarkException(where + ": percentile '" + entry.getKey() + "' is not a number.", e);
            }
        }
        List<Double> iterations = new ArrayList<>();
        for (JsonNode fork : node.path("rawData")) {
            for (JsonNode iteration : fork) {
                iterations.add(number(iteration));
            }
        }
        return new MetricData(number(score), error, low, high, node.path("scoreUnit").asText(""), percentiles, iterations);
    }

    private static String text(JsonNode node, String field, String where) throws BenchmarkException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new BenchmarkException(where + ": no '" + field + "'.");
        }
        return value.asText();
    }

    /** A number, or {@code NaN} for JMH's {@code "NaN"} and for anything missing. */
    private static double number(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Double.NaN;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        try {
            return Double.parseDouble(node.asText());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
