package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.handout.Steps;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;

class HandoutCommandTest {

    @TempDir
    Path tmp;

    private String db() {
        return CliRun.seeded(tmp.resolve("p.db"));
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void compactHandoutOfMeetingsIsWrittenAndItsPathPrinted() throws IOException {
        Path out = tmp.resolve("meetings.pdf");
        CliRun run = CliRun.of("handout", "--db", db(), "--layout", "compact", "--kind", "meeting", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains(out.toAbsolutePath().toString()), run.out());
        assertTrue(Files.size(out) > 0);
        Dataset week = BundledSeeds.dataset();
        List<Event> meetings = week.eventsInNarrativeOrder().stream()
                .filter(e -> e.kind() == EventKind.MEETING).toList();
        int steps = Steps.of(week, meetings).size();
        int pages = pages(out);
        assertTrue(steps >= 5 && pages >= 3 && pages - 2 < steps, pages + " pages: the overview page, the " + steps
                + " meetings several a page, then the positions page");
    }

    /** A US classroom prints on Letter: every page of both layouts is a Letter sheet, the right way round. */
    @Test
    void letterPaperLaysEveryPageOnLetter() throws IOException {
        for (String layout : List.of("one", "compact")) {
            Path out = tmp.resolve(layout + "-letter.pdf");
            CliRun run = CliRun.of("handout", "--db", db(), "--layout", layout, "--paper", "Letter", "--out", out.toString());
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("Letter)"), run.out());
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                for (PDPage page : doc.getPages()) {
                    float w = page.getMediaBox().getWidth();
                    float h = page.getMediaBox().getHeight();
                    assertEquals(layout.equals("one") ? 792 : 612, w, 0.5, layout);
                    assertEquals(layout.equals("one") ? 612 : 792, h, 0.5, layout);
                }
            }
        }
        CliRun wrong = CliRun.of("handout", "--db", db(), "--paper", "b5", "--out", tmp.resolve("b5.pdf").toString());
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().startsWith("parley: --paper: \"b5\" is not a paper: use a4 or letter."), wrong.err());
        assertTrue(Files.notExists(tmp.resolve("b5.pdf")));
    }

    @Test
    void onePerPageForAnActorHasAPagePerEvent() throws IOException {
        Path out = tmp.resolve("sherman.pdf");
        CliRun run = CliRun.of("handout", "--db", db(), "--actor", "sherman", "--kind", "statement",
                "--kind", "reaction", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        int events = Integer.parseInt(run.out().replaceAll("(?s).*\\((\\d+) events.*", "$1"));
        assertTrue(events > 1, run.out());
        assertEquals(events + 2, pages(out), "the overview page, a page an event, then the positions page");
    }

    /** A handout of some events says which, as every other export of filtered events does; the whole week's does not. */
    @Test
    void aFilteredHandoutSaysSoOnItsFirstPage() throws IOException {
        Path filtered = tmp.resolve("proposals.pdf");
        CliRun run = CliRun.of("handout", "--db", db(), "--kind", "proposal", "--out", filtered.toString());
        assertEquals(0, run.exit(), run.err());
        String first = firstPage(filtered);
        assertTrue(first.contains("(filtered)") && first.contains("Filtered: kind Proposal or demand."), first);
        assertTrue(run.out().matches("(?s).*\\(\\d+ events, \\d+ pages, (A4|Letter)\\).*"), run.out());

        Path whole = tmp.resolve("week.pdf");
        assertEquals(0, CliRun.of("handout", "--db", db(), "--out", whole.toString()).exit());
        assertFalse(firstPage(whole).contains("iltered"), firstPage(whole));
    }

    /**
     * A handout of the days from the Brussels meeting on, as the app's time filter makes it: the command
     * line had only --kind, --actor and --place, and a teacher scripting handouts could not cut by days.
     */
    @Test
    void fromAndToKeepTheEventsOfThoseDays() throws IOException {
        Path out = tmp.resolve("from12.pdf");
        CliRun run = CliRun.of("handout", "--db", db(), "--from", "2022-01-12", "--to", "2022-01-13", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        String first = firstPage(out);
        assertTrue(first.contains("(filtered)") && first.contains("12") && first.contains("13 Jan 2022"), first);
        Dataset week = BundledSeeds.dataset();
        long kept = week.events().stream().filter(e -> !e.time().lastDate().isBefore(LocalDate.of(2022, 1, 12))
                && !e.time().startDate().isAfter(LocalDate.of(2022, 1, 13))).count();
        int held = Integer.parseInt(run.out().replaceAll("(?s).*\\((\\d+) events.*", "$1"));
        assertTrue(held > 0 && held <= kept && held < week.events().size(), held + " of " + kept + ": " + run.out());

        CliRun backwards = CliRun.of("handout", "--db", db(), "--from", "2022-01-13", "--to", "2022-01-12", "--out",
                tmp.resolve("none.pdf").toString());
        assertEquals(2, backwards.exit());
        assertTrue(backwards.err().startsWith("parley: --to 2022-01-12 is before --from 2022-01-13."), backwards.err());
        assertFalse(Files.exists(tmp.resolve("none.pdf")));
    }

    /** The count is of what the handout holds: background left out is not counted. */
    @Test
    void theCountLeavesOutTheBackgroundLeftOut() throws IOException {
        Path out = tmp.resolve("meetings.pdf");
        CliRun run = CliRun.of("handout", "--db", db(), "--kind", "meeting", "--background", "none", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        Dataset week = BundledSeeds.dataset();
        LocalDate first = week.focus().orElseThrow().first();
        long meetingsOfTheWeek = week.events().stream().filter(e -> e.kind() == EventKind.MEETING)
                .filter(e -> !e.time().lastDate().isBefore(first)).count();
        long backgroundMeetings = week.events().stream().filter(e -> e.kind() == EventKind.MEETING)
                .filter(e -> e.time().lastDate().isBefore(first)).count();
        assertTrue(backgroundMeetings > 0, "fixture: a background meeting (the 2019 forum) is left out");
        assertTrue(run.out().contains("(" + meetingsOfTheWeek + " events, "), run.out());
    }

    private static String firstPage(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setEndPage(1);
            return text.getText(doc).replace('\uFB01', 'f').replace('\uFB02', 'f');
        }
    }

    @Test
    void anUnknownKindIsRefusedAndNothingIsWritten() {
        Path out = tmp.resolve("bad.pdf");
        CliRun run = CliRun.of("handout", "--db", db(), "--kind", "summit", "--out", out.toString());
        assertNotEquals(0, run.exit());
        assertTrue(run.err().contains("summit"), run.err());
        assertTrue(run.err().contains("meeting"), "names the kinds there are: " + run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnknownActorOrLayoutIsRefused() {
        Path out = tmp.resolve("bad.pdf");
        CliRun actor = CliRun.of("handout", "--db", db(), "--actor", "nobody", "--out", out.toString());
        assertNotEquals(0, actor.exit());
        assertTrue(actor.err().contains("nobody"), actor.err());
        CliRun layout = CliRun.of("handout", "--db", db(), "--layout", "poster", "--out", out.toString());
        assertNotEquals(0, layout.exit());
        assertTrue(layout.err().contains("poster"), layout.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFilterThatKeepsNothingIsAnErrorWithNoFile() {
        Path out = tmp.resolve("none.pdf");
        CliRun run = CliRun.of("handout", "--db", db(), "--actor", "sherman", "--kind", "military",
                "--out", out.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no event passes the filters (actor Wendy Sherman; kind Military activity)"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theBackgroundGoesWhereItIsAskedAndANonsensePlaceIsNamed() throws IOException {
        Path first = tmp.resolve("first.pdf");
        CliRun run = CliRun.of("handout", "--db", db(), "--layout", "compact", "--background", "first", "--out",
                first.toString());
        assertEquals(0, run.exit(), run.err());
        String text;
        try (PDDocument doc = Loader.loadPDF(first.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        int steps = text.indexOf("The steps");
        assertTrue(text.indexOf("1. How we got here", steps) > steps, "step 1 is the background: " + text.substring(0, 600));

        Path wrong = tmp.resolve("wrong.pdf");
        CliRun bad = CliRun.of("handout", "--db", db(), "--background", "sideways", "--out", wrong.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("\"sideways\" is not a place for the background: use first, last or none."), bad.err());
        // Said as every other refused value is: the value in double quotes, then "use" and the choices.
        CliRun layout = CliRun.of("handout", "--db", db(), "--layout", "two", "--out", wrong.toString());
        assertEquals(2, layout.exit());
        assertTrue(layout.err().startsWith("parley: --layout: \"two\" is not a layout: use one or compact."),
                layout.err());
        assertFalse(Files.exists(wrong));

        Path png = tmp.resolve("h.png");
        CliRun picture = CliRun.of("handout", "--db", db(), "--out", png.toString());
        assertEquals(2, picture.exit());
        assertTrue(picture.err().contains("--out \"h.png\" ends in .png, but this file is a PDF: name it .pdf."), picture.err());
        assertFalse(Files.exists(png));
    }

    /** --from and --to hatch the day bars' other days, as the app's time filter does (decision 0132). */
    @Test
    void aOneDayHandoutCaptionsTheOtherDaysOfItsWeek() throws IOException {
        Path out = tmp.resolve("tenth.pdf");
        CliRun run = CliRun.of("handout", "--db", db(), "--from", "2022-01-10", "--to", "2022-01-10", "--out",
                out.toString());
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc).replace("\uFB01", "fi");
            assertTrue(text.contains("outside the filter"), text);
        }
    }
}
