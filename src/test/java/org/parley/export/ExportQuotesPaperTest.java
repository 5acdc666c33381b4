package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.SourceFilter;

/**
 * An export filtered to one paper holds that paper's quotations alone, as the slides and the positions
 * board show it: filtered to the Post, quotes.csv and the web page had the Times' quotations of the events
 * both papers report.
 */
class ExportQuotesPaperTest {

    @TempDir
    Path dir;

    private static final EventFilter POST = EventFilter.NONE.withSources(SourceFilter.includes("wapo"));

    @Test
    void quotesCsvOfOnePaperHoldsItsQuotationsOnly() throws Exception {
        Dataset week = ExportFixtures.seeds();
        new DataExport().export(week, DataFormat.CSV, dir, POST, Overwrite.NOTHING);
        List<Map<String, String>> rows = CsvTable.read(dir.resolve("quotes.csv")).rows();
        long posts = week.quotes().stream().filter(q -> q.source().equals("wapo")).count();
        assertEquals(posts, rows.size(), "every quotation the Post prints of its events, and none of the Times'");
        rows.forEach(row -> assertEquals("wapo", row.get("source"), row.toString()));
        String about = Files.readString(dir.resolve(CsvExporter.ABOUT));
        assertTrue(about.contains("quotes.csv: " + posts + " quotes (only those The Washington Post prints"), about);
    }

    @Test
    void theWebPageOfOnePaperQuotesItAlone() throws Exception {
        Dataset week = ExportFixtures.seeds();
        Path page = dir.resolve("week.html");
        new DataExport().export(week, DataFormat.HTML, page, POST, Overwrite.NOTHING);
        String html = Files.readString(page);
        week.quotes().stream().filter(q -> q.source().equals("nyt")).forEach(q -> assertFalse(
                html.contains("<blockquote>\u201C" + Html.escape(q.text())), "the Times' words: " + q.text()));
        assertTrue(week.quotes().stream().filter(q -> q.source().equals("wapo"))
                .allMatch(q -> html.contains("<blockquote>\u201C" + Html.escape(q.text()))), "the Post's words, every one");
    }

    /** The page's opening words speak for the Post: they had said "curated … from The Washington Post and The New York Times". */
    @Test
    void theWebPageOfOnePaperOpensWithThatPaperAlone() throws Exception {
        Dataset week = ExportFixtures.seeds();
        Path page = dir.resolve("week.html");
        new DataExport().export(week, DataFormat.HTML, page, POST, Overwrite.NOTHING);
        String html = Files.readString(page);
        int lede = html.indexOf("<p class=\"lede\">");
        String opening = html.substring(lede, html.indexOf("</p>", lede));
        assertTrue(opening.contains("From The Washington Post, 12 Jan 2022"), opening);
        assertFalse(opening.contains("New York Times"), opening);
    }

    /** "Both papers" and "only one paper" keep every quotation of the events they keep: a quotation is one paper's. */
    @Test
    void theOtherPaperModesKeepEveryQuotationOfTheirEvents() throws Exception {
        Dataset week = ExportFixtures.seeds();
        EventFilter both = EventFilter.NONE.withSources(SourceFilter.ALL_SOURCES);
        new DataExport().export(week, DataFormat.CSV, dir, both, Overwrite.NOTHING);
        long expected = week.quotes().stream().filter(q -> week.events().stream()
                .anyMatch(e -> e.id().equals(q.event()) && both.in(week).test(e))).count();
        assertEquals(expected, CsvTable.read(dir.resolve("quotes.csv")).rows().size());
        assertFalse(Files.readString(dir.resolve(CsvExporter.ABOUT)).contains("only those"));
    }
}
