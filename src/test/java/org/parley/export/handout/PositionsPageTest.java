package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.FilterNote;
import org.parley.export.Overwrite;
import org.parley.export.image.Paper;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.SourceFilter;
import org.parley.seed.BundledSeeds;

/** The handout's positions page: the board in words after the steps, following the chosen events. */
class PositionsPageTest {
    private static final Dataset WEEK = BundledSeeds.dataset();

    @Test
    void theSummaryFollowsTheChosenEvents() {
        List<PositionsSummary.Row> all = PositionsSummary.of(WEEK, WEEK.events());
        assertEquals(WEEK.positions().size(), all.size());
        PositionsSummary.Row openDoor = all.stream().filter(r -> r.title().startsWith("NATO's open door")).findFirst()
                .orElseThrow();
        assertEquals("Red line · put by NATO allies", openDoor.kindAndBy());
        assertTrue(openDoor.stances().contains("Russia: Rejects"), openDoor.stances());

        List<Event> geneva = WEEK.events().stream().filter(e -> e.id().startsWith("geneva-")).toList();
        List<PositionsSummary.Row> some = PositionsSummary.of(WEEK, geneva);
        assertTrue(some.size() < all.size());
        assertFalse(some.stream().anyMatch(r -> r.title().equals(openDoor.title())));
    }

    /** Filtered to one paper, the board in words keeps only the stances that paper reports, as the panel does. */
    @Test
    void filteredToOnePaperOnlyItsStancesAreListed() {
        List<PositionsSummary.Row> all = PositionsSummary.of(WEEK, WEEK.events());
        for (var paper : WEEK.sources()) {
            var filter = SourceFilter.includes(paper.id());
            List<PositionsSummary.Row> one = PositionsSummary.of(WEEK, WEEK.events(), filter);
            long expected = WEEK.positions().stream().filter(p -> p.parties().stream()
                    .anyMatch(a -> p.effectiveStance(a).orElseThrow().evidence().stream()
                            .anyMatch(e -> e.source().equals(paper.id())))).count();
            assertEquals(expected, one.size(), paper.id());
            int stances = one.stream().mapToInt(r -> r.stances().split(" · ").length).sum();
            long reported = WEEK.positions().stream().mapToLong(p -> p.stancesReported(filter, WEEK.sources().size()).size()).sum();
            assertEquals(reported, stances, paper.id());
            assertTrue(stances < all.stream().mapToInt(r -> r.stances().split(" · ").length).sum(), paper.id());
        }
    }

    @Test
    void aHandoutFilteredToOnePaperListsOnlyItsStances(@TempDir Path dir) throws Exception {
        Path both = dir.resolve("both.pdf");
        Path post = dir.resolve("post.pdf");
        new HandoutPdf().write(WEEK, WEEK.events(), HandoutLayout.COMPACT, both);
        new HandoutPdf().reportedBy(SourceFilter.includes("wapo")).write(WEEK, WEEK.events(),
                HandoutLayout.COMPACT, post);
        String all = board(both);
        String wapo = board(post);
        for (PositionsSummary.Row r : PositionsSummary.of(WEEK, WEEK.events(), SourceFilter.includes("wapo"))) {
            assertTrue(wapo.replaceAll("\\s+", " ").contains(r.stances().split(" · ")[0]), r.stances());
        }
        assertTrue(wapo.length() < all.length(), "fewer stances listed");
    }

