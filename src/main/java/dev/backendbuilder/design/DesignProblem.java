package dev.backendbuilder.design;

/** One thing wrong with a design file, where it is and what to do about it. */
public record DesignProblem(Location location, String message) implements Comparable<DesignProblem> {

    @Override
    public int compareTo(DesignProblem other) {
        int byPlace = location.compareTo(other.location);
        return byPlace != 0 ? byPlace : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
