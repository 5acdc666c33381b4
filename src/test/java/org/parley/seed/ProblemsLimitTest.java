package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A file with hundreds of thousands of problems keeps the first {@value Problems#KEPT} and counts the rest: every
 * one had been kept (1.5 GB for a million and a half unknown keys) and saved to a list of 253 MB.
 */
class ProblemsLimitTest {

    @Test
    void problemsBeyondTheFirstTenThousandAreCountedNotKept() {
        int unknown = Problems.KEPT + 2_500;
        StringBuilder json = new StringBuilder("{\"title\": \"t\", \"description\": \"d\", \"sources\": []");
        for (int i = 0; i < unknown; i++) {
            json.append(", \"k").append(i).append("\": ").append(i);
        }
        json.append('}');
        DatasetException e = assertThrows(DatasetException.class,
                () -> new ExchangeFormatReader().read(json.toString(), "many.json", Path.of(".")));
        assertEquals(Problems.KEPT + 1, e.problems().size(), "the first ten thousand, and a line saying there are more");
        Problem last = e.problems().get(e.problems().size() - 1);
        assertTrue(last.toString().contains("more problems, not listed"), last.toString());
        assertTrue(e.count() >= unknown, "every problem counted: " + e.count());
        assertEquals(e.count() - Problems.KEPT, Long.parseLong(last.toString().replaceAll("^.*… and ([\\d,]+) more.*$", "$1")
                .replace(",", "")));
    }
}
