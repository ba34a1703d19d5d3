package dev.backendbuilder.mojo;

import dev.backendbuilder.coverage.ElementType;
import dev.backendbuilder.gate.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code <rule>} of {@code builder:coverage}'s {@code rules} parameter, bound by Maven; see
 * {@link CoverageMojo#rules} for an example.
 *
 * @since 0.1.0
 */
public class Rule {

    /** BUNDLE, PACKAGE, CLASS, SOURCEFILE or METHOD; default BUNDLE. */
    ElementType element = ElementType.BUNDLE;

    /** Name patterns of the elements checked ({@code com.example.*}); default all. */
    List<String> includes = new ArrayList<>();

    /** Name patterns of the elements left out. */
    List<String> excludes = new ArrayList<>();

    /** The limits every matching element must keep. */
    List<RuleLimit> limits = new ArrayList<>();

    /** ERROR (fails the build, the default) or WARN (reported only). */
    Level level = Level.ERROR;
}
