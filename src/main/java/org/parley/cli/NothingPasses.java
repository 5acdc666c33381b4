package org.parley.cli;

import org.parley.export.ExportException;
import org.parley.export.FilterNote;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;

import java.util.Locale;

/**
 * The refusal of a command whose filters keep no event, naming them as the export's credit line would:
 * "no event passes the filters (events shared by Aleksandr V. Fomin and Dmitry Peskov); nothing was written."
 * export-data said so; export-image said only "No events match the filters and range", and handout "the
 * filters leave none", so a script's user had to work out which filter emptied it.
 */
final class NothingPasses {

    private NothingPasses() {
    }

    /** The refusal for {@code filter}, which keeps none of {@code data}'s events. */
    static ExportException refusal(EventFilter filter, Dataset data) {
        String which = FilterNote.which(filter, data).map(w -> " (" + w + ")").orElse("");
        return new ExportException("no event passes the filters" + which + "; nothing was written.");
    }

    /**
     * The refusal of an image whose default range, the dataset's focus, holds none of the events
     * {@code filter} keeps: the command had said "No events match the filters and range" to a user who
     * gave neither, and not that --range all would draw them.
     */
    static ExportException outsideFocus(EventFilter filter, Dataset data) {
        long kept = data.events().stream().filter(filter.in(data)).count();
        String which = FilterNote.which(filter, data).map(w -> (kept == 1 ? " that passes" : " that pass")
                + " the filters (" + w + ")").orElse("");
        String focus = data.focus().map(f -> " (" + f.label() + ")").orElse("");
        String none = kept == 1 ? "the one event" + which + " does not fall"
                : String.format(Locale.ENGLISH, "none of the %,d events%s falls", kept, which);
        return new ExportException(none + " in the dataset's focus" + focus + ", the days an image shows unless told "
                + "otherwise; --range all draws " + (kept == 1 ? "it" : "them all") + ", or --from and --to choose the "
                + "days. Nothing was written.");
    }
}
