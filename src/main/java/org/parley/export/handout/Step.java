package org.parley.export.handout;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.model.CountText;
import org.parley.model.Event;
import org.parley.model.Modality;
import org.parley.model.Precision;

/**
 * One step of a presentation or handout. An event step tells one event of the story; a context
 * step gathers the background the papers cite ("how we got here") into one slide.
 *
 * @param number      1-based position in the deck
 * @param total       how many steps the deck has
 * @param event       the event told; for a context step, its latest background event
 * @param placeName   where it happened, or empty when the articles do not say
 * @param quoteText   the event's first quotation, verbatim, or empty when it has none
 * @param credit      who said it and the paper that reports it ("Jens Stoltenberg, in The New York Times"), or empty
 * @param context     the background events of a context step, oldest first; empty for an event step
 * @param heading     a context step's title ("How we got here, 1990–2013"); empty for an event step
 * @param caveat      what a reader must know of where the event is known from, said with its date
 *                    ("photo caption, not reporting"); empty for the papers' own reporting
 * @param storyStart  the first day of the dataset's focus, or null: a background situation dated only
 *                    roughly that still held then reads "as of Jan 2022", not "Jan 2022" as if it began then
 * @param inSentence  whether {@code quoteText} is the paper's whole sentence around a quotation too short
 *                    to stand alone, shown as the paper prints it, and {@code credit} the paper quoting
 *                    the speaker ("The New York Times, quoting Jens Stoltenberg")
 * @param retold      by event id, what the step says of an event in place of its curated summary: under a
 *                    one-paper filter, the kept paper's own sentences for an event both papers report
 *                    ({@link KeptPaperWords}, decision 0131); empty otherwise
 */
