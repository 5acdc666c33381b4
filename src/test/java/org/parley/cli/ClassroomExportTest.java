package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports as a teacher gets them with no options: the focus week, slide-shaped, real paper, portable SVG. */
class ClassroomExportTest {

    @TempDir
    Path tmp;

    private Path db;

    @BeforeEach
    void seed() {
        db = tmp.resolve("p.db");
        assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
    }

    private CliRun run(String... args) {
        return CliRun.on(db, "export-image", args);
    }

    @Test
    void noRangeMeansTheFocusWeekAndRangeAllMeansEverything() throws Exception {
        Path week = tmp.resolve("week.svg");
        Path all = tmp.resolve("all.svg");
        assertEquals(0, run("--view", "timeline", "--format", "svg", "--out", week.toString()).exit());
        assertEquals(0, run("--view", "timeline", "--format", "svg", "--range", "all", "--out", all.toString()).exit());
        // A card's title may wrap over lines of their own: the words are read with the tags between them gone.
        String weekText = Files.readString(week).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertTrue(weekText.contains("NATO–Russia meeting in Brussels"), weekText);
        assertFalse(weekText.contains("Collapse of the Soviet Union"), "1991 is background, outside the focus");
        assertTrue(Files.readString(all).contains("Collapse of the Soviet Union"));
    }

    @Test
    void rangeAllWithDatesOrAnUnknownRangeIsRefusedAndWritesNothing() {
        Path out = tmp.resolve("x.png");
        CliRun both = run("--view", "timeline", "--format", "png", "--range", "all", "--from", "2022-01-09",
                "--out", out.toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("--range all"), both.err());
        CliRun unknown = run("--view", "timeline", "--format", "png", "--range", "decade", "--out", out.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("--range: \"decade\" is not a range"), unknown.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theDashboardIsSixteenByNineUnlessAskedOtherwise() throws Exception {
        Path wide = tmp.resolve("wide.png");
        Path classic = tmp.resolve("classic.png");
        assertEquals(0, run("--view", "dashboard", "--format", "png", "--out", wide.toString()).exit());
        assertEquals(0, run("--view", "dashboard", "--format", "png", "--shape", "4:3", "--out",
                classic.toString()).exit());
        BufferedImage w = ImageIO.read(wide.toFile());
        assertEquals(1920, w.getWidth());
        assertEquals(1080, w.getHeight());
        BufferedImage c = ImageIO.read(classic.toFile());
        assertEquals(1440, c.getHeight());
    }

    @Test
    void theTimelineSlideTakesAShapeAndTheTimelineDoesNot() throws Exception {
        Path slide = tmp.resolve("slide.png");
        CliRun r = run("--view", "timeline-slide", "--format", "png", "--shape", "4:3", "--out", slide.toString());
        assertEquals(0, r.exit(), r.err());
        BufferedImage s = ImageIO.read(slide.toFile());
        assertEquals(1920, s.getWidth());
        assertEquals(1440, s.getHeight());
        Path report = tmp.resolve("report.png");
        CliRun refused = run("--view", "timeline", "--format", "png", "--shape", "16:9", "--out", report.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("--view dashboard or timeline-slide"), refused.err());
        assertFalse(Files.exists(report));
    }

    @Test
    void pdfPagesAreRealPaperWithTheFigureInsideTheMargins() throws Exception {
        Path a4 = tmp.resolve("a4.pdf");
        Path letter = tmp.resolve("letter.pdf");
        CliRun r = run("--view", "dashboard", "--format", "pdf", "--shape", "a4", "--paper", "a4", "--out",
                a4.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("842 × 595"), r.out());
        assertEquals(0, run("--view", "map", "--format", "pdf", "--paper", "letter", "--orientation", "portrait",
                "--out", letter.toString()).exit());
        try (PDDocument doc = Loader.loadPDF(a4.toFile())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(841.89, box.getWidth(), 0.5, "A4 landscape");
            assertEquals(595.28, box.getHeight(), 0.5);
        }
        try (PDDocument doc = Loader.loadPDF(letter.toFile())) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(612, box.getWidth(), 0.5, "Letter portrait");
            assertEquals(792, box.getHeight(), 0.5);
        }
    }

    @Test
    void svgNamesAFontStackAndStatesTextAnchors() throws Exception {
        Path svg = tmp.resolve("map.svg");
        assertEquals(0, run("--view", "map", "--format", "svg", "--out", svg.toString()).exit());
        String text = Files.readString(svg);
        Matcher families = Pattern.compile("font-family: ([^;']+)").matcher(text);
        int count = 0;
        while (families.find()) {
            assertEquals("DejaVu Sans, Arial, Helvetica, sans-serif", families.group(1));
            count++;
        }
        assertTrue(count > 5, "every text names the stack");
        Matcher texts = Pattern.compile("<text [^>]*>").matcher(text);
        int elements = 0;
        while (texts.find()) {
            String element = texts.group();
            assertTrue(element.matches("<text text-anchor='(start|middle|end)' .*"), element);
            assertTrue(element.contains("font-family: DejaVu Sans, Arial, Helvetica, sans-serif;"), element);
            elements++;
        }
        assertEquals(count, elements, "one font stack per text element, none elsewhere");
        // The map's attribution is right-aligned, the scale bar's label centred, the key's entries start-aligned.
        assertTrue(text.contains("<text text-anchor='end'"), "right-aligned text says so");
        assertTrue(text.contains("<text text-anchor='middle'"), "centred text says so");
        assertTrue(text.contains("<text text-anchor='start'"), "left-aligned text says so too");
        assertFalse(text.contains("parley-anchor-"), "no working ids left behind");
    }

    @Test
    void theMapKeyListsOnlyWhatTheImageShows() throws Exception {
        Path svg = tmp.resolve("map.svg");
        assertEquals(0, run("--view", "map", "--format", "svg", "--out", svg.toString()).exit());
        String text = Files.readString(svg);
        assertTrue(text.contains("Route of the talks"));
        assertFalse(text.contains("Countries the selected event is about"), "nothing is selected");
        assertFalse(text.contains("Stop of the talks"), "the route's line says what its badges are");
    }

    /** Filtered to Vienna, the map drew its stop "3" alone, and its key said nothing of the red badge. */
    @Test
    void aStopDrawnAloneHasItsOwnKeyEntry() throws Exception {
        Path svg = tmp.resolve("vienna.svg");
        assertEquals(0, run("--view", "map", "--place", "vienna", "--format", "svg", "--out", svg.toString()).exit());
        String text = Files.readString(svg);
        assertTrue(text.contains("Stop of the talks (number: its place in the week)"), "the lone badge explained");
        assertFalse(text.contains("Route of the talks"), "no line is drawn");
    }
}
