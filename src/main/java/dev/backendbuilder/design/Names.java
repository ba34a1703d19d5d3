package dev.backendbuilder.design;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Naming rules shared by validation and generation: Java words, case conversions, plurals. */
public final class Names {

    /** Keywords and literals that can never name a class, field or package segment. */
    public static final Set<String> JAVA_RESERVED = Set.of(
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
        "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
        "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
        "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
        "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "_");

    /** Restricted identifiers: legal as fields, illegal as type names. */
    static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

    /** java.lang types that generated code uses unqualified; an entity of that name would hide them. */
    static final Set<String> JAVA_LANG_TYPES = Set.of(
        "Object", "String", "Class", "Record", "Enum", "Integer", "Long", "Short", "Byte", "Double", "Float",
        "Boolean", "Character", "Number", "Math", "System", "Thread", "Runtime", "Exception", "Error",
        "RuntimeException", "Throwable", "Iterable", "Comparable", "Override", "Deprecated", "Void", "Module",
        "Package", "Process", "StringBuilder", "SuppressWarnings", "FunctionalInterface", "SafeVarargs");

    private static final Pattern ENTITY_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern MEMBER_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    private static final Map<String, String> IRREGULAR_PLURALS = Map.of(
        "person", "people", "child", "children", "man", "men", "woman", "women", "mouse", "mice",
        "goose", "geese", "foot", "feet", "tooth", "teeth", "datum", "data", "criterion", "criteria");

    private Names() {
    }

    public static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** PascalCase, letters and digits: {@code Book}, {@code OrderLine}. */
    public static boolean isEntityName(String name) {
        return ENTITY_NAME.matcher(name).matches();
    }

    /** lowerCamelCase, letters and digits: {@code publishedOn}. */
    public static boolean isMemberName(String name) {
        return MEMBER_NAME.matcher(name).matches();
    }

    /** UPPER_SNAKE_CASE: roles and enum values. */
    public static boolean isConstantName(String name) {
        return CONSTANT_NAME.matcher(name).matches();
    }

    /** {@code publishedOn} → {@code published_on}; {@code ISBNCode} → {@code isbn_code}. */
    public static String snakeCase(String name) {
        return BOUNDARY.matcher(name).replaceAll("_").toLowerCase(Locale.ROOT);
    }

    /** {@code BookReview} → {@code book-review}. */
    public static String kebabCase(String name) {
        return snakeCase(name).replace('_', '-');
    }

    /** {@code published_on} → {@code publishedOn}; what a snake_case name should have been. */
    public static String camelCase(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_' || c == '-' || c == ' ') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : out.length() == 0 ? Character.toLowerCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** English plural of the last word of a PascalCase name: {@code Category} → {@code Categories}. */
    public static String plural(String name) {
        String[] words = BOUNDARY.split(name);
        String last = words[words.length - 1];
        String head = name.substring(0, name.length() - last.length());
        String irregular = IRREGULAR_PLURALS.get(last.toLowerCase(Locale.ROOT));
        if (irregular != null) {
            boolean capital = Character.isUpperCase(last.charAt(0));
            return head + (capital ? Character.toUpperCase(irregular.charAt(0)) + irregular.substring(1) : irregular);
        }
        String lower = last.toLowerCase(Locale.ROOT);
        if (lower.matches(".*(s|x|z|ch|sh)")) {
            return name + "es";
        }
        if (lower.matches(".*[^aeiou]y")) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        return name + "s";
    }
}
