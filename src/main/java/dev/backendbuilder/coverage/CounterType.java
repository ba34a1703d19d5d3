package dev.backendbuilder.coverage;

import java.util.Locale;
import org.jacoco.core.analysis.ICoverageNode.CounterEntity;

/** What is counted, as in JaCoCo's {@code ICoverageNode.CounterEntity}. */
public enum CounterType {
    INSTRUCTION(CounterEntity.INSTRUCTION),
    LINE(CounterEntity.LINE),
    BRANCH(CounterEntity.BRANCH),
    COMPLEXITY(CounterEntity.COMPLEXITY),
    METHOD(CounterEntity.METHOD),
    CLASS(CounterEntity.CLASS);

    private final CounterEntity entity;

    CounterType(CounterEntity entity) {
        this.entity = entity;
    }

    /** JaCoCo's counter entity. */
    public CounterEntity entity() {
        return entity;
    }

    /** {@code lines}, {@code branches}, … for messages. */
    public String plural() {
        return switch (this) {
            case BRANCH -> "branches";
            case CLASS -> "classes";
            case COMPLEXITY -> "complexity";
            default -> word() + "s";
        };
    }

    /** {@code line}, {@code branch}, … for messages. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
