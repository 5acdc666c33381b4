package org.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.seed.ContentHash;
import org.parley.seed.DatasetException;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.LoadedDataset;
import org.parley.seed.ReadProgress;
import org.parley.model.WriteProgress;
import org.parley.store.DatasetInfo;
import org.parley.store.Origin;
import org.parley.store.StoreException;

/** Reading on one thread, writing on another: the same database, or none at all. */
class StreamingImportTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));

    @TempDir
    Path tmp;

    @Test
    void writesWhatAnOrdinaryImportWrites() throws Exception {
        Path data = copyOfSeeds(tmp.resolve("data"));
        Path streamed = tmp.resolve("streamed.db");
        StreamingImport.Result result = StreamingImport.run(data, streamed, Origin.USER);

        LoadedDataset loaded = new ExchangeFormatReader().load(data);
        assertEquals(loaded.dataset(), result.loaded().dataset());
        assertEquals(loaded.contentHash(), result.loaded().contentHash());
        assertEquals(loaded.contentHash(), result.info().contentHash());
        Path ordinary = tmp.resolve("ordinary.db");
        try (Workspace ws = Workspace.open(ordinary)) {
            ws.replaceDataset(loaded, Origin.USER, false);
        }
        try (Workspace a = Workspace.open(streamed); Workspace b = Workspace.open(ordinary)) {
            assertEquals(b.store().loadDataset(), a.store().loadDataset());
            assertEquals(b.store().info().orElseThrow().contentHash(), a.store().info().orElseThrow().contentHash());
            assertEquals(Origin.USER, a.store().info().orElseThrow().origin());
            for (String words : List.of("pastry", "NATO Russia", "Grushko")) {
                assertEquals(b.store().search(words, 50), a.store().search(words, 50), words);
            }
            Instant from = Instant.parse("2022-01-09T00:00:00Z");
            Instant to = Instant.parse("2022-01-14T00:00:00Z");
            assertEquals(b.store().eventIdsBetween(from, to), a.store().eventIdsBetween(from, to));
            assertTrue(a.check().ok(), a.check().toString());
        }
    }

    @Test
    void aRefusedDatasetLeavesNoDatabase() throws Exception {
        Path data = copyOfSeeds(tmp.resolve("data"));
        Path json = data.resolve("week.json");
        Files.writeString(json, Files.readString(json).replace("pastry", "pie"));
        Path db = tmp.resolve("p.db");

        DatasetException e = assertThrows(DatasetException.class, () -> StreamingImport.run(data, db, Origin.USER));

        assertTrue(e.getMessage().contains("text not found"), e.getMessage());
        assertEquals(List.of("data"), names(tmp));
    }

    @Test
    void aProblemAtTheEndOfALongFileLeavesNoDatabase() throws Exception {
        Path data = generated(tmp.resolve("data"), 40_000, true);
        Path db = tmp.resolve("p.db");

        DatasetException e = assertThrows(DatasetException.class, () -> StreamingImport.run(data, db, Origin.USER));

        assertTrue(e.getMessage().startsWith("1 problem"), e.getMessage());
        assertTrue(e.getMessage().contains("events[39999]"), e.getMessage());
        assertEquals(List.of("data"), names(tmp));
    }

    @Test
    void aWriterThatFailsStopsTheReaderAndItsFailureIsReported() throws Exception {
        // More records than the queue holds: a reader that waited for a dead writer would hang here.
        Path data = generated(tmp.resolve("data"), 40_000, false);
        StoreException disk = new StoreException("p.db: disk full");
        AtomicInteger written = new AtomicInteger();
        AtomicBoolean closed = new AtomicBoolean();
        StreamingImport.Target failing = file -> new StreamingImport.Destination() {
            @Override
            public void write(Object record) {
                if (written.incrementAndGet() == 1_000) {
                    throw disk;
                }
            }

            @Override
            public DatasetInfo complete(Dataset ds, Future<String> contentHash, Origin origin) {
                throw new AssertionError("completed after a failed write");
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };

        StoreException e = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> assertThrows(StoreException.class,
                () -> StreamingImport.run(new ExchangeFormatReader(), data, tmp.resolve("p.db"), Origin.USER, failing)));

        assertSame(disk, e);
        assertTrue(closed.get(), "the destination was closed, so it leaves nothing behind");
        assertEquals(1_000, written.get());
    }

    @Test
    void anErrorOnTheWriterThreadStopsTheReaderToo() throws Exception {
        Path data = generated(tmp.resolve("data"), 40_000, false);
        AtomicBoolean closed = new AtomicBoolean();
        StreamingImport.Target broken = file -> new StreamingImport.Destination() {
            @Override
            public void write(Object record) {
                throw new StackOverflowError("test");
            }

            @Override
            public DatasetInfo complete(Dataset ds, Future<String> contentHash, Origin origin) {
                throw new AssertionError("completed after a failed write");
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };

        StoreException e = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> assertThrows(StoreException.class,
                () -> StreamingImport.run(new ExchangeFormatReader(), data, tmp.resolve("p.db"), Origin.USER, broken)));

        assertTrue(e.getMessage().contains("StackOverflowError"), e.getMessage());
        assertTrue(closed.get());
    }

    @Test
    void aDestinationThatCannotBeOpenedIsReported() throws Exception {
        Path data = copyOfSeeds(tmp.resolve("data"));
        StoreException cannot = new StoreException("p.db: read-only folder");
        StoreException e = assertThrows(StoreException.class, () -> StreamingImport.run(new ExchangeFormatReader(),
                data, tmp.resolve("p.db"), Origin.USER, file -> {
                    throw cannot;
                }));
        assertSame(cannot, e);
    }

    /**
     * SHA-256 is compiled to the processor's instructions only by C2: hashed cold at the end of an import of
     * 100,000 events, the content hash ran in C1's code for 0.5 s more CPU. The import warms it up first.
     */
    @Test
    void theContentHashIsWarmedUpBeforeTheFileIsRead() throws Exception {
        Path data = copyOfSeeds(tmp.resolve("data"));
        AtomicBoolean warmAtStart = new AtomicBoolean();
        assertThrows(StoreException.class, () -> StreamingImport.run(new ExchangeFormatReader(), data,
                tmp.resolve("p.db"), Origin.USER, file -> {
                    warmAtStart.set(ContentHash.warm());
                    throw new StoreException("p.db: not opened in this test");
                }));
        assertTrue(warmAtStart.get(), "the hash's code was warmed up before the writer began");
    }

    /**
     * The command line's line on a terminal follows this: how much of the file is read, then, once it is read
     * and checked, the write's records and its search index. The import had nothing to say until the end.
     */
    @Test
    void saysHowFarTheFileIsReadThenWhatTheWriteDoes() throws Exception {
        Path data = generated(tmp.resolve("data"), 5_000, false);
        ReadProgress progress = new ReadProgress();
        StreamingImport.run(data, tmp.resolve("p.db"), Origin.USER, progress);

        assertEquals(Files.size(data.resolve("long.json")), progress.size());
        assertEquals(progress.size(), progress.bytesRead(), "every byte counted");
        assertTrue(progress.writing(), "the write is the last phase: " + progress.phase());
        assertEquals(WriteProgress.Step.SEARCH_INDEX, progress.writeStep());
    }

    /**
     * A count of records written is of records the database holds: handed to the driver, a batch of them had
     * been counted before SQLite had any.
     */
    @Test
    void theRecordsCountedAreTheOnesSentToTheDatabase() throws Exception {
        Path data = generated(tmp.resolve("data"), 5_000, false);
        ReadProgress progress = new ReadProgress();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger handed = new AtomicInteger();
        AtomicLong most = new AtomicLong();
        List<String> ahead = new CopyOnWriteArrayList<>();
        StreamingImport.run(new ExchangeFormatReader(), data, tmp.resolve("p.db"), Origin.USER, file ->
                new StreamingImport.Destination() {
                    @Override
                    public void write(Object record) {
                        long counted = progress.written();
                        most.accumulateAndGet(counted, Math::max);
                        if (counted > sent.get()) {
                            ahead.add(counted + " counted, " + sent.get() + " sent");
                        }
                        handed.incrementAndGet();
                    }

                    @Override
                    public void sendPending() {
                        sent.set(handed.get());
                    }

                    @Override
                    public DatasetInfo complete(Dataset ds, Future<String> contentHash, Origin origin) {
                        return null;
                    }

                    @Override
                    public void close() {
                    }
                }, progress);

        assertTrue(most.get() >= 4_096, "counted as the records went in: " + most.get());
        assertEquals(List.of(), ahead);
    }

    private static Path copyOfSeeds(Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    /** {@code events} events, a hundred to a source, each quoting its own line; the last one misquotes when {@code spoilLast}. */
    private static Path generated(Path to, int events, boolean spoilLast) throws Exception {
        Files.createDirectories(to);
        int perSource = 100;
        StringBuilder json = new StringBuilder("{\"title\": \"Long\", \"sources\": [");
        for (int s = 0; s * perSource < events; s++) {
            StringBuilder text = new StringBuilder();
            for (int i = s * perSource; i < (s + 1) * perSource; i++) {
                text.append("Paragraph ").append(i).append(" says the talks went on.\n");
            }
            Files.writeString(to.resolve("s" + s + ".txt"), text);
            json.append(s == 0 ? "" : ",").append("{\"id\": \"s").append(s).append("\", \"publisher\": \"P\","
                    + " \"title\": \"T\", \"published\": \"2022-01-01\", \"language\": \"en\", \"file\": \"s")
                    .append(s).append(".txt\"}");
        }
        json.append("], \"actors\": [], \"places\": [], \"events\": [");
        for (int i = 0; i < events; i++) {
            String quote = spoilLast && i == events - 1 ? "Paragraph nowhere" : "Paragraph " + i + " says";
            json.append(i == 0 ? "" : ",").append("{\"id\": \"e").append(i).append("\", \"title\": \"Event ").append(i)
                    .append("\", \"summary\": \"Talks.\", \"start\": \"2022-01-01\", \"precision\": \"day\","
                            + " \"zone\": \"UTC\", \"kind\": \"meeting\", \"cameo\": \"043\", \"track\": \"background\","
                            + " \"evidence\": [{\"source\": \"s").append(i / perSource).append("\", \"text\": \"")
                    .append(quote).append("\"}]}");
        }
        json.append("]}");
        Files.writeString(to.resolve("long.json"), json);
        return to;
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
