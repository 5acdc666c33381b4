package org.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.SeedBundle;
import org.parley.store.Origin;

class WorkspaceFingerprintTest {

    @TempDir
    Path dir;

    private Path copyOfTheSeeds() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, seeds.resolve(f.getFileName()));
            }
        }
        return seeds;
    }

    @Test
    void storedSeedsAreRecognisedByTheBundlesBytesAndRefreshedWhenTheyChange() throws Exception {
        Path seeds = copyOfTheSeeds();
        try (Workspace ws = Workspace.open(dir.resolve("p.db"))) {
            SeedBundle bundle = SeedBundle.fromFolder(seeds);
            assertEquals(Workspace.SeedOutcome.SEEDED, ws.ensureSeeded(bundle));
            assertEquals(bundle.fingerprint(), ws.store().bundleFingerprint().orElseThrow());
            assertEquals(Workspace.SeedOutcome.UP_TO_DATE, ws.ensureSeeded(SeedBundle.fromFolder(seeds)));

            Path text;
            try (Stream<Path> files = Files.list(seeds)) {
                text = files.filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow();
            }
            Files.writeString(text, Files.readString(text) + "\n");
            SeedBundle edited = SeedBundle.fromFolder(seeds);
            assertEquals(Workspace.SeedOutcome.UPDATED, ws.ensureSeeded(edited));
            assertEquals(edited.fingerprint(), ws.store().bundleFingerprint().orElseThrow());
        }
    }

    /**
     * The bundled week put in by `parley import` (or File → Restore the bundled week) is known for
     * what it is at the next start, which then writes nothing: a write there told every other
     * window on the file "The database was changed by another program".
     */
    @Test
    void seedsPutInByAnImportAreKnownAtTheNextStartWithoutAWrite() throws Exception {
        Path seeds = copyOfTheSeeds();
        Path file = dir.resolve("p.db");
        SeedBundle bundle = SeedBundle.fromFolder(seeds);
        try (Workspace ws = Workspace.open(file)) {
            ws.replaceWithSeeds(bundle.fingerprint(), bundle.load(), false);
            assertEquals(bundle.fingerprint(), ws.store().bundleFingerprint().orElseThrow());
        }
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Workspace ws = Workspace.open(file)) {
            long before = dataVersion(other);
            assertEquals(Workspace.SeedOutcome.UP_TO_DATE, ws.ensureSeeded(SeedBundle.fromFolder(seeds)));
            ws.store().recordBundleFingerprint(bundle.fingerprint());
            assertEquals(before, dataVersion(other), "nothing written that another window would take for a change");
        }
    }

    private static long dataVersion(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    @Test
    void aUsersOwnImportForgetsTheSeedsFingerprint() throws Exception {
        Path seeds = copyOfTheSeeds();
        try (Workspace ws = Workspace.open(dir.resolve("p.db"))) {
            ws.ensureSeeded(SeedBundle.fromFolder(seeds));
            var loaded = new ExchangeFormatReader().load(seeds);
            ws.store().importDataset(loaded.dataset(), "another", Origin.USER);
            assertEquals(Optional.empty(), ws.store().bundleFingerprint());
            assertEquals(Workspace.SeedOutcome.USER_DATA_KEPT, ws.ensureSeeded(SeedBundle.fromFolder(seeds)));
        }
    }
}
