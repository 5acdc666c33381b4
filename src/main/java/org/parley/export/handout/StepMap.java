package org.parley.export.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.parley.layout.map.Bounds;
import org.parley.layout.map.LonLat;
import org.parley.layout.map.LonLatBox;
import org.parley.layout.map.MapPoint;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.layout.map.Projection;
import org.parley.layout.map.ScreenPoint;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Modality;
import org.parley.model.Place;
import org.parley.model.PlaceKind;
import org.parley.render.map.MapData;
import org.parley.render.map.MapScene;
import org.parley.render.map.MapSceneBuilder;
import org.parley.render.map.WeekRoute;

/**
 * The map of one step: centred on where the event happened, with the markers of the steps told so
 * far, the countries the event is about shaded, and the week's route only as far as this event's
 * day, so the route grows as the story is told rather than giving away what comes next.
 */
public final class StepMap {

    // Half-extent of the frame around a city: enough to show its neighbours and the next route stop.
    private static final double CITY_HALF_LON = 13;
    private static final double CITY_HALF_LAT = 7.5;
    // Countries and regions are large; a city-sized frame would show only their interior.
    private static final double AREA_HALF_LON = 20;
    /** Room round the opening map's outermost cities, for their markers and names. */
    private static final double OVERVIEW_PAD_LON = 4;
    private static final double OVERVIEW_PAD_LAT = 2.5;
    private static final double AREA_HALF_LAT = 11;
    private static final double MARGIN_PX = 8;
    /** A route badge's radius and a little: a place nearer an edge is cut by it. */
    private static final double EDGE_PX = 14;
    /** The strip along the bottom that the basemap's credit covers, and a badge's clearance above it. */
    private static final double CREDIT_PX = 30;

    private StepMap() {
    }

    /**
     * The map of step {@code index}, or empty when the step is about no place (the slide then gives
     * its words the room). An event step centres on its venue or the place it is about; a context
     * step frames every place its background events happened in or refer to.
     *
     * @param steps the deck, in the order told
     */
    public static Optional<MapScene> scene(ProjectedBasemap basemap, Dataset dataset, List<Step> steps, int index,
                                           double width, double height) {
        Step step = steps.get(index);
        List<Event> toldSoFar = new ArrayList<>();
        for (int i = 0; i <= index; i++) {
            toldSoFar.addAll(steps.get(i).events());
        }
        if (step.isContext()) {
            List<Place> places = placesOf(dataset, step.context());
            if (!mappable(places)) {
                return Optional.empty();
            }
            MapViewport viewport = MapViewport.fit(basemap.projection(),
                    around(places).projectedBounds(basemap.projection()), width, height, MARGIN_PX);
            return Optional.of(new MapSceneBuilder(basemap, viewport, upToDayOf(dataset, step.event()))
                    .visibleEvents(step.context())
                    .build());
        }
        Event event = step.event();
        Optional<Place> focus = focus(dataset, event);
        if (focus.isEmpty()) {
            return Optional.empty();
        }
        // Counted once: the frame is fitted to what they mark, and the scene drawn from them.
        MapData told = MapData.of(upToDayOf(dataset, event), toldSoFar);
        MapViewport viewport = heldFrame(basemap.projection(), dataset, steps, index, width, height, told);
        String place = dataset.place(event.place()).isPresent() ? event.place() : null;
        return Optional.of(new MapSceneBuilder(basemap, viewport, told.dataset())
                .data(told)
                .selectedEvent(event.id())
                .selectedPlace(place)
                .build());
    }

