package dev.backendbuilder.design;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Table and column names that work unquoted on every supported database. A name that is reserved in
 * SQL:2016, PostgreSQL, MySQL 8 or H2 2.x gets a trailing underscore: {@code order} → {@code order_},
 * {@code key} → {@code key_}. Users keep the natural names in design and Java; only SQL changes.
 */
public final class SqlNames {

    /** PostgreSQL truncates longer identifiers silently; we refuse them instead. */
    public static final int MAX_IDENTIFIER_LENGTH = 63;

    private static final Set<String> RESERVED = load("/dev/backendbuilder/design/sql-reserved-words.txt");

    private SqlNames() {
    }

    public static boolean isReserved(String word) {
        return RESERVED.contains(word.toLowerCase(Locale.ROOT));
    }

    /** {@code snakeName} itself, or with a trailing underscore when it is reserved. */
    public static String safe(String snakeName) {
        return isReserved(snakeName) ? snakeName + "_" : snakeName;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = SqlNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the plugin jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
