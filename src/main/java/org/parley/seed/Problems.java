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

    /**
     * Problems kept to report; beyond them only counted. A file of a million and a half unknown keys had
     * held every problem (1.5 GB) and saved a 253 MB list; the first ten thousand say what is wrong.
     */
    static final int KEPT = 10_000;

    private final String file;
    private final List<List<Problem>> parts = new ArrayList<>();
    private Part current = Part.DATASET;
    private int count;
    private long beyond;

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
        keep(current, problem);
    }

    /** A problem of the JSON itself, reported before every problem of its content. */
    void addToJson(LocatedJson.Pos at, String message) {
        keep(Part.JSON, new Problem(file, at.line(), at.column(), "", message));
    }

    private void keep(Part part, Problem problem) {
        if (count < KEPT) {
            parts.get(part.ordinal()).add(problem);
            count++;
        } else {
            beyond++;
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    void throwIfAny() throws DatasetException {
        if (count > 0) {
            List<Problem> all = new ArrayList<>(count + 1);
            parts.forEach(all::addAll);
            if (beyond > 0) {
                all.add(Problem.inFile(file, String.format("… and %,d more problems, not listed: mend the first %,d and "
                        + "read the file again", beyond, KEPT)));
            }
            throw new DatasetException(all, beyond);
        }
    }
}
