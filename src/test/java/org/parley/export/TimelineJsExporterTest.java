package org.parley.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Track;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineJsExporterTest {

    @TempDir
    Path dir;

    private JsonNode export(Dataset data) {
        Path file = new TimelineJsExporter().export(data, dir.resolve("timeline.json"), Overwrite.ANY).get(0);
        return ExportFixtures.readJson(file);
    }

    private static List<JsonNode> events(JsonNode root) {
        return StreamSupport.stream(root.get("events").spliterator(), false).toList();
    }

    private static JsonNode slide(JsonNode root, String id) {
        return events(root).stream().filter(s -> s.get("unique_id").asText().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void holdsEveryEventAsUniqueId() {
        JsonNode root = export(ExportFixtures.seeds());
        Set<String> ids = events(root).stream().map(s -> s.get("unique_id").asText()).collect(Collectors.toSet());
        assertEquals(ExportFixtures.seeds().events().stream().map(Event::id).collect(Collectors.toSet()), ids);
        assertEquals(ExportFixtures.seeds().events().size(), events(root).size(), "one slide per event");
    }

    @Test
    void titleSlideHasTheDatasetTitleAndTheCreditLine() {
        JsonNode title = export(ExportFixtures.seeds()).get("title").get("text");
        assertEquals("The week of US–NATO–Russia talks, January 2022", title.get("headline").asText());
        assertTrue(title.get("text").asText()
                .contains("Sources: The Washington Post, The New York Times, 12 Jan 2022"));
    }

    @Test
    void anInferredDayOrPlaceIsSaidWithTheCuratorsNote() {
        JsonNode root = export(ExportFixtures.seeds());
        Event inferred = ExportFixtures.seeds().event("geneva-ryabkov-warning").orElseThrow();
        assertTrue(inferred.inferred());
        String text = slide(root, inferred.id()).get("text").get("text").asText();
        assertTrue(text.contains("Day or place inferred by the curator"), text);
        assertTrue(text.contains(Html.escape(inferred.note())), text);
        assertFalse(slide(root, "nrc-meeting").get("text").get("text").asText().contains("inferred"),
                "an event the papers date and place says nothing of inference");
    }

    @Test
    void aDayEventHasYearMonthDayAndNoInventedHour() {
        JsonNode slide = slide(export(ExportFixtures.seeds()), "nrc-meeting");
        JsonNode start = slide.get("start_date");
        assertEquals(2022, start.get("year").asInt());
        assertEquals(1, start.get("month").asInt());
        assertEquals(12, start.get("day").asInt());
        assertFalse(start.has("hour"));
        assertFalse(start.has("minute"));
        assertFalse(slide.has("end_date"), "a single day needs no end");
        assertFalse(slide.has("display_date"), "TimelineJS prints a full date itself");
    }

    @Test
    void aDecadeShowsAsTheDecadeAndSpansIt() {
        JsonNode slide = slide(export(ExportFixtures.seeds()), "bg-nato-expansions");
        assertEquals("1990s", slide.get("display_date").asText());
        assertEquals(1990, slide.get("start_date").get("year").asInt());
        assertFalse(slide.get("start_date").has("month"));
        assertEquals(1999, slide.get("end_date").get("year").asInt());
        assertFalse(slide.get("end_date").has("month"));
    }

    @Test
    void aSeasonShowsAsTheSeasonAcrossItsMonths() {
        JsonNode slide = slide(export(ExportFixtures.seeds()), "bg-missions-shut");
        assertTrue(slide.get("display_date").asText().contains("fall"), slide.get("display_date").asText());
        assertEquals(2021, slide.get("start_date").get("year").asInt());
        assertEquals(9, slide.get("start_date").get("month").asInt());
        assertFalse(slide.get("start_date").has("day"));
        assertEquals(11, slide.get("end_date").get("month").asInt());
    }

    @Test
    void aMonthAndAMultiYearSpanKeepTheirGrain() {
        JsonNode root = export(ExportFixtures.seeds());
        JsonNode month = slide(root, "bg-russia-written-proposals");
        assertEquals("Dec 2021", month.get("display_date").asText());
        assertEquals(12, month.get("start_date").get("month").asInt());
        assertFalse(month.get("start_date").has("day"));
        assertFalse(month.has("end_date"));
        // The week holds no multi-year span since its curation (the conflict's start year was not in the
        // text), so the span is built here.
        JsonNode years = slide(export(ExportFixtures.withYears(2014, 2022)), "years");
        assertEquals(2014, years.get("start_date").get("year").asInt());
        assertEquals(2022, years.get("end_date").get("year").asInt());
    }

    @Test
    void theWeekIsAnEra() {
        JsonNode eras = export(ExportFixtures.seeds()).get("eras");
        assertEquals(1, eras.size());
        JsonNode era = eras.get(0);
        assertEquals(ExportFixtures.seeds().title(), era.get("text").get("headline").asText());
        assertEquals(List.of(2022, 1, 9), ymd(era.get("start_date")));
        assertEquals(List.of(2022, 1, 13), ymd(era.get("end_date")));
    }

    private static List<Integer> ymd(JsonNode date) {
        return List.of(date.get("year").asInt(), date.get("month").asInt(), date.get("day").asInt());
    }

    @Test
    void groupsAreLaneLabels() {
        Set<String> labels = Arrays.stream(Track.values()).map(Track::label).collect(Collectors.toSet());
        JsonNode root = export(ExportFixtures.seeds());
        for (JsonNode slide : events(root)) {
            Event e = ExportFixtures.seeds().event(slide.get("unique_id").asText()).orElseThrow();
            assertEquals(e.track().label(), slide.get("group").asText());
            assertTrue(labels.contains(slide.get("group").asText()));
        }
    }

    @Test
    void slideTextCarriesTheKeyQuoteAndSources() {
        JsonNode root = export(ExportFixtures.seeds());
        String quoted = ExportFixtures.seeds().quotes().get(0).event();
        String text = slide(root, quoted).get("text").get("text").asText();
        assertTrue(text.contains("<blockquote>"), text);
        assertTrue(text.contains("Sources: "), text);
    }

    @Test
    void headlineAndTextAreHtmlEscaped() {
        JsonNode root = export(ExportFixtures.tiny());
        JsonNode text = slide(root, "tricky").get("text");
        assertEquals("Talks &lt;b&gt;begin&lt;/b&gt; &amp; &quot;end&quot;", text.get("headline").asText());
        String body = text.get("text").asText();
        assertTrue(body.contains("<p>It&#39;s &lt;i&gt;fine&lt;/i&gt; &amp; done.</p>"), body);
        assertTrue(body.contains("&quot;tomorrow&quot;"), body);
        assertTrue(body.contains("O&#39;Brien &lt;Jr&gt;"), body);
        assertTrue(body.contains("Sources: Daily &lt;Bugle&gt; &amp; Co"), body);
        assertFalse(body.contains("<i>") || body.contains("<Bugle>"), body);
        JsonNode title = root.get("title").get("text");
        assertEquals("Tiny &lt;test&gt; &amp; co", title.get("headline").asText());
        assertTrue(title.get("text").asText().contains("A &quot;hand-built&quot; set"));
    }

    @Test
    void aFolderGetsTheDefaultFileName() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("site"));
        List<Path> written = new TimelineJsExporter().export(ExportFixtures.tiny(), folder);
        assertEquals(List.of(folder.resolve(TimelineJsExporter.DEFAULT_NAME)), written);
        assertTrue(ExportFixtures.readJson(written.get(0)).has("events"));
    }
}
