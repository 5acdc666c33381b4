package org.parley.render.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ScreenPoint;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.label.OccupiedSpace;
import org.parley.render.label.Rect;
import org.parley.render.Theme;

/**
 * The basemap draws Crimea as part of Ukraine, as the UN does; a reader of a map about January 2022
 * also needs to see that Russia had annexed it. A dashed outline and a label say so without
 * redrawing a border. The outline is hand-traced and coarse (about 20 km): a reminder, not a border.
 */
final class CrimeaNote {

    /**
     * The note's one wording. A longer one, "Crimea (annexed by Russia, 2014)", was tried first where it fit, so one
     * class saw both on consecutive slides; the short one fits wherever either did.
     */
    static final String LABEL = "Crimea (annexed 2014)";
    /** The same words on two lines. */
    static final String LABEL_BROKEN = "Crimea" + MapLabel.LINE_BREAK + "(annexed 2014)";
    static final double LABEL_LON = 34.4;
    static final double LABEL_LAT = 45.3;
    private static final double OUTLINE_WEST = 32.48;
    /** From the note's box to the outline's nearest side. */
    private static final double GAP = 4;
    /**
     * The most the note's box may stand from the dashed outline itself (not its bounding box, whose corners lie in
     * the sea) and still touch it: its gap and two px.
     */
    static final double TOUCHING = GAP + 2;
    /**
     * Where along a side of the outline's box the note's middle is tried, as a fraction of the side (the middle
     * first): round a peninsula ringed by Ukraine's, Georgia's and Turkey's circles, a spot off-centre is often the
     * only free one, and the touch test keeps only those against the coast.
     */
    private static final double[] ALONG = {0.5, 0.3, 0.7, 0.1, 0.9};

    // lon, lat pairs clockwise from the Tarkhankut peninsula.
    private static final double[] OUTLINE = {
        32.48, 45.38, 32.95, 45.78, 33.62, 46.15, 34.05, 46.05, 34.60, 45.98, 35.10, 45.65,
        35.40, 45.35, 35.85, 45.45, 36.25, 45.47, 36.62, 45.40, 36.42, 45.10, 35.85, 45.05,
        35.38, 45.02, 35.00, 44.80, 34.40, 44.55, 33.90, 44.40, 33.37, 44.55, 33.55, 44.85,
        33.38, 45.20, 32.80, 45.33,
    };

    private CrimeaNote() {
    }

