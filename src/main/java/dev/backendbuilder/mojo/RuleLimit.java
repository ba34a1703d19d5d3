package dev.backendbuilder.mojo;

import dev.backendbuilder.coverage.CounterType;
import dev.backendbuilder.coverage.ValueType;

/**
 * One {@code <limit>} of a {@link Rule}.
 *
 * @since 0.1.0
 */
public class RuleLimit {

    /** INSTRUCTION, LINE, BRANCH, COMPLEXITY, METHOD or CLASS; default INSTRUCTION (as in JaCoCo). */
    CounterType counter = CounterType.INSTRUCTION;

    /** COVEREDRATIO (the default), MISSEDRATIO, COVEREDCOUNT, MISSEDCOUNT or TOTALCOUNT. */
    ValueType value = ValueType.COVEREDRATIO;

    /** The lowest allowed value (a ratio such as 0.80, or a count). */
    Double minimum;

    /** The highest allowed value. */
    Double maximum;
}
