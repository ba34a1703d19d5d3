package dev.backendbuilder.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hand-written JMH result files under src/test/resources/dev/backendbuilder/bench. */
final class Runs {

    /** The environment the hand-written runs claim (JDK 17.0.15 on a two-core machine). */
    static final Environment HERE = new Environment("17.0.15", "OpenJDK 64-Bit Server VM", "Test CPU", 2);

    private Runs() {
    }

    static String text(String name) {
        try (InputStream in = Runs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<JmhResult> read(String name) {
        try {
            return JmhJson.parse(text(name), name);
        } catch (BenchmarkException e) {
            throw new IllegalStateException(e);
        }
    }

    static BenchmarkBaseline baselineOf(String name, Environment environment) {
        java.util.Map<String, BenchmarkBaseline.Entry> entries = new java.util.LinkedHashMap<>();
        for (JmhResult result : read(name)) {
            entries.put(result.key(), BenchmarkBaseline.Entry.of(result));
        }
        return new BenchmarkBaseline(environment, entries);
    }
}
