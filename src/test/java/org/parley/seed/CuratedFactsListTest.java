package org.parley.seed;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.model.Position;
import org.parley.model.Quote;
import org.parley.model.Source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * docs/curation/facts.md lists the two pages' facts one by one with the records that carry each. It is what a
 * reader checks the week's coverage against, so it must stay true of the week: a record renamed or dropped would
 * leave a fact pointing at nothing, and a record added with no fact would be a claim the list traces to no sentence.
 */
class CuratedFactsListTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));
    private static final Path FACTS = SEEDS.toAbsolutePath().resolveSibling("docs").resolve("curation")
            .resolve("facts.md");
    /** "- P12. [Post, "First words…"] The fact. → `record-id`, …" */
    private static final Pattern FACT = Pattern.compile("- ([PN]\\d+)\\. \\[(Post|NYT), \"([^\"]+)\"] (.+)");
    private static final Pattern FACT_START = Pattern.compile("- [PN]\\d.*");
    private static final Pattern RECORD = Pattern.compile("`([a-z0-9-]+)`");
    private static final String CARRIED_BY = " → ";
    private static final String SOURCE_RECORDS = "sources";

    private static Dataset week;
    private static List<String> factLines;

    @BeforeAll
    static void load() throws Exception {
        week = new ExchangeFormatReader().read(SEEDS);
        factLines = Files.readAllLines(FACTS, StandardCharsets.UTF_8).stream()
                .filter(line -> FACT_START.matcher(line).matches()).toList();
    }

    @Test
    void everyFactIsWrittenSoItCanBeTraced() {
        assertFalse(factLines.isEmpty(), FACTS + " lists no fact");
        List<String> unreadable = factLines.stream()
                .filter(line -> !FACT.matcher(line).matches() || !line.contains(CARRIED_BY)).toList();
        assertEquals(List.of(), unreadable);
    }

    /** The first words in a fact's brackets find its sentence in its paper. */
    @Test
    void everyFactsFirstWordsAreInItsPaper() {
        List<String> lost = new ArrayList<>();
        for (String line : factLines) {
            Matcher fact = FACT.matcher(line);
            if (fact.matches()) {
                String words = fact.group(3).endsWith("…")
                        ? fact.group(3).substring(0, fact.group(3).length() - 1) : fact.group(3);
                if (!paper(fact.group(2)).text().contains(words)) {
                    lost.add(fact.group(1) + ": " + words);
                }
            }
        }
        assertEquals(List.of(), lost);
    }

    @Test
    void everyRecordAFactNamesIsInTheWeek() {
        Set<String> records = recordIds(true);
        records.add(SOURCE_RECORDS);
        Set<String> unknown = new TreeSet<>();
        for (String line : factLines) {
            Matcher id = RECORD.matcher(carriedBy(line));
            while (id.find()) {
                if (!records.contains(id.group(1))) {
                    unknown.add(id.group(1));
                }
            }
        }
        assertEquals(Set.of(), unknown);
    }

    /** Every event, quotation, divergence and position is named by a fact: none says what no sentence says. */
    @Test
    void everyRecordOfTheWeekCarriesAFact() {
        Set<String> named = new HashSet<>();
        for (String line : factLines) {
            Matcher id = RECORD.matcher(carriedBy(line));
            while (id.find()) {
                named.add(id.group(1));
            }
        }
        Set<String> unnamed = new TreeSet<>(recordIds(false));
        unnamed.removeAll(named);
        assertEquals(Set.of(), unnamed);
    }

    /** A fact no record carries says why, as docs/curation.md asks of a rule applied. */
    @Test
    void aFactWithNoRecordSaysWhy() {
        List<String> unexplained = factLines.stream()
                .filter(line -> carriedBy(line).startsWith("none") && !carriedBy(line).startsWith("none — "))
                .toList();
        assertEquals(List.of(), unexplained);
    }

    private static String carriedBy(String line) {
        int at = line.indexOf(CARRIED_BY);
        return at < 0 ? "" : line.substring(at + CARRIED_BY.length());
    }

    private static Source paper(String name) {
        String id = name.equals("Post") ? "wapo" : "nyt";
        return week.sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** The ids of the week's claims (events, quotations, divergences, positions), and of its actors and places. */
    private static Set<String> recordIds(boolean withActorsAndPlaces) {
        Set<String> ids = new HashSet<>();
        Stream.of(week.events().stream().map(Event::id), week.quotes().stream().map(Quote::id),
                week.divergences().stream().map(Divergence::id), week.positions().stream().map(Position::id))
                .flatMap(s -> s).forEach(ids::add);
        if (withActorsAndPlaces) {
            week.actors().stream().map(Actor::id).forEach(ids::add);
            week.places().stream().map(Place::id).forEach(ids::add);
        }
        return ids;
    }
}
