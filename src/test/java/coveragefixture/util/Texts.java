package coveragefixture.util;

/** A second package, for package rules and class excludes. */
public class Texts {

    public static String shout(String text) {
        if (text == null) {
            return "";
        }
        return text.toUpperCase(java.util.Locale.ROOT) + "!";
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
