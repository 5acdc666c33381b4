package org.parley.export.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.parley.layout.EvenPages;

/**
 * The handout's summary page: the positions board as a list, after the steps. Continues on a new
 * page when the board is longer than one; adds nothing when no position is left. In the compact
 * handout it may begin below the last steps, on their page. On a landscape page it is two columns,
 * as the wide screen's board is (decision 0170).
 */
final class PositionsPage {
    private static final float MARGIN = 40;
    private static final float HEADING_SIZE = 14;
    private static final float TITLE_SIZE = 12.5f;
    private static final float TEXT_SIZE = 11;
    private static final float SMALL_SIZE = 8.5f;
    private static final float GAP = 8;
    /** Between the rule under a page's last step and the board's heading going on below it. */
    private static final float SECTION_GAP = 10;
    /** Between a landscape page's two columns. */
    private static final float COLUMN_GAP = 24;

    private final PDDocument document;
    private final HandoutFonts fonts;
    private final TextBlock text;
    private final String credit;
    /** The handout's own paper: a landscape handout ended in two portrait pages. */
    private final PDRectangle paper;
    /**
     * "Filtered: …" under the heading, or "": the board of a filtered handout passed for the whole week's,
     * while the presentation's board and the handout's first page say which events it follows.
     */
    private final String filterNote;
    /** The note wrapped to the page, once {@link #add} knows the width. */
    private List<String> noteLines = List.of();

    PositionsPage(PDDocument document, HandoutFonts fonts, String credit) {
        this(document, fonts, credit, PDRectangle.A4);
    }

    PositionsPage(PDDocument document, HandoutFonts fonts, String credit, PDRectangle page) {
        this(document, fonts, credit, page, "");
    }

    PositionsPage(PDDocument document, HandoutFonts fonts, String credit, PDRectangle page, String filterNote) {
        this.filterNote = filterNote;
        this.paper = page;
        this.document = document;
        this.fonts = fonts;
        this.text = new TextBlock(fonts);
        this.credit = credit;
    }

    /** Adds the page(s); returns how many. */
    int add(List<PositionsSummary.Row> rows) throws IOException {
        return add(rows, null);
    }

    /**
     * Adds the board, beginning below {@code after}'s words (when not null) if the whole board fits
     * there or is longer than a page anyway: the compact handout's last steps had left most of their
     * page empty, the board starting overleaf. A board that fits a page of its own but not the space
     * left is kept whole on a new page. Returns how many pages it added.
     */
    int add(List<PositionsSummary.Row> rows, PageEnd after) throws IOException {
        if (rows.isEmpty()) {
            return 0;
        }
        float width = paper.getWidth() - 2 * MARGIN;
        // A landscape page's one column had lines 760 pt long and took four pages, each a third to a half empty.
        int columns = paper.getWidth() > paper.getHeight() ? 2 : 1;
        float columnWidth = (width - (columns - 1) * COLUMN_GAP) / columns;
        List<Block> blocks = new ArrayList<>();
        for (PositionsSummary.Row row : rows) {
            // A column's narrower lines take more of them: its longest title and stances are kept whole.
            blocks.add(new Block(text.wrap(row.title(), fonts.bold(), TITLE_SIZE, columnWidth, 2 * columns),
                    text.wrap(row.kindAndBy(), fonts.regular(), TEXT_SIZE, columnWidth, columns),
                    text.wrap(row.stances(), fonts.regular(), TEXT_SIZE, columnWidth, 4 * columns)));
        }
        List<String> note = filterNote.isBlank() ? List.of() : text.wrap(filterNote, fonts.regular(), TEXT_SIZE, width, 2);
        this.noteLines = note;
        float noteHeight = note.size() * TEXT_SIZE * 1.3f;
        float top = paper.getHeight() - MARGIN - HEADING_SIZE - HEADING_SIZE * 1.4f - noteHeight - GAP;
        float floor = MARGIN + SMALL_SIZE * 2;
        float room = top - floor;
        int first = 0;
        if (after != null && columns == 1) {
            float heading = after.y() - SECTION_GAP - HEADING_SIZE;
            int fit = fitting(blocks, heading - HEADING_SIZE * 1.4f - noteHeight - GAP - floor);
            if (fit == blocks.size() || fit > 0 && fitting(blocks, room) < blocks.size()) {
                try (PDPageContentStream cs = new PDPageContentStream(document, after.page(),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs.setStrokingColor(0.75f);
                    cs.setLineWidth(0.5f);
                    cs.moveTo(MARGIN, after.y() + 6);
                    cs.lineTo(MARGIN + width, after.y() + 6);
                    cs.stroke();
                    float y = heading(cs, heading, width, false);
                    draw(cs, blocks.subList(0, fit), MARGIN, y);
                }
                first = fit;
            }
        }
        List<Block> rest = blocks.subList(first, blocks.size());
        if (rest.isEmpty()) {
            return 0;
        }
        List<Double> heights = new ArrayList<>();
        for (Block b : rest) {
            heights.add((double) b.height());
        }
        // As many columns as full ones would take, each about as full, filling the pages they need: never a last
        // column of one position, nor a last page of one full column beside an empty one.
        List<Integer> starts = EvenPages.starts(heights, room, columns);
        int pages = (starts.size() + columns - 1) / columns;
        for (int p = 0; p < pages; p++) {
            PDPage page = new PDPage(paper);
            document.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                float y = heading(cs, paper.getHeight() - MARGIN - HEADING_SIZE, width, first > 0 || p > 0);
                for (int c = 0; c < columns && p * columns + c < starts.size(); c++) {
                    int column = p * columns + c;
                    int end = column + 1 < starts.size() ? starts.get(column + 1) : rest.size();
                    draw(cs, rest.subList(starts.get(column), end), MARGIN + c * (columnWidth + COLUMN_GAP), y);
                }
                PageFoot.draw(cs, fonts, credit, paper.getWidth());
            }
        }
        return pages;
    }

