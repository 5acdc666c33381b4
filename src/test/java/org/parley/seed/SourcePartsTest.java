package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.PartKind;
import org.parley.model.Source;
import org.parley.model.SourcePart;

/** Non-reporting parts of a source: located like evidence, and every evidence knows the part it is in. */
class SourcePartsTest {

    private static Dataset week;

    @BeforeAll
    static void load() throws Exception {
        week = new ExchangeFormatReader().read(SpoiledWeek.SEEDS);
    }

    private static Event event(String id) {
        return week.event(id).orElseThrow();
    }

    @Test
    void eachPartIsLocatedAtItsVerbatimText() {
        Source wapo = week.source("wapo").orElseThrow();
        assertEquals(7, wapo.parts().size());
        for (SourcePart p : wapo.parts()) {
            assertEquals(p.text(), wapo.excerpt(p.span()));
        }
        assertTrue(wapo.parts().stream().filter(p -> p.kind() == PartKind.RELATED_HEADLINE).count() == 2);
        assertEquals(2, week.source("nyt").orElseThrow().parts().size());
    }

    @Test
    void evidenceKnowsThePartItFallsInFromItsOffsets() {
        Evidence caption = event("nrc-leaders-confer").evidence().get(0);
        assertEquals(PartKind.CAPTION, week.partOf(caption).orElseThrow().kind());
        Evidence reporting = event("nrc-meeting").evidence().get(0);
        assertTrue(week.partOf(reporting).isEmpty());
    }

    @Test
    void anEventRestingOnlyOnACaptionSaysSo() {
        assertTrue(week.restsOnlyOnNonReporting(event("nrc-leaders-confer")));
        assertFalse(week.restsOnlyOnNonReporting(event("nrc-meeting")));
        long onlyParts = week.events().stream().filter(week::restsOnlyOnNonReporting).count();
        assertEquals(1, onlyParts, "after curation only the caption's meeting rests on a non-reporting part");
    }

    @Test
    void evidenceAcrossAPartsEdgeIsALocatedProblem(@TempDir Path dir) throws Exception {
        SpoiledWeek.copy(dir, "\"text\": \"From left: U.S. Deputy Secretary of State Wendy Sherman, NATO Secretary General"
                + " Jens Stoltenberg, Russian Deputy Foreign Minister Alexander Grushko and Russia's deputy defense minister,"
                + " Col. Gen. Alexander Fomin, confer ahead of a NATO-Russia meeting in Brussels on Jan. 12.\"",
                "\"text\": \"(Olivier Hoslet/AFP/Getty Images)\\n\\nBRUSSELS\"");
        SpoiledWeek.onlyProblem(dir, "runs across the edge of the source's caption part", "events[");
    }

    @Test
    void anUnknownPartKindIsALocatedProblem(@TempDir Path dir) throws Exception {
        SpoiledWeek.copy(dir, "\"kind\": \"caption\"", "\"kind\": \"photo\"");
        SpoiledWeek.onlyProblem(dir, "\"photo\"", "sources[0]");
    }

    @Test
    void aPartNotInItsSourceIsALocatedProblem(@TempDir Path dir) throws Exception {
        SpoiledWeek.copy(dir, "\"text\": \"NATO and Russia Talk Frankly, but Past One Another for Now\"",
                "\"text\": \"NATO and Russia Talk Frankly\\u2014Past One Another\"");
        SpoiledWeek.onlyProblem(dir, "text not found", "sources[1]");
    }
}
