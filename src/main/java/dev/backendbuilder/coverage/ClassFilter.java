package dev.backendbuilder.coverage;

import java.util.List;
import java.util.Locale;
import org.jacoco.core.runtime.WildcardMatcher;

/**
 * Which classes are left out of the measurement, by name. Patterns are class names with
 * wildcards, as for JaCoCo's agent ({@code com.example.generated.*}, {@code *Dto}, {@code *$Builder});
 * the path form jacoco-maven-plugin users know ({@code com/example/generated/**},
 * {@code **}{@code /*Dto.class}) means the same.
 */
public final class ClassFilter {

    private final List<String> patterns;
    private final WildcardMatcher matcher;

    public ClassFilter(List<String> patterns) {
        this.patterns = patterns == null ? List.of()
                : patterns.stream().map(String::trim).filter(p -> !p.isEmpty()).map(ClassFilter::normalise).toList();
        this.matcher = this.patterns.isEmpty() ? null : new WildcardMatcher(String.join(":", this.patterns));
    }

    /** Path patterns become class-name patterns: slashes are dots, {@code .class} goes, {@code **} is {@code *}. */
    static String normalise(String pattern) {
        String name = pattern.replace('\\', '/');
        if (name.toLowerCase(Locale.ROOT).endsWith(".class")) {
            name = name.substring(0, name.length() - ".class".length());
        }
        name = name.replace("**/", "*").replace("/**", ".*").replace("**", "*").replace('/', '.');
        return name;
    }

    /** Whether the class (dotted name, {@code $} for nested classes) is left out. */
    public boolean excludes(String className) {
        return matcher != null && matcher.matches(className);
    }

    /** The patterns in class-name form. */
    public List<String> patterns() {
        return patterns;
    }
}
