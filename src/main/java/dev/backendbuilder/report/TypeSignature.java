package dev.backendbuilder.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Java type signatures and descriptors as source-like text with simple names:
 * {@code (Ljava/lang/Long;)Lorg/springframework/http/ResponseEntity<Lcom/example/BookResponse;>;}
 * reads as parameters {@code Long} and return type {@code ResponseEntity<BookResponse>}.
 */
final class TypeSignature {

    /**
     * A method's types.
     *
     * @param parameters parameter types in order
     * @param returns    the return type
     */
    record Method(List<String> parameters, String returns) {
    }

    private final String text;
    private int at;

    private TypeSignature(String text) {
        this.text = text;
    }

    /** The types of a method signature or descriptor. */
    static Method method(String signature) {
        TypeSignature reader = new TypeSignature(signature);
        if (reader.peek() == '<') {
            reader.skipTypeParameters();
        }
        reader.expect('(');
        List<String> parameters = new ArrayList<>();
        while (reader.peek() != ')') {
            parameters.add(reader.type());
        }
        reader.expect(')');
        return new Method(parameters, reader.type());
    }

    /** One type (a field signature or descriptor). */
    static String type(String signature) {
        return new TypeSignature(signature).type();
    }

    private char peek() {
        return text.charAt(at);
    }

    private void expect(char c) {
        if (text.charAt(at) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + at + " in " + text);
        }
        at++;
    }

    private void skipTypeParameters() {
        int depth = 0;
        do {
            char c = text.charAt(at++);
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
        } while (depth > 0);
    }

    private String type() {
        char c = text.charAt(at++);
        return switch (c) {
            case 'V' -> "void";
            case 'Z' -> "boolean";
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'S' -> "short";
            case 'I' -> "int";
            case 'J' -> "long";
            case 'F' -> "float";
            case 'D' -> "double";
            case '[' -> type() + "[]";
            case 'T' -> until(';');
            case 'L' -> classType();
            default -> throw new IllegalArgumentException("unexpected '" + c + "' at " + (at - 1) + " in " + text);
        };
    }

    private String until(char end) {
        int stop = text.indexOf(end, at);
        String name = text.substring(at, stop);
        at = stop + 1;
        return name;
    }

    private String classType() {
        StringBuilder out = new StringBuilder();
        int start = at;
        while (true) {
            char c = text.charAt(at);
            if (c == '<') {
                out.append(simple(text.substring(start, at))).append('<');
                at++;
                boolean first = true;
                while (peek() != '>') {
                    out.append(first ? "" : ", ");
                    first = false;
                    char wildcard = peek();
                    if (wildcard == '*') {
                        at++;
                        out.append('?');
                    } else if (wildcard == '+' || wildcard == '-') {
                        at++;
                        out.append(wildcard == '+' ? "? extends " : "? super ").append(type());
                    } else {
                        out.append(type());
                    }
                }
                at++;
                out.append('>');
                start = at;
            } else if (c == '.') {
                out.append(simple(text.substring(start, at))).append('.');
                at++;
                start = at;
            } else if (c == ';') {
                out.append(simple(text.substring(start, at)));
                at++;
                return out.toString();
            } else {
                at++;
            }
        }
    }

    private static String simple(String internalName) {
        String name = internalName.substring(internalName.lastIndexOf('/') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }
}
