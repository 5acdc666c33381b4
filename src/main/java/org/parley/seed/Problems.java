package org.parley.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems while a dataset is read, so they can all be reported at once. The file is read
 * in one pass, but problems are reported in a fixed order whatever order its parts come in: first
 * those of the JSON itself (duplicate names, lone surrogates), then the dataset's own fields, then
 * each collection in the order the exchange format lists them. Each goes to its {@link Part}.
 */
final class Problems {

    /** Where in the report a problem belongs; declared in report order. */
    enum Part { JSON, DATASET, SOURCES, ACTORS, PLACES, EVENTS, QUOTES, DIVERGENCES, POSITIONS }

    private final String file;
    private final List<List<Problem>> parts = new ArrayList<>();
    private Part current = Part.DATASET;
    private int count;

    Problems(String file) {
        this.file = file;
        for (int i = 0; i < Part.values().length; i++) {
            parts.add(new ArrayList<>());
        }
    }

    String file() {
        return file;
    }

    /** Problems added from now on (except {@link #addToJson}) belong to {@code part}. */
    void reportingOn(Part part) {
        current = part;
    }

    void add(LocatedJson.Pos at, String record, String message) {
        add(new Problem(file, at.line(), at.column(), record, message));
    }

    void add(Problem problem) {
        parts.get(current.ordinal()).add(problem);
        count++;
    }

    /** A problem of the JSON itself, reported before every problem of its content. */
    void addToJson(LocatedJson.Pos at, String message) {
        parts.get(Part.JSON.ordinal()).add(new Problem(file, at.line(), at.column(), "", message));
        count++;
    }

    boolean isEmpty() {
        return count == 0;
    }

    void throwIfAny() throws DatasetException {
        if (count > 0) {
            List<Problem> all = new ArrayList<>(count);
            parts.forEach(all::addAll);
            throw new DatasetException(all);
        }
    }
}
