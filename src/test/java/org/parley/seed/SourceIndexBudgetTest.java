package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceIndexBudgetTest {

    private static IndexedSource source(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("Sentence ").append(i).append(" of article ").append(n).append(". ");
        }
        return new IndexedSource(text.toString());
    }

    /** Quotes {@code s} as the mapper does: the budget hears of it, then the text is looked up. */
    private static void quote(SourceIndexBudget budget, IndexedSource s, String text) {
        budget.used(s);
        assertInstanceOf(TextMatch.Found.class, s.locate(text));
    }

    @Test
    void keepsEveryIndexWhenTheSourcesFitTheBudget() {
        List<IndexedSource> sources = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sources.add(source(i));
        }
        SourceIndexBudget budget = new SourceIndexBudget(sources.stream().mapToLong(IndexedSource::length).sum());
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < sources.size(); i++) {
                quote(budget, sources.get(i), "Sentence " + (round + 5) + " of article " + i + ".");
            }
        }
        // A count of 64 sources dropped them all in turn; a budget in characters keeps them.
        assertTrue(sources.stream().allMatch(IndexedSource::indexed));
    }

    @Test
    void dropsTheLeastRecentlyQuotedFirstAndStaysWithinBudget() {
        IndexedSource a = source(1);
        IndexedSource b = source(2);
        IndexedSource c = source(3);
        SourceIndexBudget budget = new SourceIndexBudget(a.length() + b.length());
        for (IndexedSource s : List.of(a, b, a, b)) {
            quote(budget, s, "Sentence 7 of article");
        }
        assertTrue(a.indexed() && b.indexed());
        quote(budget, a, "Sentence 8 of article");
        quote(budget, c, "Sentence 9 of article");
        assertFalse(b.indexed(), "b was quoted least recently");
        assertTrue(a.indexed());
        assertEquals(a.length() + c.length(), budget.chars());
    }

    @Test
    void aDroppedSourceIsScannedOnceBeforeItsIndexIsBuiltAgain() {
        IndexedSource a = source(1);
        IndexedSource b = source(2);
        SourceIndexBudget budget = new SourceIndexBudget(a.length());
        quote(budget, a, "Sentence 1 of article 1.");
        quote(budget, a, "Sentence 2 of article 1.");
        assertTrue(a.indexed());
        quote(budget, b, "Sentence 1 of article 2.");
        assertFalse(a.indexed());
        // Sources quoted in turn beyond the budget are scanned, not indexed for a single lookup each.
        quote(budget, a, "Sentence 3 of article 1.");
        assertFalse(a.indexed());
        quote(budget, a, "Sentence 4 of article 1.");
        assertTrue(a.indexed());
    }
}
