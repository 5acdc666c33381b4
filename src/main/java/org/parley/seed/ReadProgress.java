package org.parley.seed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a dataset file has been read, and a way to stop before it is written: read and checked on
 * one thread, watched and cancelled from another (the window's progress and its Cancel). Reading a
 * year of coded events takes tens of seconds on a loaded machine, and nothing had said how far it
 * was nor could stop it. Once writing begins, cancelling no longer takes: the write is one
 * transaction, over in moments, and a Cancel that let it finish would have said what was not so.
 */
public final class ReadProgress {

    private static final int READING = 0;
    private static final int WRITING = 1;
    private static final int CANCELLED = 2;

    private final AtomicLong read = new AtomicLong();
    private final AtomicInteger phase = new AtomicInteger(READING);
    private volatile long size = -1;

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

    /**
     * Stops the read at its next buffer, if writing has not begun.
     *
     * @return whether it will stop: false once the dataset is being written (or was cancelled before)
     */
    public boolean cancel() {
        return phase.compareAndSet(READING, CANCELLED);
    }

    public boolean cancelled() {
        return phase.get() == CANCELLED;
    }

    /** Whether the dataset is being written, past the point where it can be cancelled. */
    public boolean writing() {
        return phase.get() == WRITING;
    }

    /** @throws CancellationException when cancelled: nothing after it is to be done */
    public void check() {
        if (cancelled()) {
            throw new CancellationException("the import was cancelled");
        }
    }

    /**
     * Called just before the write: from here on a Cancel is refused.
     *
     * @throws CancellationException when cancelled before it
     */
    public void startWriting() {
        if (!phase.compareAndSet(READING, WRITING)) {
            check();
        }
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
