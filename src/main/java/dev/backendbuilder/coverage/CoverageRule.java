package dev.backendbuilder.coverage;

import dev.backendbuilder.gate.Level;
import java.util.List;
import java.util.Objects;
import org.jacoco.core.runtime.WildcardMatcher;

/**
 * A rule as in JaCoCo's {@code check}: every element of a kind whose name matches the includes and
 * not the excludes must keep every limit. Names are dotted ({@code com.example.Foo},
 * {@code com.example}); {@code *} matches any characters, {@code ?} one.
 *
 * @param element  what the rule is checked on
 * @param includes name patterns of the elements checked (empty: all)
 * @param excludes name patterns of the elements left out
 * @param limits   the bounds every matching element must keep
 * @param level    ERROR fails the gate, WARN only reports
 */
public record CoverageRule(ElementType element, List<String> includes, List<String> excludes, List<Limit> limits,
        Level level) {

    public CoverageRule {
        Objects.requireNonNull(element, "element");
        includes = List.copyOf(includes == null || includes.isEmpty() ? List.of("*") : includes);
        excludes = List.copyOf(excludes == null ? List.of() : excludes);
        limits = List.copyOf(limits == null ? List.of() : limits);
        level = level == null ? Level.ERROR : level;
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("a rule on " + element.word() + " elements has no limits");
        }
    }

    /** The default gate: bundle LINE and BRANCH coverage at least {@code line} and {@code branch}. */
    public static CoverageRule bundleMinimums(double line, double branch) {
        return new CoverageRule(ElementType.BUNDLE, List.of(), List.of(),
                List.of(Limit.minimumCoverage(CounterType.LINE, line), Limit.minimumCoverage(CounterType.BRANCH, branch)),
                Level.ERROR);
    }

    /** Whether the element named {@code name} (dotted or with slashes) is checked by this rule. */
    public boolean matches(String name) {
        String dotted = name.replace('/', '.');
        return new WildcardMatcher(String.join(":", includes)).matches(dotted)
                && (excludes.isEmpty() || !new WildcardMatcher(String.join(":", excludes)).matches(dotted));
    }
}
