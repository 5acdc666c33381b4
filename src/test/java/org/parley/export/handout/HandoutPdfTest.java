package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.SyntheticDataAccess;
import org.parley.export.ExportException;
import org.parley.export.Overwrite;
import org.parley.export.image.Paper;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;

class HandoutPdfTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    @TempDir
    Path dir;

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /** The pages counted before writing are the pages written, in either layout, on either paper, filtered or not. */
    @Test
    void thePagesCountedAreThePagesWritten() throws IOException {
        List<Event> meetings = WEEK.events().stream().filter(e -> e.kind() == EventKind.MEETING).toList();
        for (Paper paper : Paper.values()) {
            for (HandoutLayout layout : HandoutLayout.values()) {
                for (List<Event> events : List.of(WEEK.events(), meetings)) {
                    HandoutPdf pdf = new HandoutPdf().onPaper(paper);
                    Path out = dir.resolve(paper + "-" + layout + "-" + events.size() + ".pdf");
                    int written = pdf.write(WEEK, events, Optional.empty(), layout, ContextPlacement.FIRST,
                            out, Overwrite.NOTHING);
                    assertEquals(written, pdf.pages(WEEK, events, Optional.empty(), layout,
                            ContextPlacement.FIRST), paper + " " + layout + " " + events.size());
                    assertEquals(written, pages(out));
                }
            }
        }
    }

    /** Thousands of events are not a handout: refused, with what to do, instead of running on for minutes towards as many pages. */
    @Test
    void moreEventsThanAHandoutTakesAreRefusedAtOnce() {
        Dataset many = SyntheticDataAccess.dataset(HandoutPdf.MOST_EVENTS + 100);
        Path out = dir.resolve("many.pdf");
        ExportException e = assertThrows(ExportException.class,
                () -> new HandoutPdf().write(many, many.events(), HandoutLayout.ONE_PER_PAGE, out));
        assertTrue(e.getMessage().contains("600 events") && e.getMessage().contains("up to 500"), e.getMessage());
        // Every filter `parley handout` takes is named: the message had named only --kind and --actor.
        for (String option : List.of("--kind", "--actor", "--place", "--reported-by", "--from", "--to")) {
            assertTrue(e.getMessage().contains(option), option + " in: " + e.getMessage());
        }
        assertFalse(Files.exists(out));
    }

    /**
     * "What comes next" (all "January 2022") is drawn on its own month, as on the slides: its weeks
     * labelled and the talks' days named. Its strip had been a bare "1990 ——— 2022" line with one
     * dot at its end; before that "Jan 2022 – Dec 2022", a year the papers of 12 January never saw.
     */
    @Test
    void whatComesNextsStripLabelsItsWeeksAndNamesTheTalksDays() throws IOException {
        for (HandoutLayout layout : HandoutLayout.values()) {
            Path out = dir.resolve("strip-" + layout + ".pdf");
            new HandoutPdf().write(WEEK, WEEK.events(), layout, out);
            String strip = stripUnder(out, "What comes next");
            for (String week : List.of("3 Jan", "10 Jan", "17 Jan", "24 Jan")) {
                assertTrue((" " + strip + " ").contains(" " + week + " "), layout + ": the week of " + week + " is labelled: " + strip);
            }
            assertTrue(strip.contains("9\u201313 Jan"), layout + ": the talks are named by their days: " + strip);
            assertFalse(strip.contains("1990") || strip.contains("Dec 2022"), layout + ": " + strip);
        }
    }

    /**
     * Filtered from 12 January on, "How we got here" keeps events of "January 2022" alone: its strip of
     * years read "Jan 2022 ——— Jan 2022" with the dots at its left end. Now the month's weeks are
     * labelled and the talks' days named, as for "What comes next".
     */
    @Test
    void aBackgroundWithinTheTalksMonthIsDrawnOnThatMonth() throws IOException {
        LocalDate from = LocalDate.of(2022, 1, 12);
        List<Event> kept = WEEK.events().stream().filter(e -> !e.time().lastDate().isBefore(from)).toList();
        for (HandoutLayout layout : HandoutLayout.values()) {
            Path out = dir.resolve("month-" + layout + ".pdf");
            new HandoutPdf().write(WEEK, kept, layout, out);
            String strip = stripUnder(out, "How we got here");
            assertFalse(strip.matches(".*Jan 2022 Jan 2022.*"), layout + ": " + strip);
            assertTrue((" " + strip + " ").contains(" 17 Jan "), layout + ": the month's weeks are labelled: " + strip);
            assertTrue(strip.contains("9\u201313 Jan"), layout + ": the talks are named by their days: " + strip);
        }
    }

    /**
     * The text of the strip drawn under the step headed {@code heading} (not on the opening list of
     * steps): the text between the step's last words and the page's foot, where the strip lies.
     */
    private static String stripUnder(Path pdf, String heading) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc).replaceAll("\\s+", " ");
                int at = text.indexOf(heading);
                if (at >= 0 && !text.contains("The steps")) {
                    // The strip comes after the step's text; the next step or the page's foot after it.
                    String after = text.substring(at);
                    int foot = after.indexOf("Sources:");
                    return foot < 0 ? after : after.substring(0, foot);
                }
            }
        }
        throw new AssertionError("no page has a step headed " + heading);
    }

    /**
     * "What comes next" listed three titles on an otherwise empty page: each event now comes with
     * its summary and the papers that report it, as an event's own page does.
     */
    @Test
    void whatComesNextGivesEachEventsSummaryAndPapers() throws IOException {
        Path out = dir.resolve("next.pdf");
        new HandoutPdf().write(WEEK, WEEK.events(), HandoutLayout.ONE_PER_PAGE, out);
        String page = pageWith(out, "What comes next");
        List<Event> next = WEEK.events().stream().filter(e -> e.id().startsWith("after-week")
                || e.id().equals("osce-future-negotiations")).toList();
        assertEquals(3, next.size());
        for (Event e : next) {
            assertTrue(page.contains(e.summary().replaceAll("\\s+", " ")), e.id() + " summary in: " + page);
        }
        assertTrue(page.contains("The Washington Post") && page.contains("The New York Times"), page);
    }

    /** The text of the first page whose text holds {@code marker} and is not the opening list of steps. */
    private static String pageWith(Path pdf, String marker) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc).replaceAll("\\s+", " ");
                if (text.contains(marker) && !text.contains("The steps")) {
                    return text;
                }
            }
        }
        throw new AssertionError("no page says " + marker);
    }

    /**
     * A focus of centuries (valid in the exchange format) has no room for a box a day at the foot
     * of each page: the strip becomes one line, and the handout is written, not drawn day by day for
     * minutes. The step's page names the focus's ends.
     */
    @Test
    void aFocusOfCenturiesGetsOneLineNotABoxADay() throws IOException {
        DateRange centuries = new DateRange(LocalDate.of(1000, 1, 1),
                LocalDate.of(9999, 12, 31));
        Dataset wide = new Dataset(WEEK.title(), WEEK.description(), centuries,
                WEEK.zone(), WEEK.sources(), WEEK.actors(), WEEK.places(), WEEK.events(), WEEK.quotes(),
                WEEK.divergences(), WEEK.positions());
        List<Event> meetings = WEEK.events().stream().filter(e -> e.kind() == EventKind.MEETING).toList();
        Path out = dir.resolve("centuries.pdf");
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new HandoutPdf().write(wide, meetings, HandoutLayout.ONE_PER_PAGE, out));
        String text = text(out);
        assertTrue(text.contains("1 Jan 1000") && text.contains("31 Dec 9999"), "the strip names the focus's ends");
    }

    @Test
    void onePerPageHasAPagePerStepWithTitleCreditAndCurlyQuotedQuote() throws IOException {
        List<Event> meetings = WEEK.events().stream().filter(e -> e.kind() == EventKind.MEETING
                || e.id().equals("sherman-non-starters")).toList();
        Path out = dir.resolve("meetings.pdf");

        int written = new HandoutPdf().write(WEEK, meetings, HandoutLayout.ONE_PER_PAGE, out);

        int steps = Steps.of(WEEK, meetings).size();
        int board = positionsPages(meetings);
        int opening = openingPages(meetings, HandoutLayout.ONE_PER_PAGE);
        int stepPages = HandoutStepPages.count(out, steps);
        assertTrue(stepPages <= steps);
        assertEquals(stepPages + opening + board, written,
                "the opening pages, a page a step (steps without maps sharing), then the positions board");
        assertEquals(stepPages + opening + board, pages(out));
        String text = text(out);
        Step first = Steps.of(WEEK, meetings).get(0);
        assertTrue(text.contains(first.title()), "first title in " + text.substring(0, 200));
        assertTrue(text.contains("Sources: The Washington Post, The New York Times, 12 Jan 2022"));
        String quote = WEEK.quotesOf("sherman-non-starters").get(0).text().replaceAll("\\s+", " ");
        assertTrue(text.contains("\u201C" + quote.substring(0, Math.min(30, quote.length()))),
                "curly-quoted quote " + quote);
    }

    /** A list two steps too long for the opening page shrinks the map a little, not a sheet of its own for two lines. */
    @Test
    void aListALittleTooLongShrinksTheMapRatherThanTakeASheet() throws IOException {
        List<Event> sherman = WEEK.events().stream().filter(e -> e.involves("sherman")).toList();
        assertEquals(1, openingPages(sherman, HandoutLayout.COMPACT), "the Sherman steps' list on the opening page");
        assertTrue(openingPages(WEEK.events(), HandoutLayout.COMPACT) > 1, "the whole week's still goes on overleaf");
    }

    /** A list a few steps too long for its last page is set a little closer: "45. What comes next" had a page to itself. */
    @Test
    void aFewStepsOverAreSetCloserRatherThanGivenAPageOfTheirOwn() throws IOException {
        assertEquals(2, openingPages(WEEK.events(), HandoutLayout.COMPACT), "the week's list ends on its second page");
        try (PDDocument doc = new PDDocument()) {
            StepIndex index = new StepIndex(HandoutFonts.load(doc), Steps.all(WEEK));
            assertFalse(index.fitsIn(800, 500, 500), "many steps over still go on to another page");
        }
    }

    /** How many pages the opening page and the rest of its list of steps take, laid out on their own. */
    private static int openingPages(List<Event> events, HandoutLayout layout) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            return OpeningPage.plan(HandoutFonts.load(doc), WEEK, Steps.of(WEEK, events), layout == HandoutLayout.ONE_PER_PAGE
                            ? new PDRectangle(842, 595)
                            : PDRectangle.A4).pages();
        }
    }

    /** How many pages the positions board takes, laid out on its own on the one-a-page handout's landscape paper. */
    private static int positionsPages(List<Event> events) throws IOException {
        return positionsPages(events, new PDRectangle(842, 595));
    }

    private static int positionsPages(List<Event> events, PDRectangle paper)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            return new PositionsPage(doc, HandoutFonts.load(doc), "credit", paper).add(PositionsSummary.of(WEEK, events));
        }
    }

    /** A class is told "turn to page 12": every page says its number, alone at its foot, under the credits. */
    @Test
    void everyPageSaysItsNumberAloneAtItsFoot() throws IOException {
        for (HandoutLayout layout : HandoutLayout.values()) {
            Path out = dir.resolve("numbers-" + layout + ".pdf");
            int pages = new HandoutPdf().write(WEEK, WEEK.events(), layout, out);
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                assertEquals(pages, doc.getNumberOfPages());
                for (int i = 0; i < pages; i++) {
                    assertEquals(PageNumbers.label(i + 1, pages), textOfStrip(doc.getPage(i), 0, 27).strip(),
                            layout + ": the foot of page " + (i + 1) + " holds its number and nothing else");
                }
            }
        }
    }

    /** The text in a strip across {@code page}, {@code tall} points high, its lower edge {@code above} points over the bottom. */
    private static String textOfStrip(PDPage page, float above, float tall) throws IOException {
        var strip = new PDFTextStripperByArea();
        float height = page.getMediaBox().getHeight();
        strip.addRegion("strip", new Rectangle2D.Float(0, height - above - tall, page.getMediaBox().getWidth(), tall));
        strip.extractRegions(page);
        return strip.getTextForRegion("strip");
    }

    /** Every page's foot credits the papers and says what it is from: the board's and the list's too. */
    @Test
    void everyPageCreditsThePapersAndNamesTheHandout() throws IOException {
        for (HandoutLayout layout : HandoutLayout.values()) {
            Path out = dir.resolve("foot-" + layout + ".pdf");
            int pages = new HandoutPdf().write(WEEK, WEEK.events(), layout, out);
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                for (int i = 0; i < pages; i++) {
                    String line = textOfStrip(doc.getPage(i), 27, 18);
                    assertTrue(line.contains(PageFoot.MARK), layout + ", page " + (i + 1) + ": " + line);
                    assertTrue(line.contains("The Washington Post"), layout + ", page " + (i + 1) + ": " + line);
                }
            }
        }
    }

    /** Every page of a handout is on the same paper, turned the same way: the board too. */
    @Test
    void everyPageOfAHandoutIsOnTheSamePaper() throws IOException {
        for (HandoutLayout layout : HandoutLayout.values()) {
            Path out = dir.resolve("paper-" + layout + ".pdf");
            new HandoutPdf().write(WEEK, WEEK.events(), layout, out);
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                float w = doc.getPage(0).getMediaBox().getWidth();
                for (int i = 0; i < doc.getNumberOfPages(); i++) {
                    assertEquals(w, doc.getPage(i).getMediaBox().getWidth(), 0.5, layout + ": page " + (i + 1));
                }
            }
        }
    }

    @Test
    void compactPutsSeveralStepsOnAPage() throws IOException {
        Path one = dir.resolve("one.pdf");
        Path compact = dir.resolve("compact.pdf");
        HandoutPdf handout = new HandoutPdf();

        handout.write(WEEK, WEEK.events(), HandoutLayout.ONE_PER_PAGE, one);
        handout.write(WEEK, WEEK.events(), HandoutLayout.COMPACT, compact);

        int steps = Steps.all(WEEK).size();
        int board = positionsPages(WEEK.events());
        assertTrue(board >= 1);
        int stepPages = HandoutStepPages.count(one, steps);
        assertTrue(stepPages < steps, "steps 38 and 39, without maps, share a page");
        assertEquals(stepPages + openingPages(WEEK.events(), HandoutLayout.ONE_PER_PAGE) + board, pages(one),
                "the opening pages, a page a step (steps without maps sharing), then the positions board");
        // Its steps, not its opening or the positions board (on portrait paper, longer there), three or more a page.
        int compactSteps = pages(compact) - openingPages(WEEK.events(), HandoutLayout.COMPACT)
                - positionsPages(WEEK.events(), PDRectangle.A4);
        assertTrue(compactSteps * 3 <= steps, compactSteps + " compact pages for " + steps + " steps");
        String text = text(compact);
        assertTrue(text.contains(Steps.all(WEEK).get(0).title()));
        assertTrue(text.contains("Sources: The Washington Post, The New York Times, 12 Jan 2022"));
    }

    @Test
    void theWholeWeekStaysUnderThreeMegabytesWithBodyTypeOfElevenPointsOrMore() throws IOException {
        for (HandoutLayout layout : HandoutLayout.values()) {
            Path out = dir.resolve(layout + ".pdf");
            new HandoutPdf().write(WEEK, WEEK.events(), layout, out);
            assertTrue(Files.size(out) <= 3_000_000, layout + " is " + Files.size(out) + " bytes");
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                float height = doc.getPage(1).getMediaBox().getHeight();
                List<Float> small = new ArrayList<>();
                int[] glyphs = {0};
                PDFTextStripper sizes = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition p : positions) {
                            // The running header and the credit line at the page's edges are furniture, not body.
                            boolean edge = p.getYDirAdj() < 48 || p.getYDirAdj() > height - 36;
                            glyphs[0]++;
                            if (!edge && p.getFontSizeInPt() < 11 - 0.01) {
                                small.add(p.getFontSizeInPt());
                            }
                        }
                    }
                };
                sizes.setStartPage(1);
                sizes.setEndPage(doc.getNumberOfPages());
                sizes.getText(doc);
                assertTrue(glyphs[0] > 1000, "text was read");
                assertTrue(small.isEmpty(), layout + ": " + small.size() + " glyphs under 11 pt, e.g. " + small.stream()
                        .limit(5).toList());
            }
        }
    }

    @Test
    void theOpeningPageMapsTheWeekAndListsTheStepsAndEveryPageHasItsStrip() throws IOException {
        Path out = dir.resolve("week.pdf");
        new HandoutPdf().write(WEEK, WEEK.events(), HandoutLayout.ONE_PER_PAGE, out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(openingPages(WEEK.events(), HandoutLayout.ONE_PER_PAGE));
            String opening = first.getText(doc);
            assertTrue(opening.contains("The steps"), opening);
            assertTrue(opening.contains("1. 9 Jan"), "the list of steps starts with the week: " + opening);
            assertTrue(opening.contains("How we got here"), opening);
            int firstStep = openingPages(WEEK.events(), HandoutLayout.ONE_PER_PAGE) + 1;
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(firstStep);
            second.setEndPage(firstStep);
            String page = second.getText(doc);
            assertTrue(page.contains("Informal dinner in Geneva"), "the week first: " + page);
            assertTrue(page.contains("Sun 9 Jan") && page.contains("Thu 13 Jan"), "the strip of the week's days");
        }
    }

    @Test
    void compactGivesEveryStepItsWholeTitleQuotationAndSummary() throws IOException {
        Path compact = dir.resolve("compact-whole.pdf");
        new HandoutPdf().write(WEEK, WEEK.events(), HandoutLayout.COMPACT, compact);
        String text = text(compact);
        assertFalse(text.contains("\u2026"), "something was cut short");
        assertFalse(text.matches(".*and \\d+ more.*"), "a list of background events was cut short");
        for (Step step : Steps.all(WEEK)) {
            for (String words : List.of(step.title(), step.summary(), step.hasQuote() ? step.quoteText() : "")) {
                for (String line : words.split("\n")) {
                    String flat = line.replaceAll("\\s+", " ").strip();
                    assertTrue(text.contains(flat), "step " + step.number() + ": " + flat);
                }
            }
        }
    }

    @Test
    void theListOfStepsGivesEveryTitleWholeAndGoesOnToANewPageRatherThanDroppingOne() throws IOException {
        List<Step> steps = Steps.all(WEEK);
        for (HandoutLayout layout : HandoutLayout.values()) {
            Path out = dir.resolve("list-" + layout + ".pdf");
            new HandoutPdf().write(WEEK, WEEK.events(), layout, out);
            int opening = openingPages(WEEK.events(), layout);
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                PDFTextStripper list = new PDFTextStripper();
                list.setStartPage(1);
                list.setEndPage(opening);
                String text = list.getText(doc).replaceAll("\\s+", " ");
                assertFalse(text.contains("\u2026"), layout + ": a title was cut: " + text);
                for (Step step : steps) {
                    assertTrue(text.contains(step.number() + ". " + StepIndex.title(step).replaceAll("\\s+", " ")),
                            layout + ": step " + step.number() + " whole in the list: " + text);
                }
                if (opening > 1) {
                    PDFTextStripper next = new PDFTextStripper();
                    next.setStartPage(opening + 1);
                    next.setEndPage(opening + 1);
                    assertFalse(next.getText(doc).contains("The steps"), layout + ": the list ends before the first step");
                }
            }
        }
    }

    @Test
    void emptySelectionWritesNothing() {
        Path out = dir.resolve("none.pdf");
        assertThrows(ExportException.class,
                () -> new HandoutPdf().write(WEEK, List.of(), HandoutLayout.COMPACT, out));
        assertFalse(Files.exists(out));
    }

    @Test
    void missingFolderIsAnExportError() {
        Path out = dir.resolve("no/such/folder/h.pdf");
        assertThrows(ExportException.class,
                () -> new HandoutPdf().write(WEEK, WEEK.events(), HandoutLayout.COMPACT, out));
    }
}
