package org.parley.ui.divergence;

import java.util.List;
import java.util.Optional;

import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Event;

/**
 * Which events a divergence concerns, in words: a card's topic ("How long the meeting lasted") does not say
 * which meeting. The line names the first event with its date and the second where there are just two; past
 * two it counts the rest, so a fact about seven events stays one or two lines. The tip names them all.
 */
final class ConcernedEvents {

    private ConcernedEvents() {
    }

    /**
     * "NATO–Russia meeting in Brussels (Wed 12 Jan 2022, 10:00)", then " and " the second's title or
     * "and 6 more"; empty for a divergence tied to no event (it is about the whole dataset).
     */
    static String line(Dataset ds, Divergence d) {
        List<Event> events = events(ds, d);
        if (events.isEmpty()) {
            return "";
        }
        Event first = events.get(0);
        String line = first.title() + " (" + date(first) + ")";
        return switch (events.size()) {
            case 1 -> line;
            case 2 -> line + " and " + events.get(1).title();
            default -> line + " and " + (events.size() - 1) + " more";
        };
    }

    /** Every event, one a line with its date: what the line counts rather than names. Empty for none. */
    static String tip(Dataset ds, Divergence d) {
        List<Event> events = events(ds, d);
        if (events.isEmpty()) {
            return "";
        }
        StringBuilder tip = new StringBuilder("About " + CountText.count(events.size(), "event") + ":");
        for (Event e : events) {
            tip.append("\n").append(date(e)).append(" \u00B7 ").append(e.title());
        }
        return tip.toString();
    }

    /** The date as the events table shows it: compact, "≈" before a day the curator inferred. */
    private static String date(Event e) {
        return (e.inferred() ? "\u2248 " : "") + e.time().compactLabel();
    }

    private static List<Event> events(Dataset ds, Divergence d) {
        return d.events().stream().map(ds::event).flatMap(Optional::stream).toList();
    }
}
