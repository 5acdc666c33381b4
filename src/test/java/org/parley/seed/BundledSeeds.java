package org.parley.seed;

import org.parley.model.Dataset;
import org.parley.model.Event;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The seeds shipped with Parley, read once for every test that needs the real week and its articles. */
public final class BundledSeeds {

    private static Dataset dataset;

    private BundledSeeds() {
    }

    public static synchronized Dataset dataset() {
        if (dataset == null) {
            try {
                dataset = new ExchangeFormatReader().read(Path.of(System.getProperty("parley.seeds", "seeds")));
            } catch (DatasetException e) {
                throw new IllegalStateException("the bundled seeds do not load", e);
            }
        }
        return dataset;
    }

    /**
     * The week's events copied (ids suffixed "-0", "-1", …) until there are more than {@code count}:
     * a dataset large enough for the views' background paths, with the week's actors and places.
     */
    public static Dataset copiedUntilOver(int count) {
        Dataset week = dataset();
        List<Event> events = new ArrayList<>();
        for (int copy = 0; events.size() <= count; copy++) {
            for (Event e : week.events()) {
                events.add(new Event(e.id() + "-" + copy, e.title(), e.summary(), e.time(), e.order(), e.place(),
                        e.refers(), e.kind(), e.cameo(), e.track(), e.actors(), e.evidence(), e.inferred(), e.note(),
                        e.modality()));
            }
        }
        return new Dataset(week.title(), week.description(), week.sources(), week.actors(), week.places(), events,
                List.of(), List.of());
    }
}
