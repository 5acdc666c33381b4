package org.parley.layout.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled Europe cut decodes, and the places of the January 2022 talks land where they belong. */
class BundledBasemapTest {

    private static Basemap basemap;
    private static ProjectedBasemap projected;

    @BeforeAll
    static void load() {
        basemap = Basemap.loadEurope();
        projected = ProjectedBasemap.of(basemap, LambertAzimuthalEqualArea.ETRS89_LAEA);
    }

    @Test
    void holdsTheCountriesOfTheStoryWithNames() {
        assertEquals("Ukraine", basemap.country("804").orElseThrow().name());
        assertEquals("Russia", basemap.country("643").orElseThrow().name());
        assertEquals("Belgium", basemap.country("056").orElseThrow().name());
        assertTrue(basemap.countries().size() > 50, "a Europe-wide cut, not a handful of countries");
        assertFalse(basemap.land().isEmpty(), "land outline present for sea/land drawing");
    }

    @ParameterizedTest(name = "{0} is in {3}")
    @CsvSource({
        "Brussels,   4.3517, 50.8503, 056",
        "Geneva,     6.1432, 46.2044, 756",
        "Vienna,    16.3738, 48.2082, 040",
        "Moscow,    37.6173, 55.7558, 643",
        "Kyiv,      30.5234, 50.4501, 804",
        "Tbilisi,   44.7930, 41.7151, 268",
        "Warsaw,    21.0122, 52.2297, 616",
        "Tallinn,   24.7536, 59.4370, 233",
        "Chișinău,  28.8638, 47.0105, 498",
        "Bucharest, 26.1025, 44.4268, 642",
        "Ankara,    32.8597, 39.9334, 792",
        "Washington is not on this map, -77.04, 38.9, none",
    })
    void citiesLieInTheirCountry(String city, double lon, double lat, String country) {
        Optional<String> found = projected.countryAt(lon, lat);

        assertEquals(country, found.orElse("none"), city);
    }

    @Test
    void crimeaIsDrawnAsPartOfUkraine() {
        assertEquals(Optional.of("804"), projected.countryAt(34.10, 44.95), "Simferopol");
        assertEquals(Optional.of("804"), projected.countryAt(33.5224, 44.6166), "Sevastopol");
    }

    @Test
    void seaIsNoCountry() {
        assertEquals(Optional.empty(), projected.countryAt(18.0, 35.0), "central Mediterranean");
        assertEquals(Optional.empty(), projected.countryAt(34.0, 43.5), "Black Sea");
    }

    @Test
    void citiesSitWhereTheStoryNeedsThem() {
        MapViewport v = MapViewport.fit(projected.projection(),
                LonLatBox.EUROPE.projectedBounds(projected.projection()), 1600, 1000);
        ScreenPoint brussels = v.project(4.3517, 50.8503);
        ScreenPoint vienna = v.project(16.3738, 48.2082);
        ScreenPoint geneva = v.project(6.1432, 46.2044);
        ScreenPoint moscow = v.project(37.6173, 55.7558);
        ScreenPoint kyiv = v.project(30.5234, 50.4501);

        assertTrue(brussels.x() < vienna.x(), "Brussels west of Vienna");
        assertTrue(geneva.y() > brussels.y(), "Geneva south of Brussels");
        assertTrue(moscow.x() > kyiv.x(), "Moscow east of Kyiv");
        for (ScreenPoint p : new ScreenPoint[] {brussels, vienna, geneva, moscow, kyiv}) {
            assertTrue(v.containsScreen(p.x(), p.y()), "fitted view shows " + p);
        }
    }

    @Test
    void cullingKeepsOnlyNearbyCountries() {
        MapViewport brusselsClose = MapViewport.fit(projected.projection(), projected.bounds(), 800, 600)
                .zoom(20, 0, 0);
        ScreenPoint b = brusselsClose.project(4.3517, 50.8503);
        MapViewport centred = brusselsClose.pan(400 - b.x(), 300 - b.y());

        var visible = centred.visibleBounds();
        var ids = projected.countriesIn(visible).stream().map(ProjectedCountry::id).toList();

        assertTrue(ids.contains("056"));
        assertFalse(ids.contains("792"), "Turkey is far from a close view of Brussels");
        assertTrue(ids.size() < projected.countries().size());
        assertFalse(projected.landIn(visible).isEmpty());
    }
}
