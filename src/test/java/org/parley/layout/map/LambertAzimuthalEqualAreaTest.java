package org.parley.layout.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

class LambertAzimuthalEqualAreaTest {

    private static final Projection LAEA = LambertAzimuthalEqualArea.ETRS89_LAEA;

    @Test
    void projectionCentreMapsToTheFalseOrigin() {
        MapPoint p = LAEA.forward(10, 52);

        assertEquals(4_321_000, p.x(), 1e-6);
        assertEquals(3_210_000, p.y(), 1e-6);
    }

    @Test
    void matchesTheEpsgGuidanceNoteExample() {
        // IOGP Guidance Note 7-2, worked example for EPSG:3035 (given to the centimetre).
        MapPoint p = LAEA.forward(5, 50);

        assertEquals(3_962_799.45, p.x(), 0.01);
        assertEquals(2_999_718.85, p.y(), 0.01);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Brussels,     4.3517, 50.8503",
        "Geneva,       6.1432, 46.2044",
        "Moscow,      37.6173, 55.7558",
        "Tbilisi,     44.7930, 41.7151",
        "Lisbon,      -9.1393, 38.7223",
        "Reykjavik,  -21.9426, 64.1466",
        "Washington, -77.0369, 38.9072",
    })
    void agreesWithProj4jWithinAMillimetre(String city, double lon, double lat) {
        MapPoint ours = LAEA.forward(lon, lat);
        ProjCoordinate theirs = proj4j(lon, lat);

        assertEquals(theirs.x, ours.x(), 1e-3, city + " easting");
        assertEquals(theirs.y, ours.y(), 1e-3, city + " northing");
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({
        "10, 52", "4.3517, 50.8503", "37.6173, 55.7558", "-30, 27", "60, 72", "-77.0369, 38.9072",
        "10, 89.9", "179, 10", "-179, 10",
    })
    void inverseUndoesForward(double lon, double lat) {
        MapPoint p = LAEA.forward(lon, lat);
        LonLat back = LAEA.inverse(p.x(), p.y());

        assertEquals(lon, back.lon(), 1e-9);
        assertEquals(lat, back.lat(), 1e-9);
    }

    @Test
    void flatArrayForwardMatchesPointForward() {
        double[] xy = LAEA.forward(new double[] {4.3517, 50.8503, 37.6173, 55.7558});
        MapPoint moscow = LAEA.forward(37.6173, 55.7558);

        assertEquals(4, xy.length);
        assertEquals(moscow.x(), xy[2], 0);
        assertEquals(moscow.y(), xy[3], 0);
    }

    @Test
    void eastIsRightAndNorthIsUp() {
        MapPoint brussels = LAEA.forward(4.3517, 50.8503);
        MapPoint vienna = LAEA.forward(16.3738, 48.2082);
        MapPoint tallinn = LAEA.forward(24.7536, 59.4370);

        assertTrue(brussels.x() < vienna.x());
        assertTrue(tallinn.y() > vienna.y());
    }

    private static ProjCoordinate proj4j(double lon, double lat) {
        CRSFactory crs = new CRSFactory();
        CoordinateTransform transform = new CoordinateTransformFactory().createTransform(
                crs.createFromName("EPSG:4326"), crs.createFromName("EPSG:3035"));
        ProjCoordinate out = new ProjCoordinate();
        transform.transform(new ProjCoordinate(lon, lat), out);
        return out;
    }
}
