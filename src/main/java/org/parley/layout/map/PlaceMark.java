package org.parley.layout.map;

import org.parley.model.Place;

/** A place that is inside the viewport, with where to draw it. */
public record PlaceMark(Place place, ScreenPoint position) {
}
