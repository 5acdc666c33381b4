package org.parley.render.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.layout.map.OffscreenPlace;
import org.parley.layout.map.ScreenPoint;
import org.parley.render.FontSpec;
import org.parley.render.label.Candidates;
import org.parley.render.label.OccupiedSpace;
import org.parley.render.label.Rect;

/**
 * Decides which map labels are drawn and where, before anything is painted. Every marker, route
 * badge, edge arrow and piece of furniture is taken first, so no label ever covers one; then
 * labels are offered by importance — edge arrows' names, the route stops, the places the shown event
 * is about, the selected place, the Crimea note, then places by event count — and each takes the
 * first free spot around its mark
 * or is dropped (hovering a marker names it in a tooltip). Nothing here grows with the number of
 * events: a frame costs about the number of places on screen.
 */
final class MapLabels {

    static final FontSpec PLACE_FONT = FontSpec.sans(12);
    static final FontSpec STOP_FONT = FontSpec.sansBold(12);
    static final FontSpec EDGE_FONT = FontSpec.sans(11);
    static final FontSpec NOTE_FONT = FontSpec.sans(10);
    static final FontSpec AREA_FONT = FontSpec.sans(10);
    static final double ARROW_PX = 12;
    private static final double GAP = 3;
    private static final double RING_GAP = 1.5;
    // The busiest places may sit further out on a leader line; the rest are named beside their circle or not at all.
    private static final int BUSIEST = 8;
    private static final double PAD = 2;
    /** How much wider than its circle a name set across it may be. */
    static final double WITHIN_OVERHANG = 1.6;
    /**
     * The same for the busiest country or region, whose name matters most: on a slide's small map "Ukraine" is twice
     * its circle's width, and went unnamed; across the largest circle on the map it still reads as that circle's.
     */
    static final double BUSIEST_OVERHANG = 2.2;
    static final double LINE_GAP = 2;
    /**
     * The room a name set away from its own circle (on a leader line, or across its circle) keeps from every other
     * mark and from the scale bar, on the map's own scale (a slide enlarges it about 2.2 times at 720p). One pixel,
     * the edge of a mark's box, let "Baltic states" touch Estonia's unnamed circle on a slide and read as its name.
     */
    static final double MARK_CLEARANCE = 4;
    // A name may lean this much nearer another mark than its own before it reads as the other's.
    private static final double AMBIGUITY_SLACK = 2;
    /**
     * How far beyond its circle a name on a leader line may sit. Further out, on a projector, the
     * faint line is lost and the name reads as the nearest mark's: "Geneva 9–10 Jan" drawn by
     * Moscow with a line back to France, "Vienna 13 Jan" above Brussels' name.
     */
    static final double MAX_LEADER = 40;

    /**
     * A leader no longer than the label is high, so the name stays by its mark at any scale; a stop's
     * or the selected place's name with no other room may go out to {@link #MAX_LEADER}, on a line
     * that crosses no other mark (a thumbnail still names every stop).
     */
    private static double maxLeader(Spots allowed, double labelHeight) {
        return allowed == Spots.CLEAR_LEADER ? MAX_LEADER : Math.min(MAX_LEADER, Math.max(16, labelHeight));
    }

    /** Text measurement in a given font; the painter's, cached. */
    interface Measure {
        double width(FontSpec font, String text);

        double ascent(FontSpec font);
    }

    private MapLabels() {
    }

    /**
     * @param stops    screen positions of the route stops, in route order, where their legs end
     * @param badges   where each stop's badge is drawn ({@link RouteBadges}), in route order
     * @param reserved boxes of the furniture already drawn (scale bar, attribution, legend)
     */
    static List<MapLabel> place(MapScene scene, List<ScreenPoint> stops, List<ScreenPoint> badges, List<Rect> reserved,
                                Measure measure) {
        return placeAll(scene, stops, badges, reserved, measure).labels();
    }

    /** Every label, as {@link #place} decides them, and which route stops they name. */
    static Placed placeAll(MapScene scene, List<ScreenPoint> stops, List<ScreenPoint> badges, List<Rect> reserved,
                           Measure measure) {
        return placeAll(scene, stops, badges, reserved, List.of(), measure);
    }

