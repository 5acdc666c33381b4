package org.parley.tools.basemap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.layout.map.Basemap;
import org.parley.layout.map.BasemapFormat;
import org.parley.layout.map.Country;
import org.parley.layout.map.Polygon;

class BasemapBuildToolTest {

    private static final Path BUNDLED_TOPOJSON = Path.of("src/main/basemap/europe-50m.topojson");

    private static final String SQUARE = """
            {"type": "Topology",
             "arcs": [[[0,0],[0,10],[10,10],[10,0],[0,0]]],
             "objects": {"countries": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "id": "001", "properties": {"name": "Square"}, "arcs": [[0]]}
             ]}}}
            """;

    @Test
    void writesTheDecodedTopologyInTheBinaryForm(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("square.topojson"), SQUARE);
        Path out = dir.resolve("nested/square.basemap");

        BasemapBuildTool.main(new String[] {in.toString(), out.toString()});

        try (InputStream stream = Files.newInputStream(out)) {
            Country square = BasemapFormat.read(stream).country("001").orElseThrow();
            assertEquals("Square", square.name());
            assertArrayEquals(new double[] {0, 0, 0, 10, 10, 10, 10, 0, 0, 0}, square.polygons().get(0).outer());
        }
        try (var left = Files.list(out.getParent())) {
            assertEquals(List.of(out), left.toList(), "no partial file left beside it");
        }
    }

    @Test
    void aBrokenTopologyStopsTheBuildNamingTheFileAndKeepsTheOldOutput(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("broken.topojson"), "{\"type\": \"Topology\",\n \"arcs\": [");
        Path out = Files.writeString(dir.resolve("old.basemap"), "old");

        MalformedMapDataException e = assertThrows(MalformedMapDataException.class,
                () -> BasemapBuildTool.build(in, out));

        assertTrue(e.getMessage().startsWith(in + ": not valid JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertEquals("old", Files.readString(out, StandardCharsets.UTF_8));
    }

    /** The resource the build wrote is the bundled TopoJSON, number for number: the map draws as it did from the JSON. */
    @Test
    void theBuiltResourceHoldsExactlyTheBundledTopology() throws IOException {
        Basemap decoded = TopoJson.decode(Files.readString(BUNDLED_TOPOJSON, StandardCharsets.UTF_8));
        Basemap built = Basemap.loadEurope();

        assertEquals(decoded.countries().size(), built.countries().size());
        for (int c = 0; c < decoded.countries().size(); c++) {
            Country want = decoded.countries().get(c);
            Country got = built.countries().get(c);
            assertEquals(want.id(), got.id());
            assertEquals(want.name(), got.name());
            assertSamePolygons(want.polygons(), got.polygons(), want.name());
        }
        assertSamePolygons(decoded.land(), built.land(), "land");
    }

    private static void assertSamePolygons(List<Polygon> want, List<Polygon> got, String where) {
        assertEquals(want.size(), got.size(), where);
        for (int p = 0; p < want.size(); p++) {
            assertArrayEquals(want.get(p).outer(), got.get(p).outer(), where + " polygon " + p);
            assertEquals(want.get(p).holes().size(), got.get(p).holes().size(), where + " polygon " + p);
            for (int h = 0; h < want.get(p).holes().size(); h++) {
                assertArrayEquals(want.get(p).holes().get(h), got.get(p).holes().get(h), where + " polygon " + p + " hole " + h);
            }
        }
    }
}
