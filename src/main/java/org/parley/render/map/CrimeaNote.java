package org.parley.render.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ScreenPoint;
import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.label.Candidates;
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
    /** Rings of spots tried around the peninsula: beside it, then up to two text heights out on a leader line. */
    private static final int RINGS = 3;
    private static final double GAP = 4;
    /**
     * Where along a side the note is slid, in half its width and the outline's (0 centred): round a peninsula ringed
     * by Ukraine's, Georgia's and Turkey's circles, a spot off-centre is often the only free one.
     */
    private static final double[] SLIDES = {-1, 1, -0.5, 0.5};
    // Below (over the Black Sea), below-right, below-left, right, left, above, above-right, above-left.
    private static final int[] PREFERENCE = {3, 6, 7, 0, 1, 2, 4, 5};

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
     * Where the note goes: in free space round the peninsula, nearest first (below it over the Black Sea before the
     * other sides), each side tried centred, flush with the outline's ends and slid along it, then further out on a
     * short leader line that crosses no mark. It keeps {@link MapLabels#MARK_CLEARANCE} from every circle, badge,
     * label and the scale bar: flush against Ukraine's circle it read as that circle's name. Nothing only when no such
     * spot is free (the dashed outline stays): tried on one line round the outline's four sides alone, and only where
     * the peninsula lay 40 px inside the frame, it was left off ten of the 34 slide maps with Crimea in view at
     * 1280x720; now five, each with circles, names and the credit all round it.
     */
    static Optional<MapLabel> label(MapViewport viewport, OccupiedSpace space, NearestMarks marks, MapLabels.Measure measure,
                                    List<MapLabel> names) {
        if (!onScreen(viewport)) {
            return Optional.empty();
        }
        ScreenPoint anchor = viewport.project(LABEL_LON, LABEL_LAT);
        ScreenPoint west = viewport.project(OUTLINE_WEST, LABEL_LAT);
        double r = Math.max(6, Math.abs(anchor.x() - west.x()));
        FontSpec font = MapLabels.NOTE_FONT;
        double ascent = measure.ascent(font);
        double line = ascent + 4;
        double reach = maxLeader(line);
        // The same words on two lines, narrower by half, where one line finds no room at that distance: on a slide's
        // small map the one line is nearly half the map's width.
        String[] wordings = {LABEL, LABEL_BROKEN};
        List<List<List<Rect>>> spots = new ArrayList<>();
        for (String text : wordings) {
            double w = MapLabel.lines(text).stream().mapToDouble(t -> measure.width(font, t)).max().orElse(0) + 4;
            double h = MapLabel.lines(text).size() * (ascent + MapLabels.LINE_GAP) - MapLabels.LINE_GAP + 4;
            spots.add(spots(anchor.x(), anchor.y(), r, w, h, space.width()));
        }
        for (int ring = 0; ring < RINGS; ring++) {
            for (int k = 0; k < wordings.length; k++) {
                for (Rect spot : spots.get(k).get(ring)) {
                    double out = MapLabels.distance(spot, anchor.x(), anchor.y()) - r;
                    boolean leader = Candidates.needsLeader(spot, anchor.x(), anchor.y(), r, GAP, line);
                    // No mark just before or after it on its line: the note names the peninsula, no mark.
                    // And no stop's name just above or below it: flush against "Vienna 13 Jan" it read
                    // as that name's first line, Vienna "annexed 2014".
                    if (out <= reach && space.inside(spot) && space.free(spot.grown(MapLabels.MARK_CLEARANCE))
                            && !stacked(spot, line, names) && !marks.besideAny(spot, line)
                            && (!leader || !marks.leaderCrossesAnyBeyond(spot, anchor.x(), anchor.y()))) {
                        space.take(spot);
                        return Optional.of(new MapLabel(MapLabel.Kind.NOTE, wordings[k], font, spot,
                                spot.y() + 2 + ascent, false, leader, anchor.x(), anchor.y(), r));
                    }
                }
            }
        }
        return Optional.empty();
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

    /** The outline's bounding box on screen. */
    private static Rect outlineBox(MapViewport viewport) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < OUTLINE.length; i += 2) {
            ScreenPoint p = viewport.project(OUTLINE[i], OUTLINE[i + 1]);
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * Every spot tried, ring by ring out from the peninsula: the ring of {@link Candidates#around} in the note's order
     * of sides, then the note above, below and beside the outline slid along it (ending at its west end, starting at
     * its east end, and between); the first ring also flush with the outline's edges.
     */
    static List<List<Rect>> spots(double cx, double cy, double r, double w, double h, double width) {
        List<Rect> around = Candidates.around(cx, cy, r, GAP, w, h, RINGS);
        List<List<Rect>> rings = new ArrayList<>();
        for (int ring = 0; ring < RINGS; ring++) {
            List<Rect> out = new ArrayList<>();
            for (int k : PREFERENCE) {
                out.add(around.get(ring * 8 + k));
            }
            double d = r + GAP + ring * (h + 2);
            for (double y : new double[] {cy + d, cy - d - h}) {
                for (double along : SLIDES) {
                    out.add(new Rect(cx - w / 2 + along * (w / 2 + r), y, w, h));
                }
            }
            for (double x : new double[] {cx + d, cx - d - w}) {
                for (double along : SLIDES) {
                    out.add(new Rect(x, cy - h / 2 + along * (r * 0.6), w, h));
                }
            }
            if (ring == 0) {
                out.addAll(Candidates.flush(cx, cy, r, GAP, w, h, width));
            }
            rings.add(out);
        }
        return rings;
    }

    /**
     * How far the note may sit from the outline on its leader: two text lines out. On a small map that once put it
     * across the map, over the Baltic states with its leader across Ukraine; a leader now crosses no mark that does
     * not cover the peninsula itself, and a ring less left it off a slide map in three.
     */
    private static double maxLeader(double h) {
        return GAP + (RINGS - 1) * (h + 2) + h / 2;
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
