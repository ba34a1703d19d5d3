package dev.backendbuilder.design;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each node of the parsed YAML stands in the file, by JSON Pointer ({@code /entities/Book}).
 * Keys and values are kept apart: an unknown key is reported at the key, a bad value at the value.
 */
public final class SourceMap {

    private final String file;
    private final Map<String, Location> keys = new HashMap<>();
    private final Map<String, Location> values = new HashMap<>();

    SourceMap(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    void putKey(String pointer, Location location) {
        keys.put(pointer, location);
    }

    void putValue(String pointer, Location location) {
        values.put(pointer, location);
    }

    /** Location of the value at {@code pointer}, or of its nearest known ancestor. */
    public Location value(String pointer) {
        for (String p = pointer; ; p = parent(p)) {
            Location found = values.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return Location.startOf(file);
            }
        }
    }

    /** Location of the key that names {@code pointer}; the value's location for list items. */
    public Location key(String pointer) {
        Location found = keys.get(pointer);
        return found != null ? found : value(pointer);
    }

    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** Appends one reference token, escaped as RFC 6901 asks. */
    static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The last reference token of a pointer, unescaped. */
    static String lastToken(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }
}
