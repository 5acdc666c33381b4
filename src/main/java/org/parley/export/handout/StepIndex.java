package org.parley.export.handout;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The handout's list of steps, each with its whole title: a teacher hands out the list to say what
 * comes when, and a title cut to its first words ("Sherman: Russia must…") says nothing. An entry
 * wraps under its own text, never across a column; entries that do not fit the space given are
 * left for the caller to put on the next page, never dropped.
 */
final class StepIndex {

    private static final float SIZE = 11;
    private static final float LEADING = SIZE * 1.3f;
    /** The space between two entries, so that a wrapped entry reads as one. */
    private static final float GAP = 3;
    /** A column narrower than this wraps most titles into three lines or more. */
    private static final float MIN_COLUMN = 300;
    private static final float GUTTER = 18;
    /** Longer titles are cut at this many lines; none of the week's needs more than two. */
    private static final int MAX_LINES = 4;
    /**
     * A list with no more than this many entries over is set a little closer, when that holds them:
     * "45. What comes next" alone had a page of its own.
     */
    private static final int FEW_OVER = 3;
    private static final float CLOSE_LEADING = SIZE * 1.18f;
    private static final float CLOSE_GAP = 1;

    private final HandoutFonts fonts;
    private final TextBlock text;
    private final List<Step> steps;
    private int next;

    StepIndex(HandoutFonts fonts, List<Step> steps) {
        this.fonts = fonts;
        this.text = new TextBlock(fonts);
        this.steps = List.copyOf(steps);
    }

    /** Whether some steps are still to be listed. */
    boolean hasMore() {
        return next < steps.size();
    }

    /**
     * Lists as many of the remaining steps as fit in the box whose first baseline is {@code top};
     * in as many columns of at least {@value #MIN_COLUMN} pt as {@code width} holds.
     */
    void draw(PDPageContentStream cs, float x, float top, float width, float bottom) throws IOException {
        boolean close = closer(measure(top, width, bottom, LEADING, GAP), top, width, bottom);
        next = lay(cs, x, top, width, bottom, close ? CLOSE_LEADING : LEADING, close ? CLOSE_GAP : GAP);
    }

    /** Whether every remaining step fits the box {@link #draw} would be given; nothing is drawn. */
    boolean fitsIn(float top, float width, float bottom) {
        int apart = measure(top, width, bottom, LEADING, GAP);
        return apart == steps.size() || closer(apart, top, width, bottom);
    }

    /**
     * Whether the box, which holds the remaining steps up to {@code apart} at the usual spacing, misses
     * only a few and, set closer, holds them all.
     */
    private boolean closer(int apart, float top, float width, float bottom) {
        int over = steps.size() - apart;
        return over > 0 && over <= FEW_OVER && measure(top, width, bottom, CLOSE_LEADING, CLOSE_GAP) == steps.size();
    }

    /** Where {@link #lay} would stop, drawing nothing. */
    private int measure(float top, float width, float bottom, float leading, float gap) {
        try {
            return lay(null, 0, top, width, bottom, leading, gap);
        } catch (IOException e) {
            throw new IllegalStateException("measuring draws nothing", e);
        }
    }

    /** Lays the remaining steps out from {@link #next}, drawing them when {@code cs} is given; returns the next not laid. */
    private int lay(PDPageContentStream cs, float x, float top, float width, float bottom, float leading, float gap)
            throws IOException {
        int columns = Math.max(1, (int) ((width + GUTTER) / (MIN_COLUMN + GUTTER)));
        float columnW = (width - (columns - 1) * GUTTER) / columns;
        float indent = TextBlock.width(steps.size() + ". ", fonts.regular(), SIZE);
        if (cs != null) {
            cs.setNonStrokingColor(0f);
        }
        int at = next;
        for (int column = 0; column < columns && at < steps.size(); column++) {
            float cx = x + column * (columnW + GUTTER);
            float y = top;
            while (at < steps.size()) {
                Step step = steps.get(at);
                List<String> lines = text.wrap(title(step), fonts.regular(), SIZE, columnW - indent, MAX_LINES);
                float needed = (lines.size() - 1) * leading;
                if (y - needed < bottom && y != top) {
                    break;
                }
                if (cs != null) {
                    TextBlock.drawRight(cs, step.number() + ".", fonts.regular(), SIZE, cx + indent - 3, y);
                    TextBlock.draw(cs, lines, fonts.regular(), SIZE, cx + indent, y, leading);
                }
                y -= lines.size() * leading + gap;
                at++;
            }
        }
        return at;
    }

    /** What the list says of a step: its day and title, with its caveat ("scheduled"), or a context step's own title. */
    static String title(Step step) {
        if (step.isContext()) {
            return step.title();
        }
        // The whole span, as the slide gives it ("9–11 Jan"), and no day for what the papers date by month.
        String line = step.event().time().shortLabel() + " \u00B7 " + step.title();
        return step.caveat().isEmpty() ? line : line + " (" + step.caveat() + ")";
    }
}
