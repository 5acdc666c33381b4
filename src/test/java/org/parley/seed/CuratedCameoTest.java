package org.parley.seed;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Modality;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shipped week's CAMEO codes say no more than the papers (docs/curation.md, "CAMEO"): a code names an
 * act and who did it, and the papers must give both.
 */
class CuratedCameoTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));
    private static Dataset week;

    @BeforeAll
    static void load() throws Exception {
        week = new ExchangeFormatReader().read(SEEDS);
    }

    /**
     * 044 is a meeting "at a third location", outside the territory of every party: it needs parties to be
     * third to. The NYT's informal dinner in Geneva names no one at it, so the dinner was coded as a meeting of
     * parties it does not have, while the talks in Geneva the next day were 040 (consult).
     */
    @Test
    void aMeetingAtAThirdLocationNamesItsParties() {
        List<String> partyless = week.events().stream()
                .filter(e -> e.cameo().equals("044") && e.actors().size() < 2)
                .map(Event::id).toList();
        assertEquals(List.of(), partyless);
    }

    /**
     * An expressed intent (03) is someone's, said to the paper or reported by it; a forecast in the paper's
     * own voice is no one's intent. The NYT's "some of the negotiations on future European security will take
     * place under the auspices of the O.S.C.E." was 036 (express intent to meet or negotiate), though its one
     * passage is the paper's own reading and no party says it means to negotiate there.
     */
    @Test
    void anIntentIsExpressedBySomeoneThePapersReport() {
        List<String> noOnes = week.events().stream()
                .filter(e -> e.cameo().startsWith("03"))
                .filter(e -> e.evidence().stream().allMatch(ev -> ev.attribution().equals(Evidence.REPORTER)))
                .map(Event::id).toList();
        assertEquals(List.of(), noOnes);
    }

    /**
     * An event still to come is coded as the act to come, not as its announcement: the NYT's "The Americans and
     * Russians say that after this week, they will discuss whether to keep talking" is an expected meeting, but
     * was 036 (express intent to meet or negotiate), the code of their saying so, which happened and is no
     * record of its own. An expressed intent (03) is a statement that was made, so it has happened.
     */
    @Test
    void whatIsToComeIsNotCodedAsAnIntentExpressed() {
        List<String> announced = week.events().stream()
                .filter(e -> e.modality() != Modality.HAPPENED && e.cameo().startsWith("03"))
                .map(e -> e.id() + " (" + e.cameo() + ")").toList();
        assertEquals(List.of(), announced);
    }
}
