package dev.backendbuilder.design;

import java.util.List;

/**
 * The only exception the design loader raises for bad input: every problem found, in file order,
 * each with its location. Its message is ready to show a user as is.
 */
public final class DesignException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<DesignProblem> problems;

    public DesignException(List<DesignProblem> problems) {
        super(render(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DesignException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<DesignProblem> problems() {
        return problems;
    }

    private static String render(List<DesignProblem> problems) {
        StringBuilder text = new StringBuilder();
        String file = problems.isEmpty() ? "design" : problems.get(0).location().file();
        text.append(file).append(" has ").append(problems.size())
            .append(problems.size() == 1 ? " error:" : " errors:");
        for (DesignProblem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem);
        }
        return text.toString();
    }
}
