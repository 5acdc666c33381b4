package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.SyntheticDataAccess;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.Precision;

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
        assertTrue(texts.contains("NATO–Russia meeting"), "lane label");
        assertTrue(texts.contains("NATO–Russia meeting in Brussels"), "event title");
        assertTrue(texts.contains("OSCE meeting in Vienna"));
        assertTrue(texts.contains("Grushko warns of counter-measures"));
        assertTrue(texts.contains("Timeline — The week of US–NATO–Russia talks, January 2022"), texts.get(0));
        assertTrue(texts.contains(CREDIT));
        assertTrue(texts.contains("Meeting"), "kind legend");
    }

    /** Clip ids began with the time of day: the same timeline exported twice differed in every clipped element. */
    @Test
    void theSameDrawingExportedTwiceIsTheSameFile() throws Exception {
        Path first = tmp.resolve("first.svg");
        Path second = tmp.resolve("second.svg");
        export.export(WeekData.seeds(), WeekData.week(View.TIMELINE, ImageFormat.SVG), first);
        export.export(WeekData.seeds(), WeekData.week(View.TIMELINE, ImageFormat.SVG), second);
        assertEquals(Files.readString(first), Files.readString(second));
        assertTrue(Files.readString(first).contains("clip-path='url(#"), "the drawing is clipped, so has ids");
    }

    /**
     * Everything of thousands of events is drawn as density strips: its key said "Meeting",
     * "Statement"… in colours drawn nowhere, and nothing of what a strip or its shade stands for, nor how many a shade counts.
     */
    @Test
    void aPictureOfDensityStripsHasTheStripsInItsKeyAndNoKindDrawnNowhere() throws Exception {
        Dataset many = SyntheticDataAccess.dataset(6_000);
        Path out = tmp.resolve("everything.svg");
        export.export(many, ImageRequest.of(View.TIMELINE, ImageFormat.SVG).withEverything(), out);
        List<String> texts = SvgText.of(out);
        String drawn = "drawn: " + texts.subList(0, Math.min(30, texts.size()));
        assertTrue(texts.contains("Shaded strip: too many events to draw singly"), drawn);
        assertTrue(texts.contains("Shaded strip of events dated roughly"), drawn);
        assertTrue(texts.stream().anyMatch(t -> t.matches("Shade counts the events in each .+: palest 1, darkest [0-9,]+")),
                "what the shades count: " + drawn);
        for (EventKind k : EventKind.values()) {
            assertFalse(texts.contains(k.label()), k.label() + " is in the key but no event is drawn in its colour");
        }
    }

    @Test
    void kindFilterLeavesOtherKindsOut() throws Exception {
        Path out = tmp.resolve("meetings.svg");
        export.export(WeekData.seeds(), WeekData.week(View.TIMELINE, ImageFormat.SVG)
                .withKinds(EnumSet.of(EventKind.MEETING)), out);
        List<String> texts = SvgText.of(out);
        assertTrue(texts.contains("NATO–Russia meeting in Brussels"));
        assertFalse(texts.contains("Grushko warns of counter-measures"), "a statement");
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
        assertTrue(onlySherman.stream().anyMatch(t -> t.startsWith("Sherman: live-fire exercises during talks")),
                onlySherman.toString());
        assertFalse(onlySherman.contains("Grushko warns of counter-measures"));
        // A picture of some of the events says so in its credit line; one of all of them does not.
        assertTrue(onlySherman.contains(CREDIT + " · Filtered: actor Wendy Sherman"), onlySherman.toString());
        assertTrue(SvgText.of(week).contains(CREDIT));
    }

    /**
     * A label left of its mark ends at the mark in the SVG's own terms: anchored at its start, it ran
     * over the mark and off the picture where the viewer's font was wider than the one measured.
     */
    @Test
    void aLabelLeftOfItsMarkIsAnchoredAtItsEnd() throws Exception {
        Path whole = tmp.resolve("whole.svg");
        export.export(WeekData.seeds(), ImageRequest.of(View.TIMELINE, ImageFormat.SVG).withEverything(), whole);
        String svg = Files.readString(whole);
        Matcher m = Pattern.compile("<text text-anchor='(\\w+)'[^>]*>"
                + Pattern.quote("Russian officials deny that Russia is planning to invade Ukraine") + "<").matcher(svg);
        assertTrue(m.find(), "the label is drawn");
        assertEquals("end", m.group(1));
    }

    /** The explorer's time filter keeps its days only, whatever range is drawn, and the credit says so. */
    @Test
    void theExplorersTimeFilterLeavesOtherDaysOutAndIsNamed() throws Exception {
        var data = WeekData.seeds();
        Instant from = LocalDate.of(2022, 1, 9).atStartOfDay(data.zone()).toInstant();
        Instant to = LocalDate.of(2022, 1, 11).atStartOfDay(data.zone()).toInstant();
        Path out = tmp.resolve("first-days.svg");
        export.export(data, WeekData.week(View.TIMELINE, ImageFormat.SVG)
                .withFilter(EventFilter.NONE.withRange(from, to)), out);
        List<String> texts = SvgText.of(out);
        assertTrue(texts.contains("U.S.–Russia talks in Geneva"), "10 January is kept");
        assertFalse(texts.contains("NATO–Russia meeting in Brussels"), "12 January is filtered out");
        assertTrue(texts.contains(CREDIT + " · Filtered: time range 9 Jan 2022 \u2013 10 Jan 2022; 16 events "
                + "dated only to a month or coarser left out"), texts.toString());
    }

    /**
     * The week's 28 events of 12 January stack far taller than a sheet: shrunk onto one page its
     * labels printed at 4 pt. Laid out for the paper and cut between events, every label prints
     * at 8 pt or more, every page repeats the title and the axis, and each event is on one page.
     */
    @Test
    void pdfOfTheWeekRunsOverLandscapePagesWithReadableText() throws Exception {
        Path out = tmp.resolve("week.pdf");
        ImageSize size = export.export(WeekData.seeds(), WeekData.week(View.TIMELINE, ImageFormat.PDF), out);
        assertTrue(size.pages() > 1, size.toString());
        assertTrue(size.width() > size.height(), "landscape: " + size);
        assertEquals(size, export.sizeOf(WeekData.seeds(), WeekData.week(View.TIMELINE, ImageFormat.PDF)),
                "the dialog's size line says what is written");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(size.pages(), doc.getNumberOfPages());
            for (PDPage page : doc.getPages()) {
                assertEquals(size.width(), page.getMediaBox().getWidth(), 0.5);
                assertEquals(size.height(), page.getMediaBox().getHeight(), 0.5);
            }
            if (!ImageExport.pdfTextIsText()) {
                return;
            }
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(doc);
                assertTrue(text.contains("Timeline — The week of US–NATO–Russia talks, January 2022"), "title on " + i);
                assertTrue(text.contains("Wed 12"), "axis on page " + i);
                assertTrue(text.contains("Page " + i + " of " + doc.getNumberOfPages()), text);
                assertTrue(text.contains(CREDIT), text);
                // Cards wrap their titles where the fonts at hand make them, a long word after its hyphen
                // ("counter-" / "measures"): compare words, not lines.
                all.append(text.replaceAll("\\s+", " ").replace("- ", "-"));
            }
            for (String title : List.of("OSCE meeting in Vienna", "Grushko warns of counter-measures",
                    "NATO–Russia meeting in Brussels", "Kallas: Estonia discussing more allied presence")) {
                assertEquals(1, all.toString().split(Pattern.quote(title), -1).length - 1,
                        title + " is on one page, once: " + around(all.toString(), title.substring(0, 12)));
            }
            // As the README says: labels at 8 pt, cards too, none smaller than its neighbours (PaperCardTypeTest).
            // (Measured as the font's own size, this had read 11.5 whatever the page's scale made of it.)
            assertTrue(smallestText(doc, "NATO–Russia meeting") >= 7.9,
                    "labels print at 8 pt: " + smallestText(doc, "NATO–Russia meeting"));
            double smallest = smallestEventText(doc);
            assertTrue(smallest >= 7.9, "every event's title prints at 8 pt or more: " + smallest);
            // Whole, as the README promises: "NATO leaders say they are willing to engage in serious
            // diplomacy on arms…" had lost "control and missile deployments" on paper.
            int cut = all.indexOf("\u2026");
            assertTrue(cut < 0, "a title was cut: " + all.substring(Math.max(0, cut - 80), cut + 1));
            for (Event e : WeekData.seeds().events()) {
                LocalDate day = e.time().start().toLocalDate();
                if (e.time().precision().atLeast(Precision.DAY)
                        && !day.isBefore(LocalDate.of(2022, 1, 9)) && !day.isAfter(LocalDate.of(2022, 1, 13))) {
                    assertTrue(all.toString().contains(e.title()), e.id() + " whole: " + e.title());
                }
            }
        }
    }

    private static String around(String text, String start) {
        int at = text.indexOf(start);
        return at < 0 ? "(not found)" : text.substring(at, Math.min(text.length(), at + 60));
    }

    @Test
    void aShortTimelinePdfStaysOnePage() throws Exception {
        Path out = tmp.resolve("meetings.pdf");
        ImageSize size = export.export(WeekData.seeds(), WeekData.week(View.TIMELINE, ImageFormat.PDF)
                .withKinds(EnumSet.of(EventKind.MEETING)), out);
        assertEquals(1, size.pages());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            if (ImageExport.pdfTextIsText()) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains("NATO–Russia meeting in Brussels"), text);
                assertFalse(text.contains("Page 1 of"), "one page needs no number");
            }
        }
    }

    /**
     * A map or an actor network on paper is laid out for the sheet, as the timeline is: laid out at
     * 1,600 px and shrunk onto A4, the names of places and actors printed at about 5 pt.
     */
    @Test
    void mapAndActorPdfsPrintTheirNamesAtAReadableSize() throws Exception {
        if (!ImageExport.pdfTextIsText()) {
            return;
        }
        Map<View, List<String>> names = Map.of(View.MAP, List.of("Moscow", "Brussels", "Vienna"),
                View.ACTORS, List.of("Stoltenberg", "Grushko", "Sherman"));
        for (var view : names.entrySet()) {
            Path out = tmp.resolve(view.getKey().id() + ".pdf");
            ImageRequest request = WeekData.week(view.getKey(), ImageFormat.PDF)
                    .withPage(new PageSetup(Paper.A4, PageSetup.Orientation.AUTO));
            ImageSize size = export.export(WeekData.seeds(), request, out);
            assertEquals(1, size.pages(), view.getKey() + " " + size);
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                for (String name : view.getValue()) {
                    double printed = smallestText(doc, name);
                    assertTrue(printed >= 7.5, view.getKey() + ": " + name + " prints at " + printed + " pt");
                }
            }
        }
    }

    /** The smallest printed size, in points, of the texts that hold {@code word}, which must be on the page. */
    private static double smallestText(PDDocument doc, String word) throws IOException {
        double[] smallest = {Double.MAX_VALUE};
        PDFTextStripper sizes = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (text.contains(word)) {
                    for (TextPosition p : positions) {
                        // The text's size on the sheet: the font's size in the form times the form's scale onto the page.
                        smallest[0] = Math.min(smallest[0], p.getHeightDir() > 0 ? p.getYScale() : Double.MAX_VALUE);
                    }
                }
            }
        };
        sizes.getText(doc);
        assertTrue(smallest[0] < Double.MAX_VALUE, word + " is on the page");
        return smallest[0];
    }

    /** The smallest printed size, in points, of the text in the event cards (lane names and labels). */
    private static double smallestEventText(PDDocument doc) throws IOException {
        double[] smallest = {Double.MAX_VALUE};
        PDFTextStripper sizes = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (text.contains("Grushko") || text.contains("NATO–Russia meeting")) {
                    for (TextPosition p : positions) {
                        // On the sheet: the font's size in the form times the form's scale onto the page.
                        smallest[0] = Math.min(smallest[0], p.getHeightDir() > 0 ? p.getYScale() : Double.MAX_VALUE);
                    }
                }
            }
        };
        sizes.getText(doc);
        return smallest[0];
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
        // The day rows mark inferred days with "≈", and the credit, the dashboard's only key, says so first;
        // it ends with the basemap's credit, which the slide's small map leaves to it (it may wrap).
        assertTrue(String.join(" ", texts).contains("\u2248 day or place inferred · " + CREDIT + " · "
                + ProjectedBasemap.CREDIT), String.join("\n", texts));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("\u2248\u00a0Ryabkov warns")), "an inferred day is marked");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
        }
    }
    /**
     * A PDF says its title in its properties, as the handout does: a reader's window and a report's list of
     * attachments showed "Untitled" or the file's name. The title drawn on the page, or the one the user gave.
     */
    @Test
    void aPdfsPropertiesCarryItsTitle() throws Exception {
        Path drawn = tmp.resolve("map.pdf");
        export.export(WeekData.seeds(), WeekData.week(View.MAP, ImageFormat.PDF), drawn);
        Path own = tmp.resolve("timeline.pdf");
        export.export(WeekData.seeds(), WeekData.week(View.TIMELINE, ImageFormat.PDF).withTitle("Genève, Brüssel, Wien"), own);
        try (PDDocument doc = Loader.loadPDF(drawn.toFile())) {
            assertEquals("Map — The week of US–NATO–Russia talks, January 2022", doc.getDocumentInformation().getTitle());
        }
        try (PDDocument doc = Loader.loadPDF(own.toFile())) {
            assertEquals("Genève, Brüssel, Wien", doc.getDocumentInformation().getTitle());
        }
    }
}
