package org.parley.layout.map;

/**
 * A longitude/latitude rectangle in degrees, such as the frame the bundled basemap was cut to.
 *
 * <p>The basemap's own projected bounds are no good as a default view: whole countries are kept,
 * so Russia reaches Chukotka and Greenland reaches −73°, which would shrink Europe to a corner.
 * Fit the viewport to {@link #EUROPE} instead.
 */
public record LonLatBox(double west, double south, double east, double north) {

    /** The frame of the bundled basemap (see docs/basemap.md). */
    public static final LonLatBox EUROPE = new LonLatBox(-30, 27, 60, 72);

    // Edges of a lon/lat box are curves after projection; this many samples per edge bound them to well under a pixel.
    private static final int SAMPLES_PER_EDGE = 64;

    public LonLatBox {
        if (!(west < east && south < north)) {
            throw new IllegalArgumentException("empty or inverted box: " + west + "," + south + " .. " + east + "," + north);
        }
    }

    public boolean contains(double lon, double lat) {
        return lon >= west && lon <= east && lat >= south && lat <= north;
    }

    /** The projected box around this rectangle, found by sampling its four edges. */
    public Bounds projectedBounds(Projection projection) {
        double[] xy = new double[8 * (SAMPLES_PER_EDGE + 1)];
        int at = 0;
        for (int i = 0; i <= SAMPLES_PER_EDGE; i++) {
            double lon = west + (east - west) * i / SAMPLES_PER_EDGE;
            double lat = south + (north - south) * i / SAMPLES_PER_EDGE;
            at = put(xy, at, projection.forward(lon, south));
            at = put(xy, at, projection.forward(lon, north));
            at = put(xy, at, projection.forward(west, lat));
            at = put(xy, at, projection.forward(east, lat));
        }
        return Bounds.of(xy);
    }

    private static int put(double[] xy, int at, MapPoint p) {
        xy[at] = p.x();
        xy[at + 1] = p.y();
        return at + 2;
    }
}
