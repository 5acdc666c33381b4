package org.parley.seed;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Position;
import org.parley.model.PositionKind;
import org.parley.model.SourceFilter;
import org.parley.model.Stance;
import org.parley.model.StanceKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The week's positions board against the articles: each stance a paper states is on the board, with
 * that paper's words, so the board filtered to one paper shows what that paper says of it
 * (docs/curation.md, "The positions board").
 */
class CuratedPositionsTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));
    private static Dataset week;

    @BeforeAll
    static void load() throws Exception {
        week = new ExchangeFormatReader().read(SEEDS);
    }

    private static Position position(String id) {
        return week.positions().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** The stance of {@code actor} the board shows filtered to one paper, if any. */
    private static Optional<Stance> shownUnder(String paper, String positionId, String actor) {
        return position(positionId).stancesReported(SourceFilter.includes(paper), week.sources().size()).stream()
                .filter(s -> s.actor().equals(actor)).findFirst();
    }

    private static boolean cites(Stance stance, String paper, String words) {
        return stance.evidence().stream().anyMatch(e -> e.source().equals(paper) && e.text().contains(words));
    }

    /**
     * Stoltenberg's warning that a new armed conflict "would carry severe economic and other costs to
     * Moscow … and would bring about new military deployments" was on the board for the deployments
     * only: the severe costs had the Biden administration, NATO and the EU (the Post) and no one from
     * the NYT, and a filter on his warning hid the costs.
     */
    @Test
    void stoltenbergsWarnedCostsAreOnTheBoardBesideHisDeployments() {
        Position costs = position("pos-costs-if-invasion");
        Stance his = costs.stanceOf("stoltenberg").orElseThrow();
        assertEquals(StanceKind.SUPPORTS, his.stance());
        assertTrue(cites(his, "nyt", "severe economic and other costs to Moscow"), his.evidence().toString());
        assertTrue(costs.events().contains("stoltenberg-warns-risk"), costs.events().toString());
        assertTrue(shownUnder("nyt", "pos-costs-if-invasion", "stoltenberg").isPresent());
    }

    /**
     * Filtered to the Post, the board showed Russia demanding a stop to NATO's enlargement on Grushko's
     * "absolute imperative" and Grushko himself with no stance: his stance rested on the NYT alone, though
     * the Post has him call guarantees that NATO would not expand eastward an "absolute imperative".
     */
    @Test
    void grushkosAbsoluteImperativeIsHisStanceUnderThePost() {
        Stance his = shownUnder("wapo", "pos-stop-enlargement", "grushko").orElseThrow();
        assertEquals(StanceKind.SUPPORTS, his.stance());
        assertTrue(cites(his, "wapo", "absolute imperative"), his.evidence().toString());
        assertTrue(shownUnder("nyt", "pos-stop-enlargement", "grushko").isPresent());
    }

    /**
     * Filtered to the NYT, the board had no Russian answer of Russia's own to the allies' offer of further
     * meetings: its "no commitment" rested on the Post's "no Russian commitment to subsequent talks", though
     * the NYT says in its own voice that Russia "has not committed to talks beyond this week".
     */
    @Test
    void russiasNoCommitmentIsOnTheBoardUnderTheNyt() {
        Stance russia = shownUnder("nyt", "pos-further-meetings", "russia").orElseThrow();
        assertEquals(StanceKind.NO_COMMITMENT, russia.stance());
        assertTrue(cites(russia, "nyt", "has not committed to talks beyond this week"), russia.evidence().toString());
        assertTrue(shownUnder("wapo", "pos-further-meetings", "russia").isPresent());
    }

    /**
     * "A military-technical response (Putin) or unspecified consequences (Ryabkov) …": Ryabkov's column was
     * empty on the row that names him, though the NYT has him warn of the consequences; his cells on the two
     * demands of the same sentence said "Supports".
     */
    @Test
    void ryabkovsWarningIsHisOnTheBoard() {
        Stance his = shownUnder("nyt", "pos-military-technical-response", "ryabkov").orElseThrow();
        assertEquals(StanceKind.PROPOSES, his.stance());
        assertTrue(cites(his, "nyt", "it would face unspecified consequences"), his.evidence().toString());
    }

    /**
     * Filtered to the Post, the row of Putin's "military-technical" response and Ryabkov's consequences had
     * Grushko "Supports" on the Post's "If the approach will be intimidation, we will pursue
     * counter-intimidation": the Post names neither warning, and only the NYT has him reiterate Putin's.
     */
    @Test
    void grushkosReiteratedWarningIsTheNytsAlone() {
        assertTrue(shownUnder("wapo", "pos-military-technical-response", "grushko").isEmpty());
        Stance his = shownUnder("nyt", "pos-military-technical-response", "grushko").orElseThrow();
        assertEquals(StanceKind.SUPPORTS, his.stance());
        assertTrue(cites(his, "nyt", "reiterated that warning"), his.evidence().toString());
    }

    /**
     * Grushko's counter-threat was on no row of the board: filtered to the Post, the board had no Russian
     * threat from the Brussels meeting at all, though the Post has him say "If the approach will be
     * intimidation, we will pursue counter-intimidation". A threat is a condition, whoever makes it; his
     * row carries each paper's "counter-" lines, and the NYT's containment line is no longer also read as
     * the "military-technical" warning he "reiterated".
     */
    @Test
    void grushkosCounterThreatIsAConditionOfHisUnderEachPaper() {
        Position counter = week.positions().stream()
                .filter(p -> p.evidence().stream().anyMatch(e -> e.text().contains("we will pursue counter-intimidation")))
                .findFirst().orElseThrow();
        assertEquals(PositionKind.CONDITION, counter.kind());
        assertEquals("grushko", counter.by());
        assertTrue(counter.events().contains("grushko-counter-threat"), counter.events().toString());
        Stance underPost = shownUnder("wapo", counter.id(), "grushko").orElseThrow();
        assertTrue(cites(underPost, "wapo", "we will pursue counter-intimidation"), underPost.evidence().toString());
        Stance underNyt = shownUnder("nyt", counter.id(), "grushko").orElseThrow();
        assertTrue(cites(underNyt, "nyt", "counter-containment"), underNyt.evidence().toString());
        assertTrue(cites(underNyt, "nyt", "counter-deterrence"), underNyt.evidence().toString());
        Stance reiterated = shownUnder("nyt", "pos-military-technical-response", "grushko").orElseThrow();
        assertFalse(cites(reiterated, "nyt", "counter-containment"), reiterated.evidence().toString());
    }

    /**
     * What Russia's decision to go on waits for is a condition in each paper: the Post's Grushko waits for
     * "written NATO responses", the NYT's Russian officials "until the end of a full week of talks". Only the
     * Post's was on the board, so filtered to the NYT it had no word of Russia's terms for continuing.
     */
    @Test
    void eachPapersConditionForContinuingIsOnTheBoard() {
        Position fullWeek = week.positions().stream()
                .filter(p -> p.evidence().stream().anyMatch(e -> e.text().contains("until the end of a full week of talks")))
                .findFirst().orElseThrow();
        assertEquals(PositionKind.CONDITION, fullWeek.kind());
        assertEquals(PositionKind.CONDITION, position("pos-written-responses").kind());
        assertTrue(fullWeek.events().contains("russia-wait-full-week"), fullWeek.events().toString());
        assertTrue(shownUnder("nyt", fullWeek.id(), fullWeek.by()).isPresent());
    }

    /**
     * The board's proposer is the party the paper names (docs/curation.md, "The positions board"). The NYT has
     * "Russian officials said … that they would wait until the end of a full week of talks", and the board put the
     * wait to Russia: every passage of the row credited the Russian officials, none named Russia. A row whose own
     * passages are all one actor's names its proposer in its words, or is that actor's.
     */
    @Test
    void aPositionIsPutByThePartyItsWordsName() {
        List<String> wrong = new ArrayList<>();
        for (Position p : week.positions()) {
            Set<String> credits = new HashSet<>();
            p.evidence().forEach(e -> credits.add(e.attribution()));
            if (credits.size() != 1 || credits.contains("") || credits.contains(p.by())) {
                continue;
            }
            Actor by = week.actors().stream().filter(a -> a.id().equals(p.by())).findFirst().orElseThrow();
            boolean named = Stream.concat(p.evidence().stream(),
                            p.stances().stream().flatMap(s -> s.evidence().stream()))
                    .anyMatch(e -> by.spellings().anyMatch(n -> Pattern
                            .compile("(?<![\\p{L}])" + Pattern.quote(n) + "(?![\\p{L}])")
                            .matcher(e.text()).find()));
            if (!named) {
                wrong.add(p.id() + " by " + p.by() + ", its words " + credits);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * The NYT's "The United States and its NATO and European Union allies are pressing … Putin, to abandon any
     * further invasion of Ukraine, pull back his troops and engage in reciprocal diplomacy on Russia’s security
     * concerns — and NATO’s": the pull-back had its row, the reciprocal diplomacy none, so the board said no more
     * of the sentence than one of its asks. Its row is put by the parties the sentence names, in its own words.
     */
    @Test
    void theNytsCallForReciprocalDiplomacyHasItsRow() {
        Position reciprocal = week.positions().stream()
                .filter(p -> p.evidence().stream().anyMatch(e -> e.text().contains("engage in reciprocal diplomacy")))
                .findFirst().orElseThrow(() -> new AssertionError("no row states the NYT's reciprocal diplomacy"));
        assertEquals(PositionKind.DEMAND, reciprocal.kind());
        assertEquals("united-states", reciprocal.by());
        assertTrue(reciprocal.events().contains("bg-west-presses-putin"), reciprocal.events().toString());
        Stance allies = shownUnder("nyt", reciprocal.id(), "nato-allies").orElseThrow();
        assertEquals(StanceKind.PROPOSES, allies.stance());
        assertTrue(cites(allies, "nyt", "engage in reciprocal diplomacy"));
        assertTrue(shownUnder("wapo", reciprocal.id(), "united-states").isEmpty(), "the Post says nothing of it");
        assertEquals(Set.of("united-states", "nato-allies"), Set.copyOf(reciprocal.parties()),
                "no stance the sentence does not give");
    }

    /**
     * The same NYT sentence has three asks of Putin: "to abandon any further invasion of Ukraine, pull back his troops
     * and engage in reciprocal diplomacy". The pull-back and the reciprocal diplomacy had rows, the first ask none: no
     * row's own words said it, so a researcher reading the board for what the West asked of Russia found the threat of
     * costs "if Russia further invades Ukraine" and not the ask it backs. Its row is put, as its sibling's is, by the
     * parties the sentence names, in its own words.
     */
    @Test
    void theNytsCallToAbandonAnyFurtherInvasionHasItsRow() {
        Position abandon = week.positions().stream()
                .filter(p -> p.evidence().stream().anyMatch(e -> e.text().contains("abandon any further invasion")))
                .findFirst().orElseThrow(() -> new AssertionError("no row states the NYT's \"abandon any further invasion\""));
        assertEquals(PositionKind.DEMAND, abandon.kind());
        assertEquals("united-states", abandon.by());
        assertTrue(abandon.title().contains("abandon any further invasion of Ukraine"), abandon.title());
        assertEquals(List.of("bg-west-presses-putin"), abandon.events());
        Stance allies = shownUnder("nyt", abandon.id(), "nato-allies").orElseThrow();
        assertEquals(StanceKind.PROPOSES, allies.stance());
        assertTrue(cites(allies, "nyt", "abandon any further invasion of Ukraine"), allies.evidence().toString());
        assertTrue(shownUnder("wapo", abandon.id(), "united-states").isEmpty(), "the Post says nothing of it");
        assertEquals(Set.of("united-states", "nato-allies"), Set.copyOf(abandon.parties()),
                "no stance the sentence does not give");
    }

    /**
     * A stance's own words are what positions.csv writes and the source reader marks when it is clicked (the
     * board's tooltip adds the sentence around them). Ryabkov's on the two demands of his warning were "… warned
     * that if the West did not agree to Russia’s demands", and one of the allies' refusing the withdrawal "NATO
     * allies reaffirmed their refusal to accept Russian demands": each cut right before the demands it names, so
     * they said neither which demands nor, for Ryabkov, what he warned of. Grushko's NYT words on the two demands
     * he "repeated" were "Those demands were repeated …" and "This is a principled position …": filtered to the
     * NYT, nothing in them said which demands. Each stance holds the words of the demands its passages point to.
     */
    @Test
    void aStanceCitesTheDemandsItsWordsPointTo() {
        List<String> cut = week.positions().stream()
                .flatMap(p -> p.stances().stream().flatMap(s -> s.evidence().stream()
                        .filter(e -> e.text().endsWith("demands"))
                        .map(e -> p.id() + " " + s.actor() + ": " + e.text())))
                .toList();
        assertEquals(List.of(), cut);
        Stance ukraine = position("pos-ukraine-never-joins").stanceOf("ryabkov").orElseThrow();
        assertTrue(cites(ukraine, "nyt", "reject any future membership for Ukraine"), ukraine.evidence().toString());
        Stance footprint = position("pos-pull-back-footprint").stanceOf("ryabkov").orElseThrow();
        assertTrue(cites(footprint, "nyt", "pull back NATO’s footprint in Eastern Europe"), footprint.evidence().toString());
        Stance withdraw = shownUnder("nyt", "pos-withdraw-allied-forces", "grushko").orElseThrow();
        assertTrue(cites(withdraw, "nyt", "to withdraw all allied troops from NATO members bordering Russia"),
                withdraw.evidence().toString());
        Stance enlargement = shownUnder("nyt", "pos-stop-enlargement", "grushko").orElseThrow();
        assertTrue(cites(enlargement, "nyt", "Russian demands to stop further enlargement"), enlargement.evidence().toString());
    }
}
