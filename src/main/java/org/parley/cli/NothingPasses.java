package org.parley.cli;

import org.parley.export.ExportException;
import org.parley.export.FilterNote;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;

/**
 * The refusal of a command whose filters keep no event, naming them as the export's credit line would:
 * "No event passes the filters (events shared by Aleksandr V. Fomin and Dmitry Peskov); nothing was written."
 * export-data said so; export-image said only "No events match the filters and range", and handout "the
 * filters leave none", so a script's user had to work out which filter emptied it.
 */
final class NothingPasses {

    private NothingPasses() {
    }

    /** The refusal for {@code filter}, which keeps none of {@code data}'s events. */
    static ExportException refusal(EventFilter filter, Dataset data) {
        String which = FilterNote.which(filter, data).map(w -> " (" + w + ")").orElse("");
        return new ExportException("No event passes the filters" + which + "; nothing was written.");
    }
}
