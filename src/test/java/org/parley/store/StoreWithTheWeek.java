package org.parley.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;

/** A store holding the bundled week, imported once for the test class that extends this and closed after it. */
abstract class StoreWithTheWeek {

    @TempDir
    static Path dir;

    static ParleyStore store;
    static final Dataset WEEK = BundledSeeds.dataset();

    @BeforeAll
    static void importWeek() {
        store = ParleyStore.open(dir.resolve("week.db"));
        store.importDataset(WEEK, "h", Origin.SEED);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }
}
