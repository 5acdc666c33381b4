package org.parley.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.render.map.MapData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoJsonExporterTest {

    @TempDir
    Path dir;

    private JsonNode exportSeeds() {
        List<Path> written = new GeoJsonExporter().export(ExportFixtures.seeds(), dir.resolve("week.geojson"));
        assertEquals(List.of(dir.resolve("week.geojson")), written);
        return ExportFixtures.readJson(written.get(0));
    }

    private static List<JsonNode> features(JsonNode root, String type) {
        return StreamSupport.stream(root.get("features").spliterator(), false)
                .filter(f -> f.get("properties").get("type").asText().equals(type))
                .toList();
    }

    @Test
    void isAFeatureCollectionWithTitleAndCredit() {
        JsonNode root = exportSeeds();
        assertEquals("FeatureCollection", root.get("type").asText());
        assertEquals(ExportFixtures.seeds().title(), root.get("name").asText());
        assertEquals(ExportFixtures.seeds().title(), root.get("title").asText());
        assertEquals("Sources: The Washington Post, The New York Times, 12 Jan 2022", root.get("credit").asText());
        root.get("features").forEach(f -> assertEquals("Feature", f.get("type").asText()));
    }

    @Test
    void coordinatesAreLongitudeThenLatitude() {
        JsonNode geneva = features(exportSeeds(), "place").stream()
                .filter(f -> f.get("properties").get("id").asText().equals("geneva"))
                .findFirst().orElseThrow();
        assertEquals("Point", geneva.get("geometry").get("type").asText());
        JsonNode coords = geneva.get("geometry").get("coordinates");
        assertEquals(6.14, coords.get(0).asDouble(), 0.01);
        assertEquals(46.20, coords.get(1).asDouble(), 0.01);
    }

    @Test
    void holdsEveryPlaceWithItsEventCount() {
        Dataset data = ExportFixtures.seeds();
        Map<String, Integer> expected = new HashMap<>();
        data.places().forEach(p -> expected.put(p.id(), 0));
        data.events().stream().filter(e -> !e.place().isEmpty()).forEach(e -> expected.merge(e.place(), 1, Integer::sum));
        Map<String, Integer> actual = features(exportSeeds(), "place").stream().collect(Collectors.toMap(
                f -> f.get("properties").get("id").asText(), f -> f.get("properties").get("eventCount").asInt()));
        assertEquals(expected, actual);
        assertEquals(25, actual.size());
    }

    /** The count the map shows: events held at a place or about it (Ukraine: none held there, many about it). */
    @Test
    void eachPlaceAlsoCountsTheEventsAboutIt() {
        Dataset data = ExportFixtures.seeds();
        var places = features(exportSeeds(), "place");
        Map<String, Integer> about = places.stream().collect(Collectors.toMap(
                f -> f.get("properties").get("id").asText(), f -> f.get("properties").get("eventsAbout").asInt()));
        for (var place : data.places()) {
            long expected = data.events().stream()
                    .filter(e -> e.place().equals(place.id()) || e.refers().contains(place.id())).count();
            assertEquals(expected, about.get(place.id()).longValue(), place.id());
        }
        assertEquals(0, places.stream()
                .filter(f -> f.get("properties").get("id").asText().equals("ukraine"))
                .findFirst().orElseThrow().get("properties").get("eventCount").asInt());
        Assertions.assertTrue(about.get("ukraine") > 10, "about Ukraine: " + about.get("ukraine"));
    }

    @Test
    void holdsEveryEventPlacedOrNot() {
        Dataset data = ExportFixtures.seeds();
        List<JsonNode> events = features(exportSeeds(), "event");
        Set<String> ids = events.stream().map(f -> f.get("properties").get("id").asText()).collect(Collectors.toSet());
        assertEquals(data.events().stream().map(Event::id).collect(Collectors.toSet()), ids);
        assertEquals(data.events().size(), events.size());
        for (JsonNode f : events) {
            Event e = data.event(f.get("properties").get("id").asText()).orElseThrow();
            if (e.place().isEmpty()) {
                assertTrue(f.has("geometry") && f.get("geometry").isNull(), e.id() + " has a null geometry");
            } else {
                Place p = data.place(e.place()).orElseThrow();
                JsonNode coords = f.get("geometry").get("coordinates");
                assertEquals(p.lon(), coords.get(0).asDouble(), 1e-9);
                assertEquals(p.lat(), coords.get(1).asDouble(), 1e-9);
                assertEquals(p.name(), f.get("properties").get("placeName").asText());
            }
        }
    }

    /**
     * An event with no place of its own but about places keeps a null geometry (it did not happen there) and says
     * which places it is about, by id and name, and that it is about them: the file had 32 events without a point
     * and nothing said that 17 of them are about places, while the map said 15 have no place.
     */
    @Test
    void anEventAboutPlacesSaysSoWithoutAPoint() {
        Dataset data = ExportFixtures.seeds();
        JsonNode root = exportSeeds();
        Map<String, JsonNode> byId = new HashMap<>();
        features(root, "event").forEach(f -> byId.put(f.get("properties").get("id").asText(), f));
        long held = 0;
        long about = 0;
        long none = 0;
        for (Event e : data.events()) {
            JsonNode f = byId.get(e.id());
            JsonNode props = f.get("properties");
            String location = props.get("location").asText();
            if (!e.place().isEmpty()) {
                held++;
                assertEquals("held", location, e.id());
            } else if (!e.refers().isEmpty()) {
                about++;
                assertEquals("about", location, e.id());
                assertTrue(f.get("geometry").isNull(), e.id() + ": never a point where it did not happen");
                List<String> names = StreamSupport.stream(props.get("refersNames").spliterator(), false)
                        .map(JsonNode::asText).toList();
                assertEquals(e.refers().stream().map(id -> data.place(id).orElseThrow().name()).toList(), names, e.id());
            } else {
                none++;
                assertEquals("none", location, e.id());
            }
        }
        assertEquals(13, none, "neither held at a place nor about one");
        String aboutText = root.get("about").asText();
        assertTrue(aboutText.contains(held + " events") && aboutText.contains(about + " events")
                && aboutText.contains(none + " events"), aboutText);
        assertTrue(aboutText.contains("refers"), aboutText);
        assertTrue(aboutText.contains("15 events have no place on it"), "the map's count, explained: " + aboutText);
    }

    /**
     * An event held in a region too vague for the map ("Europe", which it draws no point for) has no point in the file
     * either: it had Europe's point, the curator's spot in the Baltic Sea, which a GIS tool reads as where it happened,
     * while the map counted it among the events with no place. The file's about says so, with the map's count.
     */
    @Test
    void anEventHeldInAVagueRegionHasNoPointAsOnTheMap() throws Exception {
        Dataset week = ExportFixtures.seeds();
        Event held = week.events().stream().filter(e -> e.id().equals("nrc-russia-no-commitment")).findFirst().orElseThrow();
        assertTrue(held.refers().isEmpty(), "fixture: about no other place");
        Event inEurope = new Event(held.id(), held.title(), held.summary(), held.time(), held.order(), "europe",
                held.refers(), held.kind(), held.cameo(), held.track(), held.actors(), held.evidence(), held.inferred(),
                held.note(), held.modality());
        List<Event> events = week.events().stream().map(e -> e == held ? inEurope : e).toList();
        Dataset data = new Dataset(week.title(), week.description(), week.declaredFocus().orElse(null),
                week.declaredZone().orElse(null), week.sources(), week.actors(), week.places(), events, week.quotes(),
                week.divergences(), week.positions());
        Path file = new GeoJsonExporter().export(data, dir.resolve("europe.geojson")).get(0);
        JsonNode root = ExportFixtures.readJson(file);
        JsonNode feature = features(root, "event").stream()
                .filter(f -> f.get("properties").get("id").asText().equals("nrc-russia-no-commitment")).findFirst().orElseThrow();
        assertTrue(feature.get("geometry").isNull(), "no point in the Baltic Sea: " + feature.get("geometry"));
        assertEquals("region", feature.get("properties").get("location").asText());
        assertEquals("Europe", feature.get("properties").get("placeName").asText());
        String about = root.get("about").asText();
        assertTrue(about.contains("(location \"region\", 1 event)"), about);
        int unplacedOnTheMap = events.size() - MapData.of(data, events).placedEvents();
        assertEquals(16, unplacedOnTheMap, "the map's count, one more than the week's");
        assertTrue(about.contains(unplacedOnTheMap + " events have no place on it"), about);
    }

    @Test
    void eventPropertiesCarryDateTrackActorsAndSources() {
        JsonNode props = features(exportSeeds(), "event").stream()
                .map(f -> f.get("properties"))
                .filter(p -> p.get("id").asText().equals("bg-nato-expansions"))
                .findFirst().orElseThrow();
        assertEquals("1990s", props.get("date").asText());
        assertEquals("decade", props.get("precision").asText());
        assertEquals("Background", props.get("track").asText());
        assertTrue(props.get("sources").size() >= 1);
        assertTrue(props.get("actors").isArray());
        assertTrue(props.get("refers").isArray());
        assertTrue(props.get("inferred").isBoolean());
    }

    @Test
    void aFolderGetsTheDefaultFileName() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        List<Path> written = new GeoJsonExporter().export(ExportFixtures.tiny(), folder);
        assertEquals(List.of(folder.resolve(GeoJsonExporter.DEFAULT_NAME)), written);
        assertEquals("FeatureCollection", ExportFixtures.readJson(written.get(0)).get("type").asText());
    }

    @Test
    void aPathWithoutExtensionIsAFolderToCreate() {
        Path folder = dir.resolve("new");
        List<Path> written = new GeoJsonExporter().export(ExportFixtures.tiny(), folder);
        assertEquals(List.of(folder.resolve(GeoJsonExporter.DEFAULT_NAME)), written);
        assertTrue(Files.isRegularFile(written.get(0)));
    }

    /** Only the folder the user named is made: a deeper missing one is a mistyped path. */
    @Test
    void foldersMissingAboveTheNamedOneAreAMistypedPath() {
        Path folder = dir.resolve("nwe/deeper");
        ExportException e = Assertions.assertThrows(ExportException.class,
                () -> new GeoJsonExporter().export(ExportFixtures.tiny(), folder));
        assertTrue(e.getMessage().contains(dir.resolve("nwe") + " does not exist"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("nwe")), "nothing was made");
    }
}
