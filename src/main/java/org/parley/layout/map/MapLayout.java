package org.parley.layout.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Place;

/**
 * Everything a map painter needs for one frame: the countries and land worth drawing, the places
 * inside the panel and the arrows for those outside it. The screen and every exporter paint the
 * same layout, so an exported map matches what the user saw.
 */
public record MapLayout(MapViewport viewport, List<ProjectedCountry> countries, List<ProjectedPolygon> land,
        List<PlaceMark> places, List<OffscreenPlace> offscreen) {

    public MapLayout {
        countries = List.copyOf(countries);
        land = List.copyOf(land);
        places = List.copyOf(places);
        offscreen = List.copyOf(offscreen);
    }

    /**
     * Lays out one frame. Places beyond the basemap's frame ({@link LonLatBox#EUROPE}) are always
     * edge arrows, whatever the panel's size: there is no land drawn around them to read a
     * marker against.
     *
     * @param edgeInsetPx how far inside the border edge markers sit, so arrows are not clipped
     */
    public static MapLayout of(ProjectedBasemap basemap, MapViewport viewport, List<Place> places, double edgeInsetPx) {
        if (basemap.projection() != viewport.projection()) {
            throw new IllegalArgumentException("viewport and basemap use different projections");
        }
        Bounds visible = viewport.visibleBounds();
        List<PlaceMark> inside = new ArrayList<>();
        List<OffscreenPlace> outside = new ArrayList<>();
        for (Place place : places) {
            Optional<EdgeMarker> marker = LonLatBox.EUROPE.contains(place.lon(), place.lat())
                    ? EdgeMarker.toward(viewport, place.lon(), place.lat(), edgeInsetPx)
                    : Optional.of(EdgeMarker.beyondFrame(viewport, place.lon(), place.lat(), edgeInsetPx));
            if (marker.isPresent()) {
                outside.add(new OffscreenPlace(place, marker.get()));
            } else {
                inside.add(new PlaceMark(place, viewport.project(place.lon(), place.lat())));
            }
        }
        return new MapLayout(viewport, basemap.countriesIn(visible), basemap.landIn(visible), inside, outside);
    }
}
