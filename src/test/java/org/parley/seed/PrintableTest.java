package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Position;

class PrintableTest {

    @Test
    void aPassageIsQuotedOnceEvenWhenItStartsOrEndsAtAQuotationMark() {
        assertEquals("\u201Cplenty to work on\u201D", Printable.quoted("plenty to work on"));
        assertEquals("\u201CThis is a principled position,\u201D he said.",
                Printable.quoted("\u201CThis is a principled position,\u201D he said."));
        assertEquals("\u201Cwe will not move from it,\u201D", Printable.quoted("we will not move from it,\u201D"));
        assertEquals("\u201C\u201D", Printable.quoted(""));
    }

    @Test
    void anInvisibleCharacterIsNamedAsUnicodeNamesIt() {
        assertEquals("U+200F, a right-to-left mark", Printable.invisibleName(0x200F));
        assertEquals("U+200B, a zero width space", Printable.invisibleName(0x200B));
        assertEquals("U+00AD, a soft hyphen", Printable.invisibleName(0xAD));
        assertEquals("U+FEFF, a byte-order mark", Printable.invisibleName(0xFEFF), "not its old name");
        assertEquals("U+0007, a control character", Printable.invisibleName(7), "not \"a bel\"");
        assertEquals("U+E000, a private-use character", Printable.invisibleName(0xE000));
        assertEquals("U+0378", Printable.invisibleName(0x378), "unassigned: the code alone");
    }

    @Test
    void aTitleIsShownInEightyCharactersAfterAWholeWordWhenItHasOne() {
        assertEquals("The week of talks", Printable.title("The week of talks"));
        String oneWord = Printable.title("Parleyweek".repeat(30));
        assertEquals(80, oneWord.length());
        assertEquals("Parleyweek".repeat(8).substring(0, 79) + "\u2026", oneWord);
        String words = Printable.title("The week of talks ".repeat(10));
        assertEquals("The week of talks The week of talks The week of talks The week of talks The\u2026", words);
        assertEquals("\uD83D\uDE00".repeat(79) + "\u2026", Printable.title("\uD83D\uDE00".repeat(300)), "whole characters");
    }

    @Test
    void aLongTextEchoedInAMessageIsCut() {
        assertEquals("short", Printable.brief("short"));
        String huge = "x".repeat(10_000_000);
        String shown = Printable.brief(huge);
        assertEquals(Printable.BRIEF, shown.length());
        assertEquals(true, shown.endsWith("\u2026"));
        assertEquals("a\\u000Ab", Printable.brief("a\nb"), "on one line");
    }

    @Test
    void aRunOfMegabytesWithoutASpaceIsCutWhereverItIsInAMessage() {
        String id = "e".repeat(3_000_000);
        String message = "events[0] (id \"" + id + "\"): id \"" + id + "\" is listed twice; rename one";
        String shown = Printable.of(message);
        assertEquals(true, shown.length() < 3 * Printable.LONG_RUN, shown.length() + " characters");
        assertEquals(true, shown.startsWith("events[0] (id \"eee"), shown.substring(0, 40));
        assertEquals(true, shown.endsWith("\u2026\" is listed twice; rename one"), shown.substring(shown.length() - 60));
        String sentence = "a message with a path /home/ann/Documents/teaching/2022/talks.json and ordinary words";
        assertEquals(sentence, Printable.oneLine(sentence), "words and paths pass whole");
        String emoji = "\uD83D\uDE00".repeat(400);
        String cut = Printable.oneLine(emoji);
        assertEquals(false, Character.isHighSurrogate(cut.charAt(cut.length() - 2)), "no half a character before the ellipsis");
    }

    /** The board's tooltips quote the papers' passages, and a passage that opens a quotation keeps one mark. */
    @Test
    void noEvidenceOfTheWeekIsQuotedWithTwoMarks() {
        Dataset week = BundledSeeds.dataset();
        for (Position p : week.positions()) {
            p.stances().forEach(s -> s.evidence().forEach(ev -> {
                String shown = Printable.quoted(ev.text());
                assertEquals(false, shown.startsWith("\u201C\u201C") || shown.endsWith("\u201D\u201D"), shown);
            }));
        }
    }
}
