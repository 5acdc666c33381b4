package org.parley.export.handout;

import java.util.Objects;
import org.parley.model.Event;

/**
 * One step of a presentation or handout: an event with what a class needs to see of it.
 *
 * @param number      1-based position in the deck
 * @param total       how many steps the deck has
 * @param placeName   where it happened, or empty when the articles do not say
 * @param quoteText   the event's first quotation, verbatim, or empty when it has none
 * @param speakerName who said it, or empty
 */
public record Step(int number, int total, Event event, String placeName, String quoteText, String speakerName) {

    public Step {
        Objects.requireNonNull(event, "event");
        placeName = placeName == null ? "" : placeName;
        quoteText = quoteText == null ? "" : quoteText;
        speakerName = speakerName == null ? "" : speakerName;
    }

    public String title() {
        return event.title();
    }

    public String dateLabel() {
        return event.time().label();
    }

    public String summary() {
        return event.summary();
    }

    public boolean hasQuote() {
        return !quoteText.isEmpty();
    }

    /** "Wed 12 Jan 2022 · Brussels", or just the date when there is no place. */
    public String dateAndPlace() {
        return placeName.isEmpty() ? dateLabel() : dateLabel() + " · " + placeName;
    }

    /** "Step 3 / 12". */
    public String counter() {
        return "Step " + number + " / " + total;
    }
}
