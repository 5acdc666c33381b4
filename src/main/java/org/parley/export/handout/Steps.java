package org.parley.export.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.Modality;
import org.parley.model.Place;
import org.parley.model.Quote;
import org.parley.model.Source;
import org.parley.model.SourceFilter;
import org.parley.seed.SentenceAround;

/**
 * Builds the steps of a deck. The story is the dataset's focus period (the week of talks), one
 * step an event in narrative order; the background before it becomes one or two context steps
 * placed first, last or left out; what the papers expect after it, dated only as coarsely as
 * "January 2022", becomes a "What comes next" step that closes the deck, after the background too.
 */
public final class Steps {

    /** Where an event belongs in the telling. */
    public enum Part {
        /** It happened before the focus period. */
        BACKGROUND,
        /** It falls in the focus period, or after it. */
        STORY,
        /**
         * It had not happened as of the papers (expected, conditional, …) and is dated so coarsely
         * that its start falls before the focus period: "January 2022" for a talk after the week is
         * no part of how we got there.
         */
        NEXT
    }

    /** Where {@code event} belongs, given the dataset's focus period (none: everything is the story). */
    public static Part part(Event event, DateRange focus) {
        if (focus == null || !event.time().startDate().isBefore(focus.first())) {
            return Part.STORY;
        }
        boolean pending = event.modality() != Modality.HAPPENED;
        return pending && !event.time().lastDate().isBefore(focus.first()) ? Part.NEXT : Part.BACKGROUND;
    }

    /** Up to this many background events fit one context slide legibly; more are split into near-equal parts. */
    public static final int CONTEXT_PER_STEP = 9;

    private Steps() {
    }

    /** Every event of the dataset, the background as context steps after the talks. */
    public static List<Step> all(Dataset dataset) {
        return of(dataset, dataset.events());
    }

    /** The given events (a filtered subset, say), the background as context steps after the talks. */
    public static List<Step> of(Dataset dataset, List<Event> events) {
        return of(dataset, events, ContextPlacement.LAST);
    }

    /** How many events the steps hold: one each for an event's step, each listed one for a context step. */
    public static int eventsIn(List<Step> steps) {
        return steps.stream().mapToInt(s -> s.isContext() ? s.context().size() : 1).sum();
    }

    public static List<Step> of(Dataset dataset, List<Event> events, ContextPlacement placement) {
        return of(dataset, events, placement, SourceFilter.ANY);
    }

    /**
     * As {@link #of(Dataset, List, ContextPlacement)}, each step quoting only what {@code papers} keeps
     * ({@link SourceFilter#keepsQuoteFrom}): filtered to the Post, a step had shown the Times' words
     * ("…, in The New York Times") beside a positions board of the Post's stances alone.
     */
    public static List<Step> of(Dataset dataset, List<Event> events, ContextPlacement placement, SourceFilter papers) {
        List<Event> ordered = events.stream().sorted(Dataset.NARRATIVE_ORDER).toList();
        DateRange focus = dataset.focus().orElse(null);
        List<Event> background = new ArrayList<>();
        List<Event> next = new ArrayList<>();
        List<Step> story = new ArrayList<>();
        for (Event event : ordered) {
            switch (part(event, focus)) {
                case BACKGROUND -> background.add(event);
                case NEXT -> next.add(event);
                case STORY -> story.add(eventStep(dataset, event, papers));
            }
        }
        List<Step> context = placement == ContextPlacement.NONE ? List.of()
                : contextSteps(background, focus == null ? null : focus.first());
        List<Step> deck = new ArrayList<>();
        if (placement == ContextPlacement.FIRST) {
            deck.addAll(context);
        }
        deck.addAll(story);
        if (placement == ContextPlacement.LAST) {
            deck.addAll(context);
        }
        // What comes next closes the deck wherever the background goes: a lesson had ended on 1991.
        if (!next.isEmpty()) {
            deck.add(contextStep(next, "What comes next"));
        }
        if (deck.isEmpty() && !background.isEmpty()) {
            // Everything chosen is background and the teacher left it out: tell it rather than nothing.
            background.forEach(e -> deck.add(eventStep(dataset, e, papers)));
        }
        List<Step> numbered = new ArrayList<>(deck.size());
        for (int i = 0; i < deck.size(); i++) {
            Step step = deck.get(i);
            numbered.add(step.at(i + 1, deck.size()).retold(retold(dataset, step.events(), papers)));
        }
        return List.copyOf(numbered);
    }

    /** The events whose curated summary a step under {@code papers} must not print, and what it says instead. */
    private static Map<String, String> retold(Dataset dataset, List<Event> events, SourceFilter papers) {
        Map<String, String> out = new HashMap<>();
        for (Event e : events) {
            String told = KeptPaperWords.summary(dataset, e, papers);
            if (!told.equals(e.summary())) {
                out.put(e.id(), told);
            }
        }
        return out;
    }

