package org.parley.store;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Evidence;
import org.parley.model.Participant;
import org.parley.model.Place;
import org.parley.model.PlaceKind;
import org.parley.model.Precision;
import org.parley.model.Quote;
import org.parley.model.Reading;
import org.parley.model.Source;
import org.parley.model.Span;
import org.parley.model.TimeSpan;
import org.parley.model.Track;

/** A small dataset built by hand: two short articles and what they support. */
final class Fixtures {

    static final String WAPO_TEXT = """
            Stark differences over Ukraine overshadow talks

            BRUSSELS — NATO and Russian diplomats traded demands at a nearly four-hour meeting here Wednesday.

            Col. Gen. Alexander Fomin listened as Grushko said the proposals were "crystal clear, they are interdependent, it is not a pastry menu."

            Read more about the alliance's open door and Café Lorraine.
            """;

    static final String NYT_TEXT = """
            After four hours of talks, Russia and NATO remain far apart.

            Wendy Sherman said the allies would not slam the door on enlargement.
            Officials recalled the summer of 2021 and the 1990s.
            """;

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private Fixtures() {
    }

    static Span span(String text, String part) {
        int at = text.indexOf(part);
        if (at < 0 || text.indexOf(part, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once: " + part);
        }
        return new Span(at, at + part.length());
    }

    static Dataset week() {
        Source wapo = new Source("wapo", "The Washington Post", "Stark differences over Ukraine",
                LocalDate.of(2022, 1, 12), "Brussels", "en", "wapo.txt", WAPO_TEXT, List.of(),
                "https://www.washingtonpost.example/world/2022/01/12/nato-russia-talks/");
        Source nyt = new Source("nyt", "The New York Times", "Russia and NATO far apart",
                LocalDate.of(2022, 1, 12), "", "en", "nyt.txt", NYT_TEXT);

        List<Actor> actors = List.of(
                new Actor("grushko", "Alexander Grushko", List.of("Aleksandr V. Grushko", "Grushko", "Mr. Grushko"),
                        ActorKind.PERSON, ActorGroup.RUSSIA, "Russian Ministry of Foreign Affairs",
                        "Deputy Foreign Minister", ""),
                new Actor("sherman", "Wendy Sherman", List.of("Ms. Sherman"), ActorKind.PERSON,
                        ActorGroup.UNITED_STATES, "State Department", "Deputy Secretary of State", ""),
                new Actor("nato", "NATO", List.of(), ActorKind.ORGANIZATION, ActorGroup.NATO_AND_ALLIES, "", "",
                        "the alliance"));

        List<Place> places = List.of(
                new Place("nato-hq", "NATO headquarters", 50.8796, 4.4254, PlaceKind.VENUE, "056", "", "europe"),
                new Place("ukraine", "Ukraine", 49.0, 32.0, PlaceKind.COUNTRY, "804", ""),
                new Place("europe", "Europe", 54.5260, 15.2551, PlaceKind.REGION, "", "multi-country"));

        Event meeting = new Event("brussels-nrc-meeting", "NATO–Russia Council meets in Brussels",
                "Diplomats traded incompatible demands over Ukraine.",
                TimeSpan.parse("2022-01-12", "", Precision.DAY, BRUSSELS), 1, "nato-hq", List.of("ukraine"),
                EventKind.MEETING, "043", Track.NATO_RUSSIA_COUNCIL,
                List.of(new Participant("grushko", "head of delegation"), new Participant("sherman", "")),
                List.of(new Evidence("wapo", "traded demands", span(WAPO_TEXT, "traded demands")),
                        new Evidence("nyt", "After four hours of talks", span(NYT_TEXT, "After four hours of talks"))),
                false, "");
        Event briefing = new Event("brussels-grushko-briefing", "Grushko briefs reporters", "",
                TimeSpan.parse("2022-01-12", "2022-01-13", Precision.DAY, BRUSSELS), 2, "", List.of(),
                EventKind.BRIEFING, "", Track.NATO_RUSSIA_COUNCIL,
                List.of(new Participant("grushko", "speaker")),
                List.of(new Evidence("wapo", "Grushko said", span(WAPO_TEXT, "Grushko said"))), false, "");
        Event buildup = new Event("buildup", "Troops gather near the border", "A build-up through December.",
                TimeSpan.parse("2021-12", "", Precision.MONTH, ZoneId.of("Europe/Moscow")), 0, "",
                List.of("ukraine", "europe"), EventKind.MILITARY, "15", Track.RUSSIAN_MILITARY, List.of(),
                List.of(new Evidence("nyt", "far apart", span(NYT_TEXT, "far apart"))), false, "");
        Event summer = new Event("summer-2021", "Summer of 2021", "",
                TimeSpan.parse("2021-06", "", Precision.SEASON, BRUSSELS), 0, "", List.of(), EventKind.STATEMENT,
                "", Track.BACKGROUND, List.of(),
                List.of(new Evidence("nyt", "summer of 2021", span(NYT_TEXT, "summer of 2021"))), true,
                "the season is all the text gives");
        Event nineties = new Event("nineties", "Enlargement debates of the nineties", "",
                TimeSpan.parse("1990", "", Precision.DECADE, BRUSSELS), 0, "", List.of(), EventKind.DECISION, "",
                Track.BACKGROUND, List.of(new Participant("nato", "")),
                List.of(new Evidence("nyt", "the 1990s", span(NYT_TEXT, "the 1990s"))), false, "");

        List<Quote> quotes = List.of(
                new Quote("q-grushko-pastry", "crystal clear, they are interdependent, it is not a pastry menu",
                        "grushko", "wapo", "brussels-grushko-briefing",
                        span(WAPO_TEXT, "crystal clear, they are interdependent, it is not a pastry menu")),
                new Quote("q-sherman-door", "slam the door", "sherman", "nyt", "brussels-nrc-meeting",
                        span(NYT_TEXT, "slam the door")));

        List<Divergence> divergences = List.of(new Divergence("div-meeting-length", "How long the meeting lasted",
                List.of(new Reading("wapo", "nearly four-hour meeting", span(WAPO_TEXT, "nearly four-hour meeting")),
                        new Reading("nyt", "After four hours of talks", span(NYT_TEXT, "After four hours of talks"))),
                "", List.of("brussels-nrc-meeting")));

        return new Dataset("The week in Brussels", "A hand-made test dataset", List.of(wapo, nyt), actors, places,
                List.of(meeting, briefing, buildup, summer, nineties), quotes, divergences);
    }

    /** A different, smaller dataset: one source, one event. */
    static Dataset other() {
        String text = "Geneva talks end without a breakthrough.";
        Source s = new Source("reuters", "Reuters", "Geneva talks", LocalDate.of(2022, 1, 10), "Geneva", "en",
                "reuters.txt", text);
        Event e = new Event("geneva", "Strategic stability talks in Geneva", "", TimeSpan.parse("2022-01-10", "",
                Precision.DAY, ZoneId.of("Europe/Zurich")), 1, "", List.of(), EventKind.MEETING, "043",
                Track.GENEVA_TALKS, List.of(),
                List.of(new Evidence("reuters", "without a breakthrough", span(text, "without a breakthrough"))),
                false, "");
        return new Dataset("Geneva only", "", List.of(s), List.of(), List.of(), List.of(e), List.of(), List.of());
    }

    /** Breaks a foreign key (an event held at a place that does not exist), so an import must fail. */
    static Dataset broken() {
        Dataset ok = other();
        Event e = ok.events().get(0);
        Event bad = new Event(e.id(), e.title(), e.summary(), e.time(), e.order(), "atlantis", e.refers(), e.kind(),
                e.cameo(), e.track(), e.actors(), e.evidence(), e.inferred(), e.note());
        return new Dataset("Broken", "", ok.sources(), List.of(), List.of(), List.of(bad), List.of(), List.of());
    }
}
