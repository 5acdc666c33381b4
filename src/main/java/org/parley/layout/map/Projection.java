package org.parley.layout.map;

/**
 * A map projection between geographic degrees and projected metres.
 * Implementations are immutable and thread-safe.
 */
public interface Projection {

    /** Projects longitude/latitude in degrees to x/y in metres. */
    MapPoint forward(double lon, double lat);

    /** The geographic position of a projected point; the inverse of {@link #forward}. */
    LonLat inverse(double x, double y);

    /**
     * Projects a flat {@code lon0, lat0, lon1, lat1, …} array into a new flat {@code x0, y0, …}
     * array. Implementations may override this with an allocation-free loop.
     */
    default double[] forward(double[] lonLat) {
        double[] xy = new double[lonLat.length];
        for (int i = 0; i + 1 < lonLat.length; i += 2) {
            MapPoint p = forward(lonLat[i], lonLat[i + 1]);
            xy[i] = p.x();
            xy[i + 1] = p.y();
        }
        return xy;
    }

    default MapPoint forward(LonLat position) {
        return forward(position.lon(), position.lat());
    }
}
