package org.parley.render.timeline;

/**
 * What a frame carries besides the timeline itself. The screen shows none of it (the legend has
 * its own strip there); an export may want a title, a credit line and the legend in one image.
 *
 * @param title    drawn above the axis, or null
 * @param credit   drawn under everything, or null (sources, date, "made with Parley")
 * @param legend   draw the kind legend under the lanes
 * @param allItems draw every item rather than those in the scrolled viewport, as exports do
 */
public record Decorations(String title, String credit, boolean legend, boolean allItems) {
    public static final Decorations SCREEN = new Decorations(null, null, false, false);

    public double headerHeight() {
        return title == null ? 0 : TimelineMetrics.TITLE_HEIGHT;
    }
}
