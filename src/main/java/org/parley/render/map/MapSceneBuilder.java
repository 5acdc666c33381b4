package org.parley.render.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.layout.map.MapLayout;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.OffscreenPlace;
import org.parley.layout.map.PlaceMark;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.model.PlaceKind;

/**
 * Turns a dataset, a viewport and a selection into a {@link MapScene}. The screen feeds it from
 * the explorer state; an exporter sets the same fields by hand.
 *
 * <pre>{@code
 * MapScene scene = new MapSceneBuilder(basemap, viewport, dataset)
 *         .visibleEvents(events).selectedEvent("nrc-meeting").title("The week").legend(true).build();
 * new MapPainter().paint(painter, scene, Theme.PRINT);
 * }</pre>
 */
public final class MapSceneBuilder {

    /** How far inside the border edge arrows sit, so they are not clipped. */
    public static final double EDGE_INSET_PX = 14;

    private final ProjectedBasemap basemap;
    private final MapViewport viewport;
    private final Dataset dataset;
    private List<Event> visibleEvents;
    private String selectedEvent;
    private String selectedPlace;
    private String selectedActor;
    private String title = "";
    private boolean legend;

    public MapSceneBuilder(ProjectedBasemap basemap, MapViewport viewport, Dataset dataset) {
        this.basemap = Objects.requireNonNull(basemap, "basemap");
        this.viewport = Objects.requireNonNull(viewport, "viewport");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.visibleEvents = dataset.events();
    }

    /** The events that pass the filters; markers count only these. Defaults to all events. */
    public MapSceneBuilder visibleEvents(List<Event> events) {
        this.visibleEvents = List.copyOf(events);
        return this;
    }

    public MapSceneBuilder selectedEvent(String eventId) {
        this.selectedEvent = eventId;
        return this;
    }

    public MapSceneBuilder selectedPlace(String placeId) {
        this.selectedPlace = placeId;
        return this;
    }

    public MapSceneBuilder selectedActor(String actorId) {
        this.selectedActor = actorId;
        return this;
    }

    public MapSceneBuilder title(String text) {
        this.title = text == null ? "" : text;
        return this;
    }

    public MapSceneBuilder legend(boolean show) {
        this.legend = show;
        return this;
    }

    public MapScene build() {
        Map<String, Integer> counts = countEvents();
        List<RouteStop> route = WeekRoute.of(dataset);
        Set<String> routePlaces = new HashSet<>();
        route.forEach(stop -> routePlaces.addAll(stop.placeIds()));

        List<Place> shown = new ArrayList<>();
        for (Place place : dataset.places()) {
            if (isVague(place)) {
                continue;
            }
            if (counts.containsKey(place.id()) || routePlaces.contains(place.id()) || place.id().equals(selectedPlace)) {
                shown.add(place);
            }
        }
        MapLayout layout = MapLayout.of(basemap, viewport, shown, EDGE_INSET_PX);

        List<PlaceMarker> markers = new ArrayList<>();
        for (PlaceMark mark : layout.places()) {
            int events = counts.getOrDefault(mark.place().id(), 0);
            markers.add(new PlaceMarker(mark.place(), mark.position(), events, MarkerSize.radius(events)));
        }
        markers.sort(Comparator.comparingDouble(PlaceMarker::radius).reversed());

        // A country's centroid off the panel (Russia's lies in Siberia) is not a destination; cities are.
        List<OffscreenPlace> offscreen = layout.offscreen().stream()
                .filter(o -> o.place().kind() == PlaceKind.CITY || o.place().kind() == PlaceKind.VENUE)
                .toList();

        return new MapScene(layout, markers, offscreen, shadedCountries(), selectedPlace, highlightedPlaces(),
                route, title, legend);
    }

    /**
     * "Europe" or "post-Soviet space" has no point: a circle in the Baltic Sea would say more than
     * the articles do. Regions that name their countries (the Baltic states) or lie in one (Crimea) stay.
     */
    private static boolean isVague(Place place) {
        return place.kind() == PlaceKind.REGION && RegionCountries.of(place).isEmpty();
    }

    private Map<String, Integer> countEvents() {
        Map<String, Integer> counts = new HashMap<>();
        for (Event event : visibleEvents) {
            Set<String> about = new HashSet<>(event.refers());
            if (!event.place().isEmpty()) {
                about.add(event.place());
            }
            about.forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }

    private Set<String> shadedCountries() {
        Set<String> ids = new HashSet<>();
        if (selectedEvent == null) {
            return ids;
        }
        dataset.event(selectedEvent).ifPresent(event -> {
            for (String placeId : event.refers()) {
                dataset.place(placeId).ifPresent(place -> ids.addAll(RegionCountries.of(place)));
            }
        });
        return ids;
    }

    private Set<String> highlightedPlaces() {
        Set<String> ids = new HashSet<>();
        if (selectedActor == null) {
            return ids;
        }
        for (Event event : visibleEvents) {
            if (event.involves(selectedActor) && !event.place().isEmpty()) {
                ids.add(event.place());
            }
        }
        return ids;
    }
}
