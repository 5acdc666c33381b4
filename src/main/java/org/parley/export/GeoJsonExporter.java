package org.parley.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.model.Actor;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Place;
import org.parley.model.Quote;
import org.parley.render.map.MapData;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the dataset as one RFC 7946 FeatureCollection: a Point per place and a Point per event at
 * its place. Events with no place keep a null geometry (RFC 7946 §3.2 allows it) so the file holds
 * every event, not only the mappable ones. An event about places but held at none the papers name
 * keeps a null geometry too, never a point where it did not happen, and says in its properties which
 * places it is about ({@code location} "about", {@code refers}, {@code refersNames}; decision 0160). An event
 * held in a region too vague for the map to draw ("Europe", {@link MapData#isVague}) has no point either, as on the
 * map ({@code location} "region"; decision 0161).
 * Coordinates are [longitude, latitude], as the RFC demands.
 */
public final class GeoJsonExporter implements FileExporter {

    /** The file written when {@code --out} names a folder. */
    public static final String DEFAULT_NAME = "parley.geojson";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Writes the collection to {@code out} (a file, or a folder for {@value #DEFAULT_NAME}); returns the file. */
    @Override
    public List<Path> export(Dataset data, Path out, Overwrite overwrite, BooleanSupplier cancelled) {
        Path file = OutputFile.resolve(out, DEFAULT_NAME);
        ObjectNode tree = collection(data);
        AtomicFiles.stopIf(cancelled);
        JsonFiles.write(file, overwrite, cancelled, tree);
        return List.of(file);
    }

    static ObjectNode collection(Dataset data) {
        ObjectNode root = JSON.objectNode();
        root.put("type", "FeatureCollection");
        // Foreign members (RFC 7946 §6.1): readers ignore them, people opening the file see what it is.
        root.put("name", data.title());
        root.put("title", data.title());
        // For filtered events it opens with the filter ("Filtered: kind Meeting; …"), as a CSV's about.txt does.
        if (!data.description().isBlank()) {
            root.put("description", data.description());
        }
        root.put("credit", Credits.line(data));
        root.put("about", about(data));
        ArrayNode features = root.putArray("features");
        Map<String, Long> eventsAt = data.events().stream()
                .filter(e -> !e.place().isEmpty())
                .collect(Collectors.groupingBy(Event::place, Collectors.counting()));
        // The map's count: events held at a place or about it (Ukraine: 0 held there, 17 about it).
        Map<String, Long> eventsAbout = new HashMap<>();
        for (Event e : data.events()) {
            Set<String> about = new HashSet<>(e.refers());
            if (!e.place().isEmpty()) {
                about.add(e.place());
            }
            about.forEach(id -> eventsAbout.merge(id, 1L, Long::sum));
        }
        for (Place place : data.places()) {
            features.add(placeFeature(place, eventsAt.getOrDefault(place.id(), 0L), eventsAbout.getOrDefault(place.id(), 0L)));
        }
        for (Event event : data.eventsInNarrativeOrder()) {
            features.add(eventFeature(data, event));
        }
        return root;
    }

    /**
     * @param eventCount  events held at the place
     * @param eventsAbout events held there or about it, as the map's marker counts them
     */
    private static ObjectNode placeFeature(Place place, long eventCount, long eventsAbout) {
        ObjectNode feature = feature(Optional.of(place));
        ObjectNode props = feature.putObject("properties");
        props.put("type", "place");
        props.put("id", place.id());
        props.put("name", place.name());
        props.put("kind", place.kind().name().toLowerCase(Locale.ROOT));
        props.put("country", place.country());
        props.put("eventCount", eventCount);
        props.put("eventsAbout", eventsAbout);
        return feature;
    }

    private static ObjectNode eventFeature(Dataset data, Event e) {
        Optional<Place> place = e.place().isEmpty() ? Optional.empty() : data.place(e.place());
        // Held in "Europe": the map draws no point for it, and a GIS tool would place the event in the Baltic Sea.
        ObjectNode feature = feature(place.filter(p -> !MapData.isVague(p)));
        ObjectNode props = feature.putObject("properties");
        props.put("type", "event");
        props.put("id", e.id());
        props.put("title", e.title());
        props.put("summary", e.summary());
        props.put("date", e.time().label());
        props.put("start", e.time().startText());
        props.put("end", e.time().endText());
        props.put("precision", e.time().precision().name().toLowerCase(Locale.ROOT));
        props.put("zone", e.time().zone().getId());
        props.put("order", e.order());
        props.put("kind", e.kind().id());
        props.put("cameo", e.cameo());
        props.put("track", e.track().label());
        props.put("place", e.place());
        props.put("placeName", place.map(Place::name).orElse(""));
        props.put("location", Location.of(data, e).word);
        ArrayNode refers = props.putArray("refers");
        e.refers().forEach(refers::add);
        ArrayNode refersNames = props.putArray("refersNames");
        e.refers().forEach(id -> refersNames.add(data.place(id).map(Place::name).orElse(id)));
        ArrayNode actors = props.putArray("actors");
        e.actors().forEach(p -> actors.add(data.actor(p.actor()).map(Actor::name).orElse(p.actor())));
        ArrayNode sources = props.putArray("sources");
        Publishers.of(data, e).forEach(sources::add);
        props.put("inferred", e.inferred());
        props.put("note", e.note());
        props.put("modality", e.modality().id());
        props.put("basis", EvidenceNotes.basis(data, e));
        // The papers' own words and where they stand, as events.csv and quotes.csv give them: the file had named the
        // papers behind an event and never their sentences, so a map could not be traced back to the articles.
        ArrayNode evidence = props.putArray("evidence");
        e.evidence().forEach(ev -> evidence.add(passage(data, ev)));
        ArrayNode quotes = props.putArray("quotes");
        data.quotesOf(e.id()).forEach(q -> quotes.add(quotation(data, q)));
        return feature;
    }

    /** One passage behind an event; offsets in UTF-16 code units into the source's text, as sources.csv says. */
    private static ObjectNode passage(Dataset data, Evidence ev) {
        ObjectNode out = JSON.objectNode();
        out.put("source", ev.source());
        out.put("publisher", data.sourceName(ev.source()));
        out.put("text", ev.text());
        out.put("start", ev.span().start());
        out.put("end", ev.span().end());
        // Not reporting (a headline, a caption) and whom the paper credits: what a reader must not miss.
        out.put("part", data.partOf(ev).map(p -> p.kind().label().toLowerCase(Locale.ROOT)).orElse(""));
        out.put("credit", data.creditOf(ev));
        return out;
    }

    /** One quotation of an event: the dataset a filter made holds only the filtered paper's (decision 0129). */
    private static ObjectNode quotation(Dataset data, Quote q) {
        ObjectNode out = JSON.objectNode();
        out.put("id", q.id());
        out.put("source", q.source());
        out.put("publisher", data.sourceName(q.source()));
        out.put("speaker", q.speaker());
        out.put("speakerName", data.actor(q.speaker()).map(Actor::name).orElse(q.speaker()));
        out.put("text", q.text());
        out.put("start", q.span().start());
        out.put("end", q.span().end());
        return out;
    }

    /** Where an event stands on a map: at its place, in a region too vague for a point, about places only, or nowhere. */
    private enum Location {
        HELD("held"), REGION("region"), ABOUT("about"), NONE("none");

        private final String word;

        Location(String word) {
            this.word = word;
        }

        static Location of(Dataset data, Event e) {
            if (!e.place().isEmpty()) {
                return data.place(e.place()).filter(MapData::isVague).isPresent() ? REGION : HELD;
            }
            return e.refers().isEmpty() ? NONE : ABOUT;
        }
    }

    /**
     * How to read the events' geometry, with their counts: 32 events without a point had read as 32 without a
     * place, where the map says 15, and nothing told a GIS user how to map the other 17.
     */
    static String about(Dataset data) {
        Map<Location, Long> counts = data.events().stream().collect(Collectors.groupingBy(e -> Location.of(data, e),
                () -> new EnumMap<>(Location.class), Collectors.counting()));
        long inRegions = counts.getOrDefault(Location.REGION, 0L);
        return "Each place is a Point. An event's Point is where it was held (location \"held\", "
                + events(counts.getOrDefault(Location.HELD, 0L)) + ")."
                + (inRegions == 0 ? "" : " An event held in a region too vague for a point (such as Europe) has no "
                        + "geometry (location \"region\", " + events(inRegions) + "): its place and placeName name the "
                        + "region, which the map draws no point for; the region's own Point is ours, not the papers'.")
                + " An event about places but held at none the "
                + "papers name has no geometry (location \"about\", " + events(counts.getOrDefault(Location.ABOUT, 0L))
                + "): its refers and refersNames give the places it is about, to join with the places' id; a point "
                + "there would say it happened there. An event with neither has no geometry either (location "
                + "\"none\", " + events(counts.getOrDefault(Location.NONE, 0L)) + ")." + vagueOnly(data, counts);
    }

    /**
     * The map draws no vague region ("Europe"), so it counts an event held at or about such regions alone among those
     * with no place: said, so that the file's numbers and the map's agree for a reader holding both.
     */
    private static String vagueOnly(Dataset data, Map<Location, Long> counts) {
        long vague = data.events().stream().filter(e -> Location.of(data, e) != Location.NONE)
                .filter(e -> !onTheMap(data, e)).count();
        if (vague == 0) {
            return "";
        }
        long mapUnplaced = counts.getOrDefault(Location.NONE, 0L) + vague;
        return " " + (vague == 1 ? "One event is" : CountText.number(vague) + " events are") + " held at or about "
                + "regions too vague for a point (such as Europe) alone: the map, which draws no such region, says "
                + events(mapUnplaced) + " have no place on it.";
    }

    /** True when the map draws a place the event was held at or is about, as its count of placed events has it. */
    private static boolean onTheMap(Dataset data, Event e) {
        return Stream.concat(Stream.of(e.place()).filter(id -> !id.isEmpty()), e.refers().stream())
                .anyMatch(id -> data.place(id).filter(p -> !MapData.isVague(p)).isPresent());
    }

    private static String events(long n) {
        return CountText.count(n, "event");
    }

    private static ObjectNode feature(Optional<Place> at) {
        ObjectNode feature = JSON.objectNode();
        feature.put("type", "Feature");
        if (at.isPresent()) {
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(at.get().lon()).add(at.get().lat());
        } else {
            feature.putNull("geometry");
        }
        return feature;
    }
}
