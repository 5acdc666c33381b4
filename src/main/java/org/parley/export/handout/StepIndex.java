package org.parley.export.handout;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The handout's list of steps, each with its whole title: a teacher hands out the list to say what
 * comes when, and a title cut to its first words ("Sherman: Russia must…") says nothing. An entry
 * wraps under its own text, never across a column; entries that do not fit the space given are
 * left for the caller to put on the next page, never dropped. Each entry ends in the page its step
 * is printed on, as a contents page does: "turn to the Brussels meeting" needs a page, and the steps'
 * own numbers ("Step 7 / 45") are not the pages' ("page 9 of 50").
 */
final class StepIndex {

    private static final float SIZE = 11;
    /** Before the day of a step whose day or place the curator inferred. */
    static final String MARK = "\u2248";
    /** What {@link #MARK} means, at the head of each page of the list, in the list's own type. */
    static final String KEY = MARK + " day or place inferred by the curator";
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
     * "45. What comes next" alone had a page of its own, and, once each entry gave its page, the
     * last five of the week's did.
     */
    private static final int FEW_OVER = 6;
    private static final float CLOSE_LEADING = SIZE * 1.18f;
    private static final float CLOSE_GAP = 1;
    /**
     * The page numbers' column, as wide whatever the numbers: the list is laid out (and its pages
     * counted) before the numbers are known, and they must not change how it wraps.
     */
    private static final String WIDEST_PAGE = "999";
    private static final float PAGE_GAP = 10;

    private final HandoutFonts fonts;
    private final TextBlock text;
    private final List<Step> steps;
    /** A step's page from its number, or null while the pages are only counted. */
    private final IntUnaryOperator pageOf;
    private int next;
    /** The baseline of the lowest line the last {@link #draw} or {@link #skip} laid, in any column. */
    private float lowest;

    /** A list laid out only to be measured: its page column is kept, and left empty. */
    StepIndex(HandoutFonts fonts, List<Step> steps) {
        this(fonts, steps, null);
    }

    /** @param pageOf the page a step is printed on, from the step's number */
    StepIndex(HandoutFonts fonts, List<Step> steps, IntUnaryOperator pageOf) {
        this.fonts = fonts;
        this.text = new TextBlock(fonts);
        this.steps = List.copyOf(steps);
        this.pageOf = pageOf;
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

    /** Passes over the steps {@link #draw} would list in that box, drawing nothing: to count the list's pages. */
    void skip(float top, float width, float bottom) throws IOException {
        draw(null, 0, top, width, bottom);
    }

    /**
     * Where the entries the last {@link #draw} or {@link #skip} laid end: the height, from the sheet's foot, of
     * their lowest line's descenders. What follows the list may begin below it.
     */
    float end() {
        return lowest - SIZE * 0.25f;
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
        float pageColumn = TextBlock.width(WIDEST_PAGE, fonts.regular(), SIZE) + PAGE_GAP;
        if (cs != null) {
            cs.setNonStrokingColor(0f);
        }
        int at = next;
        lowest = top + leading;
        for (int column = 0; column < columns && at < steps.size(); column++) {
            float cx = x + column * (columnW + GUTTER);
            float y = top;
            while (at < steps.size()) {
                Step step = steps.get(at);
                List<String> lines = wrap(step, columnW - indent, pageColumn);
                float needed = (lines.size() - 1) * leading;
                if (y - needed < bottom && y != top) {
                    break;
                }
                if (cs != null) {
                    TextBlock.drawRight(cs, step.number() + ".", fonts.regular(), SIZE, cx + indent - 3, y);
                    TextBlock.draw(cs, lines, fonts.regular(), SIZE, cx + indent, y, leading);
                    if (pageOf != null) {
                        page(cs, lines.get(lines.size() - 1), pageOf.applyAsInt(step.number()), cx + indent,
                                cx + columnW, y - (lines.size() - 1) * leading);
                    }
                }
                lowest = Math.min(lowest, y - (lines.size() - 1) * leading);
                y -= lines.size() * leading + gap;
                at++;
            }
        }
        return at;
    }

    /**
     * The entry's title in lines {@code width} wide, the last leaving {@code pageColumn} for the page
     * number: a column kept beside every line had wrapped a dozen more titles and sent five entries
     * on to a page of their own.
     */
    private List<String> wrap(Step step, float width, float pageColumn) throws IOException {
        List<String> lines = text.wrap(title(step), fonts.regular(), SIZE, width, MAX_LINES);
        if (TextBlock.width(lines.get(lines.size() - 1), fonts.regular(), SIZE) <= width - pageColumn) {
            return lines;
        }
        return text.wrap(title(step), fonts.regular(), SIZE, width - pageColumn, MAX_LINES);
    }

    /**
     * The page number at the right of the entry's last line, {@code baseline}, with dots led to it
     * from the title's end: across a wide column a short title and its number are hard to pair.
     * The dots are drawn, not typed, so that the list's text reads "7. 12 Jan · Title 9".
     */
    private void page(PDPageContentStream cs, String lastLine, int page, float textX, float right, float baseline)
            throws IOException {
        String number = Integer.toString(page);
        float numberW = TextBlock.width(number, fonts.regular(), SIZE);
        float from = textX + TextBlock.width(lastLine, fonts.regular(), SIZE) + 4;
        float to = right - numberW - 4;
        if (to - from > 8) {
            cs.saveGraphicsState();
            cs.setStrokingColor(0.55f);
            cs.setLineWidth(0.9f);
            cs.setLineCapStyle(1);
            cs.setLineDashPattern(new float[] {0, 4}, 0);
            cs.moveTo(from, baseline + 1);
            cs.lineTo(to, baseline + 1);
            cs.stroke();
            cs.restoreGraphicsState();
        }
        TextBlock.drawRight(cs, number, fonts.regular(), SIZE, right, baseline);
    }

    /**
     * What the list says of a step: its day and title, with its caveat ("scheduled"), or a context step's own title.
     * A day or place the curator inferred is marked "≈" before the day, as the timeline's cards and the events table
     * mark it, and {@link #KEY} says once a page what the mark means: "(day or place inferred)" had ended 32 of the
     * week's 45 entries, most of them wrapped onto a second line by it.
     */
    static String title(Step step) {
        if (step.isContext()) {
            return step.title();
        }
        // The whole span, as the slide gives it ("9–11 Jan"), and no day for what the papers date by month.
        String line = (step.event().inferred() ? MARK + " " : "") + step.event().time().shortLabel() + " \u00B7 "
                + step.title();
        String caveat = Arrays.stream(step.caveat().split(" \u00B7 "))
                .filter(c -> !c.isEmpty() && !c.equals(Steps.INFERRED))
                .collect(Collectors.joining(" \u00B7 "));
        return caveat.isEmpty() ? line : line + " (" + caveat + ")";
    }

    /** Whether some step of {@code steps} is marked {@link #MARK}, so the list's pages give {@link #KEY}. */
    static boolean marksAny(List<Step> steps) {
        return steps.stream().anyMatch(s -> !s.isContext() && s.event().inferred());
    }

    /**
     * Draws {@link #KEY} in grey at the right of the list's heading, whose baseline is {@code baseline}, when some
     * step is marked: one line a page, where an entry's own words had said it.
     */
    void drawKey(PDPageContentStream cs, float right, float baseline) throws IOException {
        if (!marksAny(steps)) {
            return;
        }
        cs.setNonStrokingColor(0.35f);
        TextBlock.drawRight(cs, KEY, fonts.regular(), SIZE, right, baseline);
        cs.setNonStrokingColor(0f);
    }
}