    /**
     * A first map of {@code step}, made from its own events alone: framed on the places it is about and marking
     * them, without the counts and the route of the story told so far, which {@link #scene} reads from every event
     * up to the step's day. Its cost follows the step, not the dataset, so a slide draws it on the click, where the
     * whole map, made on the compute thread, had come two seconds and more after it on a busy machine and the
     * previous step's map had stood in. Empty when the step is about no place.
     */
    public static Optional<MapScene> sketch(ProjectedBasemap basemap, Dataset dataset, Step step, double width,
                                            double height) {
        List<Event> own = step.events();
        List<Place> places = new ArrayList<>();
        for (Event e : own) {
            List<String> ids = new ArrayList<>(mapped(e));
            ids.add(0, e.place());
            ids.stream().map(dataset::place).flatMap(Optional::stream).filter(p -> !places.contains(p))
                    .forEach(places::add);
        }
        Dataset told = new Dataset(dataset.title(), "", dataset.focus().orElse(null), dataset.zone(), List.of(),
                List.of(), places, own, List.of(), List.of());
        if (step.isContext()) {
            List<Place> framed = placesOf(dataset, step.context());
            if (!mappable(framed)) {
                return Optional.empty();
            }
            MapViewport viewport = MapViewport.fit(basemap.projection(),
                    around(framed).projectedBounds(basemap.projection()), width, height, MARGIN_PX);
            return Optional.of(new MapSceneBuilder(basemap, viewport, told).build());
        }
        Event event = step.event();
        Optional<Place> focus = focus(dataset, event);
        if (focus.isEmpty()) {
            return Optional.empty();
        }
        MapViewport viewport = viewport(basemap.projection(), dataset, event, focus, width, height);
        String place = dataset.place(event.place()).isPresent() ? event.place() : null;
        return Optional.of(new MapSceneBuilder(basemap, viewport, told)
                .selectedEvent(event.id())
                .selectedPlace(place)
                .build());
    }

