package org.parley.render.map;

import org.parley.model.Place;

/** Great-circle distances on a sphere: good to well under a percent, plenty for a scale bar or merging venues. */
final class Geo {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Geo() {
    }

    static double kilometres(Place a, Place b) {
        return kilometres(a.lon(), a.lat(), b.lon(), b.lat());
    }

    static double kilometres(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
