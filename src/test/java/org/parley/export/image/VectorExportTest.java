package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.EventKind;

/** SVG and PDF keep text as text, and what the request filters out is not in the file. */
class VectorExportTest {

    private static final String CREDIT = "Sources: The Washington Post, The New York Times, 12 Jan 2022";

    @TempDir
    Path tmp;

    private final ImageExport export = new ImageExport();

    @Test
    void svgIsXmlWithLaneLabelsTitlesAndCreditAsText() throws Exception {
        Path out = tmp.resolve("week.svg");
        export.export(WeekData.seeds(), WeekData.week(View.TIMELINE, ImageFormat.SVG), out);
        List<String> texts = SvgText.of(out);
        assertTrue(texts.contains("NATO–Russia Council"), "lane label");
        assertTrue(texts.contains("NATO–Russia meeting in Brussels"), "event title");
        assertTrue(texts.contains("OSCE meeting in Vienna"));
        assertTrue(texts.contains("Grushko threatens counter-measures"));
        assertTrue(texts.contains("Timeline — The week of US–NATO–Russia talks, January 2022"), texts.get(0));
        assertTrue(texts.contains(CREDIT));
        assertTrue(texts.contains("Meeting"), "kind legend");
    }

    @Test
    void kindFilterLeavesOtherKindsOut() throws Exception {
        Path out = tmp.resolve("meetings.svg");
        export.export(WeekData.seeds(), WeekData.week(View.TIMELINE, ImageFormat.SVG)
                .withKinds(EnumSet.of(EventKind.MEETING)), out);
        List<String> texts = SvgText.of(out);
        assertTrue(texts.contains("NATO–Russia meeting in Brussels"));
        assertFalse(texts.contains("Grushko threatens counter-measures"), "a statement");
        assertFalse(texts.contains("Kremlin denies link between exercises and talks"), "a statement");
    }

    @Test
    void actorFilterAndRangeChangeWhatIsDrawn() throws Exception {
        Path whole = tmp.resolve("whole.svg");
        Path week = tmp.resolve("week.svg");
        Path sherman = tmp.resolve("sherman.svg");
        export.export(WeekData.seeds(), ImageRequest.of(View.TIMELINE, ImageFormat.SVG).withEverything(), whole);
        export.export(WeekData.seeds(), WeekData.week(View.TIMELINE, ImageFormat.SVG), week);
        export.export(WeekData.seeds(), WeekData.week(View.TIMELINE, ImageFormat.SVG)
                .withActors(Set.of("sherman")), sherman);
        assertTrue(SvgText.of(whole).contains("Collapse of the Soviet Union"));
        assertFalse(SvgText.of(week).contains("Collapse of the Soviet Union"), "1991 is outside the week");
        List<String> onlySherman = SvgText.of(sherman);
        assertTrue(onlySherman.contains("Sherman criticizes live-fire exercises during talks"));
        assertFalse(onlySherman.contains("Grushko threatens counter-measures"));
    }

    @Test
    void pdfIsOnePageOfTheImageSizeWithSearchableText() throws Exception {
        Path out = tmp.resolve("week.pdf");
        ImageSize size = export.export(WeekData.seeds(), WeekData.week(View.TIMELINE, ImageFormat.PDF), out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(size.width(), page.getMediaBox().getWidth(), 0.5);
            assertEquals(size.height(), page.getMediaBox().getHeight(), 0.5);
            assertTrue(page.getContents().read() >= 0, "content stream is not empty");
            if (ImageExport.pdfTextIsText()) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("NATO–Russia Council"), text);
                assertTrue(text.contains(CREDIT), text);
            }
        }
    }

    @Test
    void dashboardPdfAndSvgCarryAllThreePanels() throws Exception {
        Path svg = tmp.resolve("dash.svg");
        Path pdf = tmp.resolve("dash.pdf");
        export.export(WeekData.seeds(), WeekData.week(View.DASHBOARD, ImageFormat.SVG), svg);
        export.export(WeekData.seeds(), WeekData.week(View.DASHBOARD, ImageFormat.PDF), pdf);
        List<String> texts = SvgText.of(svg);
        assertTrue(texts.contains("The week of US–NATO–Russia talks, January 2022"), "title");
        assertTrue(texts.contains("Wed 12 Jan"), "the week's days");
        assertTrue(texts.contains("NATO–Russia meeting in Brussels"), "the day's meeting");
        assertTrue(texts.contains("Places"), "map");
        assertTrue(texts.contains("Actors"), "network");
        assertTrue(texts.contains(CREDIT));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
        }
    }
}
