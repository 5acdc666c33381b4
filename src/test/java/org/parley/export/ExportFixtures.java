package org.parley.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Evidence;
import org.parley.model.Participant;
import org.parley.model.Place;
import org.parley.model.PlaceKind;
import org.parley.model.Precision;
import org.parley.model.Source;
import org.parley.model.Span;
import org.parley.model.TimeSpan;
import org.parley.model.Track;
import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.model.ActorKind;
import org.parley.model.Quote;
import org.parley.seed.DatasetException;
import org.parley.seed.ExchangeFormatReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The bundled seeds, a tiny hand-built dataset with HTML-hostile text, and a JSON reader for both. */
final class ExportFixtures {

    private static Dataset seeds;

    private ExportFixtures() {
    }

    static synchronized Dataset seeds() {
        if (seeds == null) {
            try {
                seeds = new ExchangeFormatReader().read(Path.of("seeds"));
            } catch (DatasetException e) {
                throw new IllegalStateException("the bundled seeds do not load", e);
            }
        }
        return seeds;
    }

    static JsonNode readJson(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One source, one place, two events (one placeless) whose text needs escaping, one quote. */
    static Dataset tiny() {
        String text = "Talks <today> & \"tomorrow\" — it's 'fine'.";
        Source src = new Source("paper", "Daily <Bugle> & Co", "Headline", LocalDate.of(2022, 1, 12), "",
                "en", "paper.txt", text);
        Place geneva = new Place("geneva", "Geneva", 46.2044, 6.1432, PlaceKind.CITY, "756", "");
        Actor speaker = new Actor("spk", "O'Brien <Jr>", List.of(), ActorKind.PERSON, ActorGroup.OTHER, "", "", "");
        ZoneId zone = ZoneId.of("Europe/Zurich");
        Event tricky = new Event("tricky", "Talks <b>begin</b> & \"end\"", "It's <i>fine</i> & done.",
                TimeSpan.parse("2022-01-10", null, Precision.DAY, zone), 1, "geneva", List.of(),
                EventKind.MEETING, "043", Track.GENEVA_TALKS, List.of(new Participant("spk", "")),
                List.of(new Evidence("paper", "Talks <today>", new Span(0, 13))), false, "");
        Event nowhere = new Event("nowhere", "Placeless", "", TimeSpan.parse("2021", null, Precision.YEAR, zone), 0,
                "", List.of(), EventKind.STATEMENT, "010", Track.BACKGROUND, List.of(),
                List.of(new Evidence("paper", "fine", new Span(35, 39))), false, "");
        Quote quote = new Quote("q1", "\"tomorrow\"", "spk", "paper", "tricky", new Span(16, 26));
        return new Dataset("Tiny <test> & co", "A \"hand-built\" set", List.of(src), List.of(speaker),
                List.of(geneva), List.of(tricky, nowhere), List.of(quote), List.of());
    }

    /** {@link #tiny()} plus a placeless event spanning whole years. */
    static Dataset withYears(int from, int to) {
        Dataset t = tiny();
        Event years = new Event("years", "Years", "", TimeSpan.parse(Integer.toString(from), Integer.toString(to),
                Precision.YEAR, ZoneId.of("Europe/Kiev")), 0, "", List.of(), EventKind.CONFLICT, "190",
                Track.BACKGROUND, List.of(), t.events().get(1).evidence(), false, "");
        List<Event> events = new ArrayList<>(t.events());
        events.add(years);
        return new Dataset(t.title(), t.description(), t.sources(), t.actors(), t.places(), events, t.quotes(),
                t.divergences());
    }
}
