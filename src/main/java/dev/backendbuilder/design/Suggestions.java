package dev.backendbuilder.design;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Did you mean …" hints: the closest candidate by edit distance, if it is close enough. */
final class Suggestions {

    private Suggestions() {
    }

    /** The candidate nearest to {@code given}, when it is plausibly a misspelling of it. */
    static Optional<String> closest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(given.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // A third of the word may be wrong (two letters at least): "fileds" -> "fields",
        // "Autor" -> "Author", but "colour" is not offered for "size". A short word must keep at
        // least one of its letters: "A" is no misspelling of "B".
        int tolerance = Math.min(Math.max(2, given.length() / 3), given.length() - 1);
        return best != null && bestDistance <= tolerance ? Optional.of(best) : Optional.empty();
    }

    /**
     * Names other languages and databases give the design's field types: no misspelling, so edit
     * distance finds nothing ({@code int} is four letters from {@code integer}).
     */
    private static final Map<String, String> TYPE_ALIASES = Map.ofEntries(Map.entry("int", "integer"),
            Map.entry("int32", "integer"), Map.entry("smallint", "integer"), Map.entry("short", "integer"),
            Map.entry("bigint", "long"), Map.entry("int64", "long"), Map.entry("varchar", "string"),
            Map.entry("char", "string"), Map.entry("str", "string"), Map.entry("nvarchar", "string"),
            Map.entry("clob", "text"), Map.entry("longtext", "text"), Map.entry("bool", "boolean"),
            Map.entry("float", "decimal"), Map.entry("double", "decimal"), Map.entry("number", "decimal"),
            Map.entry("numeric", "decimal"), Map.entry("money", "decimal"), Map.entry("bigdecimal", "decimal"),
            Map.entry("timestamp", "datetime"), Map.entry("instant", "datetime"), Map.entry("localdate", "date"),
            Map.entry("localdatetime", "datetime"), Map.entry("guid", "uuid"), Map.entry("enumeration", "enum"));

    /** " Did you mean 'x'?" or the empty string; a known alias among the candidates first. */
    static String didYouMean(String given, Collection<String> candidates) {
        String alias = TYPE_ALIASES.get(given.toLowerCase(Locale.ROOT));
        if (alias != null && candidates.contains(alias)) {
            return " Did you mean '" + alias + "'?";
        }
        return closest(given, candidates).map(c -> " Did you mean '" + c + "'?").orElse("");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
