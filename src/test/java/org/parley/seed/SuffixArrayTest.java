package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;

class SuffixArrayTest {

    private static int naiveCount(String text, String pattern) {
        int n = 0;
        for (int i = text.indexOf(pattern); i >= 0; i = text.indexOf(pattern, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void countsLikeAScanOnRandomAndRepetitiveTexts() {
        Random random = new Random(7);
        String[] alphabets = {"ab", "abc ", "aaaaaaab", "“”\"' éxyz\n"};
        for (int round = 0; round < 300; round++) {
            String alphabet = alphabets[round % alphabets.length];
            StringBuilder t = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = t.toString();
            SuffixArray index = new SuffixArray(text);
            for (int q = 0; q < 20; q++) {
                String pattern;
                if (!text.isEmpty() && random.nextBoolean()) {
                    int from = random.nextInt(text.length());
                    pattern = text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(12)));
                } else {
                    pattern = alphabet.substring(0, 1).repeat(1 + random.nextInt(4)) + alphabet.charAt(random.nextInt(alphabet.length()));
                }
                int expected = naiveCount(text, pattern);
                assertEquals(expected, index.count(pattern), () -> "\"" + pattern + "\" in \"" + text + "\"");
                assertEquals(expected == 1 ? text.indexOf(pattern) : -1, index.onlyOccurrence(pattern));
            }
        }
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
