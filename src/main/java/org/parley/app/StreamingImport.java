package org.parley.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.model.Position;
import org.parley.model.Quote;
import org.parley.model.WriteProgress;
import org.parley.model.Source;
import org.parley.seed.ContentHash;
import org.parley.seed.DatasetException;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.LoadedDataset;
import org.parley.seed.Printable;
import org.parley.seed.Problem;
import org.parley.seed.ReadProgress;
import org.parley.seed.RecordSink;
import org.parley.store.DatasetInfo;
import org.parley.store.NewDatabaseImport;
import org.parley.store.Origin;
import org.parley.store.StoreException;

/**
 * Imports a dataset file into a database that does not exist yet, reading and writing at once on
 * the two cores: the calling thread reads and checks the file, handing each checked record through
 * a bounded queue to a writer thread that puts it into a {@link NewDatabaseImport}. Every check of
 * an ordinary import still runs, and the database appears only when the whole dataset proved sound
 * and is written: a refused dataset, a failed write or a crash leaves no database, as when the file
 * was refused before one was opened. Into an existing database, imports go through
 * {@link Workspace#replaceDataset}, which asks before replacing and backs up first.
 */
public final class StreamingImport {

    /** Records per hand-over: one queue operation per chunk, not per record. */
    static final int CHUNK = 512;
    /** Chunks waiting for the writer at most, so a slow disk cannot fill the heap with records. */
    static final int QUEUE_CHUNKS = 64;
    /** Records between two reports of how many are written, as the store's own import reports them. */
    static final int REPORT_EVERY = 1 << 10;

    private StreamingImport() {
    }

    /** Whether {@link #run} applies: nothing exists at {@code dbFile} yet. */
    public static boolean applies(Path dbFile) {
        return NewDatabaseImport.applies(dbFile);
    }

    /** What was imported, and where the database now is. */
    public record Result(LoadedDataset loaded, DatasetInfo info, Path database) {
    }

    /**
     * Reads {@code datasetPath} (a folder or its JSON file) and writes it into a new database at
     * {@code dbFile}.
     *
     * @throws DatasetException when the dataset is refused; no database is created
     * @throws org.parley.store.StoreException when it cannot be written; no database is created
     */
    public static Result run(Path datasetPath, Path dbFile, Origin origin) throws DatasetException {
        return run(datasetPath, dbFile, origin, new ReadProgress());
    }

    /**
     * As above, saying in {@code progress} how far the file is read, then, once it is read and checked, how many
     * records the database holds of the whole and that the search index is built: 100,000 events take seconds
     * in each, and the command line said nothing until the end.
     */
    public static Result run(Path datasetPath, Path dbFile, Origin origin, ReadProgress progress)
            throws DatasetException {
        return run(new ExchangeFormatReader(), datasetPath, dbFile, origin, StreamingImport::newDatabase, progress);
    }

    /** Where the writer thread puts the records: a new database, or in tests one that fails on cue. */
    interface Destination extends AutoCloseable {
        void write(Object record);

        DatasetInfo complete(Dataset ds, Future<String> contentHash, Origin origin);

        /** Sends the database what is written but still waiting, before the records are counted as written. */
        default void sendPending() {
        }

        /** Without {@link #complete}: nothing is left behind. */
        @Override
        void close();
    }

    /** Opens the destination, on the writer thread. */
    @FunctionalInterface
    interface Target {
        Destination begin(Path dbFile);
    }

    /** The real destination: a {@link NewDatabaseImport}. */
    private static Destination newDatabase(Path dbFile) {
        NewDatabaseImport db = NewDatabaseImport.begin(dbFile);
        return new Destination() {
            @Override
            public void write(Object record) {
                if (record instanceof Event e) {
                    db.event(e);
                } else if (record instanceof Quote q) {
                    db.quote(q);
                } else if (record instanceof Source s) {
                    db.source(s);
                } else if (record instanceof Actor a) {
                    db.actor(a);
                } else if (record instanceof Place p) {
                    db.place(p);
                } else if (record instanceof Divergence d) {
                    db.divergence(d);
                } else if (record instanceof Position p) {
                    db.position(p);
                } else {
                    throw new IllegalArgumentException("not a record: " + record);
                }
            }

            @Override
            public DatasetInfo complete(Dataset ds, Future<String> contentHash, Origin origin) {
                return db.complete(ds, contentHash, origin);
            }

            @Override
            public void sendPending() {
                db.sendPending();
            }

            @Override
            public void close() {
                db.close();
            }
        };
    }

    static Result run(ExchangeFormatReader reader, Path datasetPath, Path dbFile, Origin origin, Target target)
            throws DatasetException {
        return run(reader, datasetPath, dbFile, origin, target, new ReadProgress());
    }

