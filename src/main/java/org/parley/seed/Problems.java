package org.parley.seed;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while a dataset is read, so they can all be reported at once. */
final class Problems {
    private final String file;
    private final List<Problem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(LocatedJson.Pos at, String record, String message) {
        list.add(new Problem(file, at.line(), at.column(), record, message));
    }

    void add(Problem problem) {
        list.add(problem);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void throwIfAny() throws DatasetException {
        if (!list.isEmpty()) {
            throw new DatasetException(list);
        }
    }
}
