package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Span;

class SearchTest {

    @TempDir
    static Path dir;

    private static ParleyStore store;

    @BeforeAll
    static void importWeek() {
        store = ParleyStore.open(dir.resolve("search.db"));
        store.importDataset(Fixtures.week(), "h", Origin.SEED);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<SearchHit> hits(String text, SearchHit.Kind kind) {
        return store.search(text, 50).stream().filter(h -> h.kind() == kind).toList();
    }

    /** With filters on, the best of what they show is listed too, not only what the best of all leaves of it. */
    @Test
    void aFilteredSearchListsTheBestOfTheShownEventsBesideTheBestOfAll() {
        List<SearchHit> all = store.search("the", 10_000);
        List<SearchHit> best = store.search("the", 3);
        Set<String> inTheBest = best.stream().map(SearchHit::eventId).collect(Collectors.toSet());
        String last = all.stream().map(SearchHit::eventId).filter(e -> !e.isEmpty() && !inTheBest.contains(e))
                .reduce((a, b) -> b).orElseThrow();
        List<SearchHit> filtered = store.search("the", 3, last::equals);
        assertEquals(best, filtered.stream().filter(best::contains).toList(), "the best three of all, as unfiltered");
        assertTrue(filtered.stream().anyMatch(h -> h.eventId().equals(last)),
                () -> "and the one event the filter shows, far down the ranking: " + last + " in "
                        + filtered.stream().map(h -> h.kind() + ":" + h.eventId()).toList());
        assertTrue(filtered.stream().filter(h -> !best.contains(h)).allMatch(h -> h.eventId().equals(last)),
                "besides those, only what the filter shows");
        assertEquals(store.search("the", 20), store.search("the", 20, e -> true),
                "a filter that shows everything changes nothing");
    }

    @Test
    void theCountIsEverythingTheSearchMatchesNotOnlyWhatIsListed() {
        for (String text : List.of("russia", "nato", "grushko", "the")) {
            int count = store.searchCount(text);
            assertEquals(store.search(text, 10_000).size(), count, text);
            assertEquals(1, store.search(text, 1).size(), text + ": one listed of " + count);
        }
        assertTrue(store.searchCount("russia") > 1, "the week mentions Russia more than once");
        assertEquals(0, store.searchCount("zzzqqq"));
        assertEquals(0, store.searchCount("  \"*( "));
    }

    @Test
    void notExcludesAWordAndOrTakesEither() {
        // The last word of a query is a prefix: "grushko grushko" is the word itself.
        Set<String> grushko = ids("grushko grushko");
        Set<String> pastry = ids("pastry");
        Set<String> both = common(grushko, pastry);
        // NOT keeps out every event an entry of which holds its word, with its other entries (decision 0147).
        Set<String> pastryEvents = store.search("pastry", 10_000).stream().map(SearchHit::eventId)
                .filter(e -> !e.isEmpty()).collect(Collectors.toSet());
        Set<String> grushkoNotPastry = minus(grushko, pastry).stream()
                .filter(id -> !pastryEvents.contains(id.split("/")[1])).collect(Collectors.toSet());
        Set<String> either = new HashSet<>(grushko);
        either.addAll(pastry);
        assertTrue(!both.isEmpty() && !minus(grushko, pastry).isEmpty() && either.size() > grushko.size(),
                "the fixture has entries on Grushko with and without pastry: " + both.size() + ", " + minus(grushko, pastry));
        // The briefing's own entry does not say pastry, but the quote at it does: the event is left out whole.
        assertTrue(minus(grushko, pastry).contains("EVENT/brussels-grushko-briefing///Optional.empty"), grushko.toString());
        assertEquals(both, ids("grushko pastry"));
        assertEquals(grushkoNotPastry, ids("grushko NOT pastry"));
        assertEquals(either, ids("grushko OR pastry"));
    }

    /**
     * NOT leaves its word out whole wherever it is typed: typed last, it had been a prefix, and
     * "talks NOT Russia" also left out every entry on "Russian" that "NOT Russia talks" kept.
     */
    @Test
    void aWordLeftOutIsLeftOutWholeWhereverNotStands() {
        Set<String> nato = ids("nato nato");
        Set<String> russia = ids("russia russia");
        Set<String> expected = minus(nato, russia);
        Set<String> russianOnly = common(minus(ids("russia"), russia), nato);
        assertFalse(russianOnly.isEmpty(), "fixture: an entry on NATO says \"Russian\" and never \"Russia\"");
        assertEquals(expected, ids("nato NOT russia"));
        assertEquals(expected, ids("NOT russia nato nato"));
    }

    /** An en dash joins words as a hyphen does; full-width letters and ligatures are their plain letters. */
    @Test
    void anEnDashFullWidthLettersAndLigaturesSearchAsTheirPlainForms() {
        assertEquals(ids("NATO-Russia"), ids("NATO\u2013Russia"), "the app's own titles write NATO\u2013Russia");
        assertTrue(ids("NATO\u2013Russia").size() < ids("NATO Russia").size(), "a phrase, not two words anywhere");
        assertEquals(ids("NATO"), ids("\uFF2E\uFF21\uFF34\uFF2F"));
        assertFalse(ids("officials").isEmpty());
        assertEquals(ids("officials"), ids("of\uFB01cials"));
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new HashSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static Set<String> common(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    /** The entries a search finds, each as kind and ids; "nato*" matches as the last word of a query does. */
    private static Set<String> ids(String text) {
        return store.search(text, 10_000).stream()
                .map(h -> h.kind() + "/" + h.eventId() + "/" + h.quoteId() + "/" + h.sourceId() + "/" + h.span())
                .collect(Collectors.toSet());
    }

    /** "Russia and NATO" holds both words; only "NATO and Russian" holds them in that order. */
    @Test
    void aQuotedPhraseFindsItsWordsTogetherInOrder() {
        assertFalse(hits("NATO Russia", SearchHit.Kind.PASSAGE).isEmpty());
        List<SearchHit> phrase = hits("\"NATO and Russian\"", SearchHit.Kind.PASSAGE);
        assertEquals(1, phrase.size(), phrase.toString());
        assertTrue(phrase.get(0).snippet().contains("NATO"), phrase.get(0).snippet());
        assertTrue(hits("\"Russia and NATO\"", SearchHit.Kind.PASSAGE).stream()
                .allMatch(h -> h.sourceId().equals("nyt")));
        assertTrue(hits("\"NATO and Russia\"", SearchHit.Kind.PASSAGE).isEmpty(), "closed: not a prefix of Russian");
    }

    @Test
    void findsAWordInAnEventTitle() {
        List<SearchHit> events = hits("council", SearchHit.Kind.EVENT);
        assertEquals(1, events.size());
        SearchHit hit = events.get(0);
        assertEquals("brussels-nrc-meeting", hit.eventId());
        assertEquals("NATO–Russia Council meets in Brussels", hit.label());
        assertTrue(hit.snippet().contains("«Council»"), hit.snippet());
        assertTrue(hit.span().isEmpty());
    }

    @Test
    void findsAQuoteWithItsIdsAndSpan() {
        List<SearchHit> quotes = hits("pastry", SearchHit.Kind.QUOTE);
        assertEquals(1, quotes.size());
        SearchHit hit = quotes.get(0);
        assertEquals("q-grushko-pastry", hit.quoteId());
        assertEquals("brussels-grushko-briefing", hit.eventId());
        assertEquals("wapo", hit.sourceId());
        assertEquals("Alexander Grushko", hit.label());
        assertEquals(Fixtures.week().quotes().get(0).span(), hit.span().orElseThrow());
        assertTrue(hit.snippet().contains("«pastry»"), hit.snippet());
    }

    @Test
    void findsAPassageWithTheSpanOfItsParagraph() {
        List<SearchHit> passages = hits("enlargement", SearchHit.Kind.PASSAGE);
        assertEquals(1, passages.size());
        SearchHit hit = passages.get(0);
        assertEquals("nyt", hit.sourceId());
        assertEquals("The New York Times — Russia and NATO far apart", hit.label());
        Span span = hit.span().orElseThrow();
        String paragraph = Fixtures.NYT_TEXT.substring(span.start(), span.end());
        assertTrue(paragraph.startsWith("Wendy Sherman said"), paragraph);
        assertTrue(paragraph.endsWith("the 1990s."), paragraph);
        assertTrue(hit.snippet().contains("«enlargement»"), hit.snippet());
    }

    @Test
    void theLastWordIsAPrefixSoResultsComeWhileTyping() {
        assertFalse(hits("past", SearchHit.Kind.QUOTE).isEmpty());
        assertFalse(hits("not a pas", SearchHit.Kind.QUOTE).isEmpty());
    }

    @Test
    void accentsAreIgnored() {
        assertEquals(1, hits("cafe", SearchHit.Kind.PASSAGE).size());
        assertEquals(1, hits("LORRAINE CAFÉ", SearchHit.Kind.PASSAGE).size());
    }

    @Test
    void hitsComeBestFirst() {
        List<SearchHit> hits = store.search("Brussels", 50);
        assertTrue(hits.size() >= 2, hits.toString());
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() <= hits.get(i).score(), "ranked by bm25");
        }
        // A title counts double, so the meeting itself outranks the paragraph that mentions the city.
        assertEquals(SearchHit.Kind.EVENT, hits.get(0).kind());
        assertEquals("brussels-nrc-meeting", hits.get(0).eventId());
    }

    @Test
    void limitIsRespected() {
        assertEquals(1, store.search("the", 1).size());
        assertTrue(store.search("the", 0).isEmpty());
    }

    static Stream<Arguments> edgeStrings() {
        return Stream.of(
                Arguments.of("\"", null),
                Arguments.of("\"\"", null),
                Arguments.of("*", null),
                Arguments.of("-", null),
                Arguments.of(":", null),
                Arguments.of("(", null),
                Arguments.of(")", null),
                Arguments.of("NEAR", "near"),
                Arguments.of("AND", "and"),
                Arguments.of("OR NOT", null),
                Arguments.of("pastry*", "pastry"),
                Arguments.of("\"pastry", "pastry"),
                Arguments.of("col:pastry", "pastry"),
                Arguments.of("NEAR(a b)", null),
                Arguments.of("'; DROP TABLE events; --", null),
                Arguments.of("", null),
                Arguments.of("   \t\n ", null),
                Arguments.of("pastry ".repeat(715), "pastry"),
                Arguments.of("(\"*-:".repeat(1000), null),
                Arguments.of("🥐 pastry 🙂", "pastry"),
                Arguments.of("🙂🚀👩‍👩‍👧", null),
                Arguments.of("^pastry \"menu", "pastry"),
                Arguments.of("pastry OR menu", null),
                Arguments.of("pastry NOT menu", null),
                // Letters newer than the tokenizer's Unicode tables: a quoted string with no tokens in it.
                Arguments.of("𞤀𞤁", null),
                Arguments.of("𞤀 pastry", null),
                Arguments.of("pastry 𞤀", null),
                Arguments.of("\u0000pastry\u0000", "pastry"),
                Arguments.of(null, null));
    }

    /**
     * A null expectation means only "does not throw"; otherwise some hit's text holds that word and
     * every hit's snippet marks a match. (The snippet may show another of the typed words instead.)
     */
    @ParameterizedTest
    @MethodSource("edgeStrings")
    void anyTypedTextIsSafe(String typed, String expectedWord) {
        List<SearchHit> hits = assertDoesNotThrow(() -> store.search(typed, 20));
        if (expectedWord != null) {
            assertFalse(hits.isEmpty(), "no hits for " + typed);
            assertTrue(hits.stream().anyMatch(h -> textOf(h).toLowerCase(Locale.ROOT).contains(expectedWord)),
                    hits.toString());
            assertTrue(hits.stream().allMatch(h -> h.snippet().contains(SearchHit.MARK_START)), hits.toString());
        }
    }

    /** The text a hit stands for: the event's title and summary, or the source text under its span. */
    private static String textOf(SearchHit hit) {
        var week = Fixtures.week();
        if (hit.kind() == SearchHit.Kind.EVENT) {
            var event = week.event(hit.eventId()).orElseThrow();
            return event.title() + " " + event.summary();
        }
        return week.source(hit.sourceId()).orElseThrow().excerpt(hit.span().orElseThrow());
    }

    @Test
    void theTablesSurviveAnInjectionAttempt() {
        store.search("'; DROP TABLE events; --", 10);
        assertEquals(5, store.stats().count("events"));
    }

    /**
     * A search that finds nothing offers the words the index holds: "Stoltenbreg" found nothing and
     * said no more, where a researcher expects "did you mean". Offered only when it finds something.
     */
    @Test
    void aMisspeltSearchIsOfferedTheNearestIndexedWords() {
        assertTrue(store.search("Grushok", 5).isEmpty());
        assertEquals(Optional.of("Grushko"), store.searchSuggestion("Grushok"));
        assertEquals(Optional.of("pastry menu"), store.searchSuggestion("pastyr menu"));
        assertEquals(Optional.of("Fomin listened"), store.searchSuggestion("Fomn listned"));
        assertEquals(Optional.empty(), store.searchSuggestion("xyzzy plugh"));
        // Short words are left alone: too many are a letter apart.
        assertEquals(Optional.empty(), store.searchSuggestion("Nto"));
        // Mended words must find something together: "Grushok slam" has no entry holding both.
        assertEquals(Optional.empty(), store.searchSuggestion("Grushok slamm"));
        assertEquals(Optional.empty(), store.searchSuggestion(""));
        assertTrue(SearchSuggestion.distance("stoltenbreg", "stoltenberg", 2) == 1, "a swap is one edit");
        assertTrue(SearchSuggestion.distance("abcdef", "uvwxyz", 2) == 3, "capped");
    }
}
