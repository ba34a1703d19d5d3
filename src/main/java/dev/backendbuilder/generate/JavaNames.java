package dev.backendbuilder.generate;

import java.util.Locale;

/** Small spelling helpers for generated Java names. */
final class JavaNames {

    private JavaNames() {
    }

    static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }


    /** A Java package segment from an entity name: lower case letters and digits. */
    static String packageSegment(String entityName) {
        String segment = entityName.toLowerCase(Locale.ROOT);
        // "Package", "Case" or "Default" are fine entity names but reserved words as a package segment.
        return dev.backendbuilder.design.Names.JAVA_RESERVED.contains(segment)
                ? dev.backendbuilder.design.Names.plural(entityName).toLowerCase(Locale.ROOT) : segment;
    }
}
