package org.parley.ui.present;
import org.parley.model.Modality;
import org.parley.seed.BundledSeeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.export.handout.ContextPlacement;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventKind;

class PresentationDeckTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    private static PresentationDeck deck() {
        return new PresentationDeck(Steps.all(WEEK));
    }

    /** The background after the story, and what the papers expect last: a lesson had ended on 1991. */
    @Test
    void theStoryStartsWithTheTalksTheBackgroundFollowsAndWhatComesNextClosesTheDeck() {
        List<Step> steps = Steps.all(WEEK);
        assertEquals("geneva-dinner", steps.get(0).event().id(), "step 1 is the Geneva dinner");
        List<Event> story = WEEK.eventsInNarrativeOrder().stream()
                .filter(e -> !e.time().startDate().isBefore(WEEK.focus().orElseThrow().first())).toList();
        assertEquals(story, steps.stream().filter(s -> !s.isContext()).map(Step::event).toList());
        List<Step> context = steps.subList(story.size(), steps.size());
        assertEquals(4, context.size(), "the background in three readable steps, then what comes next");
        assertTrue(context.stream().allMatch(Step::isContext));
        assertEquals(WEEK.events().size() - story.size(), context.stream().mapToInt(s -> s.context().size()).sum());
        Step last = context.get(3);
        assertEquals("What comes next", last.title());
        assertEquals(List.of("after-week-decide", "after-week-russia-decides", "osce-future-negotiations"),
                last.context().stream().map(Event::id).sorted().toList(),
                "what the papers expect after the week, dated only \"January 2022\", is no background");
        assertTrue(context.subList(0, 3).stream().allMatch(s -> s.title().startsWith("How we got here")));
        assertTrue(context.subList(0, 3).stream().flatMap(s -> s.context().stream())
                .allMatch(e -> e.modality() == Modality.HAPPENED), "the background happened");
        assertEquals(1, steps.get(0).number());
        assertEquals(steps.size(), steps.get(steps.size() - 1).number());
        assertTrue(steps.stream().allMatch(s -> s.total() == steps.size()));
        // Background first, what comes next still closes the deck.
        List<Step> first = Steps.of(WEEK, WEEK.events(), ContextPlacement.FIRST);
        assertTrue(first.get(0).title().startsWith("How we got here"));
        assertEquals("What comes next", first.get(first.size() - 1).title());
    }

    /** "Jan 2022 · Separatist conflict in Ukraine's east" read as if the war began that month. */
    @Test
    void aSituationStillHoldingWhenTheTalksBeginIsDatedAsOf() {
        String background = Steps.all(WEEK).stream().filter(s -> s.title().startsWith("How we got here"))
                .map(Step::summary).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(background.contains("\u2022 as of Jan 2022 \u00B7 Separatist conflict in Ukraine's east"), background);
        assertTrue(background.contains("\u2022 1991 \u00B7 Collapse of the Soviet Union"), "a dated past event keeps its date: " + background);
        String next = Steps.all(WEEK).stream().filter(s -> s.title().equals("What comes next")).findFirst().orElseThrow().summary();
        assertFalse(next.contains("as of"), "what is still expected is not a situation: " + next);
        // A step whose every line holds "as of Jan 2022" says it once, under its heading, not on each line.
        List<Step> parts = Steps.all(WEEK).stream().filter(s -> s.title().startsWith("How we got here (")).toList();
        assertTrue(parts.size() >= 2 && parts.stream().allMatch(s -> s.context().size() <= 9), "parts of nine lines at most");
        Step standing = parts.get(parts.size() - 1);
        assertEquals("as of Jan 2022", standing.dateLabel());
        assertFalse(standing.summary().contains("as of Jan"), standing.summary());
        assertTrue(standing.summary().lines().allMatch(l -> l.startsWith(Step.BULLET)), standing.summary());
    }

    /** A step shows the quotation its title quotes, not merely the event's first. */
    @Test
    void aStepShowsTheQuotationItsTitleQuotes() {
        Step jasina = Steps.all(WEEK).stream().filter(s -> !s.isContext() && s.event().id().equals("poland-jasina"))
                .findFirst().orElseThrow();
        assertTrue(jasina.title().contains("\"Only NATO and member countries decide about NATO matters\""), jasina.title());
        assertEquals("Only NATO and member countries decide about NATO matters. And no one else.", jasina.quoteText());
        assertEquals("Lukasz Jasina, in The New York Times", jasina.credit());
    }

    @Test
    void theBackgroundCanComeFirstOrBeLeftOut() {
        List<Step> first = Steps.of(WEEK, WEEK.events(), ContextPlacement.FIRST);
        assertTrue(first.get(0).title().startsWith("How we got here"));
        assertTrue(first.get(1).title().startsWith("How we got here"));
        assertTrue(first.get(2).title().startsWith("How we got here"));
        assertEquals("geneva-dinner", first.get(3).event().id());
        assertEquals("What comes next", first.get(first.size() - 1).title(), "after the talks, wherever the background goes");
        List<Step> none = Steps.of(WEEK, WEEK.events(), ContextPlacement.NONE);
        assertTrue(none.stream().noneMatch(s -> s.title().startsWith("How we got here")));
        assertEquals("geneva-dinner", none.get(0).event().id());
        assertEquals("What comes next", none.get(none.size() - 1).title());
        assertEquals(first.size() - 3, none.size());
    }

    /** The photo caption that alone shows the four leaders conferring is said to be one on its slide and page. */
    @Test
    void aStepKnownOnlyFromACaptionSaysSo() {
        List<Step> steps = Steps.all(WEEK).stream().filter(s -> !s.isContext()).toList();
        List<Step> captioned = steps.stream().filter(s -> WEEK.restsOnlyOnNonReporting(s.event())).toList();
        assertTrue(!captioned.isEmpty(), "the week has a step known only from a caption");
        for (Step s : steps) {
            boolean said = s.dateAndPlace().contains("not reporting");
            assertEquals(captioned.contains(s), said, s.event().id() + ": " + s.dateAndPlace());
        }
        assertTrue(captioned.get(0).dateAndPlace().contains(" \u00B7 photo caption, not reporting"), captioned.get(0).dateAndPlace());
    }

    /** A day or place the curator inferred is said so on its slide and page, as the timeline's "≈" does. */
    @Test
    void aStepWhoseDayOrPlaceWasInferredSaysSo() {
        for (Step s : Steps.all(WEEK).stream().filter(s -> !s.isContext()).toList()) {
            // A bare "inferred" reads as a guessed event; it is the day or the place the curator inferred.
            assertEquals(s.event().inferred(), s.dateAndPlace().endsWith(" \u00B7 day or place inferred"),
                    s.event().id() + ": " + s.dateAndPlace());
        }
    }

    /** A background line says its date once, as the others do: "2008 · NATO declaration: …", not "2008 · 2008 NATO …". */
    @Test
    void aBackgroundLineDoesNotRepeatItsDate() {
        List<Step> first = Steps.of(WEEK, WEEK.events(), ContextPlacement.FIRST);
        String lines = first.get(0).summary() + "\n" + first.get(1).summary();
        assertTrue(lines.lines().allMatch(l -> l.startsWith(Step.BULLET)), "each begins with its bullet: " + lines);
        lines = lines.replace(Step.BULLET, "");
        assertTrue(lines.lines().anyMatch(l -> l.startsWith("2008 \u00B7 NATO declaration")), lines);
        for (String line : lines.lines().toList()) {
            String[] parts = line.split(" \u00B7 ", 2);
            assertTrue(parts.length == 1 || !parts[1].startsWith(parts[0] + " "), "date repeated: " + line);
        }
    }

    @Test
    void aFilteredSubsetIsPutInNarrativeOrderWhateverOrderItCameIn() {
        List<Event> meetings = WEEK.events().stream().filter(e -> e.kind() == EventKind.MEETING).toList();
        List<Event> reversed = new ArrayList<>(meetings);
        Collections.reverse(reversed);

        List<Step> steps = Steps.of(WEEK, reversed);

        assertEquals(WEEK.eventsInNarrativeOrder().stream().filter(e -> e.kind() == EventKind.MEETING).toList(),
                steps.stream().flatMap(s -> s.events().stream())
                        .sorted(Dataset.NARRATIVE_ORDER).toList(), "every meeting, once");
        assertTrue(steps.get(steps.size() - 1).isContext(), "the 2019 forum is background, told last");
    }

    @Test
    void aStepCarriesTheFirstQuoteItsSpeakerAndThePaper() {
        Step step = Steps.all(WEEK).stream().filter(s -> s.event().id().equals("sherman-live-fire"))
                .findFirst().orElseThrow();
        assertEquals(WEEK.quotesOf("sherman-live-fire").get(0).text(), step.quoteText());
        String paper = WEEK.source(WEEK.quotesOf("sherman-live-fire").get(0).source()).orElseThrow().publisher();
        assertEquals("Wendy Sherman, in " + paper, step.credit());
        assertFalse(step.inSentence());
        assertTrue(step.dateAndPlace().startsWith("Wed 12 Jan 2022 · "), step.dateAndPlace());
    }

    /** "simply non-starters" alone is two words: the step shows the NYT's sentence that holds them, as the NYT's. */
    @Test
    void aQuotationOfAFewWordsComesInThePapersSentence() {
        Step step = Steps.all(WEEK).stream().filter(s -> s.event().id().equals("sherman-non-starters"))
                .findFirst().orElseThrow();
        assertTrue(step.inSentence());
        assertTrue(step.quoteText().contains("called some of Russia\u2019s demands \u201Csimply non-starters\u201D"),
                step.quoteText());
        assertEquals("The New York Times, quoting Wendy Sherman", step.credit(), "the paper's sentence, and whom it quotes");
    }

    @Test
    void nextAndPreviousStopAtTheEnds() {
        PresentationDeck deck = deck();
        assertFalse(deck.previous());
        assertEquals(1, deck.number());
        assertTrue(deck.next());
        assertEquals(2, deck.number());
        assertTrue(deck.last());
        assertFalse(deck.next());
        assertFalse(deck.hasNext());
        assertEquals(deck.size(), deck.number());
        assertTrue(deck.first());
        assertEquals(0, deck.index());
    }

    @Test
    void jumpsToANumberAndIgnoresOnesOutsideTheDeck() {
        PresentationDeck deck = deck();
        assertTrue(deck.jumpTo(5));
        assertEquals(5, deck.number());
        assertFalse(deck.jumpTo(0));
        assertFalse(deck.jumpTo(deck.size() + 1));
        assertFalse(deck.jumpTo(-3));
        assertEquals(5, deck.number());
        assertTrue(deck.jumpTo(deck.size()));
        assertFalse(deck.jumpTo(deck.size()), "already there");
    }

    @Test
    void autoplayIntervalStaysWithinItsBounds() {
        PresentationDeck deck = deck();
        assertEquals(PresentationDeck.DEFAULT_INTERVAL_SECONDS, deck.intervalSeconds());
        for (int i = 0; i < 100; i++) {
            deck.faster();
        }
        assertEquals(PresentationDeck.MIN_INTERVAL_SECONDS, deck.intervalSeconds());
        for (int i = 0; i < 100; i++) {
            deck.slower();
        }
        assertEquals(PresentationDeck.MAX_INTERVAL_SECONDS, deck.intervalSeconds());
    }

    @Test
    void anEmptyDeckIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PresentationDeck(List.of()));
    }

    @Test
    void typedNumberKeepsNineDigitsAndForgetsThemOnceTaken() {
        TypedNumber typed = new TypedNumber();
        assertTrue(typed.take().isEmpty());
        typed.append(1);
        typed.append(2);
        assertTrue(typed.backspace());
        typed.append(5);
        assertEquals("15", typed.text());
        assertEquals(15, typed.take().getAsInt());
        assertTrue(typed.isEmpty());
        assertFalse(typed.backspace());
        for (int d : new int[] {4, 0, 1, 8, 4}) {
            typed.append(d);
        }
        assertEquals(40184, typed.take().getAsInt(), "a step of a deck of tens of thousands");
        for (int i = 0; i < 12; i++) {
            typed.append(9);
        }
        assertEquals("999999999", typed.text());
        assertEquals(999_999_999, typed.take().getAsInt());
    }
}
