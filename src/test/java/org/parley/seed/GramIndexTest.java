package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;

class GramIndexTest {

    private static int naiveCount(String text, String pattern) {
        int n = 0;
        for (int i = text.indexOf(pattern); i >= 0; i = text.indexOf(pattern, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void countsLikeAScanWheneverItSettlesALookup() {
        Random random = new Random(7);
        int known = 0;
        String[] alphabets = {"ab", "abc ", "aaaaaaab", "“”\"' éxyz\n"};
        for (int round = 0; round < 300; round++) {
            String alphabet = alphabets[round % alphabets.length];
            StringBuilder t = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = t.toString();
            GramIndex index = new GramIndex(text);
            for (int q = 0; q < 20; q++) {
                String pattern;
                if (!text.isEmpty() && random.nextBoolean()) {
                    int from = random.nextInt(text.length());
                    pattern = text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(20)));
                } else {
                    pattern = alphabet.substring(0, 1).repeat(1 + random.nextInt(9)) + alphabet.charAt(random.nextInt(alphabet.length()));
                }
                int expected = Math.min(2, naiveCount(text, pattern));
                int[] first = new int[1];
                int counted = index.occurrences(pattern, first);
                if (counted != GramIndex.UNKNOWN) {
                    known++;
                    assertEquals(expected, counted, () -> "\"" + pattern + "\" in \"" + text + "\"");
                    if (expected > 0) {
                        assertEquals(text.indexOf(pattern), first[0]);
                    }
                }
            }
        }
        assertTrue(known > 1000, "the index settled only " + known + " lookups");
    }

    @Test
    void aRepetitiveSourceIsIndexedAndAnsweredAsTheScanAnswers() {
        String source = "a".repeat(100_000) + "b" + "a".repeat(100_000);
        IndexedSource indexed = new IndexedSource(source);
        for (int i = 0; i < 50; i++) {
            assertEquals(new TextMatch.Found(new Span(99_990, 100_011)), indexed.locate("a".repeat(10) + "b" + "a".repeat(10)));
        }
        assertEquals(EvidenceLocator.locate(source, "aa"), indexed.locate("aa"));
        assertEquals(EvidenceLocator.locate(source, "abc"), indexed.locate("abc"));
    }
}
