package org.parley.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.seed.BundledSeeds;

/** What "Copy with the papers' words" puts on the clipboard: whole sentences, credited, paper by paper. */
class PapersWordsTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    private static String copied(String eventId) {
        Event e = WEEK.event(eventId).orElseThrow();
        return PapersWords.of(WEEK, e);
    }

    @Test
    void aQuotationInsideAPassageIsCopiedInPlaceNotDropped() {
        String words = copied("greene-comment");
        // The passages stop at the quotation marks; the quotation is its own record.
        assertTrue(words.contains("said discussions would not be \u201Cquick or easy\u201D but were worthwhile, even if no one "
                + "can predict Putin\u2019s actions"), words);
        assertFalse(words.contains("would not be\u201D"), "no sentence cut before its quoted words: " + words);
        assertTrue(words.contains("(according to Sam Greene)"), words);
    }

    @Test
    void everyPassageAndQuotationOfTheEventIsThereOnceInPageOrder() {
        for (Event e : WEEK.events()) {
            String words = copied(e.id());
            List<String> lines = words.lines().toList();
            assertTrue(lines.get(0).startsWith(e.title() + " ("), lines.get(0));
            e.evidence().forEach(ev -> assertTrue(words.contains(ev.text()), e.id() + " lacks " + ev.text()));
            WEEK.quotesOf(e.id()).forEach(q -> assertTrue(words.contains(q.text()), e.id() + " lacks " + q.text()));
            List<String> papers = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(':'))).toList();
            for (int i = 1; i < papers.size(); i++) {
                assertTrue(papers.get(i).equals(papers.get(i - 1)) || !papers.subList(0, i).contains(papers.get(i)),
                        "paper by paper: " + papers);
            }
        }
    }

    /** The Detail pane credits the Post's own reading of the 1991 collapse to "the paper's own analysis"; so does the copy. */
    @Test
    void thePapersOwnAnalysisIsCreditedInTheDetailPanesWords() {
        String words = copied("bg-soviet-collapse");
        assertTrue(words.contains("effectively attempting to rework the consequences of"), words);
        assertTrue(words.contains("(according to the paper's own analysis)"), words);
        assertFalse(words.contains("reporter"), "the paper's analysis is no reporter's account: " + words);
    }

    /**
     * The Post's plain report of the collapse runs on from the words it credits to its own analysis;
     * copied as one, the report took that credit, and Russia's "grave threat" credited the open door to Moscow.
     */
    @Test
    void passagesCreditedOtherwiseKeepTheirOwnCredits() {
        String collapse = copied("bg-soviet-collapse");
        assertTrue(collapse.contains("\u201Ceffectively attempting to rework the consequences of\u201D "
                + "(according to the paper's own analysis)"), collapse);
        assertTrue(collapse.contains("\u201Cthe Soviet Union\u2019s collapse in 1991, which left Russia weakened for years\u201D\n")
                || collapse.endsWith("\u201Cthe Soviet Union\u2019s collapse in 1991, which left Russia weakened for years\u201D"),
                "the plain report is credited to no one: " + collapse);
        String openDoor = copied("nrc-allies-open-door");
        assertTrue(openDoor.contains("\u201Ca proposition that Moscow says poses a grave threat to Russian security\u201D "
                + "(according to Russia)"), openDoor);
        assertFalse(openDoor.contains("and Russia)"), "no credit shared across the two: " + openDoor);
    }

    @Test
    void aCaptionSaysItIsNotReporting() {
        String words = copied("nrc-leaders-confer");
        assertTrue(words.contains("[Photo caption, not reporting]"), words);
        assertEquals(1, words.lines().filter(l -> l.startsWith("The Washington Post, 12 Jan 2022: ")).count(), words);
    }
}
