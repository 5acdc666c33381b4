package org.parley.export.image;

import java.util.Arrays;
import java.util.Optional;

/**
 * The dashboard's frame: slide-shaped 16:9 by default, 4:3 for older projectors, or an A4 sheet
 * (landscape, √2:1) for print. The width stays 1920 logical px; the height follows the shape.
 */
public enum DashboardShape {
    WIDE("16:9", 9.0 / 16), CLASSIC("4:3", 3.0 / 4), A4("A4", 1 / Math.sqrt(2));

    private final String label;
    private final double heightPerWidth;

    DashboardShape(String label, double heightPerWidth) {
        this.label = label;
        this.heightPerWidth = heightPerWidth;
    }

    public double heightFor(double width) {
        return Math.round(width * heightPerWidth);
    }

    /** As typed on the command line: 16:9, 4:3 or a4. */
    public String id() {
        return this == A4 ? "a4" : label;
    }

    public static Optional<DashboardShape> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equalsIgnoreCase(id.strip())).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
