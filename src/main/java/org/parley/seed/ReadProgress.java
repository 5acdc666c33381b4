package org.parley.seed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.parley.model.WriteProgress;

/**
 * How far a dataset file has been read, and a way to stop before it is written: read and checked on
 * one thread, watched and cancelled from another (the window's progress and its Cancel). Reading a
 * year of coded events takes tens of seconds on a loaded machine, and nothing had said how far it
 * was nor could stop it. Once writing begins, cancelling no longer takes: the write is one
 * transaction, not stopped halfway, and a Cancel that let it finish would have said what was not so.
 * The write then says its own steps and how many records are in ({@link WriteProgress}), for the window to show.
 */
public final class ReadProgress implements WriteProgress {

    /**
     * What the import is doing, each set by the code that does it: after the file's last byte come the
     * check of the whole dataset and its content hash, seconds each on 100,000 events, and a window that
     * went on saying what the read had done (or that quotes were being looked up, which the read does)
     * said what was not so.
     */
    public enum Phase {
        /** The file is streamed and each record mapped, its quotes looked up in their texts; measured in bytes. */
        READING,
        /** The file is read: the dataset is checked as a whole (references waiting for the end, places within places). */
        CHECKING,
        /** The content hash that tells an unchanged re-import. */
        HASHING,
        /** The write into the database, one transaction: no longer cancellable. */
        WRITING
    }

    private final AtomicLong read = new AtomicLong();
    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.READING);
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile long size = -1;
    private volatile WriteProgress.Step writeStep;
    private volatile long toWrite;
    private volatile long written;

    /** Bytes of the file read so far. */
    public long bytesRead() {
        return read.get();
    }

    /** The file's size in bytes, or -1 until it is known (or when it cannot be). */
    public long size() {
        return size;
    }

    void sizeIs(long bytes) {
        size = bytes;
    }

    /** What is being done now. */
    public Phase phase() {
        return phase.get();
    }

    /**
     * Stops the import at its next checkpoint, if writing has not begun.
     *
     * @return whether it will stop: false once the dataset is being written (or was cancelled before)
     */
    public boolean cancel() {
        synchronized (phase) {
            if (phase.get() == Phase.WRITING || cancelled.get()) {
                return false;
            }
            cancelled.set(true);
            return true;
        }
    }

    public boolean cancelled() {
        return cancelled.get();
    }

    /** Whether the dataset is being written, past the point where it can be cancelled. */
    public boolean writing() {
        return phase.get() == Phase.WRITING && !cancelled.get();
    }

    /** @throws CancellationException when cancelled: nothing after it is to be done */
    public void check() {
        if (cancelled()) {
            throw new CancellationException("the import was cancelled");
        }
    }

    /**
     * Says the import has moved on to {@code next}, a phase before the write.
     *
     * @throws CancellationException when cancelled before it
     */
    public void enter(Phase next) {
        if (next == Phase.WRITING) {
            throw new IllegalArgumentException("the write is begun with startWriting");
        }
        check();
        phase.set(next);
    }

    /**
     * Called just before the write: from here on a Cancel is refused.
     *
     * @throws CancellationException when cancelled before it
     */
    public void startWriting() {
        synchronized (phase) {
            check();
            phase.set(Phase.WRITING);
        }
    }

    /** The write's step, once the writer has said one; null before. */
    public WriteProgress.Step writeStep() {
        return writeStep;
    }

    /** How much the write's step has to do: records while they are written, 0 when the step is not measured. */
    public long toWrite() {
        return toWrite;
    }

    /** How much of {@link #toWrite()} is done. */
    public long written() {
        return written;
    }

    @Override
    public void step(WriteProgress.Step step, long total) {
        // The total and the count first: a reader that sees the new step never sees the last step's numbers.
        toWrite = total;
        written = 0;
        writeStep = step;
    }

    @Override
    public void written(long count) {
        written = count;
    }

    /** {@code in}, counting what is read from it and stopping with a {@link CancellationException} once cancelled. */
    InputStream watch(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                check();
                int b = super.read();
                if (b >= 0) {
                    read.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                check();
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    read.addAndGet(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                check();
                long skipped = super.skip(n);
                read.addAndGet(Math.max(0, skipped));
                return skipped;
            }
        };
    }
}