    private static Step eventStep(Dataset dataset, Event event, SourceFilter papers) {
        String place = dataset.place(event.place()).map(Place::name).orElse("");
        Quote quote = quoteFor(event, dataset.quotesOf(event.id()).stream()
                .filter(q -> papers.keepsQuoteFrom(q.source())).toList());
        if (quote == null) {
            return new Step(0, 0, event, place, "", "", List.of(), "", caveat(dataset, event));
        }
        Optional<Source> source = dataset.source(quote.source());
        String name = dataset.actor(quote.speaker()).map(Actor::name).orElse(quote.speaker());
        if (tooShortAlone(quote) && source.isPresent()) {
            // In its sentence, which the paper wrote: the paper says it, quoting the speaker; credited to
            // the paper alone, a class read the reporter's words as the paper's own view.
            return new Step(0, 0, event, place, SentenceAround.of(source.get().text(), quote.span()),
                    source.get().publisher() + ", quoting " + name, List.of(), "", caveat(dataset, event), null, true);
        }
        // The paper too: a class comparing the two papers must see whose report each quotation is.
        String speaker = name + source.map(s -> ", in " + s.publisher()).orElse("");
        return new Step(0, 0, event, place, quote.text(), speaker, List.of(), "", caveat(dataset, event));
    }

    /**
     * The quotation a step shows: the one whose words its title quotes (Jasina's step is titled
     * "Only NATO and member countries decide…", not "Our position is clear"), else one whose words
     * the title uses ("not quick or easy"), else the first.
     */
    static Quote quoteFor(Event event, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return null;
        }
        Matcher quoted = QUOTED.matcher(event.title());
        while (quoted.find()) {
            String words = quoted.group(1).strip().toLowerCase(Locale.ROOT);
            for (Quote q : quotes) {
                if (!words.isEmpty() && q.text().toLowerCase(Locale.ROOT).contains(words)) {
                    return q;
                }
            }
        }
        String title = event.title().toLowerCase(Locale.ROOT);
        return quotes.stream().filter(q -> title.contains(q.text().strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElse(quotes.get(0));
    }

    private static final Pattern QUOTED = Pattern.compile("[\"\u201C]([^\"\u201D]+)[\"\u201D]");

    /** Below this many words a quotation is shown in its sentence: two or three words alone can say the opposite. */
    static final int WORDS_TO_STAND_ALONE = 6;

    private static boolean tooShortAlone(Quote quote) {
        return quote.text().strip().split("\\s+").length < WORDS_TO_STAND_ALONE;
    }

    /** The caveat of an event whose day or place the curator inferred; the list of steps says it by a mark. */
    static final String INFERRED = "day or place inferred";

    /**
     * What a reader must know before taking the step as a fact: "scheduled" (or expected,
     * conditional…) for what had not happened as of the papers' date, and "photo caption, not
     * reporting" for an event known only from a non-reporting part of a page; else "".
     */
    static String caveat(Dataset dataset, Event event) {
        List<String> caveats = new ArrayList<>();
        if (event.modality() != Modality.HAPPENED) {
            caveats.add(event.modality().label().toLowerCase(Locale.ROOT));
        }
        dataset.nonReportingKind(event).ifPresent(kind -> caveats.add(kind + ", not reporting"));
        if (event.inferred()) {
            // As the timeline's "≈" and the table's: the papers do not give this day or place; the curator inferred it.
            caveats.add(INFERRED);
        }
        return String.join(" · ", caveats);
    }

    /**
     * One context step, or as few near-equal parts as keep each within {@link #CONTEXT_PER_STEP}
     * lines, so each can be read from the back of a room: ten long lines already overfill a
     * 1024 × 768 slide.
     */
    private static List<Step> contextSteps(List<Event> background, LocalDate storyStart) {
        if (background.isEmpty()) {
            return List.of();
        }
        if (background.size() <= CONTEXT_PER_STEP) {
            return List.of(contextStep(background, "How we got here", storyStart));
        }
        int parts = (background.size() + CONTEXT_PER_STEP - 1) / CONTEXT_PER_STEP;
        List<Step> out = new ArrayList<>(parts);
        for (int k = 0; k < parts; k++) {
            int from = background.size() * k / parts;
            int to = background.size() * (k + 1) / parts;
            out.add(contextStep(background.subList(from, to), "How we got here (" + (k + 1) + " of " + parts + ")", storyStart));
        }
        return List.copyOf(out);
    }

    private static Step contextStep(List<Event> events, String heading) {
        return contextStep(events, heading, null);
    }

    private static Step contextStep(List<Event> events, String heading, LocalDate storyStart) {
        return new Step(0, 0, events.get(events.size() - 1), "", "", "", events, heading, "", storyStart);
    }
}
