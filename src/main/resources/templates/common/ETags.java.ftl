package ${project.packageName}.common;

/**
 * Entity tags of the API: a row's version, quoted. Writes must send the tag they read in
 * {@code If-Match}, so a concurrent change is answered with 412 instead of being overwritten.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version a required {@code If-Match} names; 428 when it is missing. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.versionRequired();
        }
        return parse(ifMatch);
    }

    /** The version an optional {@code If-Match} names, or {@code null} without one. */
    public static Long optional(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch);
    }

    /** A tag this API never issued cannot match: -1 matches no row's version. */
    private static long parse(String ifMatch) {
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            return -1;
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
