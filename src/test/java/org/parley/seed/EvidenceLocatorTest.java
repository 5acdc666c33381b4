package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.model.Span;

class EvidenceLocatorTest {
    private static final String SOURCE = "Masthead\nHe said “they are interdependent” and left. "
            + "She said \"we are ready\". Read more. Read more.";

    @Test
    void findsAnExactTextWithItsOffsets() {
        TextMatch m = EvidenceLocator.locate(SOURCE, "“they are interdependent”");
        Span span = assertInstanceOf(TextMatch.Found.class, m).span();
        assertEquals(new Span(17, 42), span);
        assertEquals("“they are interdependent”", SOURCE.substring(span.start(), span.end()));
    }

    @Test
    void findsTextAtTheVeryStartAndEnd() {
        assertEquals(new Span(0, 8), ((TextMatch.Found) EvidenceLocator.locate(SOURCE, "Masthead")).span());
        String tail = "more. Read more.";
        assertEquals(new Span(SOURCE.length() - tail.length(), SOURCE.length()),
                ((TextMatch.Found) EvidenceLocator.locate(SOURCE, tail)).span());
    }

    @Test
    void offsetsCountJavaCharsAcrossNonAsciiText() {
        String source = "“Ωmega” — then the point";
        Span span = ((TextMatch.Found) EvidenceLocator.locate(source, "the point")).span();
        assertEquals(15, span.start());
        assertEquals("the point", source.substring(span.start(), span.end()));
    }

    @Test
    void reportsMissingText() {
        TextMatch m = EvidenceLocator.locate(SOURCE, "entirely absent words");
        assertEquals("", assertInstanceOf(TextMatch.Missing.class, m).hint());
    }

    @Test
    void reportsAmbiguousTextWithItsFirstTwoPlaces() {
        TextMatch.Ambiguous a = assertInstanceOf(TextMatch.Ambiguous.class, EvidenceLocator.locate(SOURCE, "Read more."));
        assertEquals(SOURCE.indexOf("Read more."), a.first().start());
        assertEquals(SOURCE.lastIndexOf("Read more."), a.second().start());
    }

    @Test
    void countsOverlappingOccurrences() {
        TextMatch.Ambiguous a = assertInstanceOf(TextMatch.Ambiguous.class, EvidenceLocator.locate("aaaa", "aa"));
        assertEquals(0, a.first().start());
        assertEquals(1, a.second().start());
        assertInstanceOf(TextMatch.Found.class, EvidenceLocator.locate("abaab", "aab"));
    }

    @Test
    void findsTextsWhosePrefixRepeatsInsideThemselves() {
        // Cases where a naive restart after a partial match would miss the occurrence.
        assertEquals(2, ((TextMatch.Found) EvidenceLocator.locate("aaaab", "aab")).span().start());
        assertEquals(2, ((TextMatch.Found) EvidenceLocator.locate("abababcab", "ababc")).span().start());
        assertInstanceOf(TextMatch.Missing.class, EvidenceLocator.locate("ababab", "ababc"));
    }

    @Test
    void aLongRepetitiveSourceStopsAtTheSecondOccurrence() {
        String source = "ab".repeat(500_000);
        String text = "ab".repeat(10_000);
        TextMatch.Ambiguous a = assertInstanceOf(TextMatch.Ambiguous.class, EvidenceLocator.locate(source, text));
        assertEquals(2, a.second().start());
        String missing = "ab".repeat(10_000) + "x";
        String hint = assertInstanceOf(TextMatch.Missing.class, EvidenceLocator.locate(source, missing)).hint();
        assertTrue(hint.startsWith("the first 20000 characters match at offset 0"), hint);
    }

    @Test
    void doesNotConflateCurlyAndStraightQuotes() {
        TextMatch straight = EvidenceLocator.locate(SOURCE, "\"they are interdependent\"");
        String hint = assertInstanceOf(TextMatch.Missing.class, straight).hint();
        assertTrue(hint.contains("differs in quote style"), hint);
        assertTrue(hint.contains("offset 17"), hint);

        TextMatch curly = EvidenceLocator.locate(SOURCE, "“we are ready”");
        assertTrue(assertInstanceOf(TextMatch.Missing.class, curly).hint().contains("quote style"));
    }

    /** Git's core.autocrlf checks a dataset's texts out with CR LF on Windows: a passage across lines then fails. */
    @Test
    void aMissAcrossWindowsLineEndsSaysHowTheFileWasSaved() {
        String windows = "Read more:\r\n\r\nRussia's rift with the West";
        String hint = ((TextMatch.Missing) EvidenceLocator.locate(windows, "Read more:\n\nRussia's rift")).hint();
        assertTrue(hint.contains("differs in whitespace"), hint);
        assertTrue(hint.endsWith("; the source file's lines end in CR LF, as Windows saves them (and Git with "
                + "core.autocrlf): save it again with LF line ends"), hint);
        String plain = ((TextMatch.Missing) EvidenceLocator.locate(SOURCE, "Masthead He said")).hint();
        assertTrue(!plain.contains("CR LF"), plain);
    }

    /** Classic Mac OS and some exporters end lines with CR alone: "\u000D" in the near match had been all it said. */
    @Test
    void aMissAcrossCarriageReturnLineEndsSaysHowTheFileWasSaved() {
        String oldMac = "Read more:\r\rRussia's rift with the West";
        String hint = ((TextMatch.Missing) EvidenceLocator.locate(oldMac, "Read more:\n\nRussia's rift")).hint();
        assertTrue(hint.contains("differs in whitespace"), hint);
        assertTrue(hint.endsWith("; the source file's lines end in CR alone, as old Mac programs save them: save it "
                + "again with LF line ends"), hint);
    }

    @Test
    void doesNotConflateWhitespaceOrCaseButSaysSo() {
        String hint = ((TextMatch.Missing) EvidenceLocator.locate(SOURCE, "Masthead He said")).hint();
        assertTrue(hint.contains("differs in whitespace"), hint);
        String both = ((TextMatch.Missing) EvidenceLocator.locate(SOURCE, "READ MORE.  Read")).hint();
        assertTrue(both.contains("whitespace and letter case"), both);
    }

    @Test
    void hintsTheLongestMatchingBeginning() {
        String hint = ((TextMatch.Missing) EvidenceLocator.locate(SOURCE, "and left. She told")).hint();
        assertTrue(hint.startsWith("the first 14 characters match at offset 43"), hint);
    }

    @Test
    void refusesAnEmptyText() {
        assertThrows(IllegalArgumentException.class, () -> EvidenceLocator.locate(SOURCE, ""));
    }
}
