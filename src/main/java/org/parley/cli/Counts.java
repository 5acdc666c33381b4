package org.parley.cli;

import org.parley.model.CountText;
import org.parley.model.Dataset;

/** One line of counts for a dataset. */
final class Counts {

    private Counts() {
    }

    /** "2 sources, 41 actors, 25 places, 64 events, 54 quotes, 20 divergences, 24 positions". */
    static String of(Dataset ds) {
        return CountText.count(ds.sources().size(), "source") + ", " + CountText.count(ds.actors().size(), "actor") + ", "
                + CountText.count(ds.places().size(), "place") + ", " + CountText.count(ds.events().size(), "event") + ", "
                + CountText.count(ds.quotes().size(), "quote") + ", " + CountText.count(ds.divergences().size(), "divergence") + ", "
                + CountText.count(ds.positions().size(), "position");
    }
}
