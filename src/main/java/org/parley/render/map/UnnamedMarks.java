package org.parley.render.map;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.layout.map.MapViewport;

/**
 * What a frame marks but its labels do not name, read from the labeller's own result: the places whose circles
 * went unnamed (the labeller drops a name that would collide), and whether Crimea's dashed outline is in view with
 * neither its note nor its key. A slide's small map cannot always name them; the slide says them under it instead,
 * so a class is never left with an unexplained circle or dashed line (decision 0146).
 *
 * @param places the unnamed places' names, the busiest first, each once
 * @param crimeaUnexplained the dashed outline is drawn and nothing on the map says what it is
 */
public record UnnamedMarks(List<String> places, boolean crimeaUnexplained) {

    /** Before the unnamed places, in the slide's words. */
    public static final String ALSO_MARKED = "Also marked: ";
    /** Before the Crimea note's own words, where the map had no room for them. */
    public static final String DASHED = "Dashed: ";
    /** Nothing left unsaid. */
    public static final UnnamedMarks NONE = new UnnamedMarks(List.of(), false);

    public UnnamedMarks {
        places = List.copyOf(places);
    }

    /** Whether the map says all it marks. */
    public boolean none() {
        return places.isEmpty() && !crimeaUnexplained;
    }

    /**
     * The caption a slide shows under its map: "Also marked: Germany, Southern Russia", then (on a line of its own)
     * "Dashed: Crimea (annexed 2014)" in the note's one wording; empty when the map says all it marks.
     */
    public String caption() {
        String also = places.isEmpty() ? "" : ALSO_MARKED + String.join(", ", places);
        String dashed = dashedLine();
        return also.isEmpty() || dashed.isEmpty() ? also + dashed : also + "\n" + dashed;
    }

    /** "Dashed: Crimea (annexed 2014)" where nothing on the map says what the outline is, else empty. */
    public String dashedLine() {
        return crimeaUnexplained ? DASHED + CrimeaNote.LABEL : "";
    }

    /**
     * What {@code labels} (placed for {@code scene} by {@link MapLabels}, {@code stopsNamed} saying which route stops
     * they name) leave unnamed. A place is named by a name beside, across or on a leader to its own circle, by its
     * route stop's name (Brussels' stop names NATO headquarters too, which the labeller leaves to it), and Crimea's
     * circle by the note.
     */
    static UnnamedMarks of(MapScene scene, List<MapLabel> labels, boolean[] stopsNamed) {
        boolean crimeaNoted = labels.stream().anyMatch(l -> l.oneLine().equals(CrimeaNote.LABEL));
        Set<String> unnamed = new LinkedHashSet<>();
        scene.markers().stream()
                .sorted((a, b) -> Integer.compare(b.events(), a.events()))
                .filter(m -> !(CrimeaNote.marks(m) ? crimeaNoted : namedOnItsOwn(m, labels)
                        || namedByItsStop(m, scene.route(), stopsNamed)))
                .forEach(m -> unnamed.add(m.place().name()));
        return new UnnamedMarks(List.copyOf(unnamed), crimeaInView(scene.viewport()) && !crimeaNoted);
    }

    private static boolean crimeaInView(MapViewport viewport) {
        return CrimeaNote.inView(viewport);
    }

    /** A place's name placed round its own circle: the labeller anchors it at the circle's centre. */
    private static boolean namedOnItsOwn(PlaceMarker m, List<MapLabel> labels) {
        return labels.stream().anyMatch(l -> l.kind() == MapLabel.Kind.PLACE
                && Math.abs(l.anchorX() - m.position().x()) < 0.5 && Math.abs(l.anchorY() - m.position().y()) < 0.5);
    }

    /** A place of a named route stop, or within a stop's reach of one (NATO headquarters by Brussels). */
    private static boolean namedByItsStop(PlaceMarker m, List<RouteStop> route, boolean[] stopsNamed) {
        for (int i = 0; i < route.size() && i < stopsNamed.length; i++) {
            RouteStop stop = route.get(i);
            if (stopsNamed[i] && (stop.placeIds().contains(m.place().id())
                    || Geo.kilometres(m.place().lon(), m.place().lat(), stop.lon(), stop.lat()) < WeekRoute.SAME_STOP_KM)) {
                return true;
            }
        }
        return false;
    }
}
