package org.parley.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Quote;
import org.parley.model.SourceFilter;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A GeoJSON event carries the papers' sentences behind it and its quotations, as events.csv and quotes.csv do:
 * a researcher mapping the week in a GIS tool could see that the NYT reported an event, never in which words.
 */
class GeoJsonPassagesTest {

    @TempDir
    Path dir;

    private JsonNode export(Dataset data) {
        return ExportFixtures.readJson(new GeoJsonExporter().export(data, dir.resolve("week.geojson")).get(0));
    }

    private static JsonNode event(JsonNode root, String id) {
        return StreamSupport.stream(root.get("features").spliterator(), false).map(f -> f.get("properties"))
                .filter(p -> p.get("type").asText().equals("event") && p.get("id").asText().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void everyEventGivesEachPassageWithItsPaperAndWhereItStands() {
        Dataset data = ExportFixtures.seeds();
        JsonNode root = export(data);
        for (Event e : data.events()) {
            JsonNode evidence = event(root, e.id()).get("evidence");
            assertEquals(e.evidence().size(), evidence.size(), e.id());
            for (int i = 0; i < e.evidence().size(); i++) {
                Evidence ev = e.evidence().get(i);
                JsonNode written = evidence.get(i);
                assertEquals(ev.source(), written.get("source").asText(), e.id());
                assertEquals(data.sourceName(ev.source()), written.get("publisher").asText(), e.id());
                assertEquals(ev.text(), written.get("text").asText(), e.id());
                assertEquals(ev.span().start(), written.get("start").asInt(), e.id());
                assertEquals(ev.span().end(), written.get("end").asInt(), e.id());
            }
        }
    }

    @Test
    void anEventGivesItsQuotationsWithTheirSpeakers() {
        Dataset data = ExportFixtures.seeds();
        Event quoted = data.events().stream().filter(e -> !data.quotesOf(e.id()).isEmpty()).findFirst().orElseThrow();
        JsonNode quotes = event(export(data), quoted.id()).get("quotes");
        List<Quote> expected = data.quotesOf(quoted.id());
        assertEquals(expected.size(), quotes.size());
        for (int i = 0; i < expected.size(); i++) {
            Quote q = expected.get(i);
            assertEquals(q.text(), quotes.get(i).get("text").asText());
            assertEquals(q.source(), quotes.get(i).get("source").asText());
            assertEquals(data.actor(q.speaker()).orElseThrow().name(), quotes.get(i).get("speakerName").asText());
        }
    }

    @Test
    void filteredToOnePaperTheQuotationsAreThatPapersAlone() {
        Dataset data = ExportFixtures.seeds();
        SourceFilter wapo = SourceFilter.includes("wapo");
        Dataset post = EventSubset.withTheirPlaces(data, e -> wapo.test(e, data.sources().size()),
                Optional.of("reported by The Washington Post"), wapo);
        JsonNode root = export(post);
        boolean any = false;
        for (JsonNode f : root.get("features")) {
            JsonNode quotes = f.get("properties").get("quotes");
            if (quotes != null) {
                for (JsonNode q : quotes) {
                    assertEquals("wapo", q.get("source").asText());
                    any = true;
                }
            }
        }
        assertTrue(any, "the Post's own quotations are written");
        assertFalse(root.toString().contains("\"source\":\"nyt\",\"publisher\":\"The New York Times\",\"speaker\""));
    }
}
