package org.parley.render.map;

import org.junit.jupiter.api.Test;
import org.parley.layout.map.LonLatBox;
import org.parley.layout.map.OffscreenPlace;
import org.parley.layout.map.Projection;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ScreenPoint;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.render.RandomWorld;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;
import org.parley.render.label.Rect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Map labels never sit on each other, on a marker, a route badge or an arrow, from a thumbnail up. */
class MapLabelsTest {

    private static final double[][] SIZES = {{250, 180}, {320, 240}, {420, 300}, {640, 200}, {900, 600},
        {1600, 420}, {1920, 1080}};

    @Test
    void theWeekIsLabelledCleanlyAtEverySize() {
        for (double[] size : SIZES) {
            for (String selected : new String[] {null, "moscow", "nato-hq"}) {
                // The papers place nothing in Washington; one fixture event there puts an edge arrow on the map.
                MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, MapFixture.europe(size[0], size[1]),
                        MapFixture.WEEK_WITH_WASHINGTON).selectedPlace(selected).sizeKey(true).build();
                List<MapLabel> labels = paint(scene);
                assertClean(scene, labels, size);
                String where = size[0] + "×" + size[1];
                assertTrue(labels.stream().anyMatch(l -> l.kind() == MapLabel.Kind.EDGE && l.text().equals("Washington")),
                        "Washington's arrow is named at " + where);
                for (String stop : List.of("Geneva 9–10 Jan", "Brussels 12 Jan", "Vienna 13 Jan")) {
                    String name = stop.substring(0, stop.indexOf(' '));
                    assertTrue(labels.stream().anyMatch(l -> l.kind() == MapLabel.Kind.ROUTE && l.text().startsWith(name)),
                            name + " named at " + where + ": " + labels.stream().map(MapLabel::text).toList());
                    // The map follows the story: from a handout's panel up, every stop keeps its date (on a second line if need be).
                    if (size[0] >= 420 && size[1] >= 300) {
                        assertTrue(labels.stream().anyMatch(l -> l.kind() == MapLabel.Kind.ROUTE && l.oneLine().equals(stop)),
                                stop + " with its date at " + where + ": " + labels.stream().map(MapLabel::oneLine).toList());
                    }
                }
            }
        }
    }

    /**
     * A Map pane made small (a narrow window, the panes beside it dragged wider) still names every stop, cleanly: at
     * 260 × 170 Vienna went unnamed, its badge hemmed in by Geneva's name and the basemap's credit, while Turkey and
     * Georgia were named.
     */
    @Test
    void everyStopIsNamedInASmallPane() {
        for (int width = 240; width <= 340; width += 20) {
            for (int height = 170; height <= 230; height += 15) {
                for (String selected : new String[] {null, "geneva", "brussels", "moscow"}) {
                    double[] size = {width, height};
                    MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, MapFixture.europe(width, height), MapFixture.WEEK)
                            .selectedPlace(selected).sizeKey(true).build();
                    List<MapLabel> labels = paint(scene);
                    assertClean(scene, labels, size);
                    for (RouteStop stop : scene.route()) {
                        assertTrue(labels.stream().anyMatch(l -> l.kind() == MapLabel.Kind.ROUTE && l.oneLine().startsWith(stop.name())),
                                stop.name() + " named at " + width + "×" + height + ", " + selected + ": "
                                        + labels.stream().map(MapLabel::oneLine).toList());
                    }
                }
            }
        }
    }

    /** The stop the story is at is named first, beside its own badge with its date: it was left a leader under another's name. */
    @Test
    void theSelectedStopIsNamedBesideItsOwnBadge() {
        for (double[] size : SIZES) {
            if (size[0] < 420 || size[1] < 300) {
                continue;
            }
            for (String[] stop : new String[][] {{"vienna", "Vienna 13 Jan"}, {"geneva", "Geneva 9–10 Jan"}}) {
                MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, MapFixture.europe(size[0], size[1]),
                        MapFixture.WEEK).selectedPlace(stop[0]).build();
                List<MapLabel> labels = paint(scene);
                MapLabel named = labels.stream().filter(l -> l.kind() == MapLabel.Kind.ROUTE && l.oneLine().equals(stop[1]))
                        .findFirst().orElseThrow(() -> new AssertionError(stop[1] + " at " + size[0] + "×" + size[1] + ": "
                                + labels.stream().map(MapLabel::oneLine).toList()));
                assertFalse(named.leader(), stop[1] + " beside its badge at " + size[0] + "×" + size[1]);
            }
        }
    }

    @Test
    void theCrimeaNoteKeepsOffTheRouteAndTheMarkers() {
        for (double[] size : SIZES) {
            MapScene scene = MapFixture.scene().build();
            scene = new MapSceneBuilder(MapFixture.BASEMAP, MapFixture.europe(size[0], size[1]), MapFixture.WEEK)
                    .build();
            List<MapLabel> labels = paint(scene);
            // The note, or Crimea's own marker saying what the note would.
            Predicate<MapLabel> isNote = l -> l.kind() == MapLabel.Kind.NOTE
                    || l.text().startsWith("Crimea (annexed");
            // The key at the map's edge, where no spot by the peninsula is free, is meant to stand apart (decision 0139).
            labels.stream().filter(isNote.and(l -> l.kind() != MapLabel.Kind.KEY)).forEach(note -> {
                ScreenPoint crimea = MapFixture.europe(size[0], size[1]).project(CrimeaNote.LABEL_LON,
                        CrimeaNote.LABEL_LAT);
                double dx = Math.max(note.box().x() - crimea.x(), Math.max(0, crimea.x() - note.box().x() - note.box().w()));
                double dy = Math.max(note.box().y() - crimea.y(), Math.max(0, crimea.y() - note.box().y() - note.box().h()));
                assertTrue(Math.hypot(dx, dy) < 60, "the note stays by Crimea: " + note);
            });
            // At 420 × 300 the only free spot was flush under "Vienna 13 Jan", read as Vienna's second line:
            // Crimea's own marker is named instead.
            labels.stream().filter(l -> l.kind() == MapLabel.Kind.NOTE).forEach(note -> labels.stream()
                    .filter(l -> l.kind() == MapLabel.Kind.ROUTE).forEach(stop -> assertTrue(
                            !new Rect(note.box().x(), note.box().y() - note.box().h(), note.box().w(),
                                    3 * note.box().h()).overlaps(stop.box()), "the note stacked on " + stop.text())));
            if (size[0] >= 640) {
                assertTrue(labels.stream().anyMatch(isNote), "room for the note at " + size[0]);
                assertTrue(labels.stream().noneMatch(l -> l.text().equals("Crimea")), "Crimea named once, with its note");
            }
        }
    }

    /**
     * With an event about Ukraine selected, Crimea's circle is among the shaded places named first: it had been
     * named "Crimea" there and again by the note, "Crimea (annexed by Russia, 2014)", which read as two places.
     */
    @Test
    void crimeaIsNamedOnceWhenAnEventAboutUkraineIsSelected() {
        List<String> aboutUkraine = MapFixture.WEEK.events().stream()
                .filter(e -> e.refers().contains("ukraine") || e.refers().contains("crimea")).map(e -> e.id()).toList();
        assertTrue(aboutUkraine.size() >= 3, "events about Ukraine: " + aboutUkraine);
        for (double[] size : SIZES) {
            for (String id : aboutUkraine) {
                MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, MapFixture.europe(size[0], size[1]), MapFixture.WEEK)
                        .selectedEvent(id).build();
                List<String> crimea = paint(scene).stream().filter(l -> l.text().startsWith("Crimea")).map(l -> l.kind() + ":" + l.text()).toList();
                assertTrue(crimea.size() <= 1, id + " at " + size[0] + "×" + size[1] + ": " + crimea);
            }
        }
    }

    /**
     * A frame that only grazes Crimea (a slide on Brussels and Geneva) has no note placed across the map from it: where
     * it has one, it stands by the peninsula, on a short leader at most.
     */
    @Test
    void aFrameThatOnlyGrazesCrimeaPlacesNoNoteAcrossTheMap() {
        Projection projection = MapFixture.BASEMAP.projection();
        // From the Atlantic to just past Crimea's western tip, wide and low so the width decides: the peninsula
        // sits at the right edge.
        MapViewport grazing = null;
        for (double east = 34.0; east < 37 && grazing == null; east += 0.1) {
            MapViewport v = MapViewport.fit(projection,
                    new LonLatBox(-5, 44, east, 47).projectedBounds(projection), 640, 360, 8);
            ScreenPoint crimea = v.project(CrimeaNote.LABEL_LON, CrimeaNote.LABEL_LAT);
            if (v.containsScreen(crimea.x(), crimea.y()) && crimea.x() > 640 - 40) {
                grazing = v;
            }
        }
        assertTrue(grazing != null, "a frame with Crimea at its edge");
        ScreenPoint crimea = grazing.project(CrimeaNote.LABEL_LON, CrimeaNote.LABEL_LAT);
        List<MapLabel> labels = paint(new MapSceneBuilder(MapFixture.BASEMAP, grazing, MapFixture.WEEK).build());
        labels.stream().filter(l -> l.kind() == MapLabel.Kind.NOTE).forEach(note -> assertTrue(
                MapLabels.distance(note.box(), crimea.x(), crimea.y()) < 60, "the note stays by Crimea: " + note));
    }

    /** A frame east of Brussels (a step in southern Russia) points at Brussels and NATO headquarters with one arrow. */
    @Test
    void placesOffThePanelInOneDirectionShareOneArrowAndOneName() {
        Projection projection = MapFixture.BASEMAP.projection();
        MapViewport east = MapViewport.fit(projection,
                new LonLatBox(22, 38, 50, 60).projectedBounds(projection), 540, 480, 8);
        MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, east, MapFixture.WEEK).build();
        List<String> pointedAt = scene.offscreen().stream().map(o -> o.place().id()).toList();
        assertTrue(pointedAt.contains("brussels") != pointedAt.contains("nato-hq"),
                "one of Brussels and NATO headquarters has the arrow: " + pointedAt);
        for (OffscreenPlace a : scene.offscreen()) {
            for (OffscreenPlace b : scene.offscreen()) {
                if (a != b) {
                    assertTrue(Math.hypot(a.marker().position().x() - b.marker().position().x(),
                            a.marker().position().y() - b.marker().position().y()) >= 2 * MapLabels.ARROW_PX,
                            a.place().id() + " and " + b.place().id() + " share a spot");
                }
            }
        }
        List<MapLabel> labels = paint(scene);
        assertClean(scene, labels, new double[] {540, 480});
        assertTrue(labels.stream().filter(l -> l.kind() == MapLabel.Kind.EDGE).count() <= scene.offscreen().size());
    }

    /** A stop off the panel is named once, by its edge arrow: not again on a leader line running off the edge. */
    @Test
    void aRouteStopOffThePanelIsNamedOnlyByItsArrow() {
        Projection projection = MapFixture.BASEMAP.projection();
        // The dashboard's old frame of a filter to Grushko: Brussels on the panel, Geneva below its edge.
        MapViewport north = MapViewport.fit(projection,
                new LonLatBox(-1.65, 47.35, 10.42, 54.38).projectedBounds(projection), 340, 110, 8);
        List<Event> grushko = MapFixture.WEEK.events().stream()
                .filter(e -> e.actors().stream().anyMatch(p -> p.actor().equals("grushko"))).toList();
        MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, north, MapFixture.WEEK).visibleEvents(grushko).build();
        assertTrue(scene.offscreen().stream().anyMatch(o -> o.place().id().equals("geneva")), "Geneva has its arrow");
        List<MapLabel> labels = paint(scene);
        List<MapLabel> geneva = labels.stream().filter(l -> l.oneLine().startsWith("Geneva")).toList();
        assertEquals(1, geneva.size(), geneva.toString());
        assertEquals(MapLabel.Kind.EDGE, geneva.get(0).kind());
        for (MapLabel l : labels) {
            if (l.leader()) {
                assertTrue(l.anchorX() >= 0 && l.anchorX() <= 340 && l.anchorY() >= 0 && l.anchorY() <= 110,
                        l.oneLine() + " leads off the panel");
            }
        }
    }

    @Test
    void randomWorldsOfFiveHundredPlacesAreLabelledCleanly() {
        for (long seed = 1; seed <= 4; seed++) {
            Dataset world = RandomWorld.of(5000, 80, 500, seed);
            MapData data = MapData.of(world, world.events());
            for (double[] size : SIZES) {
                MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, MapFixture.europe(size[0], size[1]), world)
                        .data(data).selectedPlace("p3").sizeKey(true).build();
                List<MapLabel> labels = paint(scene);
                assertClean(scene, labels, size);
                assertFalse(labels.isEmpty());
                if (size[0] >= 1920) {
                    long named = labels.stream().filter(l -> l.kind() == MapLabel.Kind.PLACE).count();
                    assertTrue(named >= 15, "a full-HD panel names many places, not " + named + ", seed " + seed);
                }
            }
        }
    }

    /**
     * The selection ring is drawn a few pixels outside its marker; labels kept only the marker's radius clear,
     * and the ring ran under "Brussels 12 Jan". No label's box reaches the ring (or a highlight ring) as drawn.
     */
    @Test
    void noLabelLiesOnARing() {
        int rings = 0;
        for (double[] size : SIZES) {
            for (String selected : new String[] {"nato-hq", "brussels", "geneva", "vienna", "moscow"}) {
                MapScene scene = new MapSceneBuilder(MapFixture.BASEMAP, MapFixture.europe(size[0], size[1]),
                        MapFixture.WEEK).selectedPlace(selected).selectedActor("sherman").sizeKey(true).build();
                rings += LabelsOffRings.assertNoLabelOnARing(scene, size[0] + "×" + size[1] + ", " + selected);
            }
        }
        assertTrue(rings > 40, "rings drawn: " + rings);
    }

    private static List<MapLabel> paint(MapScene scene) {
        MapPainter painter = new MapPainter();
        painter.paint(new RecordingPainter(), scene, Theme.LIGHT);
        return painter.lastLabels();
    }

    /** A country's name set across its own hollow circle: the one label allowed on a marker. */
    private static boolean withinItsOwnCircle(MapLabel label, PlaceMarker m) {
        Rect b = label.box();
        double cx = m.position().x();
        double cy = m.position().y();
        boolean own = !m.isSite() && Math.abs(label.anchorX() - cx) < 1e-9 && Math.abs(label.anchorY() - cy) < 1e-9;
        boolean across = Math.abs(b.x() + b.w() / 2 - cx) <= 0.1 * b.w() + 1e-6
                && b.w() <= MapLabels.BUSIEST_OVERHANG * 2 * m.radius()
                && b.y() >= cy - m.radius() && b.y() + b.h() <= cy + m.radius();
        return own && across;
    }

    private static void assertClean(MapScene scene, List<MapLabel> labels, double[] size) {
        String where = " at " + size[0] + "×" + size[1];
        for (int i = 0; i < labels.size(); i++) {
            Rect a = labels.get(i).box();
            assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.w() <= size[0] && a.y() + a.h() <= size[1],
                    labels.get(i) + " outside" + where);
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(a.overlaps(labels.get(j).box()), labels.get(i).text() + " on " + labels.get(j).text() + where);
            }
            for (PlaceMarker m : scene.markers()) {
                if (withinItsOwnCircle(labels.get(i), m)) {
                    continue;
                }
                assertFalse(a.overlaps(Rect.around(m.position().x(), m.position().y(), m.radius())),
                        labels.get(i).text() + " on the marker of " + m.place().name() + where);
            }
            for (ScreenPoint stop : badgesOf(scene)) {
                assertFalse(a.overlaps(Rect.around(stop.x(), stop.y(), RouteArt.BADGE_RADIUS)),
                        labels.get(i).text() + " on a route badge" + where);
            }
            for (OffscreenPlace o : scene.offscreen()) {
                ScreenPoint p = o.marker().position();
                assertFalse(a.overlaps(Rect.around(p.x(), p.y(), MapLabels.ARROW_PX)),
                        labels.get(i).text() + " on the arrow to " + o.place().name() + where);
            }
            assertNearestItsOwnMark(scene, labels.get(i), where);
        }
    }

    /**
     * A name beside another mark reads as that mark's: each place or stop label is nearest its own,
     * unless a leader line joins it to its mark (a stop that must be named in a thumbnail).
     */
    private static void assertNearestItsOwnMark(MapScene scene, MapLabel label, String where) {
        if (label.kind() == MapLabel.Kind.NOTE) {
            assertNoMarkRunsIntoTheNote(scene, label, where);
            return;
        }
        if (label.kind() != MapLabel.Kind.PLACE && label.kind() != MapLabel.Kind.ROUTE) {
            return;
        }
        if (label.leader()) {
            // Its leader line says whose it is, but only a short one is seen on a projector.
            double reach = MapLabels.distance(label.box(), label.anchorX(), label.anchorY());
            assertTrue(reach <= MapLabels.MAX_LEADER + 40, label.oneLine() + " is " + reach + " px from its mark" + where);
        }
        boolean joinedByALeader = label.leader() && label.strong();
        List<double[]> circles = circlesOf(scene);
        double ownRadius = 0;
        double ownGroup = -1;
        for (double[] c : circles) {
            if (Math.abs(c[0] - label.anchorX()) < 1 && Math.abs(c[1] - label.anchorY()) < 1) {
                ownRadius = Math.max(ownRadius, c[2]);
                ownGroup = Math.max(ownGroup, c[3]);
            }
        }
        double own = edgeDistance(label.box(), label.anchorX(), label.anchorY(), ownRadius);
        // A stop's badge stands beside its circle: a name by the badge is by its own stop.
        for (double[] c : circles) {
            if (ownGroup >= 0 && c[3] == ownGroup) {
                own = Math.min(own, edgeDistance(label.box(), c[0], c[1], c[2]));
            }
        }
        for (double[] c : circles) {
            boolean itsOwn = Math.abs(c[0] - label.anchorX()) < 1 && Math.abs(c[1] - label.anchorY()) < 1
                    || ownGroup >= 0 && c[3] == ownGroup;
            if (!itsOwn) {
                double other = edgeDistance(label.box(), c[0], c[1], c[2]);
                assertTrue(joinedByALeader || other >= own - 2.01, label.oneLine() + " sits nearer the mark at " + c[0] + "," + c[1]
                        + " (" + other + " px) than its own (" + own + " px)" + where);
                // Nor does it run on from another mark along that mark's line ("1 Vienna 13 Jan"), even
                // with its own mark on its other side ("1 Romania ○" reads as Geneva's).
                boolean onItsLine = c[1] >= label.box().y() && c[1] <= label.box().y() + label.box().h();
                double after = label.box().x() - (c[0] + c[2]);
                double before = (c[0] - c[2]) - (label.box().x() + label.box().w());
                assertFalse(onItsLine && (after >= 0 && after <= 10 || before >= 0 && before <= 10),
                        label.oneLine() + " runs on from the mark at " + c[0] + "," + c[1] + where);
            }
        }
    }

    /** The Crimea note names no mark: none stands on its line just before or after it ("① Crimea (annexed 2014)"). */
    private static void assertNoMarkRunsIntoTheNote(MapScene scene, MapLabel note, String where) {
        Rect box = note.box();
        for (double[] c : circlesOf(scene)) {
            boolean onItsLine = c[1] + c[2] >= box.y() && c[1] - c[2] <= box.y() + box.h();
            double gap = Math.max(box.x() - (c[0] + c[2]), (c[0] - c[2]) - (box.x() + box.w()));
            assertFalse(onItsLine && gap <= box.h() - 4, note.oneLine() + " runs on from the mark at " + c[0] + "," + c[1] + where);
        }
    }

    /**
     * Every round mark of the frame, {x, y, radius, stop}: the place markers (rings included) and the route's badges, with the
     * index of the route stop they belong to (a badge may stand off its own marker), else -1.
     */
    private static List<double[]> circlesOf(MapScene scene) {
        List<double[]> circles = new ArrayList<>();
        for (PlaceMarker m : scene.markers()) {
            int stop = -1;
            for (int i = 0; i < scene.route().size(); i++) {
                stop = scene.route().get(i).placeIds().contains(m.place().id()) ? i : stop;
            }
            // With the rings drawn round it: a name sits beyond them.
            double drawn = m.radius() + MarkerArt.ringReach(m, scene.selectedPlace(), scene.highlightedPlaces());
            circles.add(new double[] {m.position().x(), m.position().y(), drawn, stop});
        }
        List<ScreenPoint> badges = badgesOf(scene);
        for (int i = 0; i < badges.size(); i++) {
            circles.add(new double[] {badges.get(i).x(), badges.get(i).y(), RouteArt.BADGE_RADIUS, i});
        }
        return circles;
    }

    private static double edgeDistance(Rect box, double x, double y, double r) {
        double nx = Math.max(box.x(), Math.min(x, box.x() + box.w()));
        double ny = Math.max(box.y(), Math.min(y, box.y() + box.h()));
        return Math.hypot(nx - x, ny - y) - r;
    }

    /** Where the painter puts the route's badges, a badge moved to make room for its stop's name included. */
    private static List<ScreenPoint> badgesOf(MapScene scene) {
        MapPainter painter = new MapPainter();
        painter.paint(new RecordingPainter(), scene, Theme.LIGHT);
        return painter.lastBadges();
    }
}
