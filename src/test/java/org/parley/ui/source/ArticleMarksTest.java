package org.parley.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;

/** The source reader's marks carry the badge and the credit of their evidence. */
class ArticleMarksTest {
    private static final Dataset WEEK = BundledSeeds.dataset();

    @Test
    void captionEvidenceIsBadgedAndCreditedEvidenceSaysByWhom() {
        List<ArticleMark> wapo = ArticleMarks.of(WEEK, "wapo");
        ArticleMark caption = wapo.stream().filter(m -> m.eventId().equals("nrc-leaders-confer")).findFirst().orElseThrow();
        assertTrue(caption.nonReporting());
        assertEquals("[Photo caption — not reporting]", caption.note());
        assertTrue(caption.tooltip().endsWith("[Photo caption — not reporting]"));

        List<ArticleMark> nyt = ArticleMarks.of(WEEK, "nyt");
        ArticleMark agencies = nyt.stream().filter(m -> m.eventId().equals("grushko-moment-of-truth") && !m.quote())
                .findFirst().orElseThrow();
        assertFalse(agencies.nonReporting());
        assertEquals("according to Russian news agencies", agencies.note());
        assertTrue(nyt.stream().filter(ArticleMark::quote).allMatch(m -> m.note().isEmpty()));
    }
}
