package org.parley.layout.map;

import org.parley.model.Place;

/** A place outside the viewport, with the border arrow that points to it. */
public record OffscreenPlace(Place place, EdgeMarker marker) {
}