    /** The dashed outline, if Crimea is on screen. */
    static void paintOutline(Painter painter, MapViewport viewport, Theme theme) {
        if (!onScreen(viewport)) {
            return;
        }
        int n = OUTLINE.length / 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ScreenPoint p = viewport.project(OUTLINE[2 * i], OUTLINE[2 * i + 1]);
            xs[i] = p.x();
            ys[i] = p.y();
        }
        painter.save();
        painter.setStroke(theme.text().withAlpha(0.75));
        painter.setLineWidth(1.2);
        painter.setLineDash(4, 3);
        painter.strokePolygon(xs, ys, n);
        painter.setLineDash();
        painter.restore();
    }

    /**
     * Where the note goes: on the peninsula where the outline is large enough to hold it (a map zoomed in on it), else
     * against the outline: below it over the Black Sea first, then right, left and above, each side tried at its
     * middle and slid along it, one line before two. A spot counts only if its box comes within {@link #TOUCHING} of
     * the outline itself: two lines out on a leader, as the note used to go, on the Letter handout's overview map it
     * stood above Southern Russia's circle, far from Crimea, and read as that circle's name (decision 0159). It keeps
     * {@link MapLabels#MARK_CLEARANCE} from every circle, badge, label and the scale bar: flush against Ukraine's
     * circle it read as that circle's name. Nothing when no such spot is free: {@link #key} then says it at the map's
     * edge after a dashed stroke, which reads as a key and as no place's name.
     */
    static Optional<MapLabel> label(MapViewport viewport, OccupiedSpace space, NearestMarks marks, MapLabels.Measure measure,
                                    List<MapLabel> names) {
        if (!onScreen(viewport)) {
            return Optional.empty();
        }
        ScreenPoint anchor = viewport.project(LABEL_LON, LABEL_LAT);
        ScreenPoint west = viewport.project(OUTLINE_WEST, LABEL_LAT);
        double r = Math.max(6, Math.abs(anchor.x() - west.x()));
        List<ScreenPoint> outline = outlinePoints(viewport);
        Rect box = outlineBox(viewport);
        FontSpec font = MapLabels.NOTE_FONT;
        double ascent = measure.ascent(font);
        double line = ascent + 4;
        // The same words on two lines, narrower by half, where one line finds no room: on a slide's small map the one
        // line is nearly half the map's width.
        for (String text : new String[] {LABEL, LABEL_BROKEN}) {
            double w = MapLabel.lines(text).stream().mapToDouble(t -> measure.width(font, t)).max().orElse(0) + 4;
            double h = MapLabel.lines(text).size() * (ascent + MapLabels.LINE_GAP) - MapLabels.LINE_GAP + 4;
            for (Rect spot : spots(box, anchor, w, h)) {
                // No mark just before or after it on its line: the note names the peninsula, no mark.
                // And no stop's name just above or below it: flush against "Vienna 13 Jan" it read
                // as that name's first line, Vienna "annexed 2014".
                if (touches(spot, box, outline) && space.inside(spot)
                        && space.free(spot.grown(MapLabels.MARK_CLEARANCE))
                        && !stacked(spot, line, names) && !marks.besideAny(spot, line)) {
                    space.take(spot);
                    return Optional.of(new MapLabel(MapLabel.Kind.NOTE, text, font, spot,
                            spot.y() + 2 + ascent, false, false, anchor.x(), anchor.y(), r));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the spot lies within the outline's box (on the peninsula) or within {@link #TOUCHING} of its line. */
    private static boolean touches(Rect spot, Rect box, List<ScreenPoint> outline) {
        boolean within = spot.x() >= box.x() && spot.y() >= box.y() && spot.x() + spot.w() <= box.x() + box.w()
                && spot.y() + spot.h() <= box.y() + box.h();
        return within || !spot.overlaps(box) && fromOutline(spot, outline) <= TOUCHING;
    }

    /** From a box to the nearest point of the outline's line, each side of it measured at eight points along. */
    static double fromOutline(Rect spot, List<ScreenPoint> outline) {
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i < outline.size(); i++) {
            ScreenPoint a = outline.get(i);
            ScreenPoint b = outline.get((i + 1) % outline.size());
            for (int k = 0; k <= 8; k++) {
                double x = a.x() + (b.x() - a.x()) * k / 8;
                double y = a.y() + (b.y() - a.y()) * k / 8;
                double dx = Math.max(0, Math.max(spot.x() - x, x - (spot.x() + spot.w())));
                double dy = Math.max(0, Math.max(spot.y() - y, y - (spot.y() + spot.h())));
                nearest = Math.min(nearest, Math.hypot(dx, dy));
            }
        }
        return nearest;
    }

    /**
     * Every spot tried, in order: centred on the peninsula, then {@link #GAP} beyond each side of the outline's box
     * (below, right, left, above), its middle at each of {@link #ALONG} and flush with the side's two ends.
     */
    static List<Rect> spots(Rect box, ScreenPoint anchor, double w, double h) {
        List<Rect> out = new ArrayList<>();
        out.add(new Rect(anchor.x() - w / 2, anchor.y() - h / 2, w, h));
        double right = box.x() + box.w();
        double bottom = box.y() + box.h();
        alongTheWidth(out, box, bottom + GAP, w, h);
        for (double x : new double[] {right + GAP, box.x() - GAP - w}) {
            for (double f : ALONG) {
                out.add(new Rect(x, box.y() + f * box.h() - h / 2, w, h));
            }
            out.add(new Rect(x, box.y(), w, h));
            out.add(new Rect(x, bottom - h, w, h));
        }
        alongTheWidth(out, box, box.y() - GAP - h, w, h);
        return out;
    }

    private static void alongTheWidth(List<Rect> out, Rect box, double y, double w, double h) {
        for (double f : ALONG) {
            out.add(new Rect(box.x() + f * box.w() - w / 2, y, w, h));
        }
        out.add(new Rect(box.x(), y, w, h));
        out.add(new Rect(box.x() + box.w() - w, y, w, h));
    }

    /** The dashed stroke's length before a key's words, in the map's px. */
    static final double SWATCH = 14;
    /** From the stroke to the words. */
    static final double SWATCH_GAP = 3;
    /** How far in from the map's edge a key sits, and how far apart the spots along an edge are. */
    private static final double EDGE = 4;

    /**
     * The note as a key at the map's edge, a dashed stroke before its words, where no spot by the peninsula was free:
     * on a narrow slide map (step 10 at 1366x768, its words beside it wider than at 1280x720) the dashed outline in
     * Ukraine went unexplained on the very step about Ukraine joining NATO. Along the four edges, nearest the
     * peninsula first, one line before two; never over the outline it explains, a few px clear of every mark, name and
     * piece of furniture, and not
     * stacked on a stop's name. Nothing only when no edge has room.
     */
    static Optional<MapLabel> key(MapViewport viewport, OccupiedSpace space, MapLabels.Measure measure,
                                  List<MapLabel> names) {
        if (!onScreen(viewport)) {
            return Optional.empty();
        }
        ScreenPoint anchor = viewport.project(LABEL_LON, LABEL_LAT);
        Rect outline = outlineBox(viewport).grown(MapLabels.MARK_CLEARANCE);
        FontSpec font = MapLabels.NOTE_FONT;
        double ascent = measure.ascent(font);
        for (String text : new String[] {LABEL, LABEL_BROKEN}) {
            List<String> lines = MapLabel.lines(text);
            double w = SWATCH + SWATCH_GAP + lines.stream().mapToDouble(t -> measure.width(font, t)).max().orElse(0) + 4;
            double h = lines.size() * (ascent + MapLabels.LINE_GAP) - MapLabels.LINE_GAP + 4;
            List<Rect> spots = edgeSpots(viewport.width(), viewport.height(), w, h);
            spots.sort(Comparator.comparingDouble(r -> MapLabels.distance(r, anchor.x(), anchor.y())));
            for (Rect spot : spots) {
                // Not a line above or below a stop's name either, as the note by the peninsula.
                if (space.inside(spot) && !spot.overlaps(outline) && space.free(spot.grown(MapLabels.MARK_CLEARANCE))
                        && !stacked(spot, ascent + 4, names)) {
                    space.take(spot);
                    return Optional.of(new MapLabel(MapLabel.Kind.KEY, text, font, spot, spot.y() + 2 + ascent, false,
                            false, anchor.x(), anchor.y(), 0));
                }
            }
        }
        return Optional.empty();
    }

    /** A box {@code w} by {@code h} at every {@link #EDGE} px along each edge of a map {@code width} by {@code height}. */
    private static List<Rect> edgeSpots(double width, double height, double w, double h) {
        List<Rect> spots = new ArrayList<>();
        double right = width - EDGE - w;
        double bottom = height - EDGE - h;
        for (double x = EDGE; x <= right; x += EDGE) {
            spots.add(new Rect(x, EDGE, w, h));
            spots.add(new Rect(x, bottom, w, h));
        }
        for (double y = EDGE; y <= bottom; y += EDGE) {
            spots.add(new Rect(EDGE, y, w, h));
            spots.add(new Rect(right, y, w, h));
        }
        return spots;
    }

    /** The outline's box on screen, when the peninsula is in the frame (and its outline drawn). */
    static Optional<Rect> outline(MapViewport viewport) {
        return onScreen(viewport) ? Optional.of(outlineBox(viewport)) : Optional.empty();
    }

    /** The outline's points on screen, in order. */
    static List<ScreenPoint> outlinePoints(MapViewport viewport) {
        List<ScreenPoint> points = new ArrayList<>(OUTLINE.length / 2);
        for (int i = 0; i < OUTLINE.length; i += 2) {
            points.add(viewport.project(OUTLINE[i], OUTLINE[i + 1]));
        }
        return points;
    }

    /** The outline's bounding box on screen. */
    private static Rect outlineBox(MapViewport viewport) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (ScreenPoint p : outlinePoints(viewport)) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * Whether a route stop's name sits within a line above or below the spot, as its other line
     * would: the stops' bold names are what a reader takes the note for a caption of.
     */
    private static boolean stacked(Rect spot, double lineHeight, List<MapLabel> names) {
        Rect band = new Rect(spot.x(), spot.y() - lineHeight, spot.w(), spot.h() + 2 * lineHeight);
        return names.stream().anyMatch(n -> n.kind() == MapLabel.Kind.ROUTE && n.box().overlaps(band));
    }

    /** Whether {@code marker} stands for the peninsula itself (a place the events are about, such as "Crimea"). */
    static boolean marks(PlaceMarker marker) {
        return Geo.kilometres(marker.place().lon(), marker.place().lat(), LABEL_LON, LABEL_LAT) < SAME_PLACE_KM;
    }

    /** A marker this close to the note's anchor is Crimea's: the peninsula is about 300 km across. */
    private static final double SAME_PLACE_KM = 150;

    /** Whether the peninsula, and so its dashed outline, is in the frame. */
    static boolean inView(MapViewport viewport) {
        return onScreen(viewport);
    }

    private static boolean onScreen(MapViewport viewport) {
        ScreenPoint anchor = viewport.project(LABEL_LON, LABEL_LAT);
        return viewport.containsScreen(anchor.x(), anchor.y());
    }
}
