package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.SourceFilter;
import org.parley.seed.BundledSeeds;

/**
 * The slides and the handout filtered to one paper quote that paper alone: filtered to the Post, a step
 * showed the Times' words ("…, in The New York Times") beside a positions board of the Post's stances.
 */
class StepsPaperQuotesTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    @Test
    void filteredToThePostNoStepQuotesTheTimes() {
        SourceFilter post = SourceFilter.includes("wapo");
        List<Event> events = WEEK.events().stream().filter(EventFilter.NONE.withSources(post).in(WEEK)).toList();
        List<Step> unfiltered = Steps.of(WEEK, events, ContextPlacement.LAST);
        assertTrue(unfiltered.stream().anyMatch(s -> s.quoteLine().contains("The New York Times")),
                "the Post's events, quoted by either paper, quote the Times somewhere");
        List<Step> steps = Steps.of(WEEK, events, ContextPlacement.LAST, post);
        assertFalse(steps.stream().anyMatch(s -> s.quoteLine().contains("The New York Times")),
                () -> steps.stream().map(Step::quoteLine).filter(l -> l.contains("Times")).toList().toString());
        assertTrue(steps.stream().anyMatch(s -> s.quoteLine().contains("The Washington Post")), "the Post's own words stay");
    }
}