    /**
     * The frame of event step {@code index}. While the story stays in one city, the frame of the
     * step before is kept whenever it already shows all that this step's own frame would, and
     * widened to take it in when not: the map widens when a step reaches further, but no longer
     * zooms in and out between steps in the same room (a class saw 1000, 2000, 500 and 1000 km scales on consecutive Brussels steps).
     */
    private static MapViewport heldFrame(Projection projection, Dataset dataset, List<Step> steps,
                                         int index, double width, double height, MapData told) {
        String city = cityOf(dataset, steps.get(index).event().place());
        int start = index;
        // A step placed nowhere (a remark the papers do not place) does not end the stay.
        while (!city.isEmpty() && start > 0 && !steps.get(start - 1).isContext()
                && List.of(city, "").contains(cityOf(dataset, steps.get(start - 1).event().place()))) {
            start--;
        }
        List<Event> toldSoFar = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            toldSoFar.addAll(steps.get(i).events());
        }
        MapViewport held = null;
        for (int i = start; i <= index; i++) {
            Event e = steps.get(i).event();
            toldSoFar.add(e);
            if (i < index && cityOf(dataset, e.place()).isEmpty()) {
                continue;
            }
            MapData toldThen = i == index ? told : MapData.of(upToDayOf(dataset, e), toldSoFar);
            MapViewport own = clearOfTheEdges(viewport(projection, dataset, e, focus(dataset, e), width, height),
                    marked(toldThen));
            held = held == null ? own : covers(held, own) ? held : both(projection, held, own, width, height);
        }
        return clearOfTheEdges(held, marked(told));
    }

    /** The place a venue lies within (NATO headquarters: Brussels), else the place itself; "" for none. */
    private static String cityOf(Dataset dataset, String placeId) {
        return dataset.place(placeId).map(p -> p.within().isEmpty() ? p.id() : p.within()).orElse("");
    }

    /** The least frame that shows all of both: the map widens to take a step's further places in, never zooms in. */
    private static MapViewport both(Projection projection, MapViewport a, MapViewport b,
                                    double width, double height) {
        var x = a.visibleBounds();
        var y = b.visibleBounds();
        return MapViewport.fit(projection, new Bounds(Math.min(x.minX(), y.minX()),
                Math.min(x.minY(), y.minY()), Math.max(x.maxX(), y.maxX()), Math.max(x.maxY(), y.maxY())), width, height, 0);
    }

    /** Whether frame {@code a} shows all that {@code b} does. */
    private static boolean covers(MapViewport a, MapViewport b) {
        var x = a.visibleBounds();
        var y = b.visibleBounds();
        return x.minX() <= y.minX() && x.minY() <= y.minY() && x.maxX() >= y.maxX() && x.maxY() >= y.maxY();
    }

    /**
     * Whether the step is about a place the map can show; without one, a slide or page has no map.
     * A context step needs one smaller than a region: "Europe" alone framed an empty map of Europe.
     */
    public static boolean hasMap(Dataset dataset, Step step) {
        return step.isContext() ? mappable(placesOf(dataset, step.context())) : focus(dataset, step.event()).isPresent();
    }

    /** Whether a context step's places include one a map can point at, smaller than a region. */
    private static boolean mappable(List<Place> places) {
        return places.stream().anyMatch(p -> p.kind() != PlaceKind.REGION);
    }

    /** Where the events happened and what they are about, each place once, those on the basemap. */
    static List<Place> placesOf(Dataset dataset, List<Event> events) {
        Set<String> ids = new LinkedHashSet<>();
        for (Event e : events) {
            if (!e.place().isEmpty()) {
                ids.add(e.place());
            }
            ids.addAll(mapped(e));
        }
        return ids.stream().map(dataset::place).flatMap(Optional::stream).filter(StepMap::onBasemap).toList();
    }

    /**
     * The places an event is about that a map may show. Those of a conditional event are what its condition or
     * forecast names ("rather than go to war again in Ukraine"), not where anything happens: a map of Ukraine on
     * "What comes next" read as if something to come lay there, and pushed the page's summaries off it.
     */
    private static List<String> mapped(Event event) {
        return event.modality() == Modality.CONDITIONAL ? List.of() : event.refers();
    }

    /** A frame around all {@code places}, never tighter than a city's own frame. */
    private static LonLatBox around(List<Place> places) {
        LonLatBox box = frameAround(places.get(0));
        for (Place p : places) {
            LonLatBox f = frameAround(p);
            box = new LonLatBox(Math.min(box.west(), f.west()), Math.min(box.south(), f.south()),
                    Math.max(box.east(), f.east()), Math.max(box.north(), f.north()));
        }
        return box;
    }

    /** Where to centre: the venue, else the first place the event is about, else nowhere. */
    static Optional<Place> focus(Dataset dataset, Event event) {
        Optional<Place> venue = dataset.place(event.place());
        if (venue.isPresent()) {
            return venue;
        }
        return mapped(event).stream().map(dataset::place).flatMap(Optional::stream).findFirst();
    }

    /**
     * The frame of an event step: round where it happened and every place it is about, so a step
     * in Brussels about Ukraine and Georgia shows them whole rather than as a shaded sliver at the
     * edge; Europe when none of them is on the basemap.
     */
    static MapViewport viewport(Projection projection, Dataset dataset, Event event, Optional<Place> focus,
                                double width, double height) {
        List<Place> framed = new ArrayList<>();
        focus.filter(StepMap::onBasemap).ifPresent(framed::add);
        // "Europe" has no point on the map (MapData.isVague): it widened a Brussels step to the continent,
        // and every Brussels step after it, with Geneva's badge on Brussels'.
        mapped(event).stream().map(dataset::place).flatMap(Optional::stream).filter(StepMap::onBasemap)
                .filter(p -> !MapData.isVague(p)).filter(p -> !framed.contains(p)).forEach(framed::add);
        LonLatBox frame = framed.isEmpty() ? LonLatBox.EUROPE : around(framed);
        return MapViewport.fit(projection, frame.projectedBounds(projection), width, height, MARGIN_PX);
    }

    /**
     * The opening page's frame: round the cities and venues of the story's events, rather than all
     * of Europe, which in a tall narrow map ran from Greenland to Africa around three venues close
     * together.
     */
    static MapViewport overview(Projection projection, Dataset dataset, List<Event> events, double width,
                                double height) {
        // Cities and venues: a country's or region's point can lie far off (Russia's is in Siberia).
        // And the week's route, which the map draws whatever the filter: a handout of Putin's events
        // framed Moscow and Brussels, with Geneva off the edge and its leg across the scale bar.
        List<LonLat> at = new ArrayList<>();
        placesOf(dataset, events).stream().filter(p -> p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.VENUE)
                .forEach(p -> at.add(new LonLat(p.lon(), p.lat())));
        WeekRoute.of(dataset).forEach(stop -> at.add(new LonLat(stop.lon(), stop.lat())));
        LonLatBox frame = at.isEmpty() ? LonLatBox.EUROPE : new LonLatBox(
                at.stream().mapToDouble(LonLat::lon).min().orElseThrow() - OVERVIEW_PAD_LON,
                at.stream().mapToDouble(LonLat::lat).min().orElseThrow() - OVERVIEW_PAD_LAT,
                at.stream().mapToDouble(LonLat::lon).max().orElseThrow() + OVERVIEW_PAD_LON,
                at.stream().mapToDouble(LonLat::lat).max().orElseThrow() + OVERVIEW_PAD_LAT);
        return clearOfTheEdges(MapViewport.fit(projection, frame.projectedBounds(projection), width, height, MARGIN_PX),
                at);
    }

    /** Where the places told so far and the route's stops so far are. */
    private static List<LonLat> marked(MapData told) {
        List<LonLat> at = new ArrayList<>();
        told.places().forEach(p -> at.add(new LonLat(p.lon(), p.lat())));
        told.route().forEach(stop -> at.add(new LonLat(stop.lon(), stop.lat())));
        return at;
    }

    /**
     * The frame widened just enough that no place already told sits cut by an edge or under the
     * basemap's credit along the bottom: a slide framed on Estonia had Geneva's route badge half
     * below the map, under the credit. Places well outside stay out, as before.
     */
    static MapViewport clearOfTheEdges(MapViewport frame, List<LonLat> told) {
        MapViewport v = frame;
        for (int pass = 0; pass < 2; pass++) {
            Bounds box = v.visibleBounds();
            double minX = box.minX();
            double minY = box.minY();
            double maxX = box.maxX();
            double maxY = box.maxY();
            boolean widened = false;
            for (LonLat at : told) {
                ScreenPoint s = v.project(at.lon(), at.lat());
                boolean onTheFrame = s.x() > -EDGE_PX && s.x() < v.width() + EDGE_PX && s.y() > -EDGE_PX
                        && s.y() < v.height() + EDGE_PX;
                boolean clear = s.x() >= EDGE_PX && s.x() <= v.width() - EDGE_PX && s.y() >= EDGE_PX
                        && s.y() <= v.height() - CREDIT_PX;
                if (onTheFrame && !clear) {
                    MapPoint p = v.projection().forward(at.lon(), at.lat());
                    double pad = CREDIT_PX * v.metresPerPixel();
                    minX = Math.min(minX, p.x() - pad);
                    maxX = Math.max(maxX, p.x() + pad);
                    minY = Math.min(minY, p.y() - pad);
                    maxY = Math.max(maxY, p.y() + pad);
                    widened = true;
                }
            }
            if (!widened) {
                return v;
            }
            v = MapViewport.fit(v.projection(), new Bounds(minX, minY, maxX, maxY), v.width(), v.height());
        }
        return v;
    }

    // Washington lies off the Europe basemap: centring on it would show empty ocean, so show Europe
    // and let the edge arrow point the way.
    private static boolean onBasemap(Place place) {
        LonLatBox e = LonLatBox.EUROPE;
        return place.lon() > e.west() && place.lon() < e.east() && place.lat() > e.south() && place.lat() < e.north();
    }

    private static LonLatBox frameAround(Place place) {
        boolean area = place.kind() == PlaceKind.COUNTRY || place.kind() == PlaceKind.REGION;
        double halfLon = area ? AREA_HALF_LON : CITY_HALF_LON;
        double halfLat = area ? AREA_HALF_LAT : CITY_HALF_LAT;
        return new LonLatBox(place.lon() - halfLon, Math.max(-89, place.lat() - halfLat),
                place.lon() + halfLon, Math.min(89, place.lat() + halfLat));
    }

    /** The dataset as it stood at the end of the event's day: the route is read from it. */
    static Dataset upToDayOf(Dataset dataset, Event event) {
        LocalDate day = event.time().startDate();
        List<Event> kept = dataset.events().stream().filter(e -> !e.time().startDate().isAfter(day)).toList();
        return new Dataset(dataset.title(), dataset.description(), dataset.declaredFocus().orElse(null),
                dataset.declaredZone().orElse(null), dataset.sources(), dataset.actors(),
                dataset.places(), kept, dataset.quotes(), dataset.divergences());
    }
}
