package dev.backendbuilder.generate;

import dev.backendbuilder.design.Names;
import java.util.Locale;
import java.util.Set;

/** Small spelling helpers for generated Java names. */
final class JavaNames {

    private JavaNames() {
    }

    static String capitalize(String name) {
        return Names.capitalize(name);
    }

    static String decapitalize(String name) {
        return Names.decapitalize(name);
    }


    /** Packages the generator fills itself, beside the entities' packages. */
    static final Set<String> GENERATOR_PACKAGES = Set.of("common", "security", "integration", "bench");

    /** A Java package segment from an entity name: lower case letters and digits. */
    static String packageSegment(String entityName) {
        String segment = entityName.toLowerCase(Locale.ROOT);
        // "Package", "Case" or "Default" are fine entity names but reserved words as a package segment, and
        // "Security" or "Common" would share a package with the generator's own classes.
        return Names.JAVA_RESERVED.contains(segment) || GENERATOR_PACKAGES.contains(segment)
                ? Names.plural(entityName).toLowerCase(Locale.ROOT) : segment;
    }
}
