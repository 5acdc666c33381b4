package org.parley.tools.basemap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.layout.map.Basemap;
import org.parley.layout.map.Country;
import org.parley.layout.map.Polygon;

class TopoJsonTest {

    // Arc 0 and 1 together close a 10x10 square; arc 2 is a hole in it; arc 3 is an island.
    private static final String PLAIN = """
            {"type": "Topology",
             "arcs": [
               [[0,0],[0,10],[10,10]],
               [[10,10],[10,0],[0,0]],
               [[2,2],[4,2],[4,4],[2,4],[2,2]],
               [[20,0],[20,5],[25,5],[25,0],[20,0]]
             ],
             "objects": {
               "countries": {"type": "GeometryCollection", "geometries": [
                 {"type": "Polygon", "id": "001", "properties": {"name": "Holey"}, "arcs": [[0,1],[2]]},
                 {"type": "MultiPolygon", "id": 2, "properties": {"name": "Multi"}, "arcs": [[[-2,-1]], [[3]]]},
                 {"type": null, "id": "003"},
                 {"type": "Point", "id": "004", "coordinates": [1,1]}
               ]},
               "land": {"type": "GeometryCollection", "geometries": [
                 {"type": "Polygon", "arcs": [[0,1]]}
               ]}
             }}
            """;

    // Delta-encoded: (0,0) (2,0) (2,1) (0,1) (0,0) in quantized units.
    private static final String QUANTIZED = """
            {"type": "Topology",
             "transform": {"scale": [0.5, 2], "translate": [100, -50]},
             "arcs": [[[0,0],[2,0],[0,1],[-2,0],[0,-1]]],
             "objects": {"countries": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "id": "010", "properties": {"name": "Forward"}, "arcs": [[0]]},
               {"type": "Polygon", "id": "011", "properties": {"name": "Backward"}, "arcs": [[-1]]}
             ]}}}
            """;

    @Test
    void stitchesArcsIntoAnOuterRingWithAHole() {
        Basemap map = TopoJson.decode(PLAIN);
        Country holey = map.country("001").orElseThrow();

        assertEquals("Holey", holey.name());
        assertEquals(1, holey.polygons().size());
        Polygon polygon = holey.polygons().get(0);
        // The shared point (10,10) between arc 0 and arc 1 appears once.
        assertArrayEquals(new double[] {0, 0, 0, 10, 10, 10, 10, 0, 0, 0}, polygon.outer());
        assertEquals(1, polygon.holes().size());
        assertArrayEquals(new double[] {2, 2, 4, 2, 4, 4, 2, 4, 2, 2}, polygon.holes().get(0));
    }

    @Test
    void reversedArcReferencesRunBackwards() {
        Country multi = TopoJson.decode(PLAIN).country("2").orElseThrow();

        // ~1 then ~0: the same square walked the other way round.
        assertArrayEquals(new double[] {0, 0, 10, 0, 10, 10, 0, 10, 0, 0}, multi.polygons().get(0).outer());
    }

    @Test
    void multiPolygonKeepsEveryPart() {
        Country multi = TopoJson.decode(PLAIN).country("2").orElseThrow();

        assertEquals(2, multi.polygons().size());
        assertArrayEquals(new double[] {20, 0, 20, 5, 25, 5, 25, 0, 20, 0}, multi.polygons().get(1).outer());
        assertTrue(multi.polygons().get(1).holes().isEmpty());
    }

    @Test
    void geometriesWithoutAreaBecomeCountriesWithoutPolygons() {
        Basemap map = TopoJson.decode(PLAIN);

        assertEquals(4, map.countries().size());
        assertTrue(map.country("003").orElseThrow().polygons().isEmpty());
        assertEquals("004", map.country("004").orElseThrow().name(), "name falls back to the id");
        assertTrue(map.country("004").orElseThrow().polygons().isEmpty());
    }

    @Test
    void readsTheLandObject() {
        Basemap map = TopoJson.decode(PLAIN);

        assertEquals(1, map.land().size());
        assertEquals(5, map.land().get(0).outerPointCount());
    }

    @Test
    void undoesDeltaEncodingAndQuantization() {
        Basemap map = TopoJson.decode(QUANTIZED);

        assertArrayEquals(new double[] {100, -50, 101, -50, 101, -48, 100, -48, 100, -50},
                map.country("010").orElseThrow().polygons().get(0).outer(), 1e-12);
        assertTrue(map.land().isEmpty(), "land is optional");
    }

    @Test
    void reversesQuantizedArcsAfterDecodingThem() {
        Basemap map = TopoJson.decode(QUANTIZED);

        assertArrayEquals(new double[] {100, -50, 100, -48, 101, -48, 101, -50, 100, -50},
                map.country("011").orElseThrow().polygons().get(0).outer(), 1e-12);
    }
}
