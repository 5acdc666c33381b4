package org.parley.tools.basemap;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.layout.map.Basemap;
import org.parley.layout.map.Country;
import org.parley.layout.map.Polygon;

/**
 * Decodes a TopoJSON topology (https://github.com/topojson/topojson-specification) into a
 * {@link Basemap}.
 *
 * <p>Supported: quantized topologies (a {@code transform} with {@code scale}/{@code translate},
 * arcs delta-encoded) and unquantized ones (absolute positions); reversed arc references
 * ({@code ~i}, i.e. negative indices); Polygon, MultiPolygon and GeometryCollection geometries.
 * Point and line geometries and null-type geometries carry no area, so they contribute no
 * polygons. Every structural problem is reported as a {@link MalformedMapDataException} that names
 * the object and geometry, so a broken file fails the build, not the map.
 *
 * <p>Jackson reads the JSON into plain maps, lists, numbers and strings, strictly: duplicate keys
 * and text after the value are errors, as are trailing commas, comments and NaN by Jackson's
 * defaults. This runs when Parley is built ({@link BasemapBuildTool}), never in the app.
 */
public final class TopoJson {

    /** Object holding one geometry per country. */
    public static final String COUNTRIES = "countries";
    /** Optional object holding the land outline. */
    public static final String LAND = "land";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final double[][] arcs;

    private TopoJson(double[][] arcs) {
        this.arcs = arcs;
    }

    /** Decodes {@code objects.countries} (required) and {@code objects.land} (optional). */
    public static Basemap decode(String text) {
        Map<String, Object> root = asObject(parse(text), "topology");
        if (!"Topology".equals(root.get("type"))) {
            throw new MalformedMapDataException("not a TopoJSON topology: \"type\" is " + quote(root.get("type")));
        }
        Map<String, Object> objects = asObject(root.get("objects"), "topology \"objects\"");
        TopoJson topology = new TopoJson(decodeArcs(root));

        Object countriesObject = objects.get(COUNTRIES);
        if (countriesObject == null) {
            throw new MalformedMapDataException("topology has no object \"" + COUNTRIES + "\"");
        }
        List<Country> countries = topology.countries(asObject(countriesObject, "object \"" + COUNTRIES + "\""));

        List<Polygon> land = new ArrayList<>();
        Object landObject = objects.get(LAND);
        if (landObject != null) {
            topology.collectPolygons(asObject(landObject, "object \"" + LAND + "\""), "object \"" + LAND + "\"", land);
        }
        return new Basemap(countries, land);
    }

