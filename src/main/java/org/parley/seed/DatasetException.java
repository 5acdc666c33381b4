package org.parley.seed;

import java.util.List;
import java.util.stream.Collectors;

/** A dataset was refused; carries every problem found, not just the first. */
public final class DatasetException extends Exception {
    private static final int MESSAGE_PROBLEMS = 100;
    private final transient List<Problem> problems;

    public DatasetException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DatasetException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public DatasetException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        String head = problems.size() == 1 ? "1 problem in the dataset" : problems.size() + " problems in the dataset";
        // A message, not a report: a dataset with a million problems must not make a 90 MB string here.
        String more = problems.size() > MESSAGE_PROBLEMS ? "\n  … and " + (problems.size() - MESSAGE_PROBLEMS) + " more" : "";
        return problems.stream().limit(MESSAGE_PROBLEMS).map(Problem::toString)
                .collect(Collectors.joining("\n  ", head + ":\n  ", more));
    }
}
