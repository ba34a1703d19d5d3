package dev.backendbuilder.design.random;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes the nested maps and lists a random design is built from as design.yaml text: block
 * mappings at the top, one flow mapping per field, relationship and performance entry, so a
 * failing design prints as something a person can read and paste into a file.
 */
final class YamlText {

    private YamlText() {
    }

    static String of(Map<String, Object> document) {
        StringBuilder out = new StringBuilder();
        block(document, 0, out);
        return out.toString();
    }

    private static void block(Map<String, Object> map, int depth, StringBuilder out) {
        String indent = "  ".repeat(depth);
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            out.append(indent).append(key(entry.getKey())).append(':');
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> child && !child.isEmpty() && (depth == 0 || !isFlowLeaf(child))) {
                out.append('\n');
                block(cast(child), depth + 1, out);
            } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
                out.append('\n');
                for (Object item : list) {
                    out.append(indent).append("  - ").append(flow(item)).append('\n');
                }
            } else {
                out.append(' ').append(flow(value)).append('\n');
            }
        }
    }

    /** Below the top level, a map of scalars and lists (a field, a resource, a permission) reads best on one line. */
    private static boolean isFlowLeaf(Map<?, ?> map) {
        return !map.isEmpty() && map.values().stream().noneMatch(v -> v instanceof Map);
    }

    private static String flow(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{ ");
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator).append(key(entry.getKey().toString())).append(": ").append(flow(entry.getValue()));
                separator = ", ";
            }
            return out.append(map.isEmpty() ? "}" : " }").toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(flow(list.get(i)));
            }
            return out.append(']').toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        return isPlain(text) ? text : quote(text);
    }

    /** Words YAML reads as strings whatever the schema: letters, digits, '_' and '-', and not a YAML keyword. */
    private static boolean isPlain(String text) {
        return text.matches("[A-Za-z][A-Za-z0-9_-]*") && !text.matches("(?i)true|false|yes|no|on|off|null|y|n|~");
    }

    /** Keys are identifiers, operation lists ("list,get") or '*': quote what YAML would misread. */
    private static String key(String key) {
        return isPlain(key) ? key : quote(key);
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
