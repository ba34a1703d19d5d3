package dev.backendbuilder.coverage;

import java.util.Locale;

/** What a coverage rule is checked on, as in JaCoCo's {@code ICoverageNode.ElementType}. */
public enum ElementType {
    /** The whole module (or, aggregated, the whole reactor). */
    BUNDLE,
    /** Each Java package. */
    PACKAGE,
    /** Each class (nested classes separately). */
    CLASS,
    /** Each source file. */
    SOURCEFILE,
    /** Each method. */
    METHOD;

    /** {@code class}, {@code source file}, … for messages. */
    public String word() {
        return this == SOURCEFILE ? "source file" : name().toLowerCase(Locale.ROOT);
    }
}
