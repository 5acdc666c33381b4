package org.parley.cli;

import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.model.ActorKind;
import org.parley.model.CountText;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A large, valid, made-up dataset shaped like a coded-events extract: events over the years
 * 2000–2024, most of them in bursts of a few days to a few weeks around crises, with a thin
 * background between; a few actors and places take part far more often than the rest. Every
 * event is a paragraph of a generated news article (about a hundred events an article, in date
 * order), so its evidence and quotes point at real words. Seeded: the same arguments always give
 * the same dataset, byte for byte once written.
 */
final class SyntheticData {

    /** Events per generated article: articles, like the real ones, are short. */
    static final int EVENTS_PER_ARTICLE = 100;

    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(2025, 1, 1));
    private static final ZoneId ZONE = ZoneId.of("UTC");

    private static final String[] TOPICS = {"talks", "security", "alliance", "troops", "border", "pipeline",
            "sanctions", "delegation", "ministers", "exercise", "statement", "proposal", "treaty", "summit",
            "ceasefire", "grain", "missiles", "elections", "refugees", "energy"};
    private static final String[] VERBS = {"met", "spoke with", "warned", "called on", "signed with",
            "rejected the offer of", "welcomed", "criticised", "hosted", "negotiated with"};
    private static final String[] GIVEN = {"Anna", "Boris", "Clara", "Dmitri", "Elena", "Frank", "Greta", "Hugo",
            "Irina", "Jonas", "Katja", "Lars", "Maria", "Nikolai", "Olga", "Pavel", "Rosa", "Stefan", "Tomas", "Vera"};
    private static final String[] FAMILY = {"Adler", "Berg", "Costa", "Dahl", "Esposito", "Fischer", "Horvat",
            "Ivanov", "Jensen", "Kovacs", "Lindqvist", "Moreau", "Novak", "Orlov", "Petrov", "Quinn", "Rossi",
            "Sokolov", "Varga", "Weber"};
    private static final String[] PUBLISHERS = {"The Synthetic Post", "The Daily Model", "Generated Times",
            "The Sample Herald"};

    private SyntheticData() {
    }

    static Dataset generate(int events, int actors, int places, long seed) {
        if (events < 0 || actors < 1 || places < 1) {
            throw new IllegalArgumentException("need events ≥ 0, actors ≥ 1 and places ≥ 1");
        }
        Random r = new Random(seed);
        List<Actor> actorList = actors(actors);
        List<Place> placeList = places(places, r);
        TimeSpan[] times = times(events, r);
        List<Event> eventList = new ArrayList<>(events);
        List<Quote> quotes = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        LocalDate latest = null;
        for (int i = 0; i < events; i++) {
            String sourceId = "s" + i / EVENTS_PER_ARTICLE;
            TimeSpan time = times[i];
            // Published once its last event has begun: an event given by its month or year starts earlier than its neighbours.
            latest = latest == null || time.start().toLocalDate().isAfter(latest) ? time.start().toLocalDate() : latest;
            String id = "e" + i;
            String topic = TOPICS[r.nextInt(TOPICS.length)];
            String who = "a" + skewed(r, actors);
            String whom = "a" + skewed(r, actors);
            String place = "p" + skewed(r, places);
            // One paragraph per event, as in a news article: the search indexes paragraphs.
            String sentence = actorName(who) + " " + VERBS[r.nextInt(VERBS.length)] + " " + actorName(whom)
                    + " on " + topic + " (report " + i + ").";
            int start = text.length();
            text.append(sentence).append("\n\n");
            Span span = new Span(start, start + sentence.length());
            List<Participant> participants = who.equals(whom) ? List.of(new Participant(who, "speaker"))
                    : List.of(new Participant(who, "speaker"), new Participant(whom, ""));
            eventList.add(new Event(id, capitalised(topic) + ": " + actorName(who) + ", report " + i, sentence, time,
                    i % 9, place, List.of(), EventKind.values()[i % EventKind.values().length], "040",
                    Track.values()[i % Track.values().length], participants,
                    List.of(new Evidence(sourceId, sentence, span)), false, ""));
            if (i % 10 == 0) {
                quotes.add(new Quote("q" + i, sentence, who, sourceId, id, span));
            }
            if ((i + 1) % EVENTS_PER_ARTICLE == 0 || i == events - 1) {
                int n = i / EVENTS_PER_ARTICLE;
                sources.add(new Source(sourceId, PUBLISHERS[n % PUBLISHERS.length], "Report " + n, latest, "",
                        "en", sourceId + ".txt", text.toString()));
                text.setLength(0);
                latest = null;
            }
        }
        return new Dataset("Synthetic events: " + CountText.count(events, "event") + ", " + CountText.count(actors, "actor") + ", "
                + CountText.count(places, "place"),
                "Generated by parley generate (seed " + seed + "); not real events.", sources, actorList, placeList,
                eventList, quotes, List.of());
    }

    private static List<Actor> actors(int n) {
        List<Actor> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = "a" + i;
            list.add(new Actor(id, actorName(id), List.of(FAMILY[i % FAMILY.length] + " " + i),
                    i % 10 == 0 ? ActorKind.ORGANIZATION : ActorKind.PERSON,
                    ActorGroup.values()[i % ActorGroup.values().length], "Ministry " + (i % 17), "Official", ""));
        }
        return list;
    }

    private static String actorName(String id) {
        int i = Integer.parseInt(id.substring(1));
        return GIVEN[i % GIVEN.length] + " " + FAMILY[(i / GIVEN.length) % FAMILY.length] + " " + i;
    }

    private static List<Place> places(int n, Random r) {
        List<Place> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // Europe and its neighbours, where the bundled basemap draws.
            list.add(new Place("p" + i, "Place " + i, 35 + r.nextDouble() * 30, -10 + r.nextDouble() * 50,
                    PlaceKind.CITY, "", ""));
        }
        return list;
    }

    /**
     * Start times in date order: a tenth spread evenly (the background), the rest in bursts whose
     * centres are spread evenly and whose events fall off around the centre (a normal spread of a
     * few days to a few weeks). Mostly days, some clock times, a few months and years.
     */
    private static TimeSpan[] times(int n, Random r) {
        int bursts = Math.max(1, n / 500);
        int[] centre = new int[bursts];
        double[] width = new double[bursts];
        for (int b = 0; b < bursts; b++) {
            centre[b] = r.nextInt(DAYS);
            width[b] = 2 + r.nextDouble() * 20;
        }
        long[] minutes = new long[n];
        for (int i = 0; i < n; i++) {
            int b = r.nextInt(bursts);
            double day = r.nextInt(10) == 0 ? r.nextDouble() * DAYS : centre[b] + r.nextGaussian() * width[b];
            day = Math.max(0, Math.min(DAYS - 1, day));
            minutes[i] = (long) (day * 24 * 60);
        }
        Arrays.sort(minutes);
        TimeSpan[] times = new TimeSpan[n];
        for (int i = 0; i < n; i++) {
            LocalDateTime at = FIRST_DAY.atStartOfDay().plusMinutes(minutes[i]);
            int kind = r.nextInt(100);
            if (kind < 2) {
                times[i] = TimeSpan.parse(Integer.toString(at.getYear()), null, Precision.YEAR, ZONE);
            } else if (kind < 8) {
                times[i] = TimeSpan.parse(String.format("%04d-%02d", at.getYear(), at.getMonthValue()), null,
                        Precision.MONTH, ZONE);
            } else if (kind < 30) {
                LocalDateTime minute = at.truncatedTo(ChronoUnit.MINUTES);
                times[i] = new TimeSpan(minute, minute.plusMinutes(30 + r.nextInt(150)), Precision.MINUTE, ZONE);
            } else {
                LocalDateTime day = at.truncatedTo(ChronoUnit.DAYS);
                times[i] = new TimeSpan(day, day.plusDays(kind < 35 ? 2 + r.nextInt(3) : 1), Precision.DAY, ZONE);
            }
        }
        return times;
    }

    /** An index in [0, n) where low numbers come up far more often, as the busiest actors and places do. */
    private static int skewed(Random r, int n) {
        double u = r.nextDouble();
        return (int) Math.min(n - 1, Math.floor(n * u * u * u));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
