package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.model.PlaceKind;

/** places.csv: what a researcher joins events.csv's place ids to, for coordinates, in R or pandas. */
class CsvPlacesTest {

    @TempDir
    Path dir;

    @Test
    void theWeeksEventsJoinToTheirPlacesCoordinates() {
        Dataset week = ExportFixtures.seeds();
        new DataExport().export(week, DataFormat.CSV, dir);
        CsvTable events = CsvTable.read(dir.resolve("events.csv"));
        CsvTable places = CsvTable.read(dir.resolve("places.csv"));

        assertEquals(week.places().stream().map(Place::id).toList(), places.column("id"), "every place, in order");
        for (Map<String, String> event : events.rows()) {
            Event e = week.event(event.get("id")).orElseThrow();
            List<String> named = new ArrayList<>(List.of(event.get("refers_ids").split("; ")));
            named.add(event.get("place_id"));
            named.removeIf(String::isEmpty);
            for (String id : named) {
                Map<String, String> place = places.row("id", id);
                Place p = week.place(id).orElseThrow();
                assertEquals(p.lat(), Double.parseDouble(place.get("lat")), 0, e.id() + " at " + id);
                assertEquals(p.lon(), Double.parseDouble(place.get("lon")), 0, e.id() + " at " + id);
            }
        }
        Map<String, String> washington = places.row("id", "washington");
        assertEquals("-77.0369", washington.get("lon"), "a western longitude is a number, not a ticked text");
        assertEquals("040", places.row("id", "vienna").get("country"), "the code keeps its leading zero");
        Map<String, String> hq = places.row("id", "nato-hq");
        assertEquals(List.of("NATO headquarters, Brussels", "venue", "brussels"),
                List.of(hq.get("name"), hq.get("kind"), hq.get("within")));
        for (Place p : week.places()) {
            long at = week.events().stream().filter(e -> e.place().equals(p.id())).count();
            long about = week.events().stream().filter(e -> e.place().equals(p.id()) || e.refers().contains(p.id()))
                    .count();
            Map<String, String> row = places.row("id", p.id());
            assertEquals(List.of(Long.toString(at), Long.toString(about)),
                    List.of(row.get("events_at"), row.get("events_about")), p.id());
        }
        assertTrue(Integer.parseInt(places.row("id", "ukraine").get("events_about")) > 0, "the week is about Ukraine");
        assertTrue(about().contains("places.csv: 25 places (every place of the dataset, some named by no event here"),
                "Washington is named by no event: " + about());
    }

    /** A filtered set names the places its events are at or about, and those they lie within: no row at zero. */
    @Test
    void aFilteredExportKeepsThePlacesItsEventsNameAndWhatTheyLieWithin() {
        Dataset week = ExportFixtures.seeds();
        new DataExport().export(week, DataFormat.CSV, dir, e -> e.place().equals("nato-hq"));
        CsvTable events = CsvTable.read(dir.resolve("events.csv"));
        CsvTable places = CsvTable.read(dir.resolve("places.csv"));

        Set<String> named = new HashSet<>();
        events.rows().forEach(r -> {
            named.add(r.get("place_id"));
            named.addAll(List.of(r.get("refers_ids").split("; ")));
        });
        named.remove("");
        named.add("brussels");
        assertEquals(named, new HashSet<>(places.column("id")), "the venue's city comes with it");
        assertEquals("0", places.row("id", "brussels").get("events_at"), "held at the venue, not the city");
        assertTrue(places.rows().size() < week.places().size());
        places.rows().forEach(r -> assertTrue(!"0".equals(r.get("events_about")) || r.get("id").equals("brussels"),
                r.get("id") + " is named by no exported event"));
        assertTrue(about().contains("places.csv: " + named.size() + " places (the ids in events.csv's place_id and "
                + "refers_ids, and the places they lie within)"), about());
    }

    private String about() {
        try {
            return Files.readString(dir.resolve(CsvExporter.ABOUT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aHostilePlaceNameStaysTextAndItsNumbersStayNumbers() throws Exception {
        Dataset tiny = ExportFixtures.tiny();
        Place hostile = new Place("geneva", "=HYPERLINK(\"http://evil.invalid\",\"Geneva\")", 46.2044, -0.000012,
                PlaceKind.CITY, "756", "@SUM(1+1)\r\nsecond line");
        Dataset data = new Dataset(tiny.title(), tiny.description(), tiny.sources(), tiny.actors(), List.of(hostile),
                tiny.events(), tiny.quotes(), tiny.divergences());
        new DataExport().export(data, DataFormat.CSV, dir);
        Map<String, String> row = CsvTable.read(dir.resolve("places.csv")).row("id", "geneva");

        assertEquals("'=HYPERLINK(\"http://evil.invalid\",\"Geneva\")", row.get("name"));
        assertEquals("'@SUM(1+1)\r\nsecond line", row.get("note"));
        assertEquals("-0.000012", row.get("lon"), "plain decimals, no exponent, no tick");
        assertEquals("1", row.get("events_at"));
        assertTrue(about().contains("places.csv: 1 place (") && about().contains("events_about:"), about());
    }
}
