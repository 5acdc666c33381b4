package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database made elsewhere and moved into a folder so deep that SQLite cannot open it (its path
 * with "-journal" after it passes 512 bytes) is refused for that reason, not with "is the folder
 * there, and can it be written?", which sent the user to check a folder that was fine.
 */
class DeepDatabaseTest {

    @TempDir
    Path dir;

    /** {@code from} copied to a path {@code bytes} long, its folders made. */
    private Path copiedTo(Path from, int bytes) throws IOException {
        Path folder = dir.toRealPath();
        while (bytes - folder.toString().length() - 1 > 150) {
            folder = folder.resolve("f".repeat(100));
        }
        Files.createDirectories(folder);
        Path file = folder.resolve("p".repeat(bytes - folder.toString().length() - 1 - 3) + ".db");
        assertEquals(bytes, file.toString().getBytes(StandardCharsets.UTF_8).length);
        return Files.copy(from, file);
    }

    @Test
    void aDatabaseTooDeepForSqliteIsRefusedForItsPathsLength() throws IOException {
        Path db = copiedTo(Path.of(CliRun.seeded(dir.resolve("made-here.db"))), 505);
        byte[] before = Files.readAllBytes(db);
        for (List<String> command : List.of(List.of("stats"), List.of("search", "Geneva"), List.of("check"))) {
            CliRun run = CliRun.on(db, command.get(0), command.subList(1, command.size()).toArray(String[]::new));
            assertEquals(1, run.exit(), command + ": " + run.out() + run.err());
            assertTrue(run.err().contains("its full path is 505 bytes long, and SQLite cannot open a database whose path is "
                    + "longer than 504 bytes; move it to a folder with a shorter path."), command + ": " + run.err());
            assertFalse(run.err().contains("can it be written"), run.err());
        }
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void oneAtTheLongestPathSqliteOpensIsRead() throws IOException {
        Path db = copiedTo(Path.of(CliRun.seeded(dir.resolve("made-here.db"))), 504);
        CliRun run = CliRun.on(db, "stats");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Database: "), run.out());
    }
}
