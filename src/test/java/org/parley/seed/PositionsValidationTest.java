package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Evidence;
import org.parley.model.Modality;
import org.parley.model.Position;
import org.parley.model.PositionKind;
import org.parley.model.StanceKind;

/** The positions board, attribution and modality as the loader reads and checks them. */
class PositionsValidationTest {

    @Test
    void theWeeksBoardLoadsWithItsStances() throws Exception {
        Dataset week = new ExchangeFormatReader().read(SpoiledWeek.SEEDS);
        Position openDoor = week.positions().stream().filter(p -> p.id().equals("pos-open-door")).findFirst()
                .orElseThrow();
        assertEquals(PositionKind.RED_LINE, openDoor.kind());
        assertEquals(StanceKind.REJECTS, openDoor.stanceOf("russia").orElseThrow().stance());
        assertEquals(StanceKind.PROPOSES, openDoor.effectiveStance("nato-allies").orElseThrow().stance(),
                "the proposer proposes on the position's own evidence");
        assertTrue(week.positions().stream().anyMatch(p -> p.kind() == PositionKind.OFFER));
        assertEquals(Modality.SCHEDULED, week.event("osce-vienna").orElseThrow().modality());
        assertEquals(Modality.HAPPENED, week.event("nrc-meeting").orElseThrow().modality());
        Evidence agencies = week.event("grushko-moment-of-truth").orElseThrow().evidence().get(0);
        assertEquals("russian-news-agencies", agencies.attribution());
        assertEquals("Russian news agencies", week.creditOf(agencies));
    }

    /**
     * Where the validator places a problem of the position {@code id}: its place in the week's list, read from the
     * week, so a row added to the board does not move every expectation after it.
     */
    private static String located(String id) throws Exception {
        List<Position> positions = new ExchangeFormatReader().read(SpoiledWeek.SEEDS).positions();
        for (int i = 0; i < positions.size(); i++) {
            if (positions.get(i).id().equals(id)) {
                return "positions[" + i + "] (id \"" + id + "\")";
            }
        }
        throw new AssertionError("no position " + id + " in the week");
    }

    @Test
    void anUnknownProposerIsALocatedProblem(@TempDir Path dir) throws Exception {
        // Stoltenberg proposes more than one position: the first is spoiled.
        String proposer = "\"kind\": \"offer\",\n      \"by\": ";
        SpoiledWeek.copy(dir, "missions in Moscow and Brussels\",\n      " + proposer + "\"stoltenberg\"",
                "missions in Moscow and Brussels\",\n      " + proposer + "\"stoltenburg\"");
        SpoiledWeek.onlyProblem(dir, "by \"stoltenburg\" is not the id of any actor",
                located("pos-reopen-missions"));
    }

    @Test
    void anUnknownPartyIsALocatedProblem(@TempDir Path dir) throws Exception {
        SpoiledWeek.copy(dir, "\"actor\": \"european-union\",\n          \"stance\"", "\"actor\": \"europe-union\",\n          \"stance\"");
        SpoiledWeek.onlyProblem(dir, "actor \"europe-union\" is not the id of any actor", located("pos-costs-if-invasion"));
    }

    @Test
    void anUnknownStanceIsALocatedProblem(@TempDir Path dir) throws Exception {
        SpoiledWeek.copy(dir, "\"actor\": \"russian-delegation\",\n          \"stance\": \"reservations\"",
                "\"actor\": \"russian-delegation\",\n          \"stance\": \"cool\"");
        SpoiledWeek.onlyProblem(dir, "\"cool\"", located("pos-reopen-missions"));
    }

    @Test
    void anUnknownEventOfAPositionIsALocatedProblem(@TempDir Path dir) throws Exception {
        SpoiledWeek.copy(dir, "\"nrc-offer-reopen-missions\",\n        \"bg-missions-shut\"",
                "\"nrc-offer-reopen-missions\",\n        \"missions-shut\"");
        SpoiledWeek.onlyProblem(dir, "events \"missions-shut\" is not the id of any event", located("pos-reopen-missions"));
    }

    @Test
    void twoStancesOfOneActorAreALocatedProblem(@TempDir Path dir) throws Exception {
        // Sherman's stance on pulling back, whose one passage ends there (her stance on the compromise offer runs on).
        String sherman = "\"actor\": \"sherman\",\n          \"stance\": \"proposes\",\n          \"evidence\": [\n"
                + "            {\n              \"source\": \"wapo\",\n              \"text\": \"called on Russia to pull back its forces\"\n";
        SpoiledWeek.copy(dir, sherman, sherman.replace("sherman", "united-states"));
        SpoiledWeek.onlyProblem(dir, "actor \"united-states\" has two stances", located("pos-russia-pull-back"));
    }

    @Test
    void anUnknownAttributionIsALocatedProblem(@TempDir Path dir) throws Exception {
        String credit = "\"text\": \"according to Russian news agencies\",\n          \"attribution\": ";
        SpoiledWeek.copy(dir, credit + "\"russian-news-agencies\"", credit + "\"tass\"");
        SpoiledWeek.onlyProblem(dir, "attribution \"tass\" is not the id of any actor", "events[");
    }

    @Test
    void anUnknownModalityIsALocatedProblem(@TempDir Path dir) throws Exception {
        SpoiledWeek.copy(dir, "\"modality\": \"scheduled\"", "\"modality\": \"planned\"");
        SpoiledWeek.onlyProblem(dir, "modality \"planned\" is not one of", "events[");
    }
}
