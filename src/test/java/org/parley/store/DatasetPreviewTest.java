package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.DatasetPreview;
import org.parley.model.Event;
import org.parley.seed.DatasetException;
import org.parley.seed.ExchangeFormatReader;

/** The part of a large dataset read first opens on the view the whole dataset keeps. */
class DatasetPreviewTest {

    @TempDir
    Path dir;

    private static Dataset week() {
        try {
            return new ExchangeFormatReader().load(Path.of(System.getProperty("parley.seeds", "seeds"))).dataset();
        } catch (DatasetException e) {
            throw new AssertionError(e);
        }
    }

    /** The same events with no declared focus or zone: the densest week and its zone are derived. */
    private static Dataset undeclared(Dataset d) {
        return new Dataset(d.title(), d.description(), null, null, d.sources(), d.actors(), d.places(), d.events(),
                d.quotes(), d.divergences(), d.positions());
    }

    @Test
    void holdsTheFocusZoneSpanAndEveryEventAroundTheFocusOfTheWholeDataset() {
        for (Dataset data : List.of(week(), undeclared(week()))) {
            try (ParleyStore store = ParleyStore.open(dir.resolve(System.nanoTime() + ".db"))) {
                store.importDataset(data, "h", Origin.USER);
                Dataset whole = store.loadDataset();
                DatasetPreview preview = store.loadPreview(10).orElseThrow();
                Dataset window = preview.focusWindow();
                assertEquals(whole.focus(), window.focus());
                assertEquals(whole.zone(), window.zone());
                assertEquals(whole.span().orElseThrow(), preview.span());
                assertEquals(whole.events().size(), preview.events());
                assertEquals(whole.actors(), window.actors());
                assertEquals(whole.places(), window.places());
                Instant from = window.focus().orElseThrow().first().minusDays(DatasetPreviewReader.MARGIN_DAYS)
                        .atStartOfDay(ZoneOffset.UTC).toInstant();
                Instant to = window.focus().orElseThrow().last().plusDays(DatasetPreviewReader.MARGIN_DAYS + 1L)
                        .atStartOfDay(ZoneOffset.UTC).toInstant();
                List<Event> around = whole.events().stream()
                        .filter(e -> e.time().startInstant().isBefore(to) && e.time().endInstant().isAfter(from)).toList();
                assertTrue(around.size() > 20, "the week's focus holds its talks: " + around.size());
                // Each event whole (actors, evidence, places), in dataset order; nothing far from the focus.
                assertTrue(window.events().containsAll(around), "an event around the focus is missing");
                assertEquals(whole.events().stream().filter(window.events()::contains).toList(), window.events());
                assertTrue(window.events().size() < whole.events().size(), "the background stays out");
            }
        }
    }

    @Test
    void aDatasetNoLargerThanTheLimitIsReadWhole() {
        try (ParleyStore store = ParleyStore.open(dir.resolve("p.db"))) {
            assertEquals(Optional.empty(), store.loadPreview(0), "an empty database has nothing to preview");
            Dataset week = week();
            store.importDataset(week, "h", Origin.USER);
            assertEquals(Optional.empty(), store.loadPreview(week.events().size()));
            assertTrue(store.loadPreview(week.events().size() - 1).isPresent());
        }
    }
}
