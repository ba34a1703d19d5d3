package dev.backendbuilder.design;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Collects problems while a design is checked, so that all of them are reported at once. */
final class Problems {

    private final TreeSet<DesignProblem> found = new TreeSet<>();

    void add(Location where, String message) {
        found.add(new DesignProblem(where, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<DesignProblem> sorted() {
        return new ArrayList<>(found);
    }

    void throwIfAny() throws DesignException {
        if (!found.isEmpty()) {
            throw new DesignException(sorted());
        }
    }
}