public record Step(int number, int total, Event event, String placeName, String quoteText, String credit,
                   List<Event> context, String heading, String caveat, LocalDate storyStart, boolean inSentence,
                   Map<String, String> retold) {

    public Step {
        Objects.requireNonNull(event, "event");
        placeName = placeName == null ? "" : placeName;
        quoteText = quoteText == null ? "" : quoteText;
        credit = credit == null ? "" : credit;
        context = context == null ? List.of() : List.copyOf(context);
        heading = heading == null ? "" : heading;
        caveat = caveat == null ? "" : caveat;
        retold = retold == null ? Map.of() : Map.copyOf(retold);
    }

    public Step(int number, int total, Event event, String placeName, String quoteText, String credit,
                List<Event> context, String heading, String caveat, LocalDate storyStart, boolean inSentence) {
        this(number, total, event, placeName, quoteText, credit, context, heading, caveat, storyStart, inSentence,
                Map.of());
    }

    public Step(int number, int total, Event event, String placeName, String quoteText, String credit,
                List<Event> context, String heading, String caveat, LocalDate storyStart) {
        this(number, total, event, placeName, quoteText, credit, context, heading, caveat, storyStart, false);
    }

    public Step(int number, int total, Event event, String placeName, String quoteText, String credit,
                List<Event> context, String heading, String caveat) {
        this(number, total, event, placeName, quoteText, credit, context, heading, caveat, null);
    }

    /** A step whose evidence is the papers' reporting. */
    public Step(int number, int total, Event event, String placeName, String quoteText, String credit,
                List<Event> context, String heading) {
        this(number, total, event, placeName, quoteText, credit, context, heading, "");
    }

    /** An event step. */
    public Step(int number, int total, Event event, String placeName, String quoteText, String credit) {
        this(number, total, event, placeName, quoteText, credit, List.of(), "");
    }

    public boolean isContext() {
        return !context.isEmpty();
    }

    /** The events the step is about: its own, or the background it gathers. */
    public List<Event> events() {
        return isContext() ? context : List.of(event);
    }

    /** What begins each line of a context step's summary. */
    public static final String BULLET = "\u2022 ";

    public String title() {
        return isContext() ? heading : event.title();
    }

    public String dateLabel() {
        if (isContext()) {
            Event oldest = context.get(0);
            String first = oldest.time().label();
            String last = context.get(context.size() - 1).time().label();
            if (last.startsWith(first + ",")) {
                // A day's event, then a time on that day: the day is the range ("Sat 7 Oct 2017", not
                // "Sat 7 Oct 2017 – Sat 7 Oct 2017, 23:55 UTC").
                last = first;
            }
            return !first.equals(last) ? first + " \u2013 " + last : stillHolding(oldest) ? "as of " + first : first;
        }
        return event.time().label();
    }

    /**
     * The event's summary; for a context step, one line per background event ("• 1991 · Collapse …"):
     * the bullet marks where each begins, so a line wrapped on a slide or page does not read as the next.
     */
    public String summary() {
        if (isContext()) {
            // When every line would repeat the heading's own date ("as of Jan 2022"), the lines leave it out.
            boolean oneDate = context.stream().allMatch(e -> date(e).equals(dateLabel()));
            StringBuilder out = new StringBuilder();
            for (Event e : context) {
                String date = date(e);
                // "2008 NATO declaration: …" says when in its title: "2008 · NATO declaration: …", as every
                // other line has it, not "2008 · 2008 NATO declaration" nor a line without the "·".
                String title = e.title().startsWith(date + " ") ? e.title().substring(date.length() + 1) : e.title();
                out.append(BULLET).append(oneDate ? e.title() : date + " \u00B7 " + title).append('\n');
            }
            return out.toString().strip();
        }
        return summaryOf(event);
    }

    /** What the step says of one of its events: its curated summary, or the words told in its place. */
    public String summaryOf(Event e) {
        return retold.getOrDefault(e.id(), e.summary());
    }

    private String date(Event e) {
        return stillHolding(e) ? "as of " + e.time().label() : e.time().label();
    }

    /** Known only to its month (or coarser) and, as the papers tell it, still the case when the story begins. */
    private boolean stillHolding(Event e) {
        return storyStart != null && e.modality() == Modality.HAPPENED && !e.time().precision().atLeast(Precision.DAY)
                && !e.time().lastDate().isBefore(storyStart);
    }

    public boolean hasQuote() {
        return !quoteText.isEmpty();
    }

    /** What opens the quotation as shown: a quotation mark, or nothing before the paper's own sentence. */
    public String quoteOpening() {
        return inSentence ? "" : "\u201C";
    }

    /** What closes it, as {@link #quoteOpening()}. */
    public String quoteClosing() {
        return inSentence ? "" : "\u201D";
    }

    /** The quotation as shown, in its marks (none around the paper's own sentence). */
    public String quoted() {
        return quoteOpening() + quoteText + quoteClosing();
    }

    /** {@link #quoted()} and, when known, "— who said it, in which paper" (or the paper whose sentence it is). */
    public String quoteLine() {
        return quoted() + (credit.isEmpty() ? "" : " \u2014 " + credit);
    }

    /**
     * "Wed 12 Jan 2022 · Brussels", or just the date when there is no place; an event known only
     * from a caption or a headline says so ("… · photo caption, not reporting"), as the detail
     * pane's badge does, so a slide or a page never shows it as the papers' reporting.
     */
    public String dateAndPlace() {
        String when = placeName.isEmpty() ? dateLabel() : dateLabel() + " · " + placeName;
        return caveat.isEmpty() ? when : when + " · " + caveat;
    }

    /** "Step 3 / 12". */
    public String counter() {
        return "Step " + CountText.number(number) + " / " + CountText.number(total);
    }

    /** The same step saying {@code words} (by event id) in place of those events' curated summaries. */
    Step retold(Map<String, String> words) {
        return new Step(number, total, event, placeName, quoteText, credit, context, heading, caveat, storyStart,
                inSentence, words);
    }

    /** The same step at another position (decks are numbered once their order is known). */
    Step at(int n, int of) {
        return new Step(n, of, event, placeName, quoteText, credit, context, heading, caveat, storyStart, inSentence,
                retold);
    }
}
