package org.parley.export.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.parley.model.DateRange;

/**
 * A4 portrait, several steps a page after the opening page's overview map: a reading list to take
 * home. Each step takes the room its words need — title, day and place, quotation, the whole
 * summary — and ends in its timeline strip; a step never runs over two pages, so the next page
 * starts with the step that did not fit. Body type is 11 pt or more.
 */
final class CompactPages {

    private static final float MARGIN = 40;
    private static final float HEADER = 26;
    private static final float FOOTER = 20;
    private static final float TITLE_SIZE = 13;
    private static final float TITLE_LEADING = TITLE_SIZE * 1.25f;
    private static final float META_SIZE = 11;
    private static final float META_LEADING = META_SIZE * 1.3f;
    private static final float QUOTE_SIZE = 11.5f;
    private static final float QUOTE_LEADING = QUOTE_SIZE * 1.3f;
    private static final float SUMMARY_SIZE = 11;
    private static final float SUMMARY_LEADING = SUMMARY_SIZE * 1.35f;
    private static final float SMALL_SIZE = 9;
    /** How far below its baseline a line of text reaches, as a share of its size (DejaVu Sans: 0.24). */
    private static final float DESCENT = 0.25f;
    /** The space between a step's last words and its strip, and between the strip and the rule below. */
    private static final float STRIP_GAP = 6;
    private static final float AFTER_STRIP = 14;
    private static final float NUMBER_COLUMN = 28;
    /** Between the words a page's steps begin below (the opening list's end) and the first step's top. */
    private static final float BELOW_GAP = 18;
    /** Enough for any title, quotation or summary of the week; a longer one ends in an ellipsis. */
    private static final int MAX_TITLE_LINES = 3;
    private static final int MAX_QUOTE_LINES = 8;

    private final PDRectangle sheet;
    private final PDDocument document;
    private final HandoutFonts fonts;
    private final TextBlock text;
    private final String heading;
    private final String credit;
    private final DateRange focus;
    /** The days a time filter keeps, when one chose the steps. */
    private final Optional<DateRange> kept;
    private final Optional<DateRange> whole;
    /** The deck's span, set when the pages are added. */
    private DateRange story;
    /** Where the last page's words end, set when the pages are added. */
    private PageEnd end;

    /** @param page the sheet, in portrait (A4 or Letter) */
    CompactPages(PDDocument document, HandoutFonts fonts, PDRectangle page, String heading, String credit,
                 DateRange focus) {
        this(document, fonts, page, heading, credit, focus, Optional.empty());
    }

    /** As above, each step's day bar hatching the days outside {@code kept}, the days a time filter keeps. */
    CompactPages(PDDocument document, HandoutFonts fonts, PDRectangle page, String heading, String credit,
                 DateRange focus, Optional<DateRange> kept) {
        this(document, fonts, page, heading, credit, focus, kept, Optional.empty());
    }

    /**
     * As above, the background's years drawn across {@code whole}, the dataset's span, when {@code kept} is
     * present: the years the filter leaves out are hatched on the line, not cut off it.
     */
    CompactPages(PDDocument document, HandoutFonts fonts, PDRectangle page, String heading, String credit,
                 DateRange focus, Optional<DateRange> kept, Optional<DateRange> whole) {
        this.kept = kept;
        this.whole = whole;
        this.sheet = page;
        this.focus = focus;
        this.document = document;
        this.fonts = fonts;
        this.text = new TextBlock(fonts);
        this.heading = heading;
        this.credit = credit;
    }

    /** A step's words, wrapped to the column: what it needs of the page is known before it is drawn. */
    private record Block(Step step, List<String> title, List<String> meta, List<String> quote, List<String> summary) {

        /** From the slot's top to the strip's top. */
        float wordsHeight() {
            float h = TITLE_SIZE + title.size() * TITLE_LEADING - 2 + meta.size() * META_LEADING + 4;
            if (!quote.isEmpty()) {
                h += quote.size() * QUOTE_LEADING + 3;
            }
            // The last summary line's baseline, then its descenders.
            return h + Math.max(0, summary.size() - 1) * SUMMARY_LEADING + SUMMARY_SIZE * DESCENT + STRIP_GAP;
        }

