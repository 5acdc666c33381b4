package org.parley.render.timeline;

/**
 * The fixed parts of a timeline frame, shared by the painter and the control that hit-tests it:
 * the time scale's x = 0 is the right edge of the lane-label gutter, and row y = 0 is the bottom
 * of the axis (plus the title, when an export has one).
 */
public final class TimelineMetrics {

    /** Width of the lane-label column on the left. */
    public static final double GUTTER = 184;
    /** Height of the time axis: a context row ("January 2022") over the tick labels. */
    public static final double AXIS_HEIGHT = 44;
    /** Height of an export's title row. */
    public static final double TITLE_HEIGHT = 36;
    /** Height of an export's credit line. */
    public static final double CREDIT_HEIGHT = 22;
    /** Margin kept on both sides of a fitted range, so edge items are not cut by the frame. */
    public static final double FIT_PADDING = 16;

    private TimelineMetrics() {
    }
}
