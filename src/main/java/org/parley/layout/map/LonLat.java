package org.parley.layout.map;

/** A geographic position in degrees (WGS 84 / ETRS89; the difference is far below a pixel). */
public record LonLat(double lon, double lat) {
}
