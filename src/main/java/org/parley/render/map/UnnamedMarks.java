package org.parley.render.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.layout.map.MapViewport;

/**
 * What a frame marks but its labels do not name, read from the labeller's own result: the places whose circles
 * went unnamed (the labeller drops a name that would collide), and whether Crimea's dashed outline is in view with
 * neither its note nor its key. A slide's small map cannot always name them; the slide says them under it instead,
 * so a class is never left with an unexplained circle or dashed line (decision 0146). A route stop the map names
 * without its days ("Geneva" where "Geneva 9–10 Jan" found no room) has them said there too (decision 0151): at
 * 1024×768 three slides had drawn Geneva undated, and nothing on them said when the talks were there. So has a stop
 * it leaves unnamed, which its days then name ("Dates: Geneva 9–10 Jan", not "Also marked: Geneva").
 *
 * @param places the unnamed places' names, the busiest first, each once
 * @param crimeaUnexplained the dashed outline is drawn and nothing on the map says what it is
 * @param undatedStops the route stops named without their days or left unnamed, each with them ("Geneva 9–10 Jan"),
 *                     in route order
 */
public record UnnamedMarks(List<String> places, boolean crimeaUnexplained, List<String> undatedStops) {

    /** Before the unnamed places, in the slide's words. */
    public static final String ALSO_MARKED = "Also marked: ";
    /** Before the Crimea note's own words, where the map had no room for them. */
    public static final String DASHED = "Dashed: ";
    /** Before the route stops the map named without their days, each with them. */
    public static final String DATES = "Dates: ";
    /** Nothing left unsaid. */
    public static final UnnamedMarks NONE = new UnnamedMarks(List.of(), false, List.of());

    public UnnamedMarks {
        places = List.copyOf(places);
        undatedStops = List.copyOf(undatedStops);
    }

    /** What a map with every route stop named with its days leaves unsaid. */
    public UnnamedMarks(List<String> places, boolean crimeaUnexplained) {
        this(places, crimeaUnexplained, List.of());
    }

    /** Whether the map says all it marks, and every stop it names with its days. */
    public boolean none() {
        return places.isEmpty() && !crimeaUnexplained && undatedStops.isEmpty();
    }

    /**
     * The caption a slide shows under its map, a line each: "Also marked: Germany, Southern Russia", "Dashed: Crimea
     * (annexed 2014)" in the note's one wording, "Dates: Geneva 9–10 Jan"; empty when the map says all it marks.
     */
    public String caption() {
        String also = places.isEmpty() ? "" : ALSO_MARKED + String.join(", ", places);
        return String.join("\n", Stream.of(also, dashedLine(), datesLine())
                .filter(l -> !l.isEmpty()).toList());
    }

    /** "Dates: Geneva 9–10 Jan, Brussels 12 Jan" for the stops named without their days or unnamed, else empty. */
    public String datesLine() {
        return undatedStops.isEmpty() ? "" : DATES + String.join(", ", undatedStops);
    }

    /** "Dashed: Crimea (annexed 2014)" where nothing on the map says what the outline is, else empty. */
    public String dashedLine() {
        return crimeaUnexplained ? DASHED + CrimeaNote.LABEL : "";
    }

    /**
     * What {@code labels} (placed for {@code scene} by {@link MapLabels}, {@code stopsNamed} saying which route stops
     * they name) leave unnamed. A place is named by a name beside, across or on a leader to its own circle, by its
     * route stop's name (Brussels' stop names NATO headquarters too, which the labeller leaves to it), and Crimea's
     * circle by the note. A stop named but not {@code stopsDated}, or not named at all, is listed with its days, and
     * then names its places as a stop's name on the map would: "Also marked: Geneva" had said where but not when.
     * Not the stop of the selected place on a single day: the slide's own date line says that day (step 12 at
     * 1024×768 had room under Crimea's line for "Dates: Geneva 9–10 Jan" only, not for Brussels' "12 Jan" beside it).
     */
    static UnnamedMarks of(MapScene scene, List<MapLabel> labels, boolean[] stopsNamed, boolean[] stopsDated) {
        boolean crimeaNoted = labels.stream().anyMatch(l -> l.oneLine().equals(CrimeaNote.LABEL));
        List<String> undated = new ArrayList<>();
        boolean[] stopsSaid = new boolean[Math.min(scene.route().size(), stopsNamed.length)];
        for (int i = 0; i < stopsSaid.length && i < stopsDated.length; i++) {
            RouteStop stop = scene.route().get(i);
            boolean saysItsDay = oneDay(stop) && holds(stop, scene);
            stopsSaid[i] = stopsNamed[i] || !saysItsDay;
            if (!stopsDated[i] && !saysItsDay) {
                undated.add(stop.name() + " " + stop.dateLabel());
            }
        }
        Set<String> unnamed = new LinkedHashSet<>();
        scene.markers().stream()
                .sorted((a, b) -> Integer.compare(b.events(), a.events()))
                .filter(m -> !(CrimeaNote.marks(m) ? crimeaNoted : namedOnItsOwn(m, labels)
                        || namedByItsStop(m, scene.route(), stopsSaid)))
                .forEach(m -> unnamed.add(m.place().name()));
        return new UnnamedMarks(List.copyOf(unnamed), crimeaInView(scene.viewport()) && !crimeaNoted, undated);
    }

    /** A stop of one day: "12 Jan", not "9–10 Jan" or "10 Jan 2021 – 9 Jan 2022". */
    private static boolean oneDay(RouteStop stop) {
        return !stop.dateLabel().contains("–");
    }

    /** Whether {@code stop} is where the selected place is, or within a stop's reach of it. */
    private static boolean holds(RouteStop stop, MapScene scene) {
        String selected = scene.selectedPlace();
        return selected != null && (stop.placeIds().contains(selected) || scene.markers().stream()
                .anyMatch(m -> m.place().id().equals(selected)
                        && Geo.kilometres(m.place().lon(), m.place().lat(), stop.lon(), stop.lat()) < WeekRoute.SAME_STOP_KM));
    }

    private static boolean crimeaInView(MapViewport viewport) {
        return CrimeaNote.inView(viewport);
    }

    /** A place's name placed round its own circle: the labeller anchors it at the circle's centre. */
    private static boolean namedOnItsOwn(PlaceMarker m, List<MapLabel> labels) {
        return labels.stream().anyMatch(l -> l.kind() == MapLabel.Kind.PLACE
                && Math.abs(l.anchorX() - m.position().x()) < 0.5 && Math.abs(l.anchorY() - m.position().y()) < 0.5);
    }

    /** A place of a route stop named or said, or within a stop's reach of one (NATO headquarters by Brussels). */
    private static boolean namedByItsStop(PlaceMarker m, List<RouteStop> route, boolean[] stopsSaid) {
        for (int i = 0; i < route.size() && i < stopsSaid.length; i++) {
            RouteStop stop = route.get(i);
            if (stopsSaid[i] && (stop.placeIds().contains(m.place().id())
                    || Geo.kilometres(m.place().lon(), m.place().lat(), stop.lon(), stop.lat()) < WeekRoute.SAME_STOP_KM)) {
                return true;
            }
        }
        return false;
    }
}
