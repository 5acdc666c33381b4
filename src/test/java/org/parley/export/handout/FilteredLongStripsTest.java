package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.FilterNote;
import org.parley.export.Overwrite;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.seed.BundledSeeds;

/**
 * The handout's strips of months and years under a time filter (decision 0135). The day bars hatched the days a
 * filter leaves out (decision 0132), but a focus too long for a box a day drew its whole line alike, the
 * background's years shrank to the filtered events as if they were the whole story, and "What comes next" drew
 * its month alike; each now hatches and captions "outside the filter" the stretch before the filter's first day
 * and after its last, and draws as before unfiltered.
 */
class FilteredLongStripsTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final String CAPTION = "outside the filter";

    @TempDir
    Path dir;

    private static EventFilter days(Dataset data, LocalDate first, LocalDate last) {
        return EventFilter.NONE.withRange(first.atStartOfDay(data.zone()).toInstant(),
                last.plusDays(1).atStartOfDay(data.zone()).toInstant());
    }

    private String handout(Dataset data, EventFilter filter, HandoutLayout layout) throws IOException {
        List<Event> events = data.events().stream().filter(filter.in(data)).toList();
        Path out = dir.resolve(layout + "-" + filter.hashCode() + "-" + data.hashCode() + ".pdf");
        new HandoutPdf().reportedBy(filter.sources()).keeping(filter.keptDays(data.zone()))
                .write(data, events, FilterNote.of(filter, data), layout, ContextPlacement.LAST, out, Overwrite.NOTHING);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            return new PDFTextStripper().getText(doc).replace("\uFB01", "fi");
        }
    }

    private static int count(String text, String words) {
        return text.split(Pattern.quote(words), -1).length - 1;
    }

    private static long contextSteps(Dataset data, EventFilter filter) {
        List<Event> events = data.events().stream().filter(filter.in(data)).toList();
        return Steps.of(data, events).stream().filter(Step::isContext).count();
    }

    /**
     * The week's story runs from 1990 to 2022. Filtered from 2008 to the talks' last day, the background's line
     * had run "2008 ——— 2022" as if nothing came before; it runs from 1990 with 1990–2007 hatched, and what comes
     * next hatches the rest of January after the 13th. The talks' days are all kept: no day bar is captioned.
     */
    @Test
    void filteredToYearsEachContextStripCaptionsTheYearsAndDaysOutside() throws IOException {
        // With the events dated only to a month or coarser that overlap the days, as the strips' background is.
        EventFilter filter = days(WEEK, LocalDate.of(2008, 1, 1), LocalDate.of(2022, 1, 13)).withRoughlyDated(true);
        long context = contextSteps(WEEK, filter);
        assertTrue(context >= 2, context + " context steps");
        for (HandoutLayout layout : HandoutLayout.values()) {
            String text = handout(WEEK, filter, layout);
            assertTrue(text.contains("1990"), layout + ":\n" + text);
            assertEquals(context, count(text, CAPTION), layout + ":\n" + text);
        }
    }

    /**
     * A focus of two months has no room for a box a day: each step's strip is one line from 1 Dec 2021 to
     * 31 Jan 2022. Filtered to 10–13 January, the stretches before and after are each captioned.
     */
    @Test
    void aFocusTooLongForDayBoxesCaptionsTheStretchesBeforeAndAfterTheFilter() throws IOException {
        DateRange twoMonths = new DateRange(LocalDate.of(2021, 12, 1), LocalDate.of(2022, 1, 31));
        Dataset data = new Dataset(WEEK.title(), WEEK.description(), twoMonths, WEEK.zone(), WEEK.sources(),
                WEEK.actors(), WEEK.places(), WEEK.events(), WEEK.quotes(), WEEK.divergences(), WEEK.positions());
        EventFilter filter = days(data, LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 13));
        List<Event> events = data.events().stream().filter(filter.in(data)).toList();
        long focusSteps = Steps.of(data, events).stream()
                .filter(s -> !s.isContext() && twoMonths.contains(s.event().time().startDate())).count();
        assertTrue(focusSteps >= 2, focusSteps + " steps in the focus");
        String text = handout(data, filter, HandoutLayout.ONE_PER_PAGE);
        assertTrue(text.contains("1 Dec 2021"), text);
        assertTrue(count(text, CAPTION) >= 2 * focusSteps, count(text, CAPTION) + " captions for " + focusSteps
                + " steps:\n" + text);
    }

    @Test
    void unfilteredTheLongStripsCaptionNothing() throws IOException {
        for (HandoutLayout layout : HandoutLayout.values()) {
            assertEquals(0, count(handout(WEEK, EventFilter.NONE, layout), CAPTION), layout.toString());
        }
    }
}
