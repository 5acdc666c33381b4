package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.SourceFilter;
import org.parley.seed.BundledSeeds;

/**
 * Filtered to one paper, no step's words come from the other paper: the curated summaries of the events both
 * papers report had printed "held talks in Geneva on Monday (NYT; the Post: on Sunday and Monday …)" on the
 * Post's own slides and handout (decision 0131).
 */
class StepsPaperSummariesTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final Pattern TIMES = Pattern.compile("NYT|New York Times|the Times");
    private static final Pattern POST = Pattern.compile("\\bPost\\b");

    private static List<Step> steps(String paper) {
        SourceFilter papers = SourceFilter.includes(paper);
        List<Event> events = WEEK.events().stream().filter(EventFilter.NONE.withSources(papers).in(WEEK)).toList();
        return Steps.of(WEEK, events, ContextPlacement.LAST, papers);
    }

    /** Every summary the steps print: an event step's, and each background event's of a context step. */
    private static List<String> summaries(List<Step> steps) {
        return steps.stream().flatMap(s -> s.events().stream().map(s::summaryOf)).toList();
    }

    private static Step stepOf(List<Step> steps, String id) {
        return steps.stream().filter(s -> !s.isContext() && s.event().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void filteredToThePostNoSummaryTellsTheTimes() {
        List<String> said = summaries(steps("wapo"));
        assertFalse(said.stream().anyMatch(s -> TIMES.matcher(s).find()),
                () -> said.stream().filter(s -> TIMES.matcher(s).find()).toList().toString());
        Step geneva = stepOf(steps("wapo"), "geneva-talks");
        assertEquals("The Washington Post: \u201COn Sunday and Monday, Sherman held bilateral talks with Russian "
                + "officials in Geneva.\u201D", geneva.summary());
    }

    @Test
    void filteredToTheTimesNoSummaryTellsThePost() {
        List<Step> steps = steps("nyt");
        List<String> said = summaries(steps);
        assertFalse(said.stream().anyMatch(s -> POST.matcher(s).find()),
                () -> said.stream().filter(s -> POST.matcher(s).find()).toList().toString());
        // Named by neither paper, yet the Post's: Vienna told in the Times' words, not the curated blend.
        assertTrue(stepOf(steps, "osce-vienna").summary().startsWith("The New York Times: \u201C"));
    }

    /** A sentence begun inside a quotation gets its opening mark; a dateline is no part of what was said. */
    @Test
    void theKeptPapersSentencesReadWhole() {
        assertEquals("The Washington Post: \u201C\u2018There are some places we cannot,\u2019 Sherman said in separate "
                + "remarks to reporters.\u201D", stepOf(steps("wapo"), "sherman-briefing").summary());
        assertTrue(stepOf(steps("nyt"), "nrc-meeting").summary().startsWith("The New York Times: \u201CAfter four hours"));
    }

    /** An event one paper alone reports keeps its summary, written from that paper: "(the Post)" is its credit. */
    @Test
    void anEventOnlyTheKeptPaperReportsKeepsItsSummary() {
        Event caption = WEEK.event("sherman-sober-challenge").orElseThrow();
        assertEquals(caption.summary(), stepOf(steps("wapo"), "sherman-sober-challenge").summary());
    }

    /** Any other filter, or none, prints every curated summary byte for byte. */
    @Test
    void unfilteredTheSummariesAreTheCuratedOnes() {
        for (SourceFilter papers : List.of(SourceFilter.ANY, SourceFilter.ALL_SOURCES, SourceFilter.SINGLE_SOURCE)) {
            List<Step> steps = Steps.of(WEEK, WEEK.events(), ContextPlacement.LAST, papers);
            for (Step step : steps) {
                for (Event e : step.events()) {
                    assertEquals(e.summary(), step.summaryOf(e), e.id());
                }
            }
        }
    }
}
