package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Modality;
import org.parley.model.PartKind;
import org.parley.model.Participant;
import org.parley.seed.ExchangeFormatReader;
import org.parley.store.Origin;
import org.parley.store.ParleyStore;

/**
 * The bundled week through every hand it passes: seeds → SQLite → JSON export → import → SQLite,
 * equal at each step, with its parts, attributions, modalities and positions intact.
 */
class WeekRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void seedsThroughTheStoreAndTheJsonExportStayEqual() throws Exception {
        Dataset seeds = ExportFixtures.seeds();
        Dataset stored;
        try (ParleyStore store = ParleyStore.open(dir.resolve("a.db"))) {
            store.importDataset(seeds, "h1", Origin.SEED);
            stored = store.loadDataset();
        }
        assertEquals(seeds, stored);

        List<Path> written = new DataExport().export(stored, DataFormat.JSON, dir.resolve("out"));
        Dataset reimported = new ExchangeFormatReader().read(written.get(0).getParent());
        assertEquals(seeds, reimported);

        try (ParleyStore store = ParleyStore.open(dir.resolve("b.db"))) {
            store.importDataset(reimported, "h2", Origin.USER);
            Dataset again = store.loadDataset();
            assertEquals(seeds, again);
            // Equality above covers these; they are spelled out so a model that dropped them fails here too.
            assertEquals(Modality.SCHEDULED, again.event("osce-vienna").orElseThrow().modality());
            assertEquals(Modality.CONDITIONAL, again.event("osce-future-negotiations").orElseThrow().modality());
            assertEquals("reporter", again.event("grushko-heart-to-heart").orElseThrow().evidence().get(2)
                    .attribution());
            assertEquals(PartKind.CAPTION, again.partOf(again.event("nrc-leaders-confer").orElseThrow()
                    .evidence().get(0)).orElseThrow().kind());
            assertEquals(seeds.positions(), again.positions());
            assertFalse(again.positions().isEmpty());
        }
    }

    @Test
    void theExportedJsonWritesTheNewFieldsOnlyWhereTheyMeanSomething() throws Exception {
        List<Path> written = new DataExport().export(ExportFixtures.seeds(), DataFormat.JSON, dir.resolve("out"));
        String json = Files.readString(written.get(0), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"kind\" : \"related-headline\"") || json.contains("\"kind\": \"related-headline\""));
        assertTrue(json.contains("\"modality\""));
        assertTrue(json.contains("\"attribution\""));
        assertFalse(json.contains("\"attribution\" : \"\"") || json.contains("\"attribution\": \"\""),
                "plain reporting has no attribution field");
        assertTrue(json.contains("\"positions\""));
    }

    @Test
    void csvWritesThePositionsBoardBesideEventsAndQuotes() throws Exception {
        List<Path> files = new DataExport().export(ExportFixtures.seeds(), DataFormat.CSV, dir.resolve("csv"));
        assertEquals(List.of("events.csv", "quotes.csv", "positions.csv", "divergences.csv", "actors.csv", "places.csv",
                "sources.csv", CsvExporter.ABOUT),
                files.stream().map(p -> p.getFileName().toString()).toList());
        List<String> positions = Files.readAllLines(files.get(2), StandardCharsets.UTF_8);
        assertTrue(positions.get(0).startsWith("\uFEFFposition,title,kind,by,by_name,party,party_name,stance"),
                positions.get(0));
        assertTrue(positions.stream().anyMatch(l -> l.startsWith("pos-open-door,") && l.contains(",russia,Russia,rejects,")),
                "Russia rejects the open door");
        // The words stating each position are in the file, also where its proposer has a stance of its own.
        String all = String.join("\n", positions);
        for (var p : ExportFixtures.seeds().positions()) {
            for (var ev : p.evidence()) {
                assertTrue(all.contains(ev.text().replace("\"", "\"\"")), p.id() + " lost «" + ev.text() + "»");
            }
        }
        String events = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertTrue(events.contains("[photo caption, not reporting]"), "caption evidence is badged");
        assertTrue(events.contains("(according to Stoltenberg)") || events.contains("(according to Jens Stoltenberg)"));
        assertTrue(events.contains(EvidenceNotes.NON_REPORTING_ONLY));
        assertTrue(events.contains(",scheduled,"));
    }

    /** A spreadsheet user compares the papers and joins the tables by id, as the JSON reader can. */
    @Test
    void csvHasTheDivergencesAndTheActorsAndJoinsByIds() throws Exception {
        var week = ExportFixtures.seeds();
        List<Path> files = new DataExport().export(week, DataFormat.CSV, dir.resolve("csv"));
        List<String> divergences = Files.readAllLines(files.get(3), StandardCharsets.UTF_8);
        assertEquals("\uFEFFdivergence,topic,source,publisher,text,start,end,events,note", divergences.get(0));
        assertEquals(week.divergences().stream().mapToInt(d -> d.readings().size()).sum(), divergences.size() - 1,
                "one row per reading");
        var reading = week.divergences().get(0).readings().get(0);
        assertTrue(divergences.stream().anyMatch(l -> l.startsWith(week.divergences().get(0).id() + ",")
                && l.contains("," + reading.span().start() + "," + reading.span().end() + ",")), "each reading where it stands");

        List<String> actors = Files.readAllLines(files.get(4), StandardCharsets.UTF_8);
        assertEquals(week.actors().size() + 1, actors.size());
        assertTrue(actors.stream().anyMatch(l -> l.startsWith("sherman,Wendy")), actors.get(1));

        var nrc = week.event("nrc-meeting").orElseThrow();
        String events = Files.readString(files.get(0), StandardCharsets.UTF_8);
        String ids = nrc.actors().stream().map(Participant::actor).collect(Collectors.joining("; "));
        var first = nrc.evidence().get(0);
        assertTrue(events.contains(ids), "actor ids to join with quotes.csv and actors.csv: " + ids);
        assertTrue(events.contains(first.source() + ":" + first.span().start() + "-" + first.span().end()),
                "where each passage stands");
    }

    /**
     * A researcher joins events.csv to the places by id, as to the actors: the place column held only
     * names, "NATO headquarters, Brussels" among them, which no other file keys on.
     */
    @Test
    void csvEventsNameTheirPlacesByIdToJoinWithTheGeoJson() throws Exception {
        var week = ExportFixtures.seeds();
        List<Path> files = new DataExport().export(week, DataFormat.CSV, dir.resolve("csv"));
        List<String> lines = Files.readAllLines(files.get(0), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).substring(1).split(","));
        assertEquals(List.of("place_id", "refers_ids"), header.subList(header.size() - 2, header.size()));
        var nrc = week.event("nrc-meeting").orElseThrow();
        String row = lines.stream().filter(l -> l.startsWith("nrc-meeting,")).findFirst().orElseThrow();
        assertTrue(row.endsWith("," + nrc.place() + "," + String.join("; ", nrc.refers())), row);
        assertTrue(week.place(nrc.place()).isPresent() && !nrc.refers().isEmpty(), "the case is one with both");
    }

    @Test
    void aFailedCsvExportReplacesNoneOfTheThreeFiles() throws Exception {
        Path out = Files.createDirectories(dir.resolve("csv"));
        Files.writeString(out.resolve("events.csv"), "old events");
        Files.createDirectories(out.resolve("positions.csv"));
        Assertions.assertThrows(ExportException.class,
                () -> new DataExport().export(ExportFixtures.seeds(), DataFormat.CSV, out));
        assertEquals("old events", Files.readString(out.resolve("events.csv")));
        assertFalse(Files.exists(out.resolve("quotes.csv")));
        try (var left = Files.list(out)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }
}
