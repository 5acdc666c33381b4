package org.parley.layout.map;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact binary form of a {@link Basemap} that the build writes from the bundled TopoJSON
 * (src/tools/java, docs/basemap.md) and the app reads at start: counts, then the rings' lon/lat
 * doubles exactly as decoded, so the map draws the same as from the TopoJSON, with no JSON to
 * parse at run time.
 *
 * <pre>
 * int magic "PBM1"
 * int countries, each: UTF id, UTF name, polygons
 * polygons (the land outline)
 * polygons = int count, each: ring (outer), int holes, each: ring
 * ring     = int numbers (lon, lat, lon, lat, …), then that many doubles
 * </pre>
 */
public final class BasemapFormat {

    private static final int MAGIC = 0x50424D31; // "PBM1": a new layout needs a new number
    // Far beyond any basemap (the Europe cut has some 35 000 points); a corrupt count fails here, not as an out-of-memory.
    private static final int MAX_COUNT = 10_000_000;

    private BasemapFormat() {
    }

    /** Writes the basemap; the stream is left open. */
    public static void write(Basemap basemap, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(basemap.countries().size());
        for (Country country : basemap.countries()) {
            data.writeUTF(country.id());
            data.writeUTF(country.name());
            writePolygons(country.polygons(), data);
        }
        writePolygons(basemap.land(), data);
        data.flush();
    }

    /** Reads a basemap written by {@link #write}; anything else, or a cut-off stream, is an {@link IOException}. */
    public static Basemap read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a Parley basemap (wrong magic number)");
        }
        int countryCount = count(data);
        List<Country> countries = new ArrayList<>(countryCount);
        for (int i = 0; i < countryCount; i++) {
            String id = data.readUTF();
            String name = data.readUTF();
            countries.add(new Country(id, name, readPolygons(data)));
        }
        List<Polygon> land = readPolygons(data);
        if (data.read() != -1) {
            throw new IOException("basemap has bytes after its end");
        }
        return new Basemap(countries, land);
    }

    private static void writePolygons(List<Polygon> polygons, DataOutputStream data) throws IOException {
        data.writeInt(polygons.size());
        for (Polygon polygon : polygons) {
            writeRing(polygon.outer(), data);
            data.writeInt(polygon.holes().size());
            for (double[] hole : polygon.holes()) {
                writeRing(hole, data);
            }
        }
    }

    private static void writeRing(double[] ring, DataOutputStream data) throws IOException {
        data.writeInt(ring.length);
        for (double d : ring) {
            data.writeDouble(d);
        }
    }

    private static List<Polygon> readPolygons(DataInputStream data) throws IOException {
        int polygonCount = count(data);
        List<Polygon> polygons = new ArrayList<>(polygonCount);
        for (int i = 0; i < polygonCount; i++) {
            double[] outer = readRing(data);
            int holeCount = count(data);
            List<double[]> holes = new ArrayList<>(holeCount);
            for (int h = 0; h < holeCount; h++) {
                holes.add(readRing(data));
            }
            polygons.add(new Polygon(outer, holes));
        }
        return polygons;
    }

    /** One bulk read per ring instead of a call per number: this is on the way to the first frame. */
    private static double[] readRing(DataInputStream data) throws IOException {
        int length = count(data);
        if (length % 2 != 0) {
            throw new IOException("basemap ring holds an odd count of numbers: " + length);
        }
        byte[] bytes = new byte[length * Double.BYTES];
        data.readFully(bytes);
        double[] ring = new double[length];
        ByteBuffer.wrap(bytes).asDoubleBuffer().get(ring); // big-endian, as DataOutputStream wrote it
        return ring;
    }

    private static int count(DataInputStream data) throws IOException {
        int count = data.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("basemap count out of range: " + count);
        }
        return count;
    }
}
