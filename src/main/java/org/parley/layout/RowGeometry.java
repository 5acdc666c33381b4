package org.parley.layout;

/**
 * Vertical sizes of the timeline and how forgiving clicks are.
 *
 * <p>Rows of items known to the day or finer are either compact (one line, {@code rowHeight}) or,
 * when a day column is wide enough to read, cards of {@code cardLines} lines of
 * {@code lineHeight} each: a day's events then stack as cards in their {@code order} with their
 * whole titles wrapped inside. Rows of month-or-coarser ranges always stay compact, since they
 * span far more than one column.
 *
 * @param rowHeight   height of one compact row, gap included
 * @param rowGap      free space at the bottom of each row, so stacked items stay distinct
 * @param lanePadding free space above the first and below the last row of a lane
 * @param hitSlop     how many pixels beside an item still count as on it; hour and minute items
 *                    are often narrower than a pixel
 * @param cardLines   lines of title a card row holds; 0 for compact rows
 * @param lineHeight  height of one line of a card's title
 */
public record RowGeometry(double rowHeight, double rowGap, double lanePadding, double hitSlop, int cardLines,
                          double lineHeight, boolean dense) {

    public static final RowGeometry DEFAULT = new RowGeometry(22, 3, 6, 3, 0, 15, false);
    /**
     * Seen from far away, a large dataset is drawn as density strips: one row per lane for dated
     * items and one for rough ranges, each a strip whose depth of colour counts the events under
     * every few pixels. Stacking a burst of hundreds of events into hundreds of rows of sub-pixel
     * boxes would show nothing but push everything else out of view.
     */
    public static final RowGeometry DENSE = new RowGeometry(26, 3, 6, 3, 0, 15, true);
    /** A day narrower than this, in a dataset of at least {@link #DENSE_MIN_EVENTS}, is drawn as density. */
    public static final double DENSE_DAY_WIDTH = 4;
    public static final int DENSE_MIN_EVENTS = 5_000;
    /** Padding above and below the text inside a card. */
    public static final double CARD_PADDING = 5;
    /** A day column narrower than this is too narrow for cards; its items are compact boxes. */
    public static final double MIN_CARD_DAY_WIDTH = 132;
    /** From this day width up, three lines hold a long title (about 85 characters). */
    public static final double THREE_LINE_DAY_WIDTH = 220;
    /** From this day width up, two lines hold one. */
    public static final double TWO_LINE_DAY_WIDTH = 300;

    public RowGeometry {
        if (!(rowHeight > 0) || rowGap < 0 || rowGap >= rowHeight || lanePadding < 0 || hitSlop < 0 || cardLines < 0
                || !(lineHeight > 0)) {
            throw new IllegalArgumentException("bad row geometry " + rowHeight + "/" + rowGap + "/" + lanePadding
                    + "/" + hitSlop + "/" + cardLines + "/" + lineHeight);
        }
    }

    public RowGeometry(double rowHeight, double rowGap, double lanePadding, double hitSlop) {
        this(rowHeight, rowGap, lanePadding, hitSlop, 0, 15, false);
    }

    /** The geometry for a view of {@code events} events at which a day is {@code dayWidth} pixels wide. */
    public static RowGeometry forView(double dayWidth, int events) {
        return dayWidth < DENSE_DAY_WIDTH && events >= DENSE_MIN_EVENTS ? DENSE : forDayWidth(dayWidth);
    }

    /**
     * The geometry for a zoom at which one calendar day is {@code dayWidth} pixels wide: cards of
     * four lines from {@link #MIN_CARD_DAY_WIDTH}, three from {@link #THREE_LINE_DAY_WIDTH}, two
     * from {@link #TWO_LINE_DAY_WIDTH}, so a long title stays whole as the column narrows; compact
     * rows below.
     */
    public static RowGeometry forDayWidth(double dayWidth) {
        if (dayWidth >= TWO_LINE_DAY_WIDTH) {
            return DEFAULT.withCardLines(2);
        }
        if (dayWidth >= THREE_LINE_DAY_WIDTH) {
            return DEFAULT.withCardLines(3);
        }
        return dayWidth >= MIN_CARD_DAY_WIDTH ? DEFAULT.withCardLines(4) : DEFAULT;
    }

    public RowGeometry withCardLines(int lines) {
        return new RowGeometry(rowHeight, rowGap, lanePadding, hitSlop, lines, lineHeight, dense);
    }

    public boolean cards() {
        return cardLines > 0;
    }

    /** Height of a row of day-or-finer items, gap included. */
    public double preciseRowHeight() {
        return cards() ? cardLines * lineHeight + 2 * CARD_PADDING + rowGap : rowHeight;
    }
}
