package org.parley.export.image;

import java.util.Locale;
import java.util.Objects;

/**
 * How a PDF export sits on paper: the sheet, its orientation and the margin. The figure is scaled
 * to fit inside the margins, centred, never stretched.
 *
 * @param orientation LANDSCAPE, PORTRAIT, or AUTO to follow the figure's own shape
 */
public record PageSetup(Paper paper, Orientation orientation) {

    /** 15 mm, inside what every office printer can reach. */
    public static final double MARGIN_PT = 15 / 25.4 * 72;

    public enum Orientation { AUTO, LANDSCAPE, PORTRAIT }

    public PageSetup {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(orientation, "orientation");
    }

    /** The locale's usual paper, turned to suit the figure. */
    public static PageSetup forLocale(Locale locale) {
        return new PageSetup(Paper.forLocale(locale), Orientation.AUTO);
    }

    /** The page's width and height in points for a figure of {@code width} × {@code height}. */
    double[] pageSize(double width, double height) {
        boolean landscape = switch (orientation) {
            case LANDSCAPE -> true;
            case PORTRAIT -> false;
            case AUTO -> width >= height;
        };
        return landscape ? new double[] {paper.longSide(), paper.shortSide()}
                : new double[] {paper.shortSide(), paper.longSide()};
    }
}
