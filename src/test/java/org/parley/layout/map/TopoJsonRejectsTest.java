package org.parley.layout.map;

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
        assertTrue(e.getMessage().contains("unexpected end of input"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3, column 12"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[1,2,]                    | expected a value",
        "{'a':1}                   | expected a string key",
        "{\"a\":1 \"b\":2}         | expected ',' or '}'",
        "{\"a\":1,\"a\":2}         | duplicate key",
        "[1] [2]                   | unexpected text after",
        "[01]                      | expected ',' or ']'",
        "[-]                       | expected a digit",
        "[1.]                      | expected a digit after '.'",
        "[1e400]                   | number out of range",
        "[NaN]                     | unexpected character 'N'",
        "[tru]                     | expected true",
        "[\"abc                    | unterminated string",
        "[\"\\x\"]                 | unknown escape",
        "[\"\\u12G4\"]             | bad hex digit",
        "''                        | unexpected end of input",
    })
    void malformedJsonIsRejected(String text, String expected) {
        MalformedMapDataException e = rejected(text);

        assertTrue(e.getMessage().contains(expected), () -> "message was: " + e.getMessage());
        assertTrue(e.line() >= 1);
    }

    @Test
    void absurdNestingIsRejectedNotAStackOverflow() {
        MalformedMapDataException e = rejected("[".repeat(100_000));

        assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
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
