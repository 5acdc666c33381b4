package org.parley.render.map;

import org.parley.layout.map.ScreenPoint;
import org.parley.model.Place;

/**
 * A place drawn as a circle in the panel. Built once per frame and shared by the painter and by
 * hit testing, so what the user clicks is exactly what was drawn.
 *
 * @param events how many visible events happen at or refer to the place
 * @param radius circle radius in px
 */
public record PlaceMarker(Place place, ScreenPoint position, int events, double radius) {

    /** True for places the week happened in (drawn solid); countries and regions are drawn hollow. */
    public boolean isSite() {
        return switch (place.kind()) {
            case VENUE, CITY -> true;
            case COUNTRY, REGION -> false;
        };
    }
}
