package org.parley.layout.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasemapFormatTest {

    private static final double[] SQUARE = {0, 0, 0, 10, 10, 10, 10, 0, 0, 0};
    private static final double[] HOLE = {2, 2, 4, 2, 4, 4, 2, 2};
    // Values a decimal text round trip could bend: the binary form must keep every bit.
    private static final double[] AWKWARD = {0.1 + 0.2, -0.0, Math.nextUp(1.0), 1e-300, -179.99999999999997, 89.123456789012345};

    private static Basemap sample() {
        return new Basemap(List.of(
                new Country("804", "Ukraine", List.of(new Polygon(SQUARE, List.of(HOLE)), new Polygon(AWKWARD, List.of()))),
                new Country("-2", "Kosovo — ünïcode", List.of())),
                List.of(new Polygon(SQUARE, List.of())));
    }

    private static byte[] bytes(Basemap basemap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BasemapFormat.write(basemap, out);
        return out.toByteArray();
    }

    private static Basemap read(byte[] bytes) throws IOException {
        return BasemapFormat.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void readsBackEveryCountryRingAndBit() throws IOException {
        Basemap back = read(bytes(sample()));

        assertEquals(2, back.countries().size());
        Country ukraine = back.countries().get(0);
        assertEquals("804", ukraine.id());
        assertEquals("Ukraine", ukraine.name());
        assertArrayEquals(SQUARE, ukraine.polygons().get(0).outer());
        assertArrayEquals(HOLE, ukraine.polygons().get(0).holes().get(0));
        double[] awkward = ukraine.polygons().get(1).outer();
        for (int i = 0; i < AWKWARD.length; i++) {
            assertEquals(Double.doubleToRawLongBits(AWKWARD[i]), Double.doubleToRawLongBits(awkward[i]), "number " + i);
        }
        assertEquals("Kosovo — ünïcode", back.countries().get(1).name());
        assertTrue(back.countries().get(1).polygons().isEmpty());
        assertEquals(1, back.land().size());
        assertArrayEquals(SQUARE, back.land().get(0).outer());
    }

    @Test
    void somethingElseIsNotReadAsABasemap() {
        IOException e = assertThrows(IOException.class, () -> read("{\"type\":\"Topology\"}".getBytes()));

        assertTrue(e.getMessage().contains("not a Parley basemap"), e.getMessage());
    }

    @Test
    void aCutOffBasemapIsAnErrorNotAShorterMap() throws IOException {
        byte[] whole = bytes(sample());

        assertThrows(EOFException.class, () -> read(Arrays.copyOf(whole, whole.length - 1)));
    }

    @Test
    void bytesAfterTheEndAreAnError() throws IOException {
        byte[] whole = bytes(sample());

        IOException e = assertThrows(IOException.class, () -> read(Arrays.copyOf(whole, whole.length + 1)));
        assertTrue(e.getMessage().contains("after its end"), e.getMessage());
    }

    @Test
    void aNegativeCountIsAnErrorNotAnAllocation() throws IOException {
        byte[] corrupt = bytes(sample());
        // The country count follows the four-byte magic number.
        corrupt[4] = (byte) 0xFF;

        IOException e = assertThrows(IOException.class, () -> read(corrupt));
        assertTrue(e.getMessage().contains("count out of range"), e.getMessage());
    }
}
