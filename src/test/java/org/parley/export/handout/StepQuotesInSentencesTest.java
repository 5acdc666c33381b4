package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;

class StepQuotesInSentencesTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    /** The slide and the handout show a few words in the paper's sentence; a longer quotation stands alone. */
    @Test
    void theWeeksShortQuotationsAreShownInTheirSentences() {
        List<Step> steps = Steps.all(WEEK);
        Step greene = steps.stream().filter(s -> !s.isContext() && s.event().id().equals("greene-comment")).findFirst()
                .orElseThrow();
        assertTrue(greene.inSentence());
        assertTrue(greene.quoteText().startsWith("Sam Greene, director of the Russia Institute"), greene.quoteText());
        assertTrue(greene.quoteText().contains("would not be \u201Cquick or easy\u201D but were worthwhile"), greene.quoteText());
        assertEquals("The Washington Post, quoting Sam Greene", greene.credit());
        assertEquals(greene.quoteText() + " \u2014 The Washington Post, quoting Sam Greene", greene.quoteLine());
        for (Step s : steps) {
            if (s.hasQuote() && s.inSentence()) {
                String text = s.quoteText();
                assertTrue(Character.isUpperCase(text.charAt(0)) || text.charAt(0) == '\u201C', text);
                assertTrue(text.matches("(?s).*[.?!][\u201D\u2019]?$"), text);
            } else if (s.hasQuote()) {
                assertFalse(s.quoteText().split("\\s+").length < Steps.WORDS_TO_STAND_ALONE, s.quoteText());
                assertEquals("\u201C" + s.quoteText() + "\u201D \u2014 " + s.credit(), s.quoteLine());
            }
        }
    }
}
