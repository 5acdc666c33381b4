package org.parley.model;

/**
 * Told by whoever writes a dataset into the database how far the write has gone, to be shown from another
 * thread: the import of 100,000 events spends most of its time writing, and a window that only said "a large
 * file takes a while" for a minute could not be told from one that had stopped. The writer calls it a few
 * times per thousand records, never per row, and an implementation only stores what it is told (no lock, no
 * allocation): the write's cost stays where it was.
 */
public interface WriteProgress {

    /** What the write is doing, in the order it does it. */
    enum Step {
        /** What the database held is copied aside before it is replaced. */
        BACKING_UP,
        /** The records go in, measured: so many written of the total. */
        RECORDS,
        /** The search index is filled from the written rows, the other indexes built and the references checked. */
        SEARCH_INDEX,
        /** The written dataset is read back to be shown. */
        OPENING
    }

    /** Nobody watching. */
    WriteProgress NONE = new WriteProgress() {
        @Override
        public void step(Step step, long total) {
        }

        @Override
        public void written(long count) {
        }
    };

    /** The write moves on to {@code step}, which has {@code total} things to do (0 when it is not measured). */
    void step(Step step, long total);

    /** {@code count} of the current step's total are done. */
    void written(long count);
}
