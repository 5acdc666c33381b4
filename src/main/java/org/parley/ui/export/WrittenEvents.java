package org.parley.ui.export;

import javafx.scene.control.Label;
import org.parley.export.DataFormat;
import org.parley.export.SearchedEvents;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.LatestResult;

import java.util.List;

/**
 * The Export data dialog's two lines on what it writes: which events ("Exports the 14 events found by the search
 * “Sherman”.") and what they weigh. Picking the events a search keeps goes through every event written; over
 * {@link ExplorerState#FILTER_AT_ONCE_LIMIT} events it is done on the compute thread, as a filter is, and until it
 * arrives the lines say which events without a number. Every change of the dialog asks again, so the answer to a
 * box since changed is dropped ({@link LatestResult}).
 */
final class WrittenEvents {

    /**
     * What the dialog's choices ask for, read on the JavaFX thread. {@code all}: the dataset's events in narrative
     * order; {@code visible}: the filter's; {@code filterPending}: whether those are still the previous filter's;
     * {@code filters}: whether filters are set for a format that can keep to them; {@code byFilters}: whether the
     * export keeps to them; {@code search}: the search, or null when there is none to keep to; {@code bySearch}:
     * whether the export keeps to it.
     */
    record Asked(DataFormat format, Dataset data, List<Event> all, List<Event> visible, boolean filterPending,
                 boolean anyFilter, boolean filters, boolean byFilters, SearchedEvents search, boolean bySearch) {
    }

    /**
     * The events an export as {@code asked} writes; {@code filteredInstead}: those it would write with the filtered
     * box ticked, when the box could be ticked for fewer (the search's among them when it keeps to one), else null.
     */
    private record Picked(Asked asked, List<Event> written, List<Event> filteredInstead) {
    }

    private final Label events;
    private final Label size;
    private final LatestResult<Picked> picking;

    WrittenEvents(Label events, Label size, BackgroundThread worker) {
        this.events = events;
        this.size = size;
        this.picking = new LatestResult<>(worker, this::show);
    }

    /** Says what an export as {@code asked} writes, at once or when its events are picked; on the JavaFX thread. */
    void say(Asked asked) {
        if (asked.filterPending() && asked.byFilters()) {
            // Over 20,000 events a filter just changed is applied in the background: until its events arrive the
            // visible ones are the previous filter's, and their count is not said as this one's.
            picking.discard();
            events.setText("");
            size.setText("Counting the filtered events\u2026");
            return;
        }
        List<Event> from = asked.byFilters() ? asked.visible() : asked.all();
        if (!asked.bySearch() || asked.all().size() <= ExplorerState.FILTER_AT_ONCE_LIMIT) {
            picking.discard();
            show(picked(asked, from));
        } else {
            events.setText(sentence(asked, -1));
            size.setText("Counting the events " + asked.search().words() + "\u2026");
            picking.request(() -> picked(asked, from));
        }
    }

    /** Drops a count still under way: the dialog is closed. */
    void stop() {
        picking.discard();
    }

    /**
     * What an export as {@code asked} writes from {@code from}, and what ticking the filtered box would write instead:
     * with the search's box ticked the filtered events the search marks, not all the filtered events (which had been
     * offered with the search left out). Goes through the events: on the compute thread over the limit.
     */
    private static Picked picked(Asked asked, List<Event> from) {
        List<Event> written = asked.bySearch() ? kept(from, asked.search()) : from;
        boolean offered = asked.filters() && !asked.byFilters() && !asked.filterPending();
        List<Event> instead = !offered ? null : asked.bySearch() ? kept(asked.visible(), asked.search()) : asked.visible();
        return new Picked(asked, written, instead);
    }

    private static List<Event> kept(List<Event> from, SearchedEvents search) {
        return from.stream().filter(e -> search.eventIds().contains(e.id())).toList();
    }

    private void show(Picked picked) {
        Asked asked = picked.asked();
        events.setText(sentence(asked, picked.written().size()));
        size.setText(ExportDataDialog.sizeNote(asked.format(), asked.data(), picked.written(), picked.filteredInstead(),
                asked.anyFilter()));
    }

    /** {@code count}: the events written, or -1 while they are picked. */
    private static String sentence(Asked asked, int count) {
        return ExportDataDialog.whichEvents(count, asked.all().size(), asked.filters(), asked.byFilters(),
                asked.search(), asked.bySearch());
    }
}