    private static Object parse(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            if (at == null || at.getLineNr() < 1) {
                throw new MalformedMapDataException("not valid JSON: " + e.getOriginalMessage());
            }
            throw new MalformedMapDataException("not valid JSON: " + e.getOriginalMessage(), at.getLineNr(), at.getColumnNr());
        }
    }

    private List<Country> countries(Map<String, Object> object) {
        List<Object> geometries = "GeometryCollection".equals(object.get("type"))
                ? asArray(object.get("geometries"), "object \"" + COUNTRIES + "\" geometries")
                : List.of(object);
        List<Country> countries = new ArrayList<>(geometries.size());
        for (int i = 0; i < geometries.size(); i++) {
            String where = "object \"" + COUNTRIES + "\" geometry " + i;
            Map<String, Object> geometry = asObject(geometries.get(i), where);
            String id = idOf(geometry, where);
            List<Polygon> polygons = new ArrayList<>();
            collectPolygons(geometry, where + " (id " + id + ")", polygons);
            countries.add(new Country(id, nameOf(geometry, id), polygons));
        }
        return countries;
    }

    private void collectPolygons(Map<String, Object> geometry, String where, List<Polygon> out) {
        Object type = geometry.get("type");
        if (type == null) {
            return; // a null geometry: a feature with no shape
        }
        switch (String.valueOf(type)) {
            case "Polygon":
                out.add(polygon(asArray(geometry.get("arcs"), where + " arcs"), where));
                break;
            case "MultiPolygon":
                for (Object rings : asArray(geometry.get("arcs"), where + " arcs")) {
                    out.add(polygon(asArray(rings, where + " polygon"), where));
                }
                break;
            case "GeometryCollection":
                List<Object> members = asArray(geometry.get("geometries"), where + " geometries");
                for (int i = 0; i < members.size(); i++) {
                    String memberWhere = where + " member " + i;
                    collectPolygons(asObject(members.get(i), memberWhere), memberWhere, out);
                }
                break;
            case "Point":
            case "MultiPoint":
            case "LineString":
            case "MultiLineString":
                break; // no area to draw or hit-test
            default:
                throw new MalformedMapDataException(where + ": unknown geometry type " + quote(type));
        }
    }

    private Polygon polygon(List<Object> rings, String where) {
        if (rings.isEmpty()) {
            throw new MalformedMapDataException(where + ": polygon without rings");
        }
        double[] outer = ring(asArray(rings.get(0), where + " ring"), where);
        List<double[]> holes = new ArrayList<>(rings.size() - 1);
        for (int i = 1; i < rings.size(); i++) {
            holes.add(ring(asArray(rings.get(i), where + " ring"), where));
        }
        return new Polygon(outer, holes);
    }

    /** Stitches arcs into one ring; each arc after the first starts where the last ended, so its first point is dropped. */
    private double[] ring(List<Object> arcRefs, String where) {
        if (arcRefs.isEmpty()) {
            throw new MalformedMapDataException(where + ": ring without arcs");
        }
        double[][] parts = new double[arcRefs.size()][];
        boolean[] reversed = new boolean[arcRefs.size()];
        int length = 0;
        for (int i = 0; i < parts.length; i++) {
            int ref = arcIndex(arcRefs.get(i), where);
            reversed[i] = ref < 0;
            int index = ref < 0 ? ~ref : ref;
            if (index >= arcs.length) {
                throw new MalformedMapDataException(where + ": arc " + ref + " out of range (" + arcs.length + " arcs)");
            }
            parts[i] = arcs[index];
            length += i == 0 ? parts[i].length : parts[i].length - 2;
        }
        double[] ring = new double[length];
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            double[] arc = parts[i];
            int points = arc.length / 2;
            for (int p = i == 0 ? 0 : 1; p < points; p++) {
                int source = reversed[i] ? points - 1 - p : p;
                ring[at++] = arc[2 * source];
                ring[at++] = arc[2 * source + 1];
            }
        }
        return ring;
    }

    /** Arcs as flat lon/lat arrays, with quantization and delta encoding undone once, up front. */
    private static double[][] decodeArcs(Map<String, Object> root) {
        List<Object> arcList = asArray(root.get("arcs"), "topology \"arcs\"");
        double scaleX = 1;
        double scaleY = 1;
        double translateX = 0;
        double translateY = 0;
        boolean quantized = root.get("transform") != null;
        if (quantized) {
            Map<String, Object> transform = asObject(root.get("transform"), "topology \"transform\"");
            double[] scale = pair(transform.get("scale"), "transform \"scale\"");
            double[] translate = pair(transform.get("translate"), "transform \"translate\"");
            scaleX = scale[0];
            scaleY = scale[1];
            translateX = translate[0];
            translateY = translate[1];
        }
        double[][] arcs = new double[arcList.size()][];
        for (int a = 0; a < arcs.length; a++) {
            String where = "arc " + a;
            List<Object> positions = asArray(arcList.get(a), where);
            if (positions.size() < 2) {
                throw new MalformedMapDataException(where + ": an arc needs at least two positions, has " + positions.size());
            }
            double[] flat = new double[positions.size() * 2];
            double x = 0;
            double y = 0;
            for (int p = 0; p < positions.size(); p++) {
                double[] position = pair(positions.get(p), where + " position " + p);
                if (quantized) {
                    x += position[0];
                    y += position[1];
                    flat[2 * p] = x * scaleX + translateX;
                    flat[2 * p + 1] = y * scaleY + translateY;
                } else {
                    flat[2 * p] = position[0];
                    flat[2 * p + 1] = position[1];
                }
            }
            arcs[a] = flat;
        }
        return arcs;
    }

    private static String idOf(Map<String, Object> geometry, String where) {
        Object id = geometry.get("id");
        if (id instanceof String) {
            return (String) id;
        }
        if (id instanceof Number && isWhole(((Number) id).doubleValue())) {
            return Long.toString(((Number) id).longValue());
        }
        throw new MalformedMapDataException(where + ": country needs a string or integer \"id\", has " + quote(id));
    }

    private static String nameOf(Map<String, Object> geometry, String fallback) {
        if (geometry.get("properties") instanceof Map) {
            Object name = ((Map<?, ?>) geometry.get("properties")).get("name");
            if (name instanceof String) {
                return (String) name;
            }
        }
        return fallback;
    }

    private static int arcIndex(Object ref, String where) {
        if (!(ref instanceof Number) || !isWhole(((Number) ref).doubleValue()) || Math.abs(((Number) ref).doubleValue()) > Integer.MAX_VALUE) {
            throw new MalformedMapDataException(where + ": arc reference must be an integer, is " + quote(ref));
        }
        return ((Number) ref).intValue();
    }

    private static double[] pair(Object value, String where) {
        List<Object> list = asArray(value, where);
        if (list.size() < 2 || !isFinite(list.get(0)) || !isFinite(list.get(1))) {
            throw new MalformedMapDataException(where + ": expected at least two finite numbers, got " + quote(value));
        }
        return new double[] {((Number) list.get(0)).doubleValue(), ((Number) list.get(1)).doubleValue()};
    }

    // Jackson reads 1e400 as infinity; a coordinate like that is a broken file, not a far place.
    private static boolean isFinite(Object value) {
        return value instanceof Number && Double.isFinite(((Number) value).doubleValue());
    }

    private static boolean isWhole(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new MalformedMapDataException(where + ": expected a JSON object, got " + kind(value));
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asArray(Object value, String where) {
        if (!(value instanceof List)) {
            throw new MalformedMapDataException(where + ": expected a JSON array, got " + kind(value));
        }
        return (List<Object>) value;
    }

    private static String kind(Object value) {
        if (value == null) {
            return "null or nothing";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return "a boolean";
    }

    private static String quote(Object value) {
        if (value instanceof String) {
            return "\"" + value + "\"";
        }
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