        float height() {
            return wordsHeight() + PageStrip.HEIGHT + AFTER_STRIP;
        }
    }

    /** Adds the pages; returns how many. */
    int addAll(List<Step> steps) throws IOException {
        return addAll(steps, null);
    }

    /**
     * Adds the pages, the first steps below {@code after}'s words (when not null) as far as they fit there:
     * a list of steps nine entries longer than the opening page had a page of its own, blank below them.
     * Returns how many pages it added.
     */
    int addAll(List<Step> steps, PageEnd after) throws IOException {
        story = PageStrip.storyOf(steps, kept, whole);
        float width = sheet.getWidth() - 2 * MARGIN;
        List<List<Block>> pages = paginate(steps, after);
        int added = 0;
        for (int i = 0; i < pages.size(); i++) {
            List<Block> blocks = pages.get(i);
            boolean below = i == 0 && after != null;
            if (below && blocks.isEmpty()) {
                continue;
            }
            PDPage page = below ? after.page() : new PDPage(sheet);
            if (!below) {
                document.addPage(page);
                added++;
            }
            try (PDPageContentStream cs = below
                    ? new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)
                    : new PDPageContentStream(document, page)) {
                if (!below) {
                    furniture(cs, width);
                }
                float y = below ? belowTop(after) : pageTop();
                // Below the list a rule parts the first step from it, as it parts a step from the one before.
                boolean first = !below;
                for (Block block : blocks) {
                    if (!first) {
                        cs.setStrokingColor(0.75f);
                        cs.setLineWidth(0.5f);
                        cs.moveTo(MARGIN, y + 6);
                        cs.lineTo(MARGIN + width, y + 6);
                        cs.stroke();
                    }
                    draw(cs, block, y, width);
                    y -= block.height();
                    first = false;
                }
                end = new PageEnd(page, y);
            }
        }
        return added;
    }

    /**
     * The page that each of {@code steps} is printed on by {@link #addAll(List)}, drawing nothing, counted from 1:
     * the opening list gives it, as a contents page does, before these pages are made.
     */
    int[] pagesOf(List<Step> steps) throws IOException {
        return pagesOf(steps, null);
    }

    /**
     * The page that each of {@code steps} is printed on by {@link #addAll(List, PageEnd)}, drawing nothing, counted
     * from the first page after {@code after}'s: 0 for a step below its words.
     */
    int[] pagesOf(List<Step> steps, PageEnd after) throws IOException {
        int[] pageOf = new int[steps.size()];
        int at = 0;
        List<List<Block>> pages = paginate(steps, after);
        for (int page = 0; page < pages.size(); page++) {
            for (int i = 0; i < pages.get(page).size(); i++) {
                pageOf[at++] = after == null ? page + 1 : page;
            }
        }
        return pageOf;
    }

    /**
     * The steps' blocks, page by page: the next page starts with the step that did not fit. Below
     * {@code after}'s words (the first page's blocks, when not null) go only the steps that fit whole.
     */
    private List<List<Block>> paginate(List<Step> steps, PageEnd after) throws IOException {
        float width = sheet.getWidth() - 2 * MARGIN;
        float floor = MARGIN + FOOTER;
        float room = pageTop() - floor;
        List<List<Block>> pages = new ArrayList<>();
        int next = 0;
        boolean below = after != null;
        while (next < steps.size()) {
            List<Block> page = new ArrayList<>();
            float y = below ? belowTop(after) : pageTop();
            while (next < steps.size()) {
                Block block = block(steps.get(next), width - NUMBER_COLUMN, room);
                if ((below || !page.isEmpty()) && y - block.height() < floor) {
                    break;
                }
                page.add(block);
                y -= block.height();
                next++;
            }
            pages.add(page);
            below = false;
        }
        return pages;
    }

    /** The top of a new page's first step, under its heading. */
    private float pageTop() {
        return sheet.getHeight() - MARGIN - HEADER;
    }

    /** The top of the first step below {@code after}'s words, a rule and a gap apart from them. */
    private static float belowTop(PageEnd after) {
        return after.y() - BELOW_GAP;
    }

    /** Where the last page's words end (its last step's strip), once the pages are added. */
    PageEnd end() {
        return end;
    }

    private void furniture(PDPageContentStream cs, float width) throws IOException {
        cs.setNonStrokingColor(0.35f);
        TextBlock.draw(cs, text.wrap(heading, fonts.bold(), SMALL_SIZE, width, 1), fonts.bold(), SMALL_SIZE,
                MARGIN, sheet.getHeight() - MARGIN, SMALL_SIZE);
        PageFoot.draw(cs, fonts, credit, sheet.getWidth());
    }

    /**
     * The step's words at column width {@code w}. Only a step taller than a whole page ({@code room})
     * has its summary shortened, so that it still ends in its strip on the page it starts on.
     */
    private Block block(Step step, float w, float room) throws IOException {
        List<String> title = text.wrap(step.title(), fonts.bold(), TITLE_SIZE, w, MAX_TITLE_LINES);
        List<String> meta = text.wrap(step.dateAndPlace(), fonts.regular(), META_SIZE, w, 2);
        List<String> quote = List.of();
        if (step.hasQuote()) {
            String said = step.quoteLine();
            quote = text.wrap(said, fonts.regular(), QUOTE_SIZE, w, MAX_QUOTE_LINES);
        }
        List<String> summary = text.wrap(step.summary(), fonts.regular(), SUMMARY_SIZE, w, Integer.MAX_VALUE);
        Block whole = new Block(step, title, meta, quote, summary);
        if (whole.height() <= room) {
            return whole;
        }
        Block none = new Block(step, title, meta, quote, List.of());
        int fit = summaryLines(room - none.height() + SUMMARY_SIZE * DESCENT, 0);
        return new Block(step, title, meta, quote, text.wrap(step.summary(), fonts.regular(), SUMMARY_SIZE, w, fit));
    }

    /**
     * How many summary lines fit between the baseline {@code y} of the first and the strip's top
     * {@code bottom}. A line fits when its descenders clear the strip: counted from baselines
     * alone, the last line sat on the strip's top edge (steps 22, 24 and 25 of the week).
     */
    static int summaryLines(float y, float bottom) {
        float clear = y - SUMMARY_SIZE * DESCENT - bottom;
        return clear < 0 ? 0 : (int) (clear / SUMMARY_LEADING) + 1;
    }

    private void draw(PDPageContentStream cs, Block block, float top, float width) throws IOException {
        float x = MARGIN + NUMBER_COLUMN;
        float w = width - NUMBER_COLUMN;
        cs.setNonStrokingColor(0.35f);
        TextBlock.draw(cs, List.of(block.step().number() + "."), fonts.bold(), TITLE_SIZE, MARGIN, top - TITLE_SIZE, 0);
        cs.setNonStrokingColor(0f);
        float y = TextBlock.draw(cs, block.title(), fonts.bold(), TITLE_SIZE, x, top - TITLE_SIZE, TITLE_LEADING);
        cs.setNonStrokingColor(0.3f);
        y = TextBlock.draw(cs, block.meta(), fonts.regular(), META_SIZE, x, y + 2, META_LEADING) - 4;
        cs.setNonStrokingColor(0f);
        if (!block.quote().isEmpty()) {
            y = TextBlock.draw(cs, block.quote(), fonts.regular(), QUOTE_SIZE, x, y, QUOTE_LEADING) - 3;
        }
        cs.setNonStrokingColor(0.15f);
        TextBlock.draw(cs, block.summary(), fonts.regular(), SUMMARY_SIZE, x, y, SUMMARY_LEADING);
        PageStrip.draw(cs, fonts, block.step(), focus, kept, story, x, top - block.wordsHeight() - PageStrip.HEIGHT, w);
    }
}
