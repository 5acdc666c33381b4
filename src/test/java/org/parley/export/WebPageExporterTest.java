package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.seed.BundledSeeds;

/** The web page export: one file that needs nothing else, with every event, its quotes and sources. */
class WebPageExporterTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    @TempDir
    Path tmp;

    @Test
    void onePageHoldsEveryEventAndQuoteAndLoadsNothingFromElsewhere() throws Exception {
        List<Path> written = new DataExport().export(WEEK, DataFormat.HTML, tmp);
        assertEquals(List.of(tmp.resolve(WebPageExporter.DEFAULT_NAME)), written);
        String html = Files.readString(written.get(0));
        for (Event e : WEEK.events()) {
            assertTrue(html.contains("data-id=\"" + e.id() + "\""), e.id());
        }
        Quote q = WEEK.quotes().get(0);
        assertTrue(html.contains(Html.escape(q.text())), "quotes verbatim");
        assertTrue(html.contains("The Washington Post") && html.contains("The New York Times"), "sources named");
        assertTrue(html.contains("<svg"), "the map is inline SVG");
        // Nothing to fetch: no src or href pointing anywhere but into the page, no <link>, no @import.
        Matcher refs = Pattern.compile("(?:src|href)\\s*=\\s*[\"']([^\"']*)").matcher(html);
        while (refs.find()) {
            assertTrue(refs.group(1).startsWith("#"), "fetches " + refs.group(1));
        }
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("@import"));
        assertTrue(html.contains("default-src 'none'"), "the page forbids itself any fetch");
    }

    /** Each day link leads to an anchor on the page: one for each day the week has an event on, none for a quiet one. */
    /**
     * The same data gives the same page, byte for byte (a page kept under version control changed on every
     * export), and its drawings still never share a clip's id.
     */
    @Test
    void theSamePageTwiceIsTheSameFileAndItsDrawingsShareNoId() throws Exception {
        String html = WebPageExporter.page(WEEK);
        assertEquals(html, WebPageExporter.page(WEEK));
        Matcher ids = Pattern.compile(" id='([^']+)'").matcher(html);
        List<String> seen = new ArrayList<>();
        while (ids.find()) {
            assertFalse(seen.contains(ids.group(1)), "two elements with the id " + ids.group(1));
            seen.add(ids.group(1));
        }
        assertTrue(seen.size() > 1, "the drawings define their clips: " + seen);
    }

    @Test
    void anInferredDayOrPlaceAndAnEventStillToComeAreSaid() throws Exception {
        String html = WebPageExporter.page(WEEK);
        String ryabkov = html.substring(html.indexOf("data-id=\"geneva-ryabkov-warning\""));
        ryabkov = ryabkov.substring(0, ryabkov.indexOf("</li>"));
        assertTrue(ryabkov.contains("<p class=\"inferred\">\u2248 Day or place inferred by the curator: "), ryabkov);
        String vienna = html.substring(html.indexOf("data-id=\"osce-vienna\""));
        vienna = vienna.substring(0, vienna.indexOf("</li>"));
        assertTrue(vienna.contains("<p class=\"modality\">Scheduled as of the papers&#39; date.</p>"), vienna);
    }

    @Test
    void everyDayLinkLeadsSomewhere() throws Exception {
        String html = WebPageExporter.page(WEEK);
        Matcher links = Pattern.compile("<a href=\"#(day-[0-9-]+)\"").matcher(html);
        List<String> days = new ArrayList<>();
        while (links.find()) {
            days.add(links.group(1));
            assertTrue(html.contains("id=\"" + links.group(1) + "\""), links.group(1) + " links nowhere");
        }
        assertEquals(List.of("day-2022-01-09", "day-2022-01-10", "day-2022-01-12", "day-2022-01-13"), days);
    }

    @Test
    void theWeekComesFirstThenHowWeGotHere() throws Exception {
        String html = WebPageExporter.page(WEEK);
        int dinner = html.indexOf("data-id=\"geneva-dinner\"");
        int soviet = html.indexOf("data-id=\"bg-soviet-collapse\"");
        assertTrue(dinner > 0 && soviet > dinner, "talks first, background after");
        assertTrue(html.indexOf("How we got here") > dinner);
    }

    /** A generated year of events declares no focus: its page leads with its busiest week, not "the week". */
    @Test
    void aDatasetThatDeclaresNoFocusLeadsWithItsBusiestWeek() throws Exception {
        String html = WebPageExporter.page(ExportFixtures.tiny());
        assertTrue(html.contains("<h2>The busiest week</h2>"), "the first section names what it holds");
        assertFalse(html.contains("<h2>The week</h2>"), "a dataset that is no week's has no \"The week\"");
        assertTrue(html.contains("aria-label=\"Timeline of the busiest week (scrolls"), "the drawing says the same");
        String week = WebPageExporter.page(WEEK);
        assertTrue(week.contains("<h2>The week</h2>") && week.contains("aria-label=\"Timeline of the week (scrolls"),
                "the bundled week, whose focus is declared, keeps its heading");
    }

    @Test
    void theWeekIsDrawnAsATimelineWhoseMarksNameTheirEvents() throws Exception {
        String html = WebPageExporter.page(WEEK);
        int figure = html.indexOf("<figure class=\"week\"");
        assertTrue(figure > 0, "a drawn timeline of the week");
        String drawing = html.substring(figure, html.indexOf("</figure>", figure));
        assertTrue(drawing.contains("<svg"), "inline SVG");
        assertTrue(drawing.startsWith("<figure class=\"week\" role=\"group\" tabindex=\"0\""),
                "the box can be reached and scrolled with the keyboard");
        var focus = WEEK.focus().orElseThrow();
        int drawn = 0;
        for (Event e : WEEK.events()) {
            if (focus.contains(e.time().startDate())) {
                assertTrue(drawing.contains("data-event='" + e.id() + "'"), "the week's " + e.id() + " is drawn and linked");
                drawn++;
            }
        }
        assertTrue(drawn > 30, "the week's dated events: " + drawn);
        assertFalse(drawing.contains("data-event='bg-soviet-collapse'"), "1991 is not in the week");
        assertTrue(drawing.contains(">Wed 12<"), "the week's days on its axis");
    }

    @Test
    void aFilteredExportHoldsOnlyTheKeptEvents() throws Exception {
        Path out = tmp.resolve("meetings.html");
        new DataExport().export(WEEK, DataFormat.HTML, out, e -> e.id().equals("geneva-dinner"));
        String html = Files.readString(out);
        assertTrue(html.contains("data-id=\"geneva-dinner\""));
        assertFalse(html.contains("data-id=\"bg-soviet-collapse\""));
    }
}
