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


    /**
     * Names the generated code gives its own parameters, fields and locals beside the entity's variable
     * ({@code Request request} next to the request DTO's {@code request}): an entity is never called so.
     */
    static final Set<String> GENERATED_LOCALS = Set.of("request", "response", "id", "version", "page", "size", "sort",
            "body", "patch", "repository", "service", "filter", "existing", "owner", "target", "wanted", "value", "created",
            "answer", "data", "json", "mvc", "path", "entity", "saved", "spec", "matching", "root", "query", "cb", "pageable",
            "result", "caches", "jdbc", "http", "base", "authorization", "application", "users", "tokens", "other", "first",
            "second", "problem", "error", "errors", "before", "expected", "properties", "paging", "criteria");

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
