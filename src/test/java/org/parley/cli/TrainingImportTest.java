package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TrainingImportTest {

    @Test
    void argumentsWithoutTheLeadingOptionAreLeftAsTheyAre() {
        String[] args = {"--db", "w.db", TrainingImport.OPTION, "x"};
        assertSame(args, TrainingImport.runLeading(args));
        String[] none = {};
        assertSame(none, TrainingImport.runLeading(none));
        String[] alone = {TrainingImport.OPTION};
        assertSame(alone, TrainingImport.runLeading(alone));
    }

    @Test
    void importsTheDatasetIntoAScratchDatabaseAndRemovesIt(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("generated");
        assertEquals(0, CliRun.of("generate", "--events", "300", "--out", data.toString()).exit());
        Path tmp = Files.createDirectory(dir.resolve("tmp"));

        assertEquals(0, TrainingImport.importInto(tmp, data));
        assertEquals(0, entries(tmp), "the scratch database is removed");
    }

    @Test
    void aFailedImportLeavesNothingBehindEither(@TempDir Path dir) throws IOException {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));

        assertNotEquals(0, TrainingImport.importInto(tmp, dir.resolve("no-such-folder")));
        assertEquals(0, entries(tmp));
    }

    @Test
    void theAppGetsTheArgumentsAfterTheImportedFolder(@TempDir Path dir) {
        Path data = dir.resolve("generated");
        assertEquals(0, CliRun.of("generate", "--events", "20", "--out", data.toString()).exit());

        assertArrayEquals(new String[] {"--db", "w.db", "--measure-startup"},
                TrainingImport.runLeading(TrainingImport.OPTION, data.toString(), "--db", "w.db", "--measure-startup"));
    }

    private static long entries(Path folder) throws IOException {
        try (Stream<Path> in = Files.list(folder)) {
            return in.count();
        }
    }
}
