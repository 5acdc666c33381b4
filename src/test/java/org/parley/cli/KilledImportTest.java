package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.Workspace;
import org.parley.seed.ExchangeFormatReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a separate JVM with SIGKILL at random moments while it replaces the dataset: afterwards the
 * database holds the old dataset or the whole new one, never a mix, and passes its own check.
 */
class KilledImportTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesTheOldOrTheNewDatasetWhole() throws Exception {
        Path data = dir.resolve("mine");
        Files.createDirectories(data);
        try (var files = Files.list(SEEDS)) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        Path json = data.resolve("week.json");
        Files.writeString(json, Files.readString(json).replaceFirst("\"title\": \"The week", "\"title\": \"My week"));
        String newHash = new ExchangeFormatReader().load(data).contentHash();

        Random random = new Random(8);
        List<String> outcomes = new ArrayList<>();
        // Round 0 runs to the end and times a whole import, so the kills can fall all along one.
        long whole = 0;
        for (int round = 0; round < 9; round++) {
            Path db = dir.resolve("p" + round + ".db");
            assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
            String oldHash;
            try (Workspace ws = Workspace.open(db)) {
                oldHash = ws.store().info().orElseThrow().contentHash();
            }
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dparley.seeds=" + SEEDS.toAbsolutePath(),
                    "-Djava.awt.headless=true", Main.class.getName(), "import", "--replace", "--db", db.toString(),
                    data.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child" + round + ".log").toFile()).start();
            long started = System.nanoTime();
            long delay = round == 0 ? 120_000 : (long) (whole * (0.3 + 0.8 * random.nextDouble()));
            boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly().waitFor();
            } else if (round == 0) {
                whole = (System.nanoTime() - started) / 1_000_000;
                assertEquals(0, child.exitValue(), Files.readString(dir.resolve("child0.log")));
            }
            try (Workspace ws = Workspace.open(db)) {
                String hash = ws.store().info().orElseThrow().contentHash();
                assertTrue(hash.equals(oldHash) || hash.equals(newHash), "round " + round + ": a mix of datasets");
                assertTrue(ws.check().ok(), "round " + round + ": " + ws.check());
                outcomes.add((finished ? "finished" : "killed after " + delay + " ms") + ": "
                        + (hash.equals(newHash) ? "new" : "old"));
            }
        }
        System.out.println("Killed imports: " + outcomes);
    }
}
