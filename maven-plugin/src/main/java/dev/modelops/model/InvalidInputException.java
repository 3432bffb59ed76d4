package dev.modelops.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when inputs (models, evaluations, lineage, rules, configuration) cannot be used as written. It carries
 * every problem found, so the user can fix them all at once; it is a user's mistake, never a bug, and is
 * reported without a stack trace.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(summarize(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    private static String summarize(List<InputProblem> problems) {
        String header = problems.size() == 1
                ? "1 problem in the governance inputs:"
                : problems.size() + " problems in the governance inputs:";
        return problems.stream().map(p -> "  " + p.describe()).collect(Collectors.joining("\n", header + "\n", ""));
    }
}
