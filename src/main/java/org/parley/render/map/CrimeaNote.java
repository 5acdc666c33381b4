package org.parley.render.map;

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
    static final double LABEL_LON = 34.4;
    static final double LABEL_LAT = 45.3;
    private static final double OUTLINE_WEST = 32.48;
    /** How far inside the frame the peninsula must lie to be labelled. */
    private static final double EDGE_ROOM = 40;
    /** Rings of spots tried around the peninsula: beside it, then up to two text heights out on a leader line. */
    private static final int RINGS = 3;
    /** A map narrower than this, in its own px before any zoom (a slide's, a handout's), tries the two nearer rings only. */
    static final double SMALL_MAP_PX = 400;
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
     * Where the note goes: in free space around the peninsula, below it over the Black Sea first,
     * joined to it by a leader line when it sits a ring further out; nothing if it finds no room close
     * by (the dashed outline stays).
     */
    static Optional<MapLabel> label(MapViewport viewport, OccupiedSpace space, NearestMarks marks, MapLabels.Measure measure,
                                    List<MapLabel> names) {
        if (!wellOnScreen(viewport)) {
            return Optional.empty();
        }
        ScreenPoint anchor = viewport.project(LABEL_LON, LABEL_LAT);
        ScreenPoint west = viewport.project(OUTLINE_WEST, LABEL_LAT);
        double r = Math.max(6, Math.abs(anchor.x() - west.x()));
        FontSpec font = MapLabels.NOTE_FONT;
        double ascent = measure.ascent(font);
        double h = ascent + 4;
        List<Rect> all = Candidates.around(anchor.x(), anchor.y(), r, 4, measure.width(font, LABEL) + 4, h, RINGS);
        // On a small map the third ring is across the map (a slide's note sat over the Baltic states,
        // its leader crossing Ukraine): there the dashed outline goes without words.
        int rings = rings(viewport);
        for (int ring = 0; ring < rings; ring++) {
            for (int k : PREFERENCE) {
                Rect spot = all.get(ring * 8 + k);
                // No mark just before or after it on its line: the note names the peninsula, no mark.
                // And no stop's name just above or below it: flush against "Vienna 13 Jan" it read
                // as that name's first line, Vienna "annexed 2014".
                if (space.inside(spot) && space.free(spot) && !stacked(spot, h, names) && !marks.besideAny(spot, h)) {
                    space.take(spot);
                    boolean leader = Candidates.needsLeader(spot, anchor.x(), anchor.y(), r, 4, h);
                    return Optional.of(new MapLabel(MapLabel.Kind.NOTE, LABEL, font, spot, spot.y() + 2 + ascent,
                            false, leader, anchor.x(), anchor.y(), r));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a route stop's name sits within a line above or below the spot, as its other line
     * would: the stops' bold names are what a reader takes the note for a caption of.
     */
    private static boolean stacked(Rect spot, double lineHeight, List<MapLabel> names) {
        Rect band = new Rect(spot.x(), spot.y() - lineHeight, spot.w(), spot.h() + 2 * lineHeight);
        return names.stream().anyMatch(n -> n.kind() == MapLabel.Kind.ROUTE && n.box().overlaps(band));
    }

    /** How many rings out the note may go: on a small map the third is across the map. */
    static int rings(MapViewport viewport) {
        return viewport.width() < SMALL_MAP_PX ? RINGS - 1 : RINGS;
    }

    /** Whether {@code marker} stands for the peninsula itself (a place the events are about, such as "Crimea"). */
    static boolean marks(PlaceMarker marker) {
        return Geo.kilometres(marker.place().lon(), marker.place().lat(), LABEL_LON, LABEL_LAT) < SAME_PLACE_KM;
    }

    /** A marker this close to the note's anchor is Crimea's: the peninsula is about 300 km across. */
    private static final double SAME_PLACE_KM = 150;

    /**
     * Whether the peninsula lies far enough inside the frame for a note beside it: at an edge, the
     * only room was across the map, and a slide framed on Brussels read "Crimea" over France.
     */
    private static boolean wellOnScreen(MapViewport viewport) {
        ScreenPoint anchor = viewport.project(LABEL_LON, LABEL_LAT);
        return anchor.x() >= EDGE_ROOM && anchor.x() <= viewport.width() - EDGE_ROOM && anchor.y() >= EDGE_ROOM
                && anchor.y() <= viewport.height() - EDGE_ROOM;
    }

    private static boolean onScreen(MapViewport viewport) {
        ScreenPoint anchor = viewport.project(LABEL_LON, LABEL_LAT);
        return viewport.containsScreen(anchor.x(), anchor.y());
    }
}
