package org.parley.seed;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.PartKind;
import org.parley.model.Precision;
import org.parley.model.Quote;
import org.parley.model.Source;
import org.parley.model.Span;
import org.parley.model.Track;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The curated week as shipped: it loads, is anchored in the articles, and holds what a reader expects. */
class BundledSeedsTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));
    private static Dataset week;

    @BeforeAll
    static void load() throws Exception {
        week = new ExchangeFormatReader().read(SEEDS);
    }

    /** What a reader reads names events by their titles, never by the ids only the data file uses. */
    @Test
    void noTextAReaderSeesNamesARecordById() {
        Set<String> ids = new HashSet<>();
        week.events().forEach(e -> ids.add(e.id()));
        week.quotes().forEach(q -> ids.add(q.id()));
        week.divergences().forEach(d -> ids.add(d.id()));
        week.positions().forEach(p -> ids.add(p.id()));
        Pattern word = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)+");
        for (Event e : week.events()) {
            for (String text : List.of(e.title(), e.summary(), e.note())) {
                word.matcher(text).results().map(MatchResult::group).filter(ids::contains)
                        .findFirst().ifPresent(id -> Assertions.fail(e.id() + " names " + id + ": " + text));
            }
        }
        week.divergences().forEach(d -> word.matcher(d.note() + " " + d.topic()).results()
                .map(MatchResult::group).filter(ids::contains).findFirst()
                .ifPresent(id -> Assertions.fail(d.id() + " names " + id)));
    }

    @Test
    void articlesShipUnchanged() throws Exception {
        Path shared = Path.of("..", "shared", "seeds");
        for (Source s : week.sources()) {
            byte[] shipped = Files.readAllBytes(SEEDS.resolve(s.file()));
            if (Files.isDirectory(shared)) {
                assertArrayEquals(Files.readAllBytes(shared.resolve(s.file())), shipped, s.file());
            }
            assertEquals(new String(shipped, StandardCharsets.UTF_8), s.text());
        }
        assertEquals(Set.of("The Washington Post", "The New York Times"),
                week.sources().stream().map(Source::publisher).collect(Collectors.toSet()));
    }

    @Test
    void coversEveryDayOfTheTalks() {
        Set<LocalDate> days = week.events().stream()
                .filter(e -> e.time().precision() == Precision.DAY)
                .flatMap(e -> e.time().start().toLocalDate().datesUntil(e.time().end().toLocalDate()))
                .collect(Collectors.toSet());
        for (int d : new int[] {9, 10, 11, 12, 13}) {
            assertTrue(days.contains(LocalDate.of(2022, 1, d)), "no event on Jan " + d);
        }
        Set<Track> tracks = week.events().stream().map(Event::track).collect(Collectors.toSet());
        assertEquals(Set.of(Track.values()), tracks);
    }

    @Test
    void noEventClaimsAClockTime() {
        assertTrue(week.events().stream().noneMatch(e -> e.time().precision().atLeast(Precision.HOUR)));
    }

    @Test
    void dayEventsHaveDistinctOrderWithinTheirDay() {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (Event e : week.events()) {
            if (e.time().precision() == Precision.DAY) {
                String key = e.time().startText() + "/" + e.time().endText();
                assertTrue(seen.computeIfAbsent(key, k -> new HashSet<>()).add(e.order()),
                        "two events on " + key + " share order " + e.order() + " (" + e.id() + ")");
            }
        }
    }

    @Test
    void everyQuotedPassageOfBothArticlesIsAQuote() {
        Pattern curly = Pattern.compile("“([^”]+)”|‘([^’]{3,}?)’(?=[\\s,.;:]|$)");
        for (Source s : week.sources()) {
            List<Quote> quotes = week.quotes().stream().filter(q -> q.source().equals(s.id())).toList();
            List<String> missing = new ArrayList<>();
            Matcher m = curly.matcher(s.text());
            while (m.find()) {
                int start = m.start(1) >= 0 ? m.start(1) : m.start(2);
                int end = m.start(1) >= 0 ? m.end(1) : m.end(2);
                String passage = s.text().substring(start, end);
                if (s.partAt(new Span(start, end)).isPresent()) {
                    // A headline of another article, a caption or a footer is not reporting: no quote record.
                    continue;
                }
                boolean covered = quotes.stream().anyMatch(q -> q.span().start() < end && start < q.span().end()
                        || q.text().contains(passage));
                if (!covered) {
                    missing.add(passage);
                }
            }
            assertTrue(missing.isEmpty(), s.publisher() + " quotations with no quote record: " + missing);
        }
    }

    @Test
    void grushkoIsOneActorUnderBothSpellings() {
        Actor grushko = week.actors().stream().filter(a -> a.spellings().anyMatch("Aleksandr V. Grushko"::equals))
                .findFirst().orElseThrow();
        assertTrue(grushko.spellings().anyMatch("Alexander Grushko"::equals));
        Quote pastry = week.quotes().stream().filter(q -> q.text().contains("pastry")).findFirst().orElseThrow();
        assertEquals(grushko.id(), pastry.speaker());
        assertEquals("wapo", pastry.source());
    }

    @Test
    void everyActorSpellingOccursInTheArticles() {
        String all = week.sources().stream().map(Source::text).collect(Collectors.joining("\n"));
        for (Actor a : week.actors()) {
            for (String alias : a.aliases()) {
                assertTrue(all.contains(alias), a.id() + " alias not in the articles: " + alias);
            }
        }
    }

    @Test
    void theWeekHasItsLandmarks() {
        Map<String, Event> byTitle = week.events().stream().collect(Collectors.toMap(Event::title, e -> e));
        assertFalse(byTitle.isEmpty());
        assertTrue(week.events().stream().anyMatch(e -> e.track() == Track.OSCE_VIENNA
                && e.time().startText().equals("2022-01-13")), "OSCE meeting on Thursday");
        assertTrue(week.events().stream().anyMatch(e -> e.track() == Track.GENEVA_TALKS
                && e.time().startText().equals("2022-01-09")), "Geneva dinner on Sunday");
        assertTrue(week.events().stream().anyMatch(e -> e.track() == Track.RUSSIAN_MILITARY
                && e.evidence().stream().anyMatch(ev -> ev.text().contains("10,000"))), "exercises of 10,000 troops");
        assertTrue(week.events().stream().anyMatch(e -> e.time().precision() == Precision.SEASON),
                "missions shut last fall is a season");
        assertTrue(week.divergences().size() >= 10);
        assertTrue(week.divergences().stream().allMatch(d -> d.readings().stream()
                .map(r -> r.source()).distinct().count() >= 2), "a divergence needs both papers");
    }

    @Test
    void theStoryOfEachDayIsToldInItsCuratedOrder() {
        List<Event> story = week.eventsInNarrativeOrder();
        for (int i = 1; i < story.size(); i++) {
            Event a = story.get(i - 1);
            Event b = story.get(i);
            if (a.time().startDate().equals(b.time().startDate())) {
                assertTrue(a.order() <= b.order(), a.id() + " before " + b.id());
            } else {
                assertTrue(a.time().startDate().isBefore(b.time().startDate()), a.id() + " before " + b.id());
            }
        }
        assertEquals("geneva-dinner", story.stream().filter(e -> e.time().startText().startsWith("2022-01-09"))
                .findFirst().orElseThrow().id());
        assertEquals("grushko-moment-of-truth", story.stream()
                .filter(e -> e.time().startText().equals("2022-01-12")).findFirst().orElseThrow().id());
    }

    @Test
    void inferredFactsSayWhy() {
        assertTrue(week.events().stream().filter(Event::inferred).allMatch(e -> !e.note().isBlank()));
    }

    @Test
    void noEvidenceRestsOnAnotherArticleOrTheFooter() {
        for (Event e : week.events()) {
            for (var ev : e.evidence()) {
                week.partOf(ev).ifPresent(p -> assertTrue(p.kind() == PartKind.CAPTION,
                        e.id() + " rests on a " + p.kind().id() + ": " + ev.text()));
            }
        }
        for (var p : week.positions()) {
            p.evidence().forEach(ev -> assertTrue(week.partOf(ev).isEmpty(), p.id() + ": " + ev.text()));
        }
    }

    @Test
    void aCaptionOnlyEventSaysWhyItIsThere() {
        week.events().stream().filter(week::restsOnlyOnNonReporting)
                .forEach(e -> assertTrue(e.note().contains("caption"), e.id()));
    }

    @Test
    void everyQuotationsSpeakerTakesPartInItsEvent() {
        Map<String, Event> byId = week.events().stream().collect(Collectors.toMap(Event::id, e -> e));
        for (Quote q : week.quotes()) {
            Event e = byId.get(q.event());
            assertTrue(e.actors().stream().anyMatch(a -> a.actor().equals(q.speaker())),
                    q.id() + ": " + q.speaker() + " is not an actor of " + e.id()
                            + ", so filtering by the speaker would not find the words");
        }
    }
}
