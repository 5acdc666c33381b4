package org.parley.tools.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopoJsonRejectsTest {

    private static String topology(String arcs, String geometry) {
        return "{\"type\":\"Topology\",\"arcs\":" + arcs
                + ",\"objects\":{\"countries\":{\"type\":\"GeometryCollection\",\"geometries\":[" + geometry + "]}}}";
    }

    private static MalformedMapDataException rejected(String text) {
        return assertThrows(MalformedMapDataException.class, () -> TopoJson.decode(text));
    }

    @Test
    void truncatedJsonNamesLineAndColumn() {
        MalformedMapDataException e = rejected("{\n  \"type\": \"Topology\",\n  \"arcs\": [");

        assertEquals(3, e.line());
        assertEquals(12, e.column(), "just past the last character");
        assertTrue(e.getMessage().contains("end-of-input"), e.getMessage());
        assertTrue(e.getMessage().endsWith("at line 3, column 12"), e.getMessage());
    }

    // Jackson's strict reading, as the app's hand-written reader was before it: the column says where.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[1,2,]                    | 6",
        "{'a':1}                   | 2",
        "{\"a\":1 \"b\":2}         | 8",
        "{\"a\":1,\"a\":2}         | 11",
        "[1] [2]                   | 5",
        "[01]                      | 3",
        "[-]                       | 3",
        "[1.]                      | 3",
        "[NaN]                     | 5",
        "[tru]                     | 2",
        "[\"abc                    | 6",
        "[\"\\x\"]                 | 4",
        "[\"\\u12G4\"]             | 7",
    })
    void malformedJsonIsRejectedWithItsPlace(String text, int column) {
        MalformedMapDataException e = rejected(text);

        assertTrue(e.getMessage().startsWith("not valid JSON"), () -> "message was: " + e.getMessage());
        assertEquals(1, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
    }

    @Test
    void duplicateKeysAreRejected() {
        MalformedMapDataException e = rejected("{\"type\":\"Topology\",\"type\":\"Topology\"}");

        assertTrue(e.getMessage().contains("Duplicate field 'type'"), e.getMessage());
    }

    @Test
    void emptyInputIsRejected() {
        MalformedMapDataException e = rejected("");

        assertTrue(e.getMessage().startsWith("not valid JSON"), e.getMessage());
    }

    @Test
    void absurdNestingIsRejectedNotAStackOverflow() {
        MalformedMapDataException e = rejected("[".repeat(100_000));

        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    @Test
    void coordinateBeyondDoubleRangeIsRejected() {
        MalformedMapDataException e = rejected(topology("[[[0,0],[1e400,1]]]", ""));

        assertTrue(e.getMessage().contains("arc 0 position 1: expected at least two finite numbers"), e.getMessage());
    }

    @Test
    void jsonThatIsNotATopologyIsRejected() {
        MalformedMapDataException e = rejected("{\"type\":\"FeatureCollection\",\"features\":[]}");

        assertTrue(e.getMessage().contains("not a TopoJSON topology"), e.getMessage());
        assertEquals(-1, e.line());
    }

    @Test
    void missingCountriesObjectIsRejected() {
        MalformedMapDataException e = rejected("{\"type\":\"Topology\",\"arcs\":[],\"objects\":{\"land\":{}}}");

        assertTrue(e.getMessage().contains("no object \"countries\""), e.getMessage());
    }

    @Test
    void arcIndexOutOfRangeNamesTheGeometry() {
        MalformedMapDataException e = rejected(topology("[[[0,0],[1,1]]]",
                "{\"type\":\"Polygon\",\"id\":\"042\",\"arcs\":[[0,5]]}"));

        assertTrue(e.getMessage().contains("geometry 0 (id 042)"), e.getMessage());
        assertTrue(e.getMessage().contains("arc 5 out of range (1 arcs)"), e.getMessage());
    }

    @Test
    void reversedArcIndexOutOfRangeIsRejected() {
        MalformedMapDataException e = rejected(topology("[[[0,0],[1,1]]]",
                "{\"type\":\"Polygon\",\"id\":\"042\",\"arcs\":[[-3]]}"));

        assertTrue(e.getMessage().contains("arc -3 out of range"), e.getMessage());
    }

    @Test
    void fractionalArcReferenceIsRejected() {
        MalformedMapDataException e = rejected(topology("[[[0,0],[1,1]]]",
                "{\"type\":\"Polygon\",\"id\":\"042\",\"arcs\":[[0.5]]}"));

        assertTrue(e.getMessage().contains("must be an integer"), e.getMessage());
    }

    @Test
    void unknownGeometryTypeIsRejected() {
        MalformedMapDataException e = rejected(topology("[]", "{\"type\":\"Circle\",\"id\":\"1\"}"));

        assertTrue(e.getMessage().contains("unknown geometry type \"Circle\""), e.getMessage());
    }

    @Test
    void countryWithoutIdIsRejected() {
        MalformedMapDataException e = rejected(topology("[]", "{\"type\":\"Polygon\",\"arcs\":[]}"));

        assertTrue(e.getMessage().contains("needs a string or integer \"id\""), e.getMessage());
    }

    @Test
    void arcWithOnePositionIsRejected() {
        MalformedMapDataException e = rejected(topology("[[[0,0]]]", ""));

        assertTrue(e.getMessage().contains("arc 0: an arc needs at least two positions"), e.getMessage());
    }

    @Test
    void badTransformIsRejected() {
        MalformedMapDataException e = rejected("{\"type\":\"Topology\",\"transform\":{\"scale\":[1]},"
                + "\"arcs\":[],\"objects\":{\"countries\":{\"type\":\"GeometryCollection\",\"geometries\":[]}}}");

        assertTrue(e.getMessage().contains("transform \"scale\""), e.getMessage());
    }
}
