package org.parley.seed;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Place;
import org.parley.model.PlaceKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The shipped week's places say no more than the papers (docs/curation.md, "Places, roles, precision"): a venue
 * is named by a paper, and an event that rests on a paper which does not name it has its place from the curator.
 */
class CuratedPlacesTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static Dataset week;

    @BeforeAll
    static void load() throws Exception {
        week = new ExchangeFormatReader().read(SEEDS);
    }

    /**
     * Found by a fact-checker, 2026-12-05: Antonov's remark "at Wednesday's NATO-Russia meeting" rests on the Post
     * alone, which says the meeting was "here" (Brussels); only the NYT names NATO's headquarters. Placed there and
     * not marked, the Post-only map drew a venue the Post never names. Like the NYT's undated acts of the meeting,
     * its place is the curator's reading, and marked so.
     */
    @Test
    void anEventAtAVenueItsPapersDoNotNameIsMarkedInferred() {
        List<String> unmarked = week.events().stream()
                .filter(e -> !e.inferred())
                .filter(e -> week.place(e.place()).filter(p -> p.kind() == PlaceKind.VENUE)
                        .map(p -> !namedByAny(p, papersOf(e))).orElse(false))
                .map(Event::id).toList();
        assertEquals(List.of(), unmarked);
    }

    /** The venue's note quotes the words a paper names it in; the rule above rests on those quotations. */
    @Test
    void everyVenueQuotesThePaperThatNamesIt() {
        for (Place p : week.places()) {
            if (p.kind() == PlaceKind.VENUE) {
                assertFalse(quotations(p).isEmpty(), p.id() + ": " + p.note());
                assertFalse(week.sources().stream().noneMatch(s -> quotations(p).stream()
                        .anyMatch(q -> s.text().contains(q))), p.id() + " is named in no paper: " + p.note());
            }
        }
    }

    /**
     * Found by a coverage reading, 2026-12-05: Stoltenberg's "a very serious and direct exchange on the situation in
     * and around Ukraine, and implications for European security" (`stoltenberg-briefing`) was not among the events
     * about Europe, so a click on Europe left it out, where Grushko's "the future of European security" was found.
     * A country named in an event's passages or quotations, or Europe named as a place ("in Europe", "European
     * security", "European continent"), is among its places; Russia and the United States, parties everywhere, and
     * the few named only in passing (below), are left out.
     */
    @Test
    void aCountryOrEuropeAnEventNamesIsAmongItsPlaces() {
        Map<String, List<String>> papersWords = new LinkedHashMap<>();
        week.places().stream().filter(p -> p.kind() == PlaceKind.COUNTRY)
                .filter(p -> !Set.of("russia-country", "united-states-country").contains(p.id()))
                .forEach(p -> papersWords.put(p.id(), List.of(p.name())));
        papersWords.put("europe", List.of("in Europe", "European security", "European continent"));
        /* Named, but not what the event is about (the readings in docs/curation.md that decided each). */
        Map<String, String> notAbout = Map.of(
                "bg-nato-accuses-russia: ukraine", "the sentence's first clause, the call of bg-nato-calls-withdrawal",
                "bg-nato-accuses-russia: georgia", "the same clause",
                "bg-nato-accuses-russia: moldova", "the same clause",
                "poland-jasina: poland", "his office (\"Poland's foreign minister\"); his words are about NATO's decisions",
                "poland-przydacz: poland", "his office; he does not say who \"the smaller colleague\" is",
                "osce-vienna: ukraine", "an OSCE member, a party; neither paper says what Vienna will discuss",
                "osce-vienna: europe", "the OSCE's name");
        List<String> missing = new ArrayList<>();
        for (Event e : week.events()) {
            String words = Stream.concat(e.evidence().stream().map(Evidence::text),
                    week.quotes().stream().filter(q -> q.event().equals(e.id())).map(q -> q.text()))
                    .collect(Collectors.joining(" | "));
            papersWords.forEach((place, names) -> {
                String key = e.id() + ": " + place;
                if (names.stream().anyMatch(words::contains) && !e.refers().contains(place)
                        && !e.place().equals(place) && !notAbout.containsKey(key)) {
                    missing.add(key);
                }
            });
        }
        assertEquals(List.of(), missing);
    }

    /**
     * Found by a re-audit against the articles, 2026-12-06: the Post's European official said "the bloc was united in
     * Brussels", and the card, placed nowhere because the Post does not say where the official spoke, referred to no
     * place, so a click on Brussels found every other account of the meeting and not this one. A city the papers put
     * something in ("in Brussels", "consultations in Moscow") is the event's place, lies around it, or is among the
     * places it is about; "to Moscow" or "ambassador to Washington" stand for a state and decide nothing.
     */
    @Test
    void aCityAnEventsPassagesPutSomethingInIsAmongItsPlaces() {
        List<String> missing = new ArrayList<>();
        for (Event e : week.events()) {
            String words = Stream.concat(e.evidence().stream().map(Evidence::text),
                    week.quotes().stream().filter(q -> q.event().equals(e.id())).map(q -> q.text()))
                    .collect(Collectors.joining(" | "));
            Set<String> about = new HashSet<>(e.refers());
            for (String up = e.place(); !up.isEmpty(); up = week.place(up).map(Place::within).orElse("")) {
                about.add(up);
            }
            week.places().stream().filter(p -> p.kind() == PlaceKind.CITY)
                    .filter(p -> Pattern.compile("\\bin " + Pattern.quote(p.name()) + "\\b").matcher(words).find())
                    .filter(p -> !about.contains(p.id()))
                    .forEach(p -> missing.add(e.id() + ": " + p.id()));
        }
        assertEquals(List.of(), missing);
    }

    private static Set<String> papersOf(Event e) {
        return e.evidence().stream().map(Evidence::source).collect(Collectors.toSet());
    }

    private static boolean namedByAny(Place venue, Set<String> papers) {
        return papers.stream().anyMatch(id -> week.source(id).map(s -> quotations(venue).stream()
                .anyMatch(q -> s.text().contains(q))).orElse(false));
    }

    private static List<String> quotations(Place p) {
        Matcher m = QUOTED.matcher(p.note());
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
