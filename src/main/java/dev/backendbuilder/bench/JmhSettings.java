package dev.backendbuilder.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How JMH runs: the host JVM it starts in (java, class path, heap, arguments, passed on to JMH's
 * forks too) and JMH's own options.
 *
 * @param java                  the {@code java} executable
 * @param classpath             the project's test class path, JMH included
 * @param maxHeap               {@code -Xmx} of the JVMs, e.g. {@code 1g}
 * @param jvmArgs               more JVM arguments, e.g. {@code -XX:+UseParallelGC}, {@code -Dapp.mode=bench}
 * @param forks                 JMH forks per benchmark ({@code -f})
 * @param warmupIterations      {@code -wi}
 * @param warmupTime            {@code -w}, e.g. {@code 1s}, {@code 200ms}
 * @param measurementIterations {@code -i}
 * @param measurementTime       {@code -r}
 * @param threads               {@code -t}
 * @param includes              benchmarks to run, regular expressions (empty: all)
 * @param excludes              benchmarks to leave out ({@code -e})
 * @param profilers             JMH profilers ({@code -prof}), e.g. {@code gc}
 * @param timeout               the whole run is stopped, forks included, after this long
 */
public record JmhSettings(Path java, List<Path> classpath, String maxHeap, List<String> jvmArgs, int forks,
        int warmupIterations, String warmupTime, int measurementIterations, String measurementTime, int threads,
        List<String> includes, List<String> excludes, List<String> profilers, Duration timeout) {

    private static final String TIME = "\\d+\\s*(ns|us|ms|s|m|min)";

    public JmhSettings {
        Objects.requireNonNull(java, "java");
        classpath = List.copyOf(classpath);
        jvmArgs = clean(jvmArgs);
        includes = clean(includes);
        excludes = clean(excludes);
        profilers = clean(profilers);
        Objects.requireNonNull(timeout, "timeout");
        if (maxHeap == null || !maxHeap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("maxHeap must look like 512m or 2g, not '" + maxHeap + "'");
        }
        if (forks < 0 || warmupIterations < 0 || threads < 1 || measurementIterations < 1) {
            throw new IllegalArgumentException("forks and warmupIterations must be 0 or more, measurementIterations and"
                    + " threads 1 or more (forks " + forks + ", warmupIterations " + warmupIterations
                    + ", measurementIterations " + measurementIterations + ", threads " + threads + ")");
        }
        for (String time : new String[] {warmupTime, measurementTime}) {
            if (time == null || !time.trim().matches(TIME)) {
                throw new IllegalArgumentException("an iteration time is a number and a unit (ns, us, ms, s, min), e.g. 1s or"
                        + " 200ms, not '" + time + "'");
            }
        }
        warmupTime = warmupTime.replace(" ", "");
        measurementTime = measurementTime.replace(" ", "");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
        }
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }
}
