package org.parley.ui.present;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.parley.layout.EvenPages;

/**
 * The positions board's rows, one page at a time: in two columns side by side where the screen is wide
 * enough for two readable columns, else in one. Every row stays a child (the rows of other pages hidden),
 * so a page is turned without making anything.
 */
final class BoardColumns extends Pane {

    /** The narrowest column worth a second one, in the board's type size: about 35 characters a line. */
    private static final double LEAST_COLUMN_EMS = 18;
    private double spacing;
    private double gap;
    private double font = 1;
    /** The first row of each column, over all pages, as last counted. */
    private List<Integer> columnStarts = List.of(0);
    private int columns = 1;
    private int page;

    /** The space between rows, between columns, and the board's type size (which says how narrow a column may be). */
    void setSpacing(double rows, double columnGap, double fontPx) {
        spacing = rows;
        gap = columnGap;
        font = fontPx;
    }

    List<Node> rows() {
        return getChildren();
    }

    /** How many columns a page has at {@code width}. */
    int columnsAt(double width) {
        return width - gap >= 2 * LEAST_COLUMN_EMS * font ? 2 : 1;
    }

    private double columnWidth(double width, int count) {
        return Math.max(1, (width - gap * (count - 1)) / count);
    }

    /**
     * Counts the pages for rows {@code width} wide in all, each column {@code room} high; returns their number.
     * The columns are filled about equally, and a last page is never one column beside an empty one.
     */
    int paginate(double width, double room) {
        columns = columnsAt(width);
        double column = columnWidth(width, columns);
        List<Double> heights = new ArrayList<>();
        List<Node> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            heights.add(rows.get(i).prefHeight(column) + (i + 1 < rows.size() ? spacing : 0));
        }
        columnStarts = room > 0 ? List.copyOf(EvenPages.starts(heights, room, columns)) : List.of(0);
        return pages();
    }

    int pages() {
        return (columnStarts.size() + columns - 1) / columns;
    }

    /** The index of the first row of page {@code n}. */
    int firstRow(int n) {
        return columnStarts.get(Math.min(columnStarts.size() - 1, n * columns));
    }

    /** Shows page {@code n}'s rows and hides the others. */
    void show(int n) {
        page = n;
        int from = firstRow(n);
        int end = (n + 1) * columns < columnStarts.size() ? columnStarts.get((n + 1) * columns) : rows().size();
        for (int i = 0; i < rows().size(); i++) {
            rows().get(i).setVisible(i >= from && i < end);
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double column = columnWidth(width, columns);
        List<Node> rows = rows();
        for (int c = 0; c < columns; c++) {
            int index = page * columns + c;
            if (index >= columnStarts.size()) {
                break;
            }
            int from = columnStarts.get(index);
            int to = index + 1 < columnStarts.size() ? columnStarts.get(index + 1) : rows.size();
            double x = snappedLeftInset() + c * (column + gap);
            double y = snappedTopInset();
            for (int i = from; i < to; i++) {
                Node row = rows.get(i);
                double h = row.prefHeight(column);
                row.resizeRelocate(x, y, column, h);
                y += h + spacing;
            }
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