    /**
     * As {@link #placeAll(MapScene, List, List, List, Measure)}, the places' names and the Crimea note also keeping
     * {@link #MARK_CLEARANCE} from each of {@code keepClear} (the scale bar, itself among {@code reserved}): "Georgia"
     * flush against "1000 km" read as one label on fifteen slide maps. The stops' names, placed first, may come closer:
     * a stop unnamed matters more.
     */
    static Placed placeAll(MapScene scene, List<ScreenPoint> stops, List<ScreenPoint> badges, List<Rect> reserved,
                           List<Rect> keepClear, Measure measure) {
        StopNames named = nameStops(scene, stops, badges, reserved, measure);
        Set<String> onRoute = new HashSet<>();
        scene.route().forEach(stop -> onRoute.addAll(stop.placeIds()));
        keepClear.forEach(box -> named.taken().space().take(box.grown(MARK_CLEARANCE)));
        nameThePlaces(scene, named.taken(), onRoute, measure);
        return new Placed(named.taken().out(), named.named(), named.dated(), named.count(), named.datedCount());
    }

    /**
     * The labels of a frame, and which route stops they name, in route order (a stop off the panel counts as named).
     *
     * @param dated      which of them are named with their days, in route order
     * @param stopsNamed how many of the stops are named
     * @param stopsDated how many of them are named with their days ("Geneva 9–10 Jan", not "Geneva")
     */
    record Placed(List<MapLabel> labels, boolean[] named, boolean[] dated, int stopsNamed, int stopsDated) {

        boolean everyStopNamed() {
            return stopsNamed == named.length;
        }

        boolean everyStopDated() {
            return stopsDated == named.length;
        }
    }

    /**
     * Which route stops are named with these badges, in route order (a stop off the panel counts as named: its edge
     * arrow names it), and which of them with their days. Only the stops' names are placed, so trying another side
     * for a badge costs little.
     */
    static StopsNamed stopsNamed(MapScene scene, List<ScreenPoint> stops, List<ScreenPoint> badges, List<Rect> reserved,
                                 Measure measure) {
        StopNames names = nameStops(scene, stops, badges, reserved, measure);
        return new StopsNamed(names.named(), names.dated());
    }

    /** Which route stops are named, and which with their days, in route order. */
    record StopsNamed(boolean[] named, boolean[] dated) {
    }

    /** The stops' names as placed, what they took, which stops they name, and which with their days. */
    private record StopNames(Taken taken, boolean[] named, boolean[] dated) {

        int count() {
            return trues(named);
        }

        int datedCount() {
            return trues(dated);
        }

        /** More stops named, or as many and more of them with their days. */
        boolean better(StopNames other) {
            return count() > other.count() || count() == other.count() && datedCount() > other.datedCount();
        }
    }