    /**
     * A filtered handout's board says which events it follows under its heading, as the presentation's board and
     * the handout's first page do: it had passed for the whole week's board, in either layout.
     */
    @Test
    void aFilteredHandoutsBoardSaysWhatTheFilterKept(@TempDir Path dir) throws Exception {
        var filter = EventFilter.NONE.withPlaces(Set.of("brussels"));
        List<Event> brussels = WEEK.events().stream().filter(filter.in(WEEK)).toList();
        String note = FilterNote.of(filter, WEEK).orElseThrow();
        for (HandoutLayout layout : HandoutLayout.values()) {
            Path out = dir.resolve(layout + ".pdf");
            new HandoutPdf().write(WEEK, brussels, Optional.of(note), layout,
                    ContextPlacement.LAST, out, Overwrite.NOTHING);
            String board;
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                String all = new PDFTextStripper().getText(doc);
                assertTrue(all.contains(PositionsSummary.HEADING), layout + ": the board is there");
                board = all.substring(all.indexOf(PositionsSummary.HEADING));
            }
            assertTrue(board.replaceAll("\\s+", " ").contains(note), layout + ": " + board);
        }
        Path whole = dir.resolve("whole.pdf");
        new HandoutPdf().write(WEEK, WEEK.events(), HandoutLayout.COMPACT, whole);
        assertFalse(board(whole).contains("Filtered:"), "the whole week's board says nothing of filters");
    }

    /** The board's text: from its heading (which may follow the compact handout's last steps) to the end. */
    private static String board(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(Math.max(1, doc.getNumberOfPages() - 2));
            String end = text.getText(doc);
            return end.substring(end.indexOf(PositionsSummary.HEADING));
        }
    }

    @Test
    void theHandoutEndsWithTheBoard(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("week.pdf");
        new HandoutPdf().write(WEEK, WEEK.events(), HandoutLayout.COMPACT, out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            last.setEndPage(doc.getNumberOfPages());
            String text = last.getText(doc);
            assertTrue(text.contains(PositionsSummary.HEADING), text);
            assertTrue(text.contains("Russia: Rejects"), text);
        }
    }

    /**
     * The landscape handout's board is two columns, as the wide screen's is (decision 0170): one column of lines
     * 760 pt long (some 140 characters) had taken four pages on A4, each a third to a half empty, for a board a
     * teacher prints for every pupil. It takes three now, the whole board still there.
     */
    @Test
    void theLandscapeBoardIsTwoColumnsOnThreePages(@TempDir Path dir) throws Exception {
        for (Paper paper : Paper.values()) {
            Path out = dir.resolve(paper + ".pdf");
            new HandoutPdf().onPaper(paper).write(WEEK, WEEK.events(), HandoutLayout.ONE_PER_PAGE, out);
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                int boardPages = 0;
                StringBuilder board = new StringBuilder();
                for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String text = stripper.getText(doc);
                    if (text.contains(PositionsSummary.HEADING)) {
                        boardPages++;
                        board.append(text);
                    }
                }
                assertTrue(boardPages <= 3, paper + ": the board takes " + boardPages + " pages");
                String words = board.toString().replaceAll("\\s+", " ");
                for (PositionsSummary.Row r : PositionsSummary.of(WEEK, WEEK.events())) {
                    String start = r.title().substring(0, Math.min(20, r.title().length()));
                    assertTrue(words.contains(start), paper + ": " + r.title());
                    assertTrue(words.contains(r.kindAndBy()), paper + ": " + r.kindAndBy());
                }
            }
        }
    }

    /**
     * The compact handout goes on with the board below its last steps where there is room: on
     * Letter "What comes next" had had a page to itself, four fifths of it empty, with the board
     * starting overleaf (on A4 three fifths of the page). The board is still there whole.
     */
    @Test
    void theCompactBoardStartsBelowTheLastStepsWhereThereIsRoom(@TempDir Path dir) throws Exception {
        for (Paper paper : Paper.values()) {
            Path out = dir.resolve(paper + ".pdf");
            new HandoutPdf().onPaper(paper).write(WEEK, WEEK.events(), HandoutLayout.COMPACT, out);
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                int lastStep = 0;
                for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    if (stripper.getText(doc).contains("What comes next")) {
                        lastStep = page;
                    }
                }
                stripper.setStartPage(lastStep);
                stripper.setEndPage(lastStep);
                String page = stripper.getText(doc);
                assertTrue(page.contains(PositionsSummary.HEADING), paper + ", page " + lastStep + ": " + page);
                stripper.setEndPage(doc.getNumberOfPages());
                String board = stripper.getText(doc).replaceAll("\\s+", " ");
                for (PositionsSummary.Row r : PositionsSummary.of(WEEK, WEEK.events())) {
                    String start = r.title().substring(0, Math.min(20, r.title().length()));
                    assertTrue(board.contains(start), paper + ": " + r.title());
                }
            }
        }
    }
}
