package org.parley.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dataset too large for the heap, in a separate JVM given 32 MB: one clear line, exit status 1,
 * no stack trace, and the database and every other file byte for byte as they were.
 */
class OutOfMemoryTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));
    private static final ChildJvm SMALL_HEAP = new ChildJvm(List.of("-Xmx32m", "-Djava.awt.headless=true",
            "-Dparley.seeds=" + SEEDS.toAbsolutePath()), 300);

    @TempDir
    static Path shared;
    private static Path big;
    private static Path bigDb;

    @TempDir
    Path dir;

    /** 20,000 generated events (19 MB with their texts), and a database holding them (imported with this JVM's heap). */
    @BeforeAll
    static void generateABigDataset() {
        big = shared.resolve("big");
        assertEquals(0, CliRun.of("generate", "--events", "20000", "--out", big.toString()).exit());
        bigDb = shared.resolve("big.db");
        CliRun imported = CliRun.of("import", "--db", bigDb.toString(), big.toString());
        assertEquals(0, imported.exit(), imported.err());
    }

    @Test
    void importingADatasetTooLargeForTheHeapSaysSoAndChangesNothing() throws Exception {
        Path db = dir.resolve("p.db");
        assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
        Map<Path, byte[]> before = FileTree.snapshot(dir);

        ChildJvm.Run run = SMALL_HEAP.attempt(Files.createTempDirectory(shared, "child"),
                "import", "--replace", "--db", db.toString(), big.toString());

        assertOneClearLine(run, "too large for the memory Java was given");
        assertFilesEqual(before, FileTree.snapshot(dir));
        assertTrue(CliRun.of("check", "--db", db.toString()).out().contains("The database is sound."));
    }

    @Test
    void exportingADatabaseTooLargeForTheHeapSaysSoAndWritesNothing() throws Exception {
        Path out = dir.resolve("export");
        Map<Path, byte[]> before = FileTree.snapshot(shared);

        ChildJvm.Run run = SMALL_HEAP.attempt(Files.createTempDirectory(dir, "child"),
                "export-data", "--db", bigDb.toString(), "--format", "json", "--out", out.toString());

        assertOneClearLine(run, "too large for the memory Java was given");
        assertFalse(Files.exists(out.resolve("week.json")));
        try (Stream<Path> left = Files.walk(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".parley-")), "no temporary file is left");
        }
        assertFilesEqual(before, FileTree.snapshot(shared));
    }

    /** An image too large for the heap: its size is the cause, not the data, and the line says what to change. */
    @Test
    void anImageTooLargeForTheHeapAsksForASmallerWidthAndWritesNothing() throws Exception {
        Path db = dir.resolve("week.db");
        assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
        Path out = dir.resolve("wide.png");

        ChildJvm.Run run = SMALL_HEAP.attempt(Files.createTempDirectory(shared, "child"),
                "export-image", "--db", db.toString(), "--view", "timeline", "--format", "png", "--width", "16384",
                "--out", out.toString());

        assertOneClearLine(run, "smaller width");
        assertFalse(run.out().contains("split the dataset"), run.out());
        assertFalse(Files.exists(out));
    }

    private static void assertOneClearLine(ChildJvm.Run run, String says) {
        assertEquals(1, run.exit(), run.out());
        List<String> ours = run.out().lines().filter(l -> l.startsWith("parley:")).toList();
        assertEquals(1, ours.size(), run.out());
        assertTrue(ours.get(0).contains(says), run.out());
        assertTrue(ours.get(0).contains("-Xmx"), "says what to do: " + run.out());
        assertFalse(run.out().contains("Exception in thread"), run.out());
        assertFalse(run.out().contains("\tat "), "no stack trace: " + run.out());
        assertFalse(run.out().contains("OutOfMemoryError"), run.out());
    }


    private static void assertFilesEqual(Map<Path, byte[]> before, Map<Path, byte[]> after) {
        assertEquals(before.keySet(), after.keySet(), "files made or removed");
        before.forEach((p, bytes) -> assertArrayEquals(bytes, after.get(p), p + " changed"));
    }
}
