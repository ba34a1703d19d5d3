package dev.backendbuilder.design;

/**
 * A place in a design file: file name as the user knows it, 1-based line and column.
 * Printed as {@code design.yaml:12:7}, the form IDEs and terminals turn into links.
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    public static Location startOf(String file) {
        return new Location(file, 1, 1);
    }

    @Override
    public int compareTo(Location other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
