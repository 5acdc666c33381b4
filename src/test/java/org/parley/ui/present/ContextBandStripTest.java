package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parley.cli.SyntheticDataAccess;
import org.parley.export.handout.ContextPlacement;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Precision;
import org.parley.render.RecordingPainter;
import org.parley.render.Rgba;
import org.parley.render.Theme;
import org.parley.render.timeline.TimelinePainter;
import org.parley.seed.BundledSeeds;

/** Each context step is drawn on the context band: the long run of time, its own stretch framed. */
class ContextBandStripTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final double WIDTH = 600;
    private static final double HEIGHT = 86;

    private final List<Step> steps = Steps.of(WEEK, WEEK.events(), ContextPlacement.LAST);
    private final ContextBandStrip band = new TimelineStrip(
            steps.stream().flatMap(s -> s.events().stream()).distinct().toList(), WEEK.zone(), WEEK.focus())
            .band().orElseThrow();

    private RecordingPainter paint(Step step) {
        RecordingPainter p = new RecordingPainter();
        band.paint(p, step.context(), WIDTH, HEIGHT, Theme.LIGHT);
        return p;
    }

    private RecordingPainter.Op frame(RecordingPainter p) {
        List<RecordingPainter.Op> frames = p.named("strokeRect").stream()
                .filter(o -> o.colour().equals(Theme.LIGHT.selection())).toList();
        assertEquals(1, frames.size(), "one frame for the step's stretch");
        return frames.get(0);
    }

    /** Rough periods are drawn see-through in their kind's colour. */
    private static boolean sameHue(Rgba a, Rgba b) {
        return a != null && a.r() == b.r() && a.g() == b.g() && a.b() == b.b();
    }

    /** The events expected after the week are drawn over their own month, not on the years before it. */
    @Test
    void whatComesNextIsDrawnOverItsOwnSpanNotOnTheRunOfYears() {
        TimelineStrip strip = new TimelineStrip(steps.stream().flatMap(s -> s.events().stream()).distinct().toList(),
                WEEK.zone(), WEEK.focus());
        Step next = steps.stream().filter(s -> s.isContext() && s.title().equals("What comes next")).findFirst()
                .orElseThrow();
        assertTrue(!strip.drawnOnTheBand(next), "not on the band of years");
        assertTrue(steps.stream().filter(s -> s.isContext() && s.title().startsWith("How we got here"))
                .allMatch(strip::drawnOnTheBand), "the background is");
        RecordingPainter p = new RecordingPainter();
        new TimelinePainter().paint(p, strip.scene(next, WIDTH, HEIGHT), Theme.LIGHT);
        assertTrue(p.texts().stream().noneMatch(t -> t.equals("1990") || t.equals("1995")), p.texts().toString());
        assertTrue(p.texts().stream().anyMatch(t -> t.contains("Jan")), p.texts().toString());
    }

    /**
     * Step 45's strip is the explorer's timeline with no word of the window's: it said "Venue local time" in its
     * corner, the explorer's caption for its clock, over events known only to the month.
     */
    @Test
    void whatComesNextsStripCarriesNoZoneCaption() {
        TimelineStrip strip = new TimelineStrip(steps.stream().flatMap(s -> s.events().stream()).distinct().toList(),
                WEEK.zone(), WEEK.focus());
        Step next = steps.stream().filter(s -> s.isContext() && s.title().equals("What comes next")).findFirst()
                .orElseThrow();
        RecordingPainter p = new RecordingPainter();
        // The strip's own painter, at a 1280x720 slide's logical size (the slide scales it about 2.2 times).
        TimelinePainter.forSlide().paint(p, strip.scene(next, 568, 136), Theme.LIGHT);
        assertTrue(p.texts().stream().anyMatch(t -> t.contains("Jan")), p.texts().toString());
        assertTrue(p.texts().stream().noneMatch(t -> t.equals("Venue local time") || t.equals("Times in UTC")),
                p.texts().toString());
    }

    /** A filtered deck's background of a few years gets every year named, not one "2020" over unlabelled ticks. */
    @Test
    void aFewYearsOfBackgroundAreEachNamed() {
        List<Event> recent = steps.stream().filter(s -> s.isContext() && s.title().startsWith("How we got here"))
                .flatMap(s -> s.context().stream()).filter(e -> e.time().startDate().getYear() >= 2021).toList();
        assertTrue(!recent.isEmpty());
        ContextBandStrip few = new ContextBandStrip(recent, WEEK.zone(), WEEK.focus());
        RecordingPainter p = new RecordingPainter();
        few.paint(p, recent, WIDTH, HEIGHT, Theme.LIGHT);
        assertTrue(p.texts().containsAll(List.of("2020", "2021", "2022")), p.texts().toString());
    }

    @Test
    void theBandRunsFromTheFirstBackgroundToTheTalks() {
        assertEquals(1990, band.firstYear());
        assertTrue(band.endYear() >= 2022, "the talks are on the band: " + band.endYear());
    }

    @Test
    void eachContextStepFramesItsOwnStretchAndColoursItsOwnEvents() {
        List<Step> context = steps.stream().filter(s -> s.isContext() && s.title().startsWith("How we got here")).toList();
        assertEquals(3, context.size(), "the bundled background makes three parts");
        double previousLeft = Double.NEGATIVE_INFINITY;
        for (Step step : context) {
            RecordingPainter p = paint(step);
            RecordingPainter.Op frame = frame(p);
            Instant first = step.context().stream().map(e -> e.time().startInstant()).min(Instant::compareTo)
                    .orElseThrow();
            Instant last = step.context().stream().map(e -> e.time().endInstant()).max(Instant::compareTo)
                    .orElseThrow();
            assertTrue(frame.x() <= band.xOf(first, WIDTH), "the frame starts at the step's first event");
            assertTrue(frame.x() + frame.w() >= band.xOf(last, WIDTH), "and ends after its last");
            assertTrue(frame.x() > previousLeft, "the second half sits later on the band than the first");
            previousLeft = frame.x();
            for (Event e : step.context()) {
                double x = band.xOf(e.time().startInstant(), WIDTH);
                assertTrue(p.ops.stream().anyMatch(o -> sameHue(o.colour(), Theme.LIGHT.kind(e.kind()))
                        && o.x() <= x + 2 && o.x() + Math.max(o.w(), 0) >= x - 2), "a mark in its kind's colour for " + e.id());
            }
            assertTrue(p.texts().contains("focus"), p.texts().toString());
            // Named even when its stretch is next to the talks (the second half ends in January 2022).
            String name = "this step: " + step.context().size() + " events";
            assertTrue(p.texts().contains(name), step.title() + ": " + p.texts());
            assertTrue(p.texts().contains("1990") && p.texts().contains("2020"), p.texts().toString());
        }
    }

    /**
     * Years of generated background draw a mark per pixel column at most, not one per event: tens of
     * thousands of lines, one by one, held a 100,000-event slide on screen for seconds. Every column
     * that holds an event still gets its mark.
     */
    @Test
    void aLargeBackgroundIsDrawnAColumnAtATime() {
        Dataset years = SyntheticDataAccess.dataset(20_000);
        List<Event> background = years.events().stream()
                .filter(e -> e.time().startInstant().isBefore(Instant.parse("2020-01-01T00:00:00Z"))).toList();
        assertTrue(background.size() > 15_000, "thousands of background events: " + background.size());
        ContextBandStrip many = new ContextBandStrip(background, years.zone(), Optional.empty());
        RecordingPainter p = new RecordingPainter();
        many.paint(p, background.subList(0, 5), WIDTH, HEIGHT, Theme.LIGHT);
        long marks = p.named("line").size() + p.named("fillRect").size();
        assertTrue(marks <= 2 * WIDTH, marks + " marks on a band " + WIDTH + " px wide");
        for (Event e : background.subList(0, 200)) {
            if (e.time().precision().ordinal() > Precision.MONTH.ordinal()) {
                double x = many.xOf(Instant.ofEpochMilli((e.time().startInstant().toEpochMilli()
                        + e.time().endInstant().toEpochMilli()) / 2), WIDTH);
                assertTrue(p.named("line").stream().anyMatch(o -> Math.abs(o.x() - x) <= 1),
                        "a mark within a pixel of " + e.id());
            }
        }
    }
}
