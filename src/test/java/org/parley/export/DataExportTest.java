package org.parley.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.Source;
import org.parley.model.Track;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataExportTest {

    private static final Predicate<Event> GENEVA_ONLY = e -> e.track() == Track.GENEVA_TALKS;

    @TempDir
    Path dir;

    @Test
    void formatIdsAreWhatTheCommandLineAccepts() {
        List<String> ids = Stream.of(DataFormat.values()).map(DataFormat::id).toList();
        assertEquals(List.of("json", "csv", "geojson", "timelinejs", "html"), ids);
        List<String> names = StreamSupport.stream(new DataFormat.Names().spliterator(), false).toList();
        assertEquals(ids, names);
    }

    /** An export that fails leaves no folder it made for itself: "nothing was written" is true of folders too. */
    @Test
    void aFailedExportRemovesTheFolderItCreated() {
        Dataset data = ExportFixtures.seeds();
        Source s = data.sources().get(0);
        Source unwritable = new Source(s.id(), s.publisher(), s.title(), s.published(),
                s.dateline(), s.language(), "../outside.txt", s.text(), s.parts());
        List<Source> sources = new ArrayList<>(data.sources());
        sources.set(0, unwritable);
        Dataset bad = new Dataset(data.title(), data.description(), data.declaredFocus().orElse(null),
                data.declaredZone().orElse(null), sources, data.actors(), data.places(), data.events(), data.quotes(),
                data.divergences(), data.positions());
        Path out = dir.resolve("new-folder");
        assertThrows(ExportException.class, () -> new DataExport().export(bad, DataFormat.JSON, out));
        assertTrue(!Files.exists(out), "the folder the export made is gone");
        assertTrue(Files.isDirectory(dir), "the user's own folder stays");
    }

    /** A filtered export credits the papers its records cite, not every source of the dataset. */
    @Test
    void aFilteredExportCreditsOnlyThePapersItCites() throws Exception {
        Dataset data = ExportFixtures.seeds();
        EventFilter przydacz = EventFilter.NONE.withActors(Set.of("przydacz"));
        Path tables = dir.resolve("przydacz");
        new DataExport().export(data, DataFormat.CSV, tables, przydacz, Overwrite.NOTHING);
        String about = Files.readString(tables.resolve(CsvExporter.ABOUT));
        assertTrue(about.contains("\nSources: The New York Times, 12 Jan 2022\n"), about);
        assertTrue(about.contains("  The New York Times, 12 Jan 2022: "), about);
        assertFalse(about.contains("  The Washington Post, "), "no record of the export cites the Post: " + about);
    }

    /** A page, map layer or slide show of filtered events says which filter, never passing for the whole week. */
    @Test
    void filteredExportsSayWhichFilterInTheirTitleAndText() throws Exception {
        Dataset data = ExportFixtures.seeds();
        String sherman = data.actors().stream().filter(a -> a.name().equals("Wendy Sherman")).findFirst().orElseThrow().id();
        EventFilter filter = EventFilter.NONE.withActors(Set.of(sherman));
        Path page = dir.resolve("page.html");
        new DataExport().export(data, DataFormat.HTML, page, filter, Overwrite.NOTHING);
        String html = Files.readString(page);
        assertTrue(html.contains(data.title() + " (filtered)</h1>"), "the page's heading says it is filtered");
        assertTrue(html.contains("Filtered: actor Wendy Sherman."), "the page names the filter");
        Path geo = dir.resolve("map.geojson");
        new DataExport().export(data, DataFormat.GEOJSON, geo, filter, Overwrite.NOTHING);
        assertEquals(data.title() + " (filtered)", JsonFiles.MAPPER.readTree(geo.toFile()).get("title").asText());
        assertTrue(JsonFiles.MAPPER.readTree(geo.toFile()).get("description").asText().startsWith("Filtered: actor Wendy Sherman."));
        Path slides = dir.resolve("timeline.json");
        new DataExport().export(data, DataFormat.TIMELINEJS, slides, filter, Overwrite.NOTHING);
        assertTrue(Files.readString(slides).contains("Filtered: actor Wendy Sherman."));
        Path tables = dir.resolve("tables");
        new DataExport().export(data, DataFormat.CSV, tables, filter, Overwrite.NOTHING);
        String about = Files.readString(tables.resolve(CsvExporter.ABOUT));
        assertTrue(about.startsWith(data.title() + " (filtered)"), about);
        assertTrue(about.contains("Filtered: actor Wendy Sherman."), about);
        long rows = Files.readAllLines(tables.resolve("events.csv")).size() - 1;
        assertTrue(about.contains("events.csv: " + rows + " event"), about);
        assertTrue(about.contains("\nSources: The Washington Post") && !about.contains("Sources: Sources"), about);
        Set<String> exported = new HashSet<>();
        Files.readAllLines(tables.resolve("events.csv")).stream().skip(1).forEach(l -> exported.add(l.split(",", 2)[0]));
        String positions = Files.readString(tables.resolve("positions.csv"));
        for (Event e : data.events()) {
            if (!exported.contains(e.id())) {
                assertFalse(Pattern.compile("(?<![a-z0-9-])" + e.id() + "(?![a-z0-9-])").matcher(positions).find(),
                        e.id() + " is in positions.csv but not in events.csv");
            }
        }

        Path whole = dir.resolve("whole.html");
        new DataExport().export(data, DataFormat.HTML, whole, EventFilter.NONE, Overwrite.NOTHING);
        assertTrue(!Files.readString(whole).contains("filtered") && !Files.readString(whole).contains("Filtered"),
                "no filter, no note");
    }

    @Test
    void aFilterKeepsOnlyTheChosenEventsInGeoJson() {
        Dataset data = ExportFixtures.seeds();
        Path file = new DataExport().export(data, DataFormat.GEOJSON, dir.resolve("geneva.geojson"), GENEVA_ONLY).get(0);
        Set<String> events = propertyIds(ExportFixtures.readJson(file), "event");
        assertEquals(ids(data, GENEVA_ONLY), events);
        assertTrue(events.size() < data.events().size());
        Set<String> named = new HashSet<>();
        data.events().stream().filter(e -> events.contains(e.id())).forEach(e -> {
            named.add(e.place());
            named.addAll(e.refers());
        });
        named.remove("");
        Set<String> places = propertyIds(ExportFixtures.readJson(file), "place");
        assertTrue(places.containsAll(named), "every place a kept event is at or about");
        assertTrue(places.size() < data.places().size(),
                "no point at zero where nothing kept happened, as places.csv: " + places);
    }

    @Test
    void aFilterKeepsOnlyTheChosenEventsInTimelineJs() {
        Dataset data = ExportFixtures.seeds();
        Path file = new DataExport().export(data, DataFormat.TIMELINEJS, dir.resolve("t.json"), GENEVA_ONLY).get(0);
        Set<String> ids = StreamSupport.stream(ExportFixtures.readJson(file).get("events").spliterator(), false)
                .map(s -> s.get("unique_id").asText()).collect(Collectors.toSet());
        assertEquals(ids(data, GENEVA_ONLY), ids);
    }

    /** "wapo; nyt" and "nyt; wapo" for the same pair split it when a researcher sorted or grouped by the column. */
    @Test
    void anEventsPapersAreListedInTheDatasetsOrder() throws Exception {
        Dataset data = ExportFixtures.seeds();
        List<Path> files = new DataExport().export(data, DataFormat.CSV, dir.resolve("csv"));
        String events = Files.readString(files.get(0));
        assertTrue(events.contains(",wapo; nyt,"), "the pair is there");
        assertTrue(!events.contains("nyt; wapo"), "and only in one order");
    }

    @Test
    void aFilterKeepsOnlyTheChosenEventsAndTheirQuotesInCsv() throws Exception {
        Dataset data = ExportFixtures.seeds();
        List<Path> files = new DataExport().export(data, DataFormat.CSV, dir.resolve("csv"), GENEVA_ONLY);
        long eventRows = Files.readAllLines(files.get(0)).size() - 1;
        assertEquals(ids(data, GENEVA_ONLY).size(), eventRows);
        long quoteRows = Files.readAllLines(files.get(1)).size() - 1;
        long keptQuotes = data.quotes().stream().filter(q -> ids(data, GENEVA_ONLY).contains(q.event())).count();
        assertTrue(quoteRows >= keptQuotes && quoteRows < data.quotes().size() + 1);
    }

    @Test
    void jsonIgnoresTheFilterBecauseItMustReimport() {
        Dataset data = ExportFixtures.seeds();
        Path file = new DataExport().export(data, DataFormat.JSON, dir.resolve("all.json"), GENEVA_ONLY).get(0);
        assertEquals(data.events().size(), ExportFixtures.readJson(file).get("events").size());
    }

    @Test
    void theThreeArgumentExportWritesEverything() {
        Dataset data = ExportFixtures.seeds();
        Path file = new DataExport().export(data, DataFormat.GEOJSON, dir).get(0);
        assertEquals(dir.resolve(GeoJsonExporter.DEFAULT_NAME), file);
        assertEquals(ids(data, e -> true), propertyIds(ExportFixtures.readJson(file), "event"));
    }

    @ParameterizedTest
    @EnumSource(value = DataFormat.class, names = {"GEOJSON", "TIMELINEJS"})
    void aPathUnderARegularFileFailsClearlyAndLeavesNothing(DataFormat format) throws Exception {
        Path blocker = Files.writeString(dir.resolve("notes.txt"), "keep me");
        Path out = blocker.resolve("sub").resolve("out.json");
        ExportException e = assertThrows(ExportException.class,
                () -> new DataExport().export(ExportFixtures.tiny(), format, out));
        assertTrue(e.getMessage().contains("notes.txt") && e.getMessage().contains("is a file"), e.getMessage());
        assertEquals("keep me", Files.readString(blocker));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(blocker), left.toList());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DataFormat.class, names = {"GEOJSON", "TIMELINEJS"})
    void anExistingFolderGetsTheDefaultName(DataFormat format) {
        Path written = new DataExport().export(ExportFixtures.tiny(), format, dir).get(0);
        assertEquals(dir, written.getParent());
        assertEquals(format == DataFormat.GEOJSON ? "parley.geojson" : "timeline.json",
                written.getFileName().toString());
        assertTrue(Files.isRegularFile(written));
    }

    @Test
    void reExportingReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("map.geojson");
        new DataExport().export(ExportFixtures.seeds(), DataFormat.GEOJSON, file);
        ExistingFilesException refused = assertThrows(ExistingFilesException.class,
                () -> new DataExport().export(ExportFixtures.tiny(), DataFormat.GEOJSON, file));
        assertEquals(List.of(file), refused.files(), "by default nothing that exists is written over");
        new DataExport().export(ExportFixtures.tiny(), DataFormat.GEOJSON, file, e -> true, Overwrite.only(List.of(file)));
        JsonNode root = ExportFixtures.readJson(file);
        assertEquals("Tiny <test> & co", root.get("title").asText());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList());
        }
    }

    private static Set<String> ids(Dataset data, Predicate<Event> keep) {
        return data.events().stream().filter(keep).map(Event::id).collect(Collectors.toSet());
    }

    private static Set<String> propertyIds(JsonNode root, String type) {
        return StreamSupport.stream(root.get("features").spliterator(), false)
                .map(f -> f.get("properties"))
                .filter(p -> p.get("type").asText().equals(type))
                .map(p -> p.get("id").asText())
                .collect(Collectors.toSet());
    }

    /**
     * A JSON file whose sources folder would be too long a name is refused naming that folder and the
     * longest name that works (it had said "the name jjj… is 258 bytes long" of a 255-byte file name).
     */
    @Test
    void aJsonNameLeavingNoRoomForItsSourcesFolderSaysSo() throws Exception {
        Path json = dir.resolve("j".repeat(250) + ".json");
        ExportException e = assertThrows(ExportException.class,
                () -> new DataExport().export(ExportFixtures.seeds(), DataFormat.JSON, json));
        assertTrue(e.getMessage().contains("\"-sources\", which would be 258 bytes long"), e.getMessage());
        assertTrue(e.getMessage().contains("Name the JSON file with at most 252 bytes"), e.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "nothing was written");
        }
        Path longest = dir.resolve("j".repeat(247) + ".json");
        new DataExport().export(ExportFixtures.seeds(), DataFormat.JSON, longest);
        assertTrue(Files.isDirectory(dir.resolve("j".repeat(247) + "-sources")));
    }
}