    static Result run(ExchangeFormatReader reader, Path datasetPath, Path dbFile, Origin origin, Target target,
                      ReadProgress progress) throws DatasetException {
        Objects.requireNonNull(datasetPath, "datasetPath");
        Objects.requireNonNull(dbFile, "dbFile");
        Objects.requireNonNull(origin, "origin");
        // Before the read, while the JIT's queue is short: the content hash at the end then runs compiled.
        ContentHash.warmUp();
        Writer writer = new Writer(dbFile, origin, target, progress);
        Thread thread = new Thread(writer, "parley-import-writer");
        thread.start();
        Hand hand = new Hand(writer);
        Dataset dataset;
        CompletableFuture<String> hash = new CompletableFuture<>();
        try {
            dataset = reader.read(datasetPath, hand, progress);
            hand.flush();
            // Read and checked: from here on what is left is the writer's, whose count now has its total.
            writer.expected = records(dataset);
            progress.startWriting();
            writer.put(new Finish(dataset, hash));
        } catch (DatasetException | RuntimeException | Error e) {
            writer.putQuietly(ABORT);
            join(thread);
            // The writer's own failure explains a read that stopped because of it.
            if (writer.failure != null && e instanceof WriterFailed) {
                throw writer.failure;
            }
            throw e;
        }
        String contentHash;
        try {
            // While the writer builds the indexes: the hash is wanted only for the dataset's own row.
            contentHash = ContentHash.of(dataset);
            hash.complete(contentHash);
        } catch (RuntimeException | Error e) {
            hash.completeExceptionally(e);
            join(thread);
            if (e instanceof OutOfMemoryError) {
                throw new DatasetException(Problem.inFile(datasetPath.toString(),
                        "the dataset is too large for the memory Java was given; start Parley with a larger -Xmx"
                                + " (e.g. java -Xmx8g -jar parley.jar …) or split the dataset"));
            }
            throw e;
        }
        join(thread);
        if (writer.failure != null) {
            throw writer.failure;
        }
        ChangeMade.record(dbFile + " was created, holding \"" + Printable.oneLine(dataset.title()) + "\"");
        return new Result(new LoadedDataset(dataset, contentHash, datasetPath.toString()), writer.info, dbFile);
    }

    /** The records a dataset's write counts, as the store's own import counts them. */
    private static long records(Dataset ds) {
        return (long) ds.sources().size() + ds.actors().size() + ds.places().size() + ds.events().size()
                + ds.quotes().size() + ds.divergences().size() + ds.positions().size();
    }

    private static void join(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private record Finish(Dataset dataset, CompletableFuture<String> hash) {
    }

    private static final Object ABORT = new Object();

    /** Thrown into the reader to stop it once the writer has failed; the writer's failure is what is reported. */
    private static final class WriterFailed extends RuntimeException {
        WriterFailed() {
            super("the import's writer failed", null, false, false);
        }
    }

    /** The reader's side: gathers records into chunks and hands them over. */
    private static final class Hand implements RecordSink {
        private final Writer writer;
        private List<Object> chunk = new ArrayList<>(CHUNK);

        Hand(Writer writer) {
            this.writer = writer;
        }

        private void add(Object record) {
            chunk.add(record);
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            if (!chunk.isEmpty()) {
                writer.put(chunk);
                chunk = new ArrayList<>(CHUNK);
            }
        }

        @Override
        public void source(Source s) {
            add(s);
        }

        @Override
        public void actor(Actor a) {
            add(a);
        }

        @Override
        public void place(Place p) {
            add(p);
        }

        @Override
        public void event(Event e) {
            add(e);
        }

        @Override
        public void quote(Quote q) {
            add(q);
        }

        @Override
        public void divergence(Divergence d) {
            add(d);
        }

        @Override
        public void position(Position p) {
            add(p);
        }
    }

    /** The writer thread: takes chunks until told to finish or to give up. */
    private static final class Writer implements Runnable {
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_CHUNKS);
        private final Path dbFile;
        private final Origin origin;
        private final Target target;
        private final WriteProgress progress;
        private volatile RuntimeException failure;
        /** The records to write, once the reader has read them all; 0 until then. */
        private volatile long expected;
        private long told;
        private long written;
        private DatasetInfo info;

        Writer(Path dbFile, Origin origin, Target target, WriteProgress progress) {
            this.dbFile = dbFile;
            this.origin = origin;
            this.target = target;
            this.progress = progress;
        }

        /**
         * Says how many records the database holds, every chunk or two (a few hundred times for 100,000
         * events): what is still batched is sent first, so the count is never ahead of the database.
         */
        private void report(Destination db, int chunkSize) {
            long before = written;
            written += chunkSize;
            if (before / REPORT_EVERY == written / REPORT_EVERY) {
                return;
            }
            db.sendPending();
            long total = expected;
            if (total != told) {
                // The total is known once the file is read; the step (and its total) before its count.
                progress.step(WriteProgress.Step.RECORDS, total);
                told = total;
            }
            progress.written(written);
        }

        /** Hands over, or stops the reader when the writer has failed (it no longer takes anything). */
        void put(Object item) {
            if (failure != null) {
                throw new WriterFailed();
            }
            try {
                while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    if (failure != null) {
                        throw new WriterFailed();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while importing", e);
            }
        }

        void putQuietly(Object item) {
            try {
                put(item);
            } catch (RuntimeException e) {
                // The writer has stopped already: nothing waits for this.
                return;
            }
        }

        @Override
        public void run() {
            try (Destination db = target.begin(dbFile)) {
                progress.step(WriteProgress.Step.RECORDS, 0);
                while (true) {
                    Object item = queue.take();
                    if (item == ABORT) {
                        return;
                    }
                    if (item instanceof Finish f) {
                        progress.step(WriteProgress.Step.SEARCH_INDEX, 0);
                        info = db.complete(f.dataset(), f.hash(), origin);
                        return;
                    }
                    List<?> records = (List<?>) item;
                    for (Object record : records) {
                        db.write(record);
                    }
                    report(db, records.size());
                }
            } catch (InterruptedException e) {
                failure = new IllegalStateException("the import's writer was interrupted", e);
            } catch (RuntimeException e) {
                failure = e;
            } catch (OutOfMemoryError e) {
                failure = new StoreException(dbFile + ": the dataset is too large for the memory Java "
                        + "was given; start Parley with a larger -Xmx (e.g. java -Xmx8g -jar parley.jar …); "
                        + "no database was created", e);
            } catch (Error e) {
                // Whatever ends this thread must reach the reader, or it would wait for a writer that is gone.
                failure = new StoreException(dbFile + ": the import failed (" + e
                        + "); no database was created", e);
            }
        }
    }
}