    /** How many of the first blocks fit in {@code room}. */
    private static int fitting(List<Block> blocks, float room) {
        float used = 0;
        int n = 0;
        while (n < blocks.size() && used + blocks.get(n).height() <= room) {
            used += blocks.get(n).height();
            n++;
        }
        return n;
    }

    /** The heading, its baseline at {@code y}, and the filter's note under it; returns where the blocks begin. */
    private float heading(PDPageContentStream cs, float y, float width, boolean continued) throws IOException {
        cs.setNonStrokingColor(0f);
        y = TextBlock.draw(cs, text.wrap(PositionsSummary.HEADING + (continued ? " (continued)" : ""),
                fonts.bold(), HEADING_SIZE, width, 1), fonts.bold(), HEADING_SIZE, MARGIN, y,
                HEADING_SIZE * 1.4f);
        cs.setNonStrokingColor(0.35f);
        return TextBlock.draw(cs, noteLines, fonts.regular(), TEXT_SIZE, MARGIN, y, TEXT_SIZE * 1.3f) - GAP;
    }

    /** The blocks, one under another, from {@code x}, the first title's baseline at {@code y}. */
    private void draw(PDPageContentStream cs, List<Block> blocks, float x, float y) throws IOException {
        for (Block b : blocks) {
            cs.setNonStrokingColor(0f);
            y = TextBlock.draw(cs, b.title(), fonts.bold(), TITLE_SIZE, x, y, TITLE_SIZE * 1.3f);
            cs.setNonStrokingColor(0.35f);
            y = TextBlock.draw(cs, b.kind(), fonts.regular(), TEXT_SIZE, x, y, TEXT_SIZE * 1.3f);
            cs.setNonStrokingColor(0f);
            y = TextBlock.draw(cs, b.stances(), fonts.regular(), TEXT_SIZE, x, y, TEXT_SIZE * 1.3f) - GAP;
        }
    }

    /** One position's lines, wrapped. */
    private record Block(List<String> title, List<String> kind, List<String> stances) {
        float height() {
            return title.size() * TITLE_SIZE * 1.3f + kind.size() * TEXT_SIZE * 1.3f + stances.size() * TEXT_SIZE * 1.3f
                    + GAP;
        }
    }
}
