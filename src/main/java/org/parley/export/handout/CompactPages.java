package org.parley.export.handout;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.parley.model.DateRange;

/**
 * A4 portrait, {@link #PER_PAGE} steps a page after the opening page's overview map: a reading
 * list to take home. Each step gets the same slot, ending in its timeline strip, so the pages scan
 * evenly; text that does not fit its slot ends in an ellipsis. Body type is 11 pt or more.
 */
final class CompactPages {

    static final int PER_PAGE = 5;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 40;
    private static final float HEADER = 26;
    private static final float FOOTER = 20;
    private static final float TITLE_SIZE = 13;
    private static final float META_SIZE = 11;
    private static final float QUOTE_SIZE = 11.5f;
    private static final float SUMMARY_SIZE = 11;
    private static final float SMALL_SIZE = 9;
    /** How far below its baseline a line of text reaches, as a share of its size (DejaVu Sans: 0.24). */
    private static final float DESCENT = 0.25f;
    private static final float SUMMARY_LEADING = 1.35f;

    private final PDDocument document;
    private final HandoutFonts fonts;
    private final TextBlock text;
    private final String heading;
    private final String credit;
    private final DateRange focus;

    CompactPages(PDDocument document, HandoutFonts fonts, String heading, String credit, DateRange focus) {
        this.focus = focus;
        this.document = document;
        this.fonts = fonts;
        this.text = new TextBlock(fonts);
        this.heading = heading;
        this.credit = credit;
    }

    void addAll(List<Step> steps) throws IOException {
        for (int from = 0; from < steps.size(); from += PER_PAGE) {
            addPage(steps.subList(from, Math.min(steps.size(), from + PER_PAGE)));
        }
    }

    private void addPage(List<Step> steps) throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        float width = PAGE.getWidth() - 2 * MARGIN;
        float top = PAGE.getHeight() - MARGIN;
        float slot = (PAGE.getHeight() - 2 * MARGIN - HEADER - FOOTER) / PER_PAGE;
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            cs.setNonStrokingColor(0.35f);
            TextBlock.draw(cs, text.wrap(heading, fonts.bold(), SMALL_SIZE, width, 1), fonts.bold(), SMALL_SIZE,
                    MARGIN, top, SMALL_SIZE);
            for (int i = 0; i < steps.size(); i++) {
                float slotTop = top - HEADER - i * slot;
                if (i > 0) {
                    cs.setStrokingColor(0.75f);
                    cs.setLineWidth(0.5f);
                    cs.moveTo(MARGIN, slotTop + 6);
                    cs.lineTo(MARGIN + width, slotTop + 6);
                    cs.stroke();
                }
                step(cs, steps.get(i), slotTop, slotTop - slot + 8, width);
            }
            cs.setNonStrokingColor(0.35f);
            TextBlock.draw(cs, List.of(fonts.printable(credit, fonts.regular())), fonts.regular(),
                    SMALL_SIZE, MARGIN, MARGIN - 8, SMALL_SIZE);
        }
    }

    /**
     * How many summary lines fit between the baseline {@code y} of the first and the strip's top
     * {@code bottom}. A line fits when its descenders clear the strip: counted from baselines
     * alone, the last line sat on the strip's top edge (steps 22, 24 and 25 of the week).
     */
    static int summaryLines(float y, float bottom) {
        float clear = y - SUMMARY_SIZE * DESCENT - bottom;
        return clear < 0 ? 0 : (int) (clear / (SUMMARY_SIZE * SUMMARY_LEADING)) + 1;
    }

    private void step(PDPageContentStream cs, Step step, float top, float bottom, float width) throws IOException {
        float number = 28;
        float x = MARGIN + number;
        float w = width - number;
        cs.setNonStrokingColor(0.35f);
        TextBlock.draw(cs, List.of(step.number() + "."), fonts.bold(), TITLE_SIZE, MARGIN, top - TITLE_SIZE, 0);
        cs.setNonStrokingColor(0f);
        float y = TextBlock.draw(cs, text.wrap(step.title(), fonts.bold(), TITLE_SIZE, w, 2), fonts.bold(),
                TITLE_SIZE, x, top - TITLE_SIZE, TITLE_SIZE * 1.25f);
        cs.setNonStrokingColor(0.3f);
        y = TextBlock.draw(cs, text.wrap(step.dateAndPlace(), fonts.regular(), META_SIZE, w, 1), fonts.regular(),
                META_SIZE, x, y + 2, META_SIZE * 1.3f) - 4;
        cs.setNonStrokingColor(0f);
        if (step.hasQuote()) {
            String said = "\u201C" + step.quoteText() + "\u201D"
                    + (step.speakerName().isEmpty() ? "" : " \u2014 " + step.speakerName());
            y = TextBlock.draw(cs, text.wrap(said, fonts.regular(), QUOTE_SIZE, w, 3), fonts.regular(), QUOTE_SIZE,
                    x, y, QUOTE_SIZE * 1.3f) - 3;
        }
        PageStrip.draw(cs, fonts, step, focus, x, bottom, w);
        bottom += PageStrip.HEIGHT + 6;
        cs.setNonStrokingColor(0.15f);
        int room = summaryLines(y, bottom);
        TextBlock.draw(cs, text.wrap(step.summary(), fonts.regular(), SUMMARY_SIZE, w, room), fonts.regular(),
                SUMMARY_SIZE, x, y, SUMMARY_SIZE * SUMMARY_LEADING);
    }
}
