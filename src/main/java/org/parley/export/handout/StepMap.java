package org.parley.export.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.parley.layout.map.LonLatBox;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.layout.map.Projection;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.model.PlaceKind;
import org.parley.render.map.MapScene;
import org.parley.render.map.MapSceneBuilder;

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
    private static final double AREA_HALF_LAT = 11;
    private static final double MARGIN_PX = 8;

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
            if (places.isEmpty()) {
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
        MapViewport viewport = viewport(basemap.projection(), focus, width, height);
        String place = dataset.place(event.place()).isPresent() ? event.place() : null;
        return Optional.of(new MapSceneBuilder(basemap, viewport, upToDayOf(dataset, event))
                .visibleEvents(toldSoFar)
                .selectedEvent(event.id())
                .selectedPlace(place)
                .build());
    }

    /** Whether the step is about a place the map can show; without one, a slide or page has no map. */
    public static boolean hasMap(Dataset dataset, Step step) {
        return step.isContext() ? !placesOf(dataset, step.context()).isEmpty() : focus(dataset, step.event()).isPresent();
    }

    /** Where the events happened and what they are about, each place once, those on the basemap. */
    static List<Place> placesOf(Dataset dataset, List<Event> events) {
        Set<String> ids = new LinkedHashSet<>();
        for (Event e : events) {
            if (!e.place().isEmpty()) {
                ids.add(e.place());
            }
            ids.addAll(e.refers());
        }
        return ids.stream().map(dataset::place).flatMap(Optional::stream).filter(StepMap::onBasemap).toList();
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
        return event.refers().stream().map(dataset::place).flatMap(Optional::stream).findFirst();
    }

    static MapViewport viewport(Projection projection, Optional<Place> focus, double width, double height) {
        LonLatBox frame = focus.filter(StepMap::onBasemap).map(StepMap::frameAround).orElse(LonLatBox.EUROPE);
        return MapViewport.fit(projection, frame.projectedBounds(projection), width, height, MARGIN_PX);
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
