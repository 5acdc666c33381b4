package org.parley.render.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Participant;
import org.parley.model.Place;
import org.parley.model.PlaceKind;
import org.parley.model.Precision;
import org.parley.model.TimeSpan;
import org.parley.model.Track;

/**
 * The places and events of seeds/week.json, read straight into model records. The project's
 * seed loader lives on another branch; map tests only need places and events, so this reads
 * just those and skips sources, evidence checks and quotes.
 */
public final class WeekData {

    private WeekData() {
    }

    public static Dataset load() {
        Path file = Path.of(System.getProperty("parley.seeds", "seeds"), "week.json");
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(file));
            List<Place> places = new ArrayList<>();
            for (JsonNode p : root.get("places")) {
                places.add(new Place(p.get("id").asText(), p.get("name").asText(), p.get("lat").asDouble(),
                        p.get("lon").asDouble(), PlaceKind.valueOf(p.get("kind").asText().toUpperCase(Locale.ROOT)),
                        p.path("country").asText(""), p.path("note").asText("")));
            }
            List<Event> events = new ArrayList<>();
            for (JsonNode e : root.get("events")) {
                Precision precision = Precision.valueOf(e.get("precision").asText().toUpperCase(Locale.ROOT));
                TimeSpan time = TimeSpan.parse(e.get("start").asText(), e.path("end").asText(""), precision,
                        ZoneId.of(e.get("zone").asText()));
                List<String> refers = new ArrayList<>();
                e.path("refers").forEach(r -> refers.add(r.asText()));
                List<Participant> actors = new ArrayList<>();
                e.path("actors").forEach(a -> actors.add(new Participant(a.get("actor").asText(), a.path("role").asText(""))));
                events.add(new Event(e.get("id").asText(), e.get("title").asText(), e.path("summary").asText(""), time,
                        e.path("order").asInt(0), e.path("place").asText(""), refers,
                        EventKind.byId(e.get("kind").asText()).orElseThrow(),
                        e.path("cameo").asText(""), Track.byId(e.get("track").asText()).orElseThrow(), actors, List.of(),
                        e.path("inferred").asBoolean(false), e.path("note").asText("")));
            }
            return new Dataset("The week", "", List.of(), List.of(), places, events, List.of(), List.of());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
    }
}
