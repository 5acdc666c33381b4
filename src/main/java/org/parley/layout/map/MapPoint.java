package org.parley.layout.map;

/** A projected position in metres: x grows east, y grows north (EPSG:3035 easting, northing). */
public record MapPoint(double x, double y) {
}
