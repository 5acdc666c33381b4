package org.parley.cli;

import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Evidence;
import org.parley.model.Participant;
import org.parley.model.Place;
import org.parley.model.PlaceKind;
import org.parley.model.Precision;
import org.parley.model.Quote;
import org.parley.model.Source;
import org.parley.model.Span;
import org.parley.model.TimeSpan;
import org.parley.model.Track;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large, valid, made-up dataset for the budgets in docs/architecture.md: events spread over 1990–2022 with
 * the week's density near January 2022, each anchored in one of two generated articles. Seeded, so
 * every run measures the same data.
 */
final class SyntheticData {

    private static final String[] WORDS = {"talks", "security", "alliance", "troops", "border", "pipeline",
            "sanctions", "delegation", "ministers", "exercise", "statement", "proposal", "treaty", "summit"};

    private SyntheticData() {
    }

    static Dataset generate(int events, int actors, int places, long seed) {
        Random r = new Random(seed);
        List<Actor> actorList = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            actorList.add(new Actor("a" + i, "Actor " + i, List.of("A. " + i), ActorKind.PERSON,
                    ActorGroup.values()[i % ActorGroup.values().length], "Ministry " + (i % 17), "Official", ""));
        }
        List<Place> placeList = new ArrayList<>();
        for (int i = 0; i < places; i++) {
            placeList.add(new Place("p" + i, "Place " + i, 35 + r.nextDouble() * 30, -10 + r.nextDouble() * 50,
                    PlaceKind.CITY, "", ""));
        }
        StringBuilder[] texts = {new StringBuilder(), new StringBuilder()};
        List<Event> eventList = new ArrayList<>(events);
        List<Quote> quotes = new ArrayList<>();
        LocalDate weekStart = LocalDate.of(2022, 1, 9);
        for (int i = 0; i < events; i++) {
            int src = i % 2;
            // One paragraph per event, as in a news article: the search indexes paragraphs.
            String sentence = "Event " + i + " about " + WORDS[r.nextInt(WORDS.length)] + " and "
                    + WORDS[r.nextInt(WORDS.length)] + ".\n";
            int start = texts[src].length();
            texts[src].append(sentence).append('\n');
            Span span = new Span(start, start + sentence.length() - 1);
            TimeSpan time = time(r, i, weekStart);
            String id = "e" + i;
            List<Participant> who = List.of(new Participant("a" + r.nextInt(actors), "speaker"),
                    new Participant("a" + r.nextInt(actors), ""));
            eventList.add(new Event(id, "Event " + i + " " + WORDS[i % WORDS.length], sentence.trim(), time, i % 9,
                    "p" + r.nextInt(places), List.of(), EventKind.values()[i % EventKind.values().length],
                    "040", Track.values()[i % Track.values().length], who,
                    List.of(new Evidence(src == 0 ? "s0" : "s1", sentence.substring(0, sentence.length() - 1), span)),
                    false, ""));
            if (i % 10 == 0) {
                quotes.add(new Quote("q" + i, sentence.substring(0, sentence.length() - 1), who.get(0).actor(),
                        src == 0 ? "s0" : "s1", id, span));
            }
        }
        List<Source> sources = List.of(
                new Source("s0", "Synthetic Post", "Synthetic article one", LocalDate.of(2022, 1, 12), "", "en",
                        "s0.txt", texts[0].toString()),
                new Source("s1", "Synthetic Times", "Synthetic article two", LocalDate.of(2022, 1, 12), "", "en",
                        "s1.txt", texts[1].toString()));
        return new Dataset("Synthetic benchmark data", "", sources, actorList, placeList, eventList, quotes, List.of());
    }

    private static TimeSpan time(Random r, int i, LocalDate weekStart) {
        ZoneId zone = ZoneId.of("Europe/Brussels");
        if (i % 5 == 0) {
            // A fifth is background: years to months, spread over three decades.
            int year = 1990 + r.nextInt(32);
            return i % 3 == 0 ? TimeSpan.parse(Integer.toString(year), null, Precision.YEAR, zone)
                    : TimeSpan.parse(String.format("%04d-%02d", year, 1 + r.nextInt(12)), null, Precision.MONTH, zone);
        }
        LocalDateTime day = weekStart.plusDays(r.nextInt(5) - 30L * r.nextInt(24)).atStartOfDay();
        return new TimeSpan(day, day.plusDays(1), Precision.DAY, zone);
    }
}
