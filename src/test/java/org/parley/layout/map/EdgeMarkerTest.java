package org.parley.layout.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EdgeMarkerTest {

    private static final double WASHINGTON_LON = -77.04;
    private static final double WASHINGTON_LAT = 38.9;

    private static MapViewport europe() {
        Projection laea = LambertAzimuthalEqualArea.ETRS89_LAEA;
        return MapViewport.fit(laea, LonLatBox.EUROPE.projectedBounds(laea), 1200, 800);
    }

    private static boolean onBorder(ScreenPoint p, MapViewport v, double inset) {
        double eps = 1e-6;
        boolean insideBand = p.x() >= inset - eps && p.x() <= v.width() - inset + eps
                && p.y() >= inset - eps && p.y() <= v.height() - inset + eps;
        boolean touches = Math.abs(p.x() - inset) < eps || Math.abs(p.x() - (v.width() - inset)) < eps
                || Math.abs(p.y() - inset) < eps || Math.abs(p.y() - (v.height() - inset)) < eps;
        return insideBand && touches;
    }

    @Test
    void washingtonGetsAMarkerOnTheBorderPointingWest() {
        MapViewport v = europe();

        EdgeMarker marker = EdgeMarker.toward(v, WASHINGTON_LON, WASHINGTON_LAT, 0).orElseThrow();

        assertTrue(onBorder(marker.position(), v, 0), () -> "not on the border: " + marker.position());
        assertEquals(0, marker.position().x(), 1e-6, "seen from Europe, Washington is off the left edge");
        assertTrue(Math.cos(marker.angleRadians()) < 0, "arrow points left");
        double bearing = marker.compassBearingDegrees();
        assertTrue(bearing > 225 && bearing < 315, () -> "bearing " + bearing + " is not westward");
    }

    @Test
    void markerLiesOnTheLineFromCentreToThePlace() {
        MapViewport v = europe();
        ScreenPoint target = v.project(WASHINGTON_LON, WASHINGTON_LAT);

        EdgeMarker marker = EdgeMarker.toward(v, WASHINGTON_LON, WASHINGTON_LAT, 0).orElseThrow();

        double cx = v.width() / 2;
        double cy = v.height() / 2;
        double cross = (marker.position().x() - cx) * (target.y() - cy) - (marker.position().y() - cy) * (target.x() - cx);
        assertEquals(0, cross, 1e-3);
        assertEquals(Math.atan2(target.y() - cy, target.x() - cx), marker.angleRadians(), 1e-12);
    }

    @Test
    void insetKeepsTheMarkerInsideTheBorder() {
        MapViewport v = europe();

        EdgeMarker marker = EdgeMarker.toward(v, WASHINGTON_LON, WASHINGTON_LAT, 16).orElseThrow();

        assertTrue(onBorder(marker.position(), v, 16), () -> "not on the inset border: " + marker.position());
    }

    @Test
    void visiblePlaceNeedsNoMarker() {
        Optional<EdgeMarker> vienna = EdgeMarker.toward(europe(), 16.3738, 48.2082, 0);

        assertTrue(vienna.isEmpty());
    }

    @Test
    void compassBearingCoversTheFourDirections() {
        ScreenPoint any = new ScreenPoint(0, 0);

        assertEquals(90, new EdgeMarker(any, 0).compassBearingDegrees(), 1e-9);
        assertEquals(180, new EdgeMarker(any, Math.PI / 2).compassBearingDegrees(), 1e-9);
        assertEquals(270, new EdgeMarker(any, Math.PI).compassBearingDegrees(), 1e-9);
        assertEquals(0, new EdgeMarker(any, -Math.PI / 2).compassBearingDegrees(), 1e-9);
    }
}
