package dev.backendbuilder.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What a {@link DesignRule} needs besides the model: locations, the problem list, member names. */
final class CheckContext {

    private final JsonNode document;
    private final SourceMap where;
    private final Problems problems;

    CheckContext(JsonNode document, SourceMap where, Problems problems) {
        this.document = document;
        this.where = where;
        this.problems = problems;
    }

    /** The node as written, for the few checks that need text the model does not keep. */
    JsonNode raw(String pointer) {
        return document.at(pointer);
    }

    void report(Location at, String message) {
        problems.add(at, message);
    }

    /** Location of the value at a JSON Pointer ({@code /api/resources/Book/filters/1}). */
    Location valueAt(String pointer) {
        return where.value(pointer);
    }

    /** Location of the key at a JSON Pointer ({@code /entities/Book}). */
    Location keyAt(String pointer) {
        return where.key(pointer);
    }

    static String pointer(String... tokens) {
        String pointer = "";
        for (String token : tokens) {
            pointer = SourceMap.child(pointer, token);
        }
        return pointer;
    }

    /** Names an index or a filter may use: the entity's fields and the references it holds, sorted. */
    static List<String> fieldsAndReferences(Design design, Entity entity) {
        Set<String> names = new TreeSet<>(entity.fields().keySet());
        design.relationshipsFrom(entity.name()).forEach(r -> names.add(r.fromField()));
        return new ArrayList<>(names);
    }

    static List<String> sorted(java.util.Collection<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(null);
        return list;
    }
}
