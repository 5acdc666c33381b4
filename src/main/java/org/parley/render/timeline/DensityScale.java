package org.parley.render.timeline;

import java.util.List;
import java.util.Locale;

import org.parley.layout.ItemBox;
import org.parley.layout.TimeScale;
import org.parley.layout.TimelineLayout;

/**
 * What the shades of the density strips in view count: the events in each stretch of time one cell
 * covers, from the palest (one) to the darkest (the fullest cell in view, {@link ItemPainter#densityDepth}).
 * The key had said only "darker where more", so a reader could not tell a dark strip of three
 * events a month from one of three hundred a day.
 *
 * @param most      the events in the fullest cell in view
 * @param cellMillis the stretch of time one cell covers
 */
public record DensityScale(int most, double cellMillis) {

    private static final double MINUTE = 60_000;
    private static final double HOUR = 60 * MINUTE;
    private static final double DAY = 24 * HOUR;
    private static final double MONTH = 365.2425 / 12 * DAY;
    private static final double YEAR = 365.2425 * DAY;

    /** The scale of the density cells drawn ({@code cells}) at {@code scale}. */
    public static DensityScale of(List<ItemBox> cells, TimeScale scale) {
        int most = 1;
        for (ItemBox b : cells) {
            most = Math.max(most, b.count());
        }
        return new DensityScale(most, TimelineLayout.DENSITY_CELL_PX * scale.millisPerPixel());
    }

    /** The key's words: "Shade counts the events in each 3 days or so: palest 1, darkest 240". */
    public String text() {
        return "Shade counts the events in each " + stretch(cellMillis) + ": palest 1, darkest "
                + String.format(Locale.ROOT, "%,d", most);
    }

    /** A stretch of time in round words, "or so" where the rounding is more than a twentieth off. */
    static String stretch(double millis) {
        double unit;
        String name;
        if (millis < 2 * HOUR) {
            unit = MINUTE;
            name = "minute";
        } else if (millis < 0.99 * DAY) {   // a whole day is "each day", not "each 24 hours"
            unit = HOUR;
            name = "hour";
        } else if (millis < 2 * MONTH) {
            unit = DAY;
            name = "day";
        } else if (millis < 2 * YEAR) {
            unit = MONTH;
            name = "month";
        } else {
            unit = YEAR;
            name = "year";
        }
        long n = Math.max(1, Math.round(millis / unit));
        boolean rough = Math.abs(n * unit - millis) > millis / 20;
        return (n == 1 ? name : n + " " + name + "s") + (rough ? " or so" : "");
    }
}
