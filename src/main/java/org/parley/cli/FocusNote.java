package org.parley.cli;

import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.EventFilter;

import java.util.Optional;

/**
 * A line for {@code validate} and {@code import} when a dataset's declared focus holds none of its
 * events: the validator allows a focus up to a year from them, and the app and its pictures open on
 * the focus, so such a dataset opened on blank lanes with nothing said at import.
 */
final class FocusNote {

    private FocusNote() {
    }

    static Optional<String> of(Dataset data) {
        if (data.events().isEmpty() || data.focus().isEmpty()) {
            return Optional.empty();
        }
        DateRange focus = data.focus().get();
        // The days the app opens on, a window: an event dated only to their month is drawn across them.
        EventFilter inFocus = EventFilter.NONE.withRange(focus.startIn(data.zone()), focus.endIn(data.zone()))
                .withRoughlyDated(true);
        if (data.events().stream().anyMatch(inFocus.in(data))) {
            return Optional.empty();
        }
        int n = data.events().size();
        return Optional.of("Note: " + (n == 1 ? "its one event does not fall" : "none of its " + CountText.number(n)
                + " events falls") + " in its declared focus (" + focus.label() + "), the days the app and its pictures"
                + " open on; Fit everything (Ctrl+2) in the app, or --range all for export-image, shows "
                + (n == 1 ? "it." : "them."));
    }
}
