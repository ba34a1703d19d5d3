package dev.backendbuilder.design.random;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Classes of design the generator produces that can be switched off one by one, to look past a known
 * failure while it is being fixed (system property {@code designspace.exclude}, comma-separated, e.g.
 * {@code framework-type-names,query-parameter-names}). Everything is on by default.
 */
public enum Feature {
    /** Entity names equal to types the generated code imports or declares: Table, Page, List, Application, AuthUser. */
    FRAMEWORK_TYPE_NAMES,
    /** Entity names whose lower case is a Java keyword and so cannot be a package segment as is: New, Default, Case. */
    KEYWORD_PACKAGE_NAMES,
    /** Field and reference names equal to query parameters and generator locals: size, page, sort, request, repository. */
    QUERY_PARAMETER_NAMES,
    /** An entity referring to itself. */
    SELF_REFERENCES,
    /** Two references from one entity to the same entity. */
    DOUBLE_REFERENCES,
    /** Unique fields whose domain is tiny: boolean, a one-value enum, a one-number range, a three-word pattern. */
    SMALL_DOMAINS,
    /** app.java above 17 (the oldest supported release). */
    NEWER_JAVA,
    /** Performance entries, and with them the generated benchmarks. */
    PERFORMANCE;

    /** The property name of a feature: {@code FRAMEWORK_TYPE_NAMES} → {@code framework-type-names}. */
    public String propertyName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@code designspace.exclude}; an unknown name fails, listing the known ones. */
    public static Set<Feature> parse(String commaSeparated) {
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return features;
        }
        for (String name : commaSeparated.split(",")) {
            String wanted = name.trim();
            features.add(EnumSet.allOf(Feature.class).stream().filter(f -> f.propertyName().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown design feature '" + wanted + "'; known: "
                    + EnumSet.allOf(Feature.class).stream().map(Feature::propertyName).toList())));
        }
        return features;
    }
}
