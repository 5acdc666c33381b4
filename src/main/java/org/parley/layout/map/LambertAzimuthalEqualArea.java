package org.parley.layout.map;

/**
 * Lambert azimuthal equal-area projection on an ellipsoid, oblique aspect, as in Snyder,
 * "Map Projections — A Working Manual" (USGS PP 1395, 1987), eqs. 3-11 to 3-16 and 24-2 to 24-31.
 *
 * <p>{@link #ETRS89_LAEA} is EPSG:3035 (ETRS89-extended / LAEA Europe): GRS 1980 ellipsoid,
 * origin 52°N 10°E, false easting 4 321 000 m, false northing 3 210 000 m. EPSG lists that CRS
 * with northing first; here x is always easting and y northing. See
 * docs/decisions/0003-map-projection.md for why this projection and why it is hand-written.
 */
public final class LambertAzimuthalEqualArea implements Projection {

    /** EPSG:3035, the European Union's equal-area grid. */
    public static final LambertAzimuthalEqualArea ETRS89_LAEA =
            new LambertAzimuthalEqualArea(6_378_137.0, 1 / 298.257222101, 52, 10, 4_321_000, 3_210_000);

    // Newton iteration for latitude from q converges in 3-4 steps; the cap only guards bad input.
    private static final int MAX_ITERATIONS = 15;
    private static final double LATITUDE_TOLERANCE = 1e-12;

    private final double a;
    private final double e;
    private final double e2;
    private final double lon0;
    private final double falseEasting;
    private final double falseNorthing;
    private final double qp;
    private final double rq;
    private final double sinBeta1;
    private final double cosBeta1;
    private final double d;

    /**
     * @param semiMajorAxis  ellipsoid semi-major axis in metres
     * @param flattening     ellipsoid flattening (0 for a sphere is not supported; use a tiny value)
     * @param lat0Deg        latitude of the projection centre
     * @param lon0Deg        longitude of the projection centre
     */
    public LambertAzimuthalEqualArea(double semiMajorAxis, double flattening, double lat0Deg, double lon0Deg,
            double falseEasting, double falseNorthing) {
        if (!(flattening > 0 && flattening < 1)) {
            throw new IllegalArgumentException("flattening must be in (0, 1), was " + flattening);
        }
        this.a = semiMajorAxis;
        this.e2 = flattening * (2 - flattening);
        this.e = Math.sqrt(e2);
        this.lon0 = Math.toRadians(lon0Deg);
        this.falseEasting = falseEasting;
        this.falseNorthing = falseNorthing;
        this.qp = q(1.0);
        this.rq = a * Math.sqrt(qp / 2);
        double phi1 = Math.toRadians(lat0Deg);
        double sinPhi1 = Math.sin(phi1);
        double beta1 = Math.asin(q(sinPhi1) / qp);
        this.sinBeta1 = Math.sin(beta1);
        this.cosBeta1 = Math.cos(beta1);
        double m1 = Math.cos(phi1) / Math.sqrt(1 - e2 * sinPhi1 * sinPhi1);
        this.d = a * m1 / (rq * cosBeta1);
    }

    @Override
    public MapPoint forward(double lon, double lat) {
        double[] out = new double[2];
        forwardInto(lon, lat, out, 0);
        return new MapPoint(out[0], out[1]);
    }

    @Override
    public double[] forward(double[] lonLat) {
        double[] xy = new double[lonLat.length];
        for (int i = 0; i + 1 < lonLat.length; i += 2) {
            forwardInto(lonLat[i], lonLat[i + 1], xy, i);
        }
        return xy;
    }

    private void forwardInto(double lonDeg, double latDeg, double[] out, int at) {
        double sinPhi = Math.sin(Math.toRadians(latDeg));
        double beta = Math.asin(clamp(q(sinPhi) / qp));
        double sinBeta = Math.sin(beta);
        double cosBeta = Math.cos(beta);
        double dLon = Math.toRadians(lonDeg) - lon0;
        double cosDLon = Math.cos(dLon);
        // The antipode of the centre (near 52°S 170°W) has no image; it never occurs for a European map.
        double b = rq * Math.sqrt(2 / (1 + sinBeta1 * sinBeta + cosBeta1 * cosBeta * cosDLon));
        out[at] = falseEasting + b * d * cosBeta * Math.sin(dLon);
        out[at + 1] = falseNorthing + (b / d) * (cosBeta1 * sinBeta - sinBeta1 * cosBeta * cosDLon);
    }

    @Override
    public LonLat inverse(double x, double y) {
        double dx = x - falseEasting;
        double dy = y - falseNorthing;
        double rho = Math.hypot(dx / d, d * dy);
        if (rho < 1e-9) {
            return new LonLat(Math.toDegrees(lon0), Math.toDegrees(phiFromQ(qp * sinBeta1)));
        }
        double ce = 2 * Math.asin(clamp(rho / (2 * rq)));
        double sinCe = Math.sin(ce);
        double cosCe = Math.cos(ce);
        double q = qp * (cosCe * sinBeta1 + d * dy * sinCe * cosBeta1 / rho);
        double lon = lon0 + Math.atan2(dx * sinCe, d * rho * cosBeta1 * cosCe - d * d * dy * sinBeta1 * sinCe);
        return new LonLat(normalizeDegrees(Math.toDegrees(lon)), Math.toDegrees(phiFromQ(q)));
    }

    /** Snyder 3-12, written with sin φ. */
    private double q(double sinPhi) {
        double esin = e * sinPhi;
        return (1 - e2) * (sinPhi / (1 - esin * esin) - Math.log((1 - esin) / (1 + esin)) / (2 * e));
    }

    /** Snyder 3-16: solves q(φ) = q for φ by Newton's method. */
    private double phiFromQ(double q) {
        if (Math.abs(Math.abs(q) - qp) < 1e-12) {
            return Math.copySign(Math.PI / 2, q);
        }
        double phi = Math.asin(clamp(q / 2));
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double sinPhi = Math.sin(phi);
            double esin = e * sinPhi;
            double oneMinus = 1 - esin * esin;
            double step = oneMinus * oneMinus / (2 * Math.cos(phi))
                    * (q / (1 - e2) - sinPhi / oneMinus + Math.log((1 - esin) / (1 + esin)) / (2 * e));
            phi += step;
            if (Math.abs(step) < LATITUDE_TOLERANCE) {
                break;
            }
        }
        return phi;
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }

    private static double normalizeDegrees(double lon) {
        double wrapped = ((lon + 180) % 360 + 360) % 360 - 180;
        return wrapped == -180 && lon > 0 ? 180 : wrapped;
    }
}
