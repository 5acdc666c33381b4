package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Many passages looked up in one source, as a dataset's events are. */
class IndexedSourceTest {

    /** About 1 MB of prose-like text, every sentence numbered so that each occurs once. */
    private static String longSource() {
        return source(1_000_000);
    }

    private static String source(int chars) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; s.length() < chars; i++) {
            s.append("Sentence ").append(i).append(" says the talks went on for hours, officials said. ");
        }
        return s.toString();
    }

    /**
     * 3,000 invented passages against a 1 MB source: each was scanned for and then explained with
     * three more passes over the source (fold, loose search, longest prefix), a minute for 5,000.
     */
    @Test
    void manyPassagesNotInALongSourceAreReportedQuickly() {
        String source = longSource();
        IndexedSource indexed = new IndexedSource(source);
        assertInstanceOf(TextMatch.Found.class, indexed.locate("Sentence 17 says the talks"));
        for (int i = 0; i < 3_000; i++) {
            TextMatch.Missing missing = assertInstanceOf(TextMatch.Missing.class,
                    indexed.locate("an invented passage number " + i));
            if (i >= IndexedSource.NEAR_MISSES) {
                assertEquals("", missing.hint(), "said missing at once, with no pass over the source to explain it");
            }
        }
        assertTrue(indexed.indexed(), "the index settles the lookups");
        assertInstanceOf(TextMatch.Found.class, indexed.locate("Sentence 12345 says the talks"));
    }

    /**
     * A 5 MB report quoted 2,000 times: each passage had been found by two scans of the whole source
     * (23 s), as only sources up to 1 MiB were indexed. Up to the index budget a source is indexed.
     */
    @Test
    void aSourceOfSeveralMegabytesIsIndexed() {
        String source = source(5_000_000);
        IndexedSource indexed = new IndexedSource(source);
        // Passages that begin with words of their own, as quoted prose does ("Sentence" stands everywhere).
        for (int i = 0; i < 2_000; i++) {
            String passage = (10_000 + i * 17) + " says the talks";
            TextMatch.Found found = assertInstanceOf(TextMatch.Found.class, indexed.locate(passage));
            assertEquals(source.indexOf("Sentence " + passage) + "Sentence ".length(), found.span().start());
        }
        assertTrue(indexed.indexed());
        assertFalse(new IndexedSource(source((int) SourceIndexBudget.CHARS + 100)).indexed());
    }

    /** The first missing passages say what they almost match; later ones say only that they are missing. */
    @Test
    void onlyTheFirstMissingPassagesAreExplained() {
        String source = longSource();
        IndexedSource indexed = new IndexedSource(source);
        for (int i = 0; i < IndexedSource.NEAR_MISSES; i++) {
            String hint = assertInstanceOf(TextMatch.Missing.class, indexed.locate("SENTENCE " + i + " says the talks")).hint();
            assertTrue(hint.contains("letter case"), hint);
        }
        String later = assertInstanceOf(TextMatch.Missing.class, indexed.locate("SENTENCE 500 says the talks")).hint();
        assertEquals("", later);
        assertFalse(EvidenceLocator.locate(source, "SENTENCE 500 says the talks") instanceof TextMatch.Found);
        TextMatch.Found found = assertInstanceOf(TextMatch.Found.class, indexed.locate("Sentence 500 says the talks"));
        assertEquals(source.indexOf("Sentence 500 says"), found.span().start());
    }
}
