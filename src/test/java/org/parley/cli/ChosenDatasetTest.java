package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder holding week.json and other datasets is read as week.json, and the commands say so. */
class ChosenDatasetTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));
    private static final String COUNTS = "2 sources, 41 actors, 25 places, 64 events, 54 quotes, 20 divergences, 25 positions";
    private static final String TITLE = "The week of US–NATO–Russia talks, January 2022";

    @TempDir
    Path tmp;

    private Path folderWith(String... otherDatasets) throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        try (var files = Files.list(SEEDS)) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        for (String name : otherDatasets) {
            Files.copy(data.resolve("week.json"), data.resolve(name));
        }
        return data;
    }

    @Test
    void validateNamesTheFileItReadWhenTheFolderHeldAnother() throws Exception {
        CliRun run = CliRun.of("validate", folderWith("aaa.json").toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("Read week.json (the folder also holds aaa.json; name a file to read another)",
                "OK: " + TITLE, COUNTS), run.out().lines().toList());
    }

    @Test
    void importNamesTheFileItReadIntoANewDatabaseAndAnExistingOne() throws Exception {
        Path data = folderWith("aaa.json", "bbb.json");
        String line = "Read week.json (the folder also holds aaa.json and bbb.json; name a file to read another)";
        Path db = tmp.resolve("p.db");
        CliRun fresh = CliRun.of("import", "--db", db.toString(), data.toString());
        assertEquals(0, fresh.exit(), fresh.err());
        assertEquals(List.of(line, "Imported " + TITLE + " into " + db, COUNTS), fresh.out().lines().toList());
        CliRun again = CliRun.of("import", "--db", db.toString(), data.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(line, again.out().lines().findFirst().orElseThrow());
    }

    @Test
    void manyOtherDatasetsAreCountedNotListed() throws Exception {
        CliRun run = CliRun.of("validate", folderWith("a.json", "b.json", "c.json", "d.json", "e.json").toString());
        assertEquals("Read week.json (the folder also holds a.json, b.json, c.json and 2 more; name a file to read another)",
                run.out().lines().findFirst().orElseThrow());
    }

    /** No choice was made for the user: nothing to say. */
    @Test
    void aFolderWithOnlyWeekJsonOrANamedFileGetsNoSuchLine() throws Exception {
        Path data = folderWith();
        assertEquals(List.of("OK: " + TITLE, COUNTS), CliRun.of("validate", data.toString()).out().lines().toList());
        Files.copy(data.resolve("week.json"), data.resolve("aaa.json"));
        assertEquals(List.of("OK: " + TITLE, COUNTS),
                CliRun.of("validate", data.resolve("week.json").toString()).out().lines().toList());
    }
}
