package org.parley.export.image;

import org.parley.export.Credits;
import org.parley.export.FilterNote;

import java.time.LocalDate;
import java.util.List;
import org.parley.export.ExportException;
import org.parley.model.DateRange;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;

/**
 * The events an image shows and the window it is cut to, worked out once from the request so
 * every panel of a dashboard agrees on them.
 *
 * @param window the range the timeline spans, or null for all of {@code events}
 * @param kept   how many events the filters keep whatever range is shown: the count the explorer's timeline
 *               decides by whether a zoom draws density strips, so an export of a range of it draws what it does
 */
record Selection(Dataset data, List<Event> events, TimeWindow window, String selectedEvent, String title,
                 String credit, boolean filtered, int kept) {

    static Selection of(Dataset data, ImageRequest request) {
        EventFilter filter = request.filter();
        List<Event> events = data.eventsInNarrativeOrder().stream().filter(filter.in(data)).toList();
        if (events.isEmpty()) {
            throw new ExportException(data.events().isEmpty() ? "the dataset has no events; there is nothing to draw."
                    : "no events match the filters and range; there is nothing to draw.");
        }
        String wanted = request.selectedEvent();
        String selected = events.stream().anyMatch(e -> e.id().equals(wanted)) ? wanted : null;
        String title = title(data, request);
        TimeWindow window = request.effectiveWindow();
        int kept = window == null ? events.size()
                : (int) data.events().stream().filter(request.leftOut().in(data)).count();
        // A picture of some of the events says so, beside where its facts come from.
        String credit = Credits.line(data, request.leftOut().sources()) + FilterNote.of(request.leftOut(), data).map(n -> " · " + n).orElse("")
                + rangeNote(data, request.view(), window, kept - events.size());
        return new Selection(data, events, window, selected, title, credit, !request.leftOut().isEmpty(), kept);
    }

    /**
     * " · Only events of 9–13 Jan 2022: 7 others left out" for a map or a network cut to a range, which has no
     * axis to show it: the default map counted "the 57 events shown" beside the explorer's 64, and nothing said
     * that the background was left out. A timeline's axis says its days; "" when nothing is left out.
     */
    private static String rangeNote(Dataset data, View view, TimeWindow window, int others) {
        if (window == null || others <= 0 || (view != View.MAP && view != View.ACTORS)) {
            return "";
        }
        DateRange days = new DateRange(LocalDate.ofInstant(window.start(), data.zone()),
                LocalDate.ofInstant(window.end().minusNanos(1), data.zone()));
        return " · Only events of " + days.label() + ": " + CountText.count(others, "other") + " left out";
    }

    /** The title the picture is drawn under: the user's, or one made from the view and the dataset. */
    static String title(Dataset data, ImageRequest request) {
        return request.title() != null ? request.title() : defaultTitle(request.view(), data);
    }

    static String defaultTitle(View view, Dataset data) {
        return view.isSlide() ? data.title() : view.label() + " — " + data.title();
    }

    Event event(String id) {
        return data.event(id).orElse(null);
    }
}
