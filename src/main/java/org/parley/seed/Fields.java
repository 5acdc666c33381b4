package org.parley.seed;

import java.util.List;

/** The fields of each record in the exchange format, in the order the spec gives and the writer writes. */
final class Fields {
    static final List<String> DATASET = List.of("title", "description", "focus", "zone", "sources", "actors",
            "places", "events", "quotes", "divergences", "positions");
    static final List<String> FOCUS = List.of("from", "to");
    static final List<String> SOURCE = List.of("id", "publisher", "title", "published", "dateline", "language", "file",
            "url", "parts");
    static final List<String> PART = List.of("kind", "text");
    static final List<String> ACTOR = List.of("id", "name", "aliases", "kind", "group", "affiliation", "role", "note");
    static final List<String> PLACE = List.of("id", "name", "lat", "lon", "kind", "country", "note", "within");
    static final List<String> EVENT = List.of("id", "title", "summary", "start", "end", "zone", "precision", "order",
            "place", "refers", "kind", "modality", "cameo", "track", "actors", "evidence", "inferred", "note");
    static final List<String> PARTICIPANT = List.of("actor", "role");
    static final List<String> EXCERPT = List.of("source", "text");
    static final List<String> EVIDENCE = List.of("source", "text", "attribution");
    static final List<String> QUOTE = List.of("id", "text", "speaker", "source", "event");
    static final List<String> DIVERGENCE = List.of("id", "topic", "readings", "note", "events");
    static final List<String> POSITION = List.of("id", "title", "kind", "by", "evidence", "stances", "events");
    static final List<String> STANCE = List.of("actor", "stance", "evidence");

    private Fields() {
    }
}
