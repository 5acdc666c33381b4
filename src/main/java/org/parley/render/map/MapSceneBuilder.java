package org.parley.render.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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
    private Set<String> highlightedPlaces;
    private String title = "";
    private boolean legend;
    private boolean sizeKey;
    private boolean credit = true;
    private boolean groupCrowds = true;
    private MapData data;

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

    /**
     * Rings these places instead of the selected actor's: where a link chosen in the actor network
     * met (the venues of the events its two actors share). Null goes back to the actor's places.
     */
    public MapSceneBuilder highlightedPlaces(Set<String> placeIds) {
        this.highlightedPlaces = placeIds == null ? null : Set.copyOf(placeIds);
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

    /**
     * Uses aggregates computed earlier (the screen keeps them per dataset and filter) instead of
     * counting the visible events again; {@link #visibleEvents} is then ignored.
     */
    public MapSceneBuilder data(MapData aggregates) {
        this.data = aggregates;
        return this;
    }

    /**
     * Whether places crowded together are drawn as one circle that counts them (the default); off
     * where zooming in can take them no further apart.
     */
    public MapSceneBuilder groupCrowds(boolean group) {
        this.groupCrowds = group;
        return this;
    }

    /** Draws the compact key of circle sizes (the screen; exports have the full legend). */
    public MapSceneBuilder sizeKey(boolean show) {
        this.sizeKey = show;
        return this;
    }

    /**
     * Leaves the basemap's credit off the map, for a figure that gives it in its own credit line: a
     * slide's map is small, and the credit at slide type covered a third of it.
     */
    public MapSceneBuilder creditElsewhere() {
        this.credit = false;
        return this;
    }

    public MapScene build() {
        MapData aggregates = data != null ? data : MapData.of(dataset, visibleEvents);
        String ringed = selectedPlace != null ? selectedPlace : selectedEventPlace();
        List<Place> shown = new ArrayList<>(aggregates.places());
        if (ringed != null && shown.stream().noneMatch(p -> p.id().equals(ringed))) {
            dataset.place(ringed).filter(p -> !MapData.isVague(p)).ifPresent(shown::add);
        }
        MapLayout layout = MapLayout.of(basemap, viewport, shown, EDGE_INSET_PX);

        List<PlaceMarker> markers = new ArrayList<>(layout.places().size());
        // Scaled to the filter's busiest place, not the viewport's: panning must not resize a marker.
        int busiest = aggregates.busiest();
        for (PlaceMark mark : layout.places()) {
            int events = aggregates.events(mark.place().id());
            markers.add(new PlaceMarker(mark.place(), mark.position(), events, MarkerSize.radius(events, busiest)));
        }
        Set<String> highlighted = highlightedPlaces != null ? highlightedPlaces : aggregates.placesOf(selectedActor);
        Set<String> apart = new HashSet<>(highlighted);
        if (ringed != null) {
            apart.add(ringed);
        }
        aggregates.route().forEach(stop -> apart.addAll(stop.placeIds()));
        MarkerClusters.Split split = groupCrowds ? MarkerClusters.of(markers, apart, busiest)
                : new MarkerClusters.Split(markers.stream()
                        .sorted(Comparator.comparingDouble(PlaceMarker::radius).reversed()).toList(), List.of());

        // A country's centroid off the panel (Russia's lies in Siberia) is not a destination; cities are.
        List<OffscreenPlace> offscreen = oneArrowPerSpot(layout.offscreen().stream()
                .filter(o -> o.place().kind() == PlaceKind.CITY || o.place().kind() == PlaceKind.VENUE)
                .toList(), ringed, aggregates);

        return new MapScene(layout, split.singles(), split.clusters(), offscreen, shadedCountries(), ringed,
                highlighted, aggregates.route(), title, legend, sizeKey, credit, busiest,
                // With no place drawn at all the screen says so in its own note, over the bare map.
                sizeKey && busiest > 0 ? aggregates.unplacedNote().orElse("") : "");
    }

    /**
     * Places off the panel in one direction (Brussels and NATO headquarters) share one arrow: two
     * drawn on top of each other left the second name floating with no arrow of its own. The
     * ringed place keeps its arrow, then the busiest.
     */
    private static List<OffscreenPlace> oneArrowPerSpot(List<OffscreenPlace> all, String ringed, MapData aggregates) {
        List<OffscreenPlace> byImportance = new ArrayList<>(all);
        byImportance.sort(Comparator.comparing((OffscreenPlace o) -> !o.place().id().equals(ringed))
                .thenComparing(Comparator.comparingInt((OffscreenPlace o) -> aggregates.events(o.place().id())).reversed())
                .thenComparing(o -> o.place().id()));
        List<OffscreenPlace> kept = new ArrayList<>();
        for (OffscreenPlace o : byImportance) {
            boolean apart = kept.stream().allMatch(k -> Math.hypot(k.marker().position().x() - o.marker().position().x(),
                    k.marker().position().y() - o.marker().position().y()) >= 2 * MapLabels.ARROW_PX);
            if (apart) {
                kept.add(o);
            }
        }
        return List.copyOf(kept);
    }

    /** The venue of the selected event: ringed like a selected place, so the map answers "where?". */
    private String selectedEventPlace() {
        if (selectedEvent == null) {
            return null;
        }
        return dataset.event(selectedEvent).map(e -> e.place().isEmpty() ? null : e.place()).orElse(null);
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
}
