package org.parley.render.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.layout.map.MapLayout;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.OffscreenPlace;

/**
 * Everything {@link MapPainter} draws for one frame, and nothing from a toolkit: the screen builds
 * one per redraw and an exporter builds one for an image, so both show the same map.
 *
 * @param layout            the countries, land and place positions for the viewport
 * @param markers           circles to draw, largest first so small ones stay on top and clickable
 * @param clusters          places too close together to draw apart at this zoom, one circle each
 * @param offscreen         places outside the panel that get an arrow at the border
 * @param shadedCountries   ISO 3166-1 numeric ids of the countries the selected event is about
 * @param selectedPlace     id of the selected place, or null
 * @param highlightedPlaces ids drawn with a highlight ring (e.g. where the selected actor acted)
 * @param route             the week's stops in order
 * @param title             drawn top-left when not blank (exports)
 * @param legend            whether to draw the key (exports)
 * @param sizeKey           whether to draw the compact key of circle sizes (the screen)
 * @param credit            whether to draw the basemap's credit; off only where the figure credits it elsewhere
 * @param busiest           the most events at any place under the filter, wherever the viewport is: the markers'
 *                          and the size key's scale
 * @param unplacedNote      under the size key, how many of the events shown have no place on the map when some do
 *                          and some do not; blank otherwise
 */
public record MapScene(MapLayout layout, List<PlaceMarker> markers, List<MarkerCluster> clusters,
        List<OffscreenPlace> offscreen,
        Set<String> shadedCountries, String selectedPlace, Set<String> highlightedPlaces, List<RouteStop> route,
        String title, boolean legend, boolean sizeKey, boolean credit, int busiest, String unplacedNote) {

    public MapScene {
        Objects.requireNonNull(layout, "layout");
        markers = List.copyOf(markers);
        clusters = List.copyOf(clusters);
        offscreen = List.copyOf(offscreen);
        shadedCountries = Set.copyOf(shadedCountries);
        highlightedPlaces = Set.copyOf(highlightedPlaces);
        route = List.copyOf(route);
        title = title == null ? "" : title;
        unplacedNote = unplacedNote == null ? "" : unplacedNote;
    }

    /** Every place marked, whether drawn alone or inside a group: what the arrow keys walk through. */
    public List<PlaceMarker> everyMarker() {
        List<PlaceMarker> all = new ArrayList<>(markers);
        clusters.forEach(c -> all.addAll(c.members()));
        return all;
    }

    public MapViewport viewport() {
        return layout.viewport();
    }
}
