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
 * page when the board is longer than one; adds nothing when no position is left.
 */
final class PositionsPage {
    private static final float MARGIN = 40;
    private static final float HEADING_SIZE = 14;
    private static final float TITLE_SIZE = 12.5f;
    private static final float TEXT_SIZE = 11;
    private static final float SMALL_SIZE = 8.5f;
    private static final float GAP = 8;

    private final PDDocument document;
    private final HandoutFonts fonts;
    private final TextBlock text;
    private final String credit;
    /** The handout's own paper: a landscape handout ended in two portrait pages. */
    private final PDRectangle paper;

    PositionsPage(PDDocument document, HandoutFonts fonts, String credit) {
        this(document, fonts, credit, PDRectangle.A4);
    }

    PositionsPage(PDDocument document, HandoutFonts fonts, String credit, PDRectangle page) {
        this.paper = page;
        this.document = document;
        this.fonts = fonts;
        this.text = new TextBlock(fonts);
        this.credit = credit;
    }

    /** Adds the page(s); returns how many. */
    int add(List<PositionsSummary.Row> rows) throws IOException {
        if (rows.isEmpty()) {
            return 0;
        }
        float width = paper.getWidth() - 2 * MARGIN;
        List<Block> blocks = new ArrayList<>();
        for (PositionsSummary.Row row : rows) {
            blocks.add(new Block(text.wrap(row.title(), fonts.bold(), TITLE_SIZE, width, 2),
                    text.wrap(row.kindAndBy(), fonts.regular(), TEXT_SIZE, width, 1),
                    text.wrap(row.stances(), fonts.regular(), TEXT_SIZE, width, 4)));
        }
        float top = paper.getHeight() - MARGIN - HEADING_SIZE - HEADING_SIZE * 1.4f - GAP;
        float room = top - (MARGIN + SMALL_SIZE * 2);
        List<Double> heights = new ArrayList<>();
        for (Block b : blocks) {
            heights.add((double) b.height());
        }
        // As many pages as full pages would take, each about as full: never a last page of one position.
        List<Integer> starts = EvenPages.starts(heights, room);
        for (int p = 0; p < starts.size(); p++) {
            PDPage page = new PDPage(paper);
            document.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                float y = paper.getHeight() - MARGIN - HEADING_SIZE;
                y = TextBlock.draw(cs, text.wrap(PositionsSummary.HEADING + (p > 0 ? " (continued)" : ""),
                        fonts.bold(), HEADING_SIZE, width, 1), fonts.bold(), HEADING_SIZE, MARGIN, y,
                        HEADING_SIZE * 1.4f) - GAP;
                int end = p + 1 < starts.size() ? starts.get(p + 1) : blocks.size();
                for (Block b : blocks.subList(starts.get(p), end)) {
                    cs.setNonStrokingColor(0f);
                    y = TextBlock.draw(cs, b.title(), fonts.bold(), TITLE_SIZE, MARGIN, y, TITLE_SIZE * 1.3f);
                    cs.setNonStrokingColor(0.35f);
                    y = TextBlock.draw(cs, b.kind(), fonts.regular(), TEXT_SIZE, MARGIN, y, TEXT_SIZE * 1.3f);
                    cs.setNonStrokingColor(0f);
                    y = TextBlock.draw(cs, b.stances(), fonts.regular(), TEXT_SIZE, MARGIN, y, TEXT_SIZE * 1.3f) - GAP;
                }
                PageFoot.draw(cs, fonts, credit, paper.getWidth());
            }
        }
        return starts.size();
    }

    /** One position's lines, wrapped. */
    private record Block(List<String> title, List<String> kind, List<String> stances) {
        float height() {
            return title.size() * TITLE_SIZE * 1.3f + kind.size() * TEXT_SIZE * 1.3f + stances.size() * TEXT_SIZE * 1.3f
                    + GAP;
        }
    }
}
