package org.parley.cli;

import org.parley.model.CountText;
import org.parley.model.Dataset;

/** One line of counts for a dataset. */
final class Counts {

    private Counts() {
    }

    static String of(Dataset ds) {
        return n(ds.sources().size(), "source") + ", " + n(ds.actors().size(), "actor") + ", "
                + n(ds.places().size(), "place") + ", " + n(ds.events().size(), "event") + ", "
                + n(ds.quotes().size(), "quote") + ", " + n(ds.divergences().size(), "divergence");
    }

    /** "1 source", "2 sources". */
    static String n(int count, String noun) {
        return count + " " + CountText.plural(count, noun);
    }
}
