package dev.backendbuilder.generate;

/** Just enough Java lexing for rewriting generated code: where code is, and where it is a string or comment. */
final class JavaText {

    private JavaText() {
    }

    /** For each character of {@code source}: true where it is code, false inside strings, characters, text blocks and comments. */
    static boolean[] codeMask(String source) {
        boolean[] code = new boolean[source.length()];
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = orEnd(source.indexOf('\n', i), n);
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                i = Math.min(end + 1, n);
            } else {
                code[i] = true;
                i++;
            }
        }
        return code;
    }

    private static int orEnd(int index, int length) {
        return index < 0 ? length : index;
    }

    /** Whether the word at {@code at} is the name in a type declaration ({@code class X}, {@code record X}…). */
    static boolean followsDeclarationKeyword(String source, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(source.charAt(start - 1))) {
            start--;
        }
        String keyword = source.substring(start, end);
        return keyword.equals("class") || keyword.equals("interface") || keyword.equals("enum") || keyword.equals("record");
    }
}