    private static int trues(boolean[] flags) {
        int n = 0;
        for (boolean b : flags) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /**
     * Names the stops, the story's first; where one is left unnamed, or named without its days, tries again with it
     * first. Named in route order on a 250-px map, Geneva and Brussels took their dates and the room Vienna's name
     * needed: named first, Vienna finds it, and the others still find theirs.
     */
    private static StopNames nameStops(MapScene scene, List<ScreenPoint> stops, List<ScreenPoint> badges,
                                       List<Rect> reserved, Measure measure) {
        List<Integer> order = stopsByImportance(scene);
        StopNames best = nameStops(scene, stops, badges, Taken.of(scene, stops, badges, reserved, measure), measure, order);
        for (int undated : order) {
            if (best.datedCount() == order.size()) {
                break;
            }
            if (best.dated()[undated]) {
                continue;
            }
            List<Integer> first = new ArrayList<>(order);
            first.remove(Integer.valueOf(undated));
            first.add(0, undated);
            StopNames tried = nameStops(scene, stops, badges, Taken.of(scene, stops, badges, reserved, measure), measure,
                    first);
            best = tried.better(best) ? tried : best;
        }
        return best;
    }

    /** What labels must keep off, with the edge arrows' names already placed, and the labels placed so far. */
    private record Taken(OccupiedSpace space, NearestMarks marks, Map<PlaceMarker, Rect> markerRects, List<MapLabel> out) {

        static Taken of(MapScene scene, List<ScreenPoint> stops, List<ScreenPoint> badges, List<Rect> reserved,
                        Measure measure) {
            OccupiedSpace space = new OccupiedSpace(scene.viewport().width(), scene.viewport().height());
            reserved.forEach(space::take);
            Map<PlaceMarker, Rect> markerRects = new IdentityHashMap<>();
            for (PlaceMarker m : scene.markers()) {
                Rect own = Rect.around(m.position().x(), m.position().y(), drawnRadius(scene, m) + 1);
                markerRects.put(m, own);
                space.take(own);
            }
            for (MarkerCluster c : scene.clusters()) {
                space.take(Rect.around(c.position().x(), c.position().y(), c.radius() + MarkerArt.CLUSTER_RING_GAP + 1));
            }
            for (ScreenPoint badge : badges) {
                space.take(Rect.around(badge.x(), badge.y(), RouteArt.BADGE_RADIUS));
            }
            NearestMarks marks = new NearestMarks(circles(scene, badges));
            // A name laid over the route hid its arrow ("Germany" on the handout's opening map).
            for (double[] point : RouteArt.legPoints(stops)) {
                space.take(Rect.around(point[0], point[1], 2));
            }
            for (OffscreenPlace o : scene.offscreen()) {
                space.take(Rect.around(o.marker().position().x(), o.marker().position().y(), ARROW_PX));
            }
            List<MapLabel> out = new ArrayList<>();
            for (OffscreenPlace o : scene.offscreen()) {
                edgeLabel(o, scene.selectedPlace(), space, measure, out);
            }
            return new Taken(space, marks, markerRects, out);
        }
    }

    /** Names the route's stops in {@code order} and says which are named. */
    private static StopNames nameStops(MapScene scene, List<ScreenPoint> stops, List<ScreenPoint> badges, Taken taken,
                                       Measure measure, List<Integer> order) {
        double width = scene.viewport().width();
        double height = scene.viewport().height();
        OccupiedSpace space = taken.space();
        NearestMarks marks = taken.marks();
        List<MapLabel> out = taken.out();
        boolean[] namedStops = new boolean[scene.route().size()];
        boolean[] datedStops = new boolean[scene.route().size()];
        // Every route stop is named before the places the shown event is about (shaded) and the Crimea note:
        // the map follows the story, and its stops matter most. Named after "Ukraine", "Georgia" and the note,
        // Geneva's "1" beside Brussels' large marker was left unnamed on most Brussels slides. A shaded place
        // that then finds no room beside its circle is named across it.
        for (int i : order) {
            RouteStop stop = scene.route().get(i);
            // Named beside its badge, which stands beside the stop's circle: "① Geneva 9–10 Jan" reads as one.
            // Named round the stop instead, the name could fall on the far side of another stop's badge.
            ScreenPoint p = badges.get(i);
            if (p.x() < 0 || p.y() < 0 || p.x() > width || p.y() > height) {
                namedStops[i] = true;
                datedStops[i] = true;
                continue;   // off the panel: its edge arrow names it, and a second name on a leader to nowhere misleads
            }
            double r = RouteArt.BADGE_RADIUS;
            for (PlaceMarker m : scene.markers()) {
                double apart = Math.hypot(m.position().x() - p.x(), m.position().y() - p.y());
                if (stop.placeIds().contains(m.place().id()) && apart < m.radius() + RouteArt.BADGE_RADIUS) {
                    r = Math.max(r, apart + nameRadius(scene, m));   // a badge with no room beside its circle: round both
                }
            }
            // Where the one-line label finds no room, the date under the name keeps the story's "when";
            // in a small panel the name alone, further out on a leader line, beats no name.
            List<String> wordings = List.of(stop.name() + " " + stop.dateLabel(),
                    stop.name() + MapLabel.LINE_BREAK + stop.dateLabel(), stop.name());
            // With no room by the badge, beside the stop's circle (as when the badge stood on it), before a leader.
            ScreenPoint anchor = stops.get(i);
            double circle = RouteArt.BADGE_RADIUS;
            for (PlaceMarker m : scene.markers()) {
                if (stop.placeIds().contains(m.place().id())) {
                    circle = Math.max(circle, Math.hypot(m.position().x() - anchor.x(), m.position().y() - anchor.y())
                            + nameRadius(scene, m));
                }
            }
            // The name with its date on one line anywhere beside the stop before two lines: "Vienna / 13 Jan" by its badge
            // read worse than "Vienna 13 Jan" under its circle.
            boolean named = false;
            for (List<String> tried : List.of(wordings.subList(0, 1), wordings)) {
                named = named || tryAround(MapLabel.Kind.ROUTE, tried, STOP_FONT, p.x(), p.y(), r, true, 4, space, marks,
                        Spots.BESIDE_ITS_OWN, measure, out)
                        || tryAround(MapLabel.Kind.ROUTE, tried, STOP_FONT, anchor.x(), anchor.y(), circle, true, 4, space,
                        marks, Spots.BESIDE_ITS_OWN, measure, out);
            }
            if (!named) {
                named = around(MapLabel.Kind.ROUTE, wordings, STOP_FONT, p.x(), p.y(), r, true, 4, space, marks, measure, out);
            }
            namedStops[i] = named;
            datedStops[i] = named && out.get(out.size() - 1).oneLine().endsWith(stop.dateLabel());
        }
        return new StopNames(taken, namedStops, datedStops);
    }

    /** Names the other places, by importance, where room is left, and the Crimea note. */
    private static void nameThePlaces(MapScene scene, Taken taken, Set<String> onRoute, Measure measure) {
        OccupiedSpace space = taken.space();
        NearestMarks marks = taken.marks();
        Map<PlaceMarker, Rect> markerRects = taken.markerRects();
        List<MapLabel> out = taken.out();
        List<PlaceMarker> about = scene.markers().stream()
                .filter(m -> !m.isSite() && !m.place().id().equals(scene.selectedPlace())
                        && RegionCountries.of(m.place()).stream().anyMatch(scene.shadedCountries()::contains))
                .sorted(Comparator.comparingInt(PlaceMarker::events).reversed().thenComparing(m -> m.place().id()))
                .toList();
        boolean crimeaAmongAbout = nameAll(scene, about, markerRects, space, marks, measure, out);
        List<PlaceMarker> order = new ArrayList<>();
        scene.markers().stream().filter(m -> m.place().id().equals(scene.selectedPlace())).forEach(order::add);
        scene.markers().stream()
                .filter(m -> m.isSite() && !onRoute.contains(m.place().id())
                        && !m.place().id().equals(scene.selectedPlace()) && !nearStop(m, scene.route()))
                .sorted(Comparator.comparingInt(PlaceMarker::events).reversed()
                        .thenComparing(m -> m.place().id()))
                .forEach(order::add);
        // Hollow circles (countries, regions the events are about) are named last, where room is left.
        scene.markers().stream()
                .filter(m -> !m.isSite() && !m.place().id().equals(scene.selectedPlace()) && !about.contains(m))
                .sorted(Comparator.comparingInt(PlaceMarker::events).reversed()
                        .thenComparing(m -> m.place().id()))
                .forEach(order::add);
        // A marker of Crimea itself is named by the note: one label, not "Crimea" beside "Crimea (annexed 2014)".
        PlaceMarker crimea = order.stream().filter(CrimeaNote::marks).findFirst().orElse(null);
        // Among the shaded places, Crimea's circle was named with the note's words: "Crimea" beside "Crimea (annexed
        // by Russia, 2014)" read as two places.
        boolean noteDone = crimeaAmongAbout;
        boolean crimeaNamed = false;
        // The busiest country or region is named before the Crimea note: on a slide of the background, Ukraine's
        // circle, the largest on the map, went unnamed, the note's leader line across it, while Poland and Turkey were.
        PlaceMarker busiest = order.stream().filter(m -> !m.isSite() && m != crimea
                && !m.place().id().equals(scene.selectedPlace())).findFirst().orElse(null);
        boolean busiestNamedFirst = busiest != null && !noteDone;
        // Beside its circle, else a little out on a firm leader line, and only then across its circle: drawn over its
        // own pale ring, "Ukraine" was struck through by it on the closing background slide, with room to spare below.
        if (busiestNamedFirst) {
            List<String> name = List.of(busiest.place().name());
            double x = busiest.position().x();
            double y = busiest.position().y();
            double r = nameRadius(scene, busiest);
            boolean named = around(MapLabel.Kind.PLACE, name, AREA_FONT, x, y, r, false, 3, space, marks, measure, out)
                    || tryAround(MapLabel.Kind.PLACE, name, AREA_FONT, x, y, r, true, 3, space, marks, Spots.CLEAR_LEADER,
                    measure, out);
            if (!named) {
                within(busiest, markerRects.get(busiest), space, marks, measure, out, BUSIEST_OVERHANG);
            }
        }
        int rank = 0;
        for (PlaceMarker m : order) {
            rank++;
            if (m == busiest && busiestNamedFirst) {
                continue;   // named above
            }
            boolean selected = m.place().id().equals(scene.selectedPlace());
            if (!selected && !noteDone) {
                Optional<MapLabel> note = CrimeaNote.label(scene.viewport(), space, marks, measure, out)
                        .or(() -> CrimeaNote.key(scene.viewport(), space, measure, out));
                note.ifPresent(out::add);
                crimeaNamed = note.isPresent();
                noteDone = true;
            }
            if (selected && onRoute.contains(m.place().id())) {
                continue;   // its route label already names it
            }
            if (m == crimea && crimeaNamed) {
                continue;   // the note names it
            }
            // The selected place named first is Crimea itself (its annexation's card): it says what the note would,
            // and the note is not placed as well.
            boolean crimeaFirst = selected && m == crimea && !noteDone;
            List<String> wordings = crimeaFirst ? List.of(CrimeaNote.LABEL)
                    : List.of(m.place().name());
            noteDone |= crimeaFirst;
            boolean named = around(MapLabel.Kind.PLACE, wordings, m.isSite() || selected ? PLACE_FONT : AREA_FONT,
                    m.position().x(), m.position().y(), nameRadius(scene, m), selected, selected ? 4 : rank <= BUSIEST ? 3 : 1,
                    space,
                    marks, measure, out);
            if (!named && !m.isSite() && !selected) {
                within(m, markerRects.get(m), space, marks, measure, out);
            }
            if (!named && crimeaFirst) {
                noteDone = false;   // no room beside its ring: the note may still find some
            }
        }
        if (!noteDone && crimea == null) {
            CrimeaNote.label(scene.viewport(), space, marks, measure, out)
                    .or(() -> CrimeaNote.key(scene.viewport(), space, measure, out)).ifPresent(out::add);
        }
    }

    /** A marker's circle with the rings drawn round it (the selection's, a highlight), which labels keep clear of. */
    private static double drawnRadius(MapScene scene, PlaceMarker m) {
        return m.radius() + MarkerArt.ringReach(m, scene.selectedPlace(), scene.highlightedPlaces());
    }

    /**
     * The radius a marker's own name is placed round, {@link #GAP} out: past its rings, but only {@link #RING_GAP}
     * past a ring, which already sets the circle apart. A full gap beyond the ring cost Vienna's slide its date.
     */
    private static double nameRadius(MapScene scene, PlaceMarker m) {
        double rings = MarkerArt.ringReach(m, scene.selectedPlace(), scene.highlightedPlaces());
        return rings > 0 ? m.radius() + rings + RING_GAP - GAP : m.radius();
    }

    /**
     * Every round mark, {x, y, radius, group}: a route stop's badge and its markers share the stop's
     * index as their group (the badge may stand off its marker), every other marker has one of its own.
     */
    private static List<double[]> circles(MapScene scene, List<ScreenPoint> badges) {
        List<double[]> circles = new ArrayList<>();
        int alone = badges.size();
        for (PlaceMarker m : scene.markers()) {
            int group = alone++;
            for (int i = 0; i < badges.size(); i++) {
                if (scene.route().get(i).placeIds().contains(m.place().id())) {
                    group = i;
                }
            }
            circles.add(new double[] {m.position().x(), m.position().y(), drawnRadius(scene, m), group});
        }
        for (MarkerCluster c : scene.clusters()) {
            circles.add(new double[] {c.position().x(), c.position().y(), c.radius() + MarkerArt.CLUSTER_RING_GAP, alone++});
        }
        for (int i = 0; i < badges.size(); i++) {
            circles.add(new double[] {badges.get(i).x(), badges.get(i).y(), RouteArt.BADGE_RADIUS, i});
        }
        return circles;
    }

    /**
     * Names each of {@code markers} beside its circle where there is room, else across it, else a little further out
     * on a firm leader line, in the type of a country's name; says whether Crimea's was named (in the note's words).
     * The leader is the last resort of the places the shown event is about: named after every stop, "Ukraine" found
     * its one spot beside its circle taken by "Geneva" on a slide about Ukraine.
     */
    private static boolean nameAll(MapScene scene, List<PlaceMarker> markers, Map<PlaceMarker, Rect> markerRects,
                                   OccupiedSpace space, NearestMarks marks, Measure measure, List<MapLabel> out) {
        boolean crimeaNamed = false;
        for (PlaceMarker m : markers) {
            // Crimea's own circle is named only in the note's words, or left to the note: "Crimea" beside
            // "Crimea (annexed 2014)" read as two places, and "Crimea" alone lost the annexation.
            boolean crimea = CrimeaNote.marks(m);
            List<String> wordings = crimea ? List.of(CrimeaNote.LABEL) : List.of(m.place().name());
            double r = nameRadius(scene, m);
            boolean named = around(MapLabel.Kind.PLACE, wordings, AREA_FONT, m.position().x(), m.position().y(),
                    r, false, 4, space, marks, measure, out);
            if (!named && !crimea && !within(m, markerRects.get(m), space, marks, measure, out, WITHIN_OVERHANG)) {
                tryAround(MapLabel.Kind.PLACE, wordings, AREA_FONT, m.position().x(), m.position().y(), r, true,
                        4, space, marks, Spots.CLEAR_LEADER, measure, out);
            }
            crimeaNamed |= crimea && named;
        }
        return crimeaNamed;
    }

    /**
     * A country's or region's name across its own hollow circle, when no spot beside it is free but
     * the circle is large enough and nothing else lies there. The busiest circle (Ukraine, in
     * the bundled week) is ringed by other marks and names, and went unnamed on a dashboard's map.
     */
    private static void within(PlaceMarker m, Rect own, OccupiedSpace space, NearestMarks marks, Measure measure,
                               List<MapLabel> out) {
        within(m, own, space, marks, measure, out, WITHIN_OVERHANG);
    }

    /** Says whether the name found room across the circle. */
    private static boolean within(PlaceMarker m, Rect own, OccupiedSpace space, NearestMarks marks, Measure measure,
                                  List<MapLabel> out, double overhang) {
        String name = m.place().name();
        double ascent = measure.ascent(AREA_FONT);
        double w = measure.width(AREA_FONT, name) + 2 * PAD;
        double h = ascent + 4;
        double cx = m.position().x();
        double cy = m.position().y();
        double r = m.radius();
        // Across the middle of the circle, else a little off it where a smaller mark overlaps the
        // middle; a name somewhat wider than the circle still reads as its own.
        if (w > overhang * 2 * r) {
            return false;
        }
        for (double dy : new double[] {0, -0.3, 0.3, -0.6, 0.6}) {
            for (double dx : new double[] {0, -0.1, 0.1}) {
                double top = cy - h / 2 + dy * h;
                double reach = Math.max(Math.abs(top - cy), Math.abs(top + h - cy));
                Rect spot = new Rect(cx - w / 2 + dx * w, top, w, h);
                if (reach <= r * 0.8 && space.inside(spot) && space.freeBut(spot, own)
                        && marks.clearOfOthers(spot, cx, cy, MARK_CLEARANCE)) {
                    space.take(spot);
                    out.add(new MapLabel(MapLabel.Kind.PLACE, name, AREA_FONT, spot, top + 2 + ascent, false, false,
                            cx, cy, r));
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The route's stops in the order their names are placed: the selected place's stop first, as the
     * one the story is at (on Vienna's slide, Geneva's name had taken the room beside Vienna's badge,
     * and Vienna's went below on a leader crossing it), then the rest in route order.
     */
    private static List<Integer> stopsByImportance(MapScene scene) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scene.route().size(); i++) {
            if (scene.selectedPlace() != null && scene.route().get(i).placeIds().contains(scene.selectedPlace())) {
                order.add(0, i);
            } else {
                order.add(i);
            }
        }
        return order;
    }

    // Brussels the city and NATO headquarters are one route stop; its badge already names the city.
    private static boolean nearStop(PlaceMarker m, List<RouteStop> route) {
        for (RouteStop stop : route) {
            if (Geo.kilometres(m.place().lon(), m.place().lat(), stop.lon(), stop.lat()) < WeekRoute.SAME_STOP_KM) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first free spot, ring by ring outwards, trying every wording in a ring before the next:
     * a short name beside its mark reads better than a long one at the end of a leader line.
     */
    private static boolean around(MapLabel.Kind kind, List<String> wordings, FontSpec font, double cx, double cy,
                                  double r, boolean strong, int rings, OccupiedSpace space, NearestMarks marks,
                                  Measure measure, List<MapLabel> out) {
        // A name nearer another mark than its own is dropped (a tooltip names the mark), unless it
        // is a route stop's or the selected place's: then a leader line may say whose, if it crosses
        // no other mark. A name that could only be misread is left out: the badge still numbers the stop.
        return tryAround(kind, wordings, font, cx, cy, r, strong, rings, space, marks, Spots.BESIDE_ITS_OWN, measure, out)
                || strong && tryAround(kind, wordings, font, cx, cy, r, strong, rings, space, marks, Spots.CLEAR_LEADER,
                        measure, out);
    }

    /** Which free spots a label may take, strictest first. */
    private enum Spots { BESIDE_ITS_OWN, CLEAR_LEADER }

    private static boolean tryAround(MapLabel.Kind kind, List<String> wordings, FontSpec font, double cx, double cy,
                                     double r, boolean strong, int rings, OccupiedSpace space, NearestMarks marks,
                                     Spots allowed, Measure measure, List<MapLabel> out) {
        double ascent = measure.ascent(font);
        for (int ring = 0; ring < rings; ring++) {
            for (String text : wordings) {
                List<String> lines = MapLabel.lines(text);
                double h = ascent * lines.size() + 4 + LINE_GAP * (lines.size() - 1);
                double w = 0;
                for (String line : lines) {
                    w = Math.max(w, measure.width(font, line) + 2 * PAD);
                }
                List<Rect> spots = new ArrayList<>(Candidates.around(cx, cy, r, GAP, w, h, ring + 1).subList(ring * 8, 8 * (ring + 1)));
                if (ring == 0 && kind == MapLabel.Kind.ROUTE) {
                    spots.addAll(Candidates.flush(cx, cy, r, GAP, w, h, space.width()));
                }
                for (Rect spot : spots) {
                    boolean leader = allowed != Spots.BESIDE_ITS_OWN || Candidates.needsLeader(spot, cx, cy, r, GAP, h);
                    // A place's name on a leader line stands nearer its own circle than any other: at 1366x768 step
                    // 24's "Ukraine" stood just right of Moscow's unnamed circle, 17 px from it and 30 px from
                    // Ukraine's, and was read as Moscow's. A route stop's keeps its leader: its badge says whose.
                    boolean readsAsAnothers = kind == MapLabel.Kind.PLACE && leader
                            && marks.nearerToAnother(spot, cx, cy, r, AMBIGUITY_SLACK);
                    if (space.inside(spot) && space.free(spot) && allows(allowed, marks, spot, cx, cy, r)
                            && (!leader || distance(spot, cx, cy) - r <= maxLeader(allowed, h)) && !readsAsAnothers
                            && (kind != MapLabel.Kind.PLACE || clearOfOtherNames(spot, cx, cy, r, leader, out))) {
                        space.take(spot);
                        out.add(new MapLabel(kind, text, font, spot, spot.y() + 2 + ascent, strong, leader, cx, cy, r));
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A place's name stands nearer its own circle than any other name, and a name on a leader line keeps
     * {@link #MARK_CLEARANCE} from every other name (and they from it). On step 24 at 1366×768 "Moscow", left of its
     * circle, sat 0.3 px under "Brussels 12 Jan": a class read it as the next line of Brussels' label. On step 26
     * "Georgia" and "Ukraine", each on a leader line, sat 1.8 px apart, one stack of names.
     */
    private static boolean clearOfOtherNames(Rect spot, double cx, double cy, double r, boolean leader,
                                             List<MapLabel> placed) {
        // The words sit PAD inside their box on every side: from this name's words to another's is the boxes' gap
        // and two PADs, to its own circle the distance and one.
        double room = leader ? MARK_CLEARANCE : distance(spot, cx, cy) - r - PAD;
        for (MapLabel other : placed) {
            // The Crimea note keeps its own room (CrimeaNote): counted here, it cost Georgia its name on four slides.
            boolean note = other.kind() == MapLabel.Kind.NOTE || other.kind() == MapLabel.Kind.KEY;
            if (!note && gap(spot, other.box()) < (other.leader() ? Math.max(room, MARK_CLEARANCE) : room)) {
                return false;
            }
        }
        return true;
    }

    /** The gap between two boxes, 0 where they touch or overlap. */
    private static double gap(Rect a, Rect b) {
        double dx = Math.max(0, Math.max(a.x() - (b.x() + b.w()), b.x() - (a.x() + a.w())));
        double dy = Math.max(0, Math.max(a.y() - (b.y() + b.h()), b.y() - (a.y() + a.h())));
        return Math.hypot(dx, dy);
    }

    private static boolean allows(Spots allowed, NearestMarks marks, Rect spot, double cx, double cy, double r) {
        return switch (allowed) {
            case BESIDE_ITS_OWN -> !marks.nearerToAnother(spot, cx, cy, r, AMBIGUITY_SLACK);
            case CLEAR_LEADER -> !marks.leaderCrossesAnother(spot, cx, cy) && !marks.besideAnother(spot, cx, cy)
                    && marks.clearOfOthers(spot, cx, cy, MARK_CLEARANCE);
        };
    }

    /** From a mark's centre to the nearest point of a label. */
    static double distance(Rect spot, double cx, double cy) {
        double dx = Math.max(0, Math.max(spot.x() - cx, cx - (spot.x() + spot.w())));
        double dy = Math.max(0, Math.max(spot.y() - cy, cy - (spot.y() + spot.h())));
        return Math.hypot(dx, dy);
    }

    /** The name sits on the inner side of the arrow so the border never cuts it; else just above or below. */
    private static void edgeLabel(OffscreenPlace o, String selected, OccupiedSpace space, Measure measure,
                                  List<MapLabel> out) {
        String text = o.place().name();
        double w = measure.width(EDGE_FONT, text) + 2 * PAD;
        double ascent = measure.ascent(EDGE_FONT);
        double h = ascent + 4;
        ScreenPoint p = o.marker().position();
        double cos = Math.cos(o.marker().angleRadians());
        double sin = Math.sin(o.marker().angleRadians());
        List<Rect> spots = new ArrayList<>();
        for (double reach : new double[] {1.4, 2.2, 3.4}) {
            double tx = p.x() - cos * reach * ARROW_PX;
            double ty = p.y() - sin * reach * ARROW_PX;
            double left = cos < -0.3 ? tx : cos > 0.3 ? tx - w : tx - w / 2;
            spots.add(new Rect(left, ty - h / 2, w, h));
            spots.add(new Rect(left, ty - h / 2 - h - 2, w, h));
            spots.add(new Rect(left, ty - h / 2 + h + 2, w, h));
        }
        spots.addAll(Candidates.around(p.x(), p.y(), ARROW_PX, GAP, w, h, 3));
        for (Rect spot : spots) {
            if (space.inside(spot) && space.free(spot)) {
                space.take(spot);
                out.add(new MapLabel(MapLabel.Kind.EDGE, text, EDGE_FONT, spot, spot.y() + 2 + ascent,
                        o.place().id().equals(selected), false, p.x(), p.y(), ARROW_PX));
                return;
            }
        }
    }
}
