package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.seed.DatasetException;
import org.parley.seed.ExchangeFormatReader;

class ActorSearchTest {

    private static final Dataset WEEK = bundledWeek();

    private static Dataset bundledWeek() {
        try {
            return new ExchangeFormatReader().load(Path.of(System.getProperty("parley.seeds", "seeds"))).dataset();
        } catch (DatasetException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> ids(String typed) {
        return ActorSearch.matching(WEEK.actors(), typed).stream().map(Actor::id).toList();
    }

    @Test
    void aNameTypedInFullFindsItsActorThoughNoTextHoldsItWhole() {
        assertEquals(List.of("grushko"), ids("Alexander Grushko"));
        assertEquals(List.of("grushko"), ids("grushko"));
        assertEquals(List.of("sherman"), ids("Wendy Sherman"));
    }

    @Test
    void theOtherNamesThePapersUseFindTheirActorToo() {
        assertEquals(List.of("grushko", "fomin"), ids("Aleksandr V."));
        assertEquals(List.of("russia"), ids("the Kremlin"));
        assertEquals(List.of("osce"), ids("O.S.C.E."));
    }

    @Test
    void wordsAreMatchedAsTheIndexMatchesThem() {
        // The last word is a prefix while typing; the others are whole words.
        assertEquals(List.of("stoltenberg"), ids("Stolten"));
        assertEquals(List.of(), ids("Stolten Jens"));
        // Case and diacritics do not count.
        assertEquals(List.of("monika-pronczuk"), ids("PROŃCZUK"));
        // OR takes either, NOT leaves out.
        assertEquals(List.of("sherman", "grushko"), ids("Grushko OR Sherman"));
        assertEquals(List.of("grushko"), ids("Alexander NOT Fomin"));
        // Nothing to look for finds nobody.
        assertEquals(List.of(), ids("NOT Russia"));
        assertEquals(List.of(), ids("  ...  "));
    }

    @Test
    void theSnippetGivesRoleAndOtherNamesWithTheSearchedWordsMarked() {
        Actor grushko = WEEK.actor("grushko").orElseThrow();
        assertEquals("Deputy Foreign Minister · also " + SearchHit.MARK_START + "Aleksandr" + SearchHit.MARK_END
                + " V. Grushko, Grushko, Mr. Grushko", ActorSearch.snippet(grushko, "aleks"));
        // The role is not searched, so its words are not marked; a name the same as the role is said once.
        assertEquals("Deputy Foreign Minister · also Aleksandr V. Grushko, Grushko, Mr. Grushko",
                ActorSearch.snippet(grushko, "minister"));
        assertEquals("Western military alliance · also the alliance, the bloc",
                ActorSearch.snippet(WEEK.actor("nato").orElseThrow(), "nato"));
        // Neither role nor other names: whom they belong to, not an empty line.
        assertEquals("United States", ActorSearch.snippet(WEEK.actor("us-officials").orElseThrow(), "officials"));
    }
}
