package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.seed.BundledSeeds;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.ExchangeFormatWriter;

/** The bundled week declares its focus and zone; both survive the database and the exchange format. */
class FocusRoundTripTest {

    private static final DateRange WEEK = new DateRange(LocalDate.of(2022, 1, 9), LocalDate.of(2022, 1, 13));

    @TempDir
    Path tmp;

    @Test
    void theBundledWeekDeclaresItsFocusAndZone() {
        Dataset week = BundledSeeds.dataset();
        assertEquals(WEEK, week.declaredFocus().orElseThrow());
        assertEquals(ZoneId.of("Europe/Brussels"), week.declaredZone().orElseThrow());
    }

    @Test
    void focusAndZoneSurviveTheStoreAndTheExchangeFormat() throws Exception {
        Dataset week = BundledSeeds.dataset();
        try (ParleyStore store = ParleyStore.open(tmp.resolve("p.db"))) {
            store.importDataset(week, "hash", Origin.SEED);
            Dataset back = store.loadDataset();
            assertEquals(WEEK, back.declaredFocus().orElseThrow());
            assertEquals(week, back);
        }
        Path json = tmp.resolve("out/week.json");
        new ExchangeFormatWriter().write(week, json);
        Dataset read = new ExchangeFormatReader().read(json);
        assertEquals(week, read);
        assertTrue(read.declaredZone().isPresent());
    }

    @Test
    void aDatasetWithoutFocusStoresNoneAndDerivesOne() throws Exception {
        Dataset plain = Fixtures.week();
        try (ParleyStore store = ParleyStore.open(tmp.resolve("q.db"))) {
            store.importDataset(plain, "hash", Origin.USER);
            Dataset back = store.loadDataset();
            assertTrue(back.declaredFocus().isEmpty());
            assertTrue(back.focus().isPresent(), "derived from the events");
        }
    }
}
