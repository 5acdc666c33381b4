package org.parley.seed;

import java.util.List;
import java.util.stream.Collectors;

/** A dataset was refused; carries every problem found, not just the first. */
public final class DatasetException extends Exception {
    private static final int MESSAGE_PROBLEMS = 100;
    private final transient List<Problem> problems;
    /** Problems found beyond those listed; the list's last line then says so. */
    private final long unlisted;

    public DatasetException(List<Problem> problems) {
        this(problems, 0);
    }

    /** {@code problems} ends with a line saying {@code unlisted} more were found and not kept. */
    DatasetException(List<Problem> problems, long unlisted) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DatasetException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.unlisted = unlisted;
    }

    public DatasetException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** How many problems were found: those listed, and those only counted past the list's end. */
    public long count() {
        return unlisted == 0 ? problems.size() : problems.size() - 1 + unlisted;
    }

    private static String describe(List<Problem> problems) {
        String head = problems.size() == 1 ? "1 problem in the dataset" : problems.size() + " problems in the dataset";
        // A message, not a report: a dataset with a million problems must not make a 90 MB string here.
        String more = problems.size() > MESSAGE_PROBLEMS ? "\n  … and " + (problems.size() - MESSAGE_PROBLEMS) + " more" : "";
        return problems.stream().limit(MESSAGE_PROBLEMS).map(Problem::toString)
                .collect(Collectors.joining("\n  ", head + ":\n  ", more));
    }
}
