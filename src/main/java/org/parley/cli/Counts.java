package org.parley.cli;

import org.parley.model.Dataset;

/** One line of counts for a dataset. */
final class Counts {

    private Counts() {
    }

    static String of(Dataset ds) {
        return ds.sources().size() + " sources, " + ds.actors().size() + " actors, " + ds.places().size()
                + " places, " + ds.events().size() + " events, " + ds.quotes().size() + " quotes, "
                + ds.divergences().size() + " divergences";
    }
}
