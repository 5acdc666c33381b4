package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;

/**
 * A handout filtered to 10 January said "Filtered: on 10 Jan 2022" above day bars that drew all five days of
 * the week alike, as if the filter had kept them all. The days outside the filter are now hatched and
 * captioned "outside the filter" in both layouts, by the rule the slides' strip uses (decision 0132).
 */
class FilteredDayBarsTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final String CAPTION = "outside the filter";

    @TempDir
    Path dir;

    private static EventFilter onTenthOfJanuary() {
        return EventFilter.NONE.withRange(LocalDate.of(2022, 1, 10).atStartOfDay(WEEK.zone()).toInstant(),
                LocalDate.of(2022, 1, 11).atStartOfDay(WEEK.zone()).toInstant());
    }

    private String handout(EventFilter filter, HandoutLayout layout) throws IOException {
        List<Event> events = WEEK.events().stream().filter(filter.in(WEEK)).toList();
        Path out = dir.resolve(layout + "-" + filter.hashCode() + ".pdf");
        new HandoutPdf().reportedBy(filter.sources()).keeping(filter.keptDays(WEEK.zone()))
                .write(WEEK, events, FilterNote.of(filter, WEEK), layout, ContextPlacement.LAST, out, Overwrite.NOTHING);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            // PDFBox writes "fi" as one glyph that some readers extract as the ligature.
            return new PDFTextStripper().getText(doc).replace("\uFB01", "fi");
        }
    }

    private static int count(String text, String words) {
        return text.split(Pattern.quote(words), -1).length - 1;
    }

    @Test
    void theFilterKeepsTheTenthAloneInTheDatasetsZone() {
        assertEquals(Optional.of(new DateRange(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 10))),
                onTenthOfJanuary().keptDays(WEEK.zone()));
        assertEquals(Optional.empty(), EventFilter.NONE.withKinds(Set.of(EventKind.MEETING)).keptDays(WEEK.zone()));
    }

    @Test
    void filteredToOneDayEachStepsWeekCaptionsItsFourOtherDaysInBothLayouts() throws IOException {
        EventFilter filter = onTenthOfJanuary();
        List<Event> events = WEEK.events().stream().filter(filter.in(WEEK)).toList();
        DateRange focus = WEEK.focus().orElseThrow();
        long weekSteps = Steps.of(WEEK, events).stream()
                .filter(s -> !s.isContext() && focus.contains(s.event().time().startDate())).count();
        assertTrue(weekSteps >= 2, weekSteps + " steps in the week");
        // The context steps' strips of January hatch the month before the 10th and after it (decision 0135).
        long contextSteps = Steps.of(WEEK, events).stream().filter(Step::isContext).count();
        for (HandoutLayout layout : HandoutLayout.values()) {
            String text = handout(filter, layout);
            assertTrue(text.contains("Filtered: on 10 Jan 2022"), text);
            // 9, 11, 12 and 13 January under each step of the week; the 10th never.
            assertEquals(4 * weekSteps + 2 * contextSteps, count(text, CAPTION), layout + ":\n" + text);
        }
    }

    @Test
    void withoutATimeRangeNoDayIsOutside() throws IOException {
        for (HandoutLayout layout : HandoutLayout.values()) {
            assertFalse(handout(EventFilter.NONE, layout).contains(CAPTION), layout.toString());
            assertFalse(handout(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING)), layout).contains(CAPTION),
                    layout.toString());
        }
    }
}
