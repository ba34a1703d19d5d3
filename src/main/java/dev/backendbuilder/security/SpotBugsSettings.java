package dev.backendbuilder.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How SpotBugs runs: the forked JVM (class path, heap, timeout) and what it reports.
 *
 * @param classpath          SpotBugs and its dependencies, for the forked JVM
 * @param plugins            SpotBugs plugin jars (Find Security Bugs)
 * @param maxHeap            {@code -Xmx} of the fork, e.g. {@code 1g}
 * @param timeout            the fork is stopped after this long
 * @param threshold          lowest confidence reported: {@code high}, {@code medium} or {@code low}
 * @param maxRank            report bugs of rank 1 (scariest) to this (1 to 20)
 * @param effort             {@code min}, {@code default} or {@code max}
 * @param includeFilter      SpotBugs include filter file, or {@code null}
 * @param excludeFilter      SpotBugs exclude filter file, or {@code null}
 * @param excludedCategories categories switched off, e.g. {@code STYLE}, {@code I18N}
 */
public record SpotBugsSettings(List<Path> classpath, List<Path> plugins, String maxHeap, Duration timeout, String threshold,
        int maxRank, String effort, Path includeFilter, Path excludeFilter, Set<String> excludedCategories) {

    public SpotBugsSettings {
        classpath = List.copyOf(classpath);
        plugins = List.copyOf(plugins);
        Objects.requireNonNull(timeout, "timeout");
        if (maxHeap == null || !maxHeap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("the SpotBugs heap must look like 512m or 2g, not '" + maxHeap + "'");
        }
        threshold = threshold == null ? "medium" : threshold.trim().toLowerCase(Locale.ROOT);
        if (!Set.of("high", "medium", "low").contains(threshold)) {
            throw new IllegalArgumentException("the SpotBugs threshold must be high, medium or low, not '" + threshold + "'");
        }
        effort = effort == null ? "max" : effort.trim().toLowerCase(Locale.ROOT);
        if (!Set.of("min", "less", "default", "more", "max").contains(effort)) {
            throw new IllegalArgumentException("the SpotBugs effort must be min, default or max, not '" + effort + "'");
        }
        if (maxRank < 1 || maxRank > 20) {
            throw new IllegalArgumentException("the SpotBugs rank must lie between 1 and 20, not " + maxRank);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the SpotBugs timeout must be positive, not " + timeout);
        }
        TreeSet<String> categories = new TreeSet<>();
        for (String category : excludedCategories == null ? Set.<String>of() : excludedCategories) {
            if (!category.isBlank()) {
                categories.add(category.trim().toUpperCase(Locale.ROOT));
            }
        }
        excludedCategories = Set.copyOf(categories);
    }

    /** Everything that changes what SpotBugs reports, for the result cache. */
    String fingerprint() {
        return "threshold=" + threshold + ";rank=" + maxRank + ";effort=" + effort + ";include=" + includeFilter + ";exclude="
                + excludeFilter + ";off=" + new TreeSet<>(excludedCategories) + ";cp=" + classpath.stream()
                        .map(p -> p.getFileName().toString()).sorted().toList() + ";plugins=" + plugins.stream()
                                .map(p -> p.getFileName().toString()).sorted().toList();
    }
}
