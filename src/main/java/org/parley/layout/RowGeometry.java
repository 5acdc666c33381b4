package org.parley.layout;

/**
 * Vertical sizes of the timeline and how forgiving clicks are.
 *
 * @param rowHeight  height of one row, gap included
 * @param rowGap     free space at the bottom of each row, so stacked items stay distinct
 * @param lanePadding free space above the first and below the last row of a lane
 * @param hitSlop    how many pixels beside an item still count as on it; hour and minute items
 *                   are often narrower than a pixel
 */
public record RowGeometry(double rowHeight, double rowGap, double lanePadding, double hitSlop) {
    public static final RowGeometry DEFAULT = new RowGeometry(22, 3, 6, 3);

    public RowGeometry {
        if (!(rowHeight > 0) || rowGap < 0 || rowGap >= rowHeight || lanePadding < 0 || hitSlop < 0) {
            throw new IllegalArgumentException("bad row geometry " + rowHeight + "/" + rowGap + "/" + lanePadding
                    + "/" + hitSlop);
        }
    }
}
