package org.parley.ui.positions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Position;
import org.parley.model.Stance;
import org.parley.seed.BundledSeeds;

/** The board's words: a passage that starts mid-sentence is read in the sentence the paper printed it in. */
class StanceTextTest {

    private static Dataset week;

    @BeforeAll
    static void load() {
        week = BundledSeeds.dataset();
    }

    private static String tooltip(String position, String actor) {
        Position p = week.positions().stream().filter(x -> x.id().equals(position)).findFirst().orElseThrow();
        Stance s = p.effectiveStance(actor).orElseThrow();
        return StanceText.tooltip(week, p, s);
    }

    @Test
    void aFragmentIsShownInItsSentence() {
        String tip = tooltip("pos-stop-enlargement", "nato-allies");
        assertTrue(tip.contains("“but they rejected outright Russian demands that the alliance stop enlargement”"), tip);
        // "but they" alone does not say who: the sentence names NATO's leaders.
        assertTrue(tip.contains("In its sentence: “BRUSSELS — After four hours of talks with Russia, NATO leaders said"),
                tip);
    }

    @Test
    void aWholeSentenceIsNotRepeated() {
        String tip = tooltip("pos-stop-enlargement", "grushko");
        assertTrue(tip.contains("“This is a principled position, and we will not move from it,” he said."), tip);
        assertFalse(tip.contains("In its sentence: ““This is a principled position"), tip);
    }
}
