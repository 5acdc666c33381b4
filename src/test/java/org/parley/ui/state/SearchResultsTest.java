package org.parley.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchResultsTest {

    private static SearchResults of(String query) {
        return new SearchResults(query, List.of(), Set.of());
    }

    @Test
    void aQueryIsShownInQuotationMarksUnlessItHasItsOwn() {
        assertEquals("\u201Cgrushko\u201D", of("  grushko ").quotedQuery());
        // A phrase search keeps its own marks: not “"central impasse"”.
        assertEquals("\"central impasse\"", of("\"central impasse\"").quotedQuery());
        // An unpaired quote is part of what was typed, not marks around it: "76 results for "NATO (…" read as a slip.
        assertEquals("\u201C\"central impasse\u201D", of("\"central impasse").quotedQuery());
    }

    /** Pasted, a right-to-left override turned the rest of the status line backwards: it is not shown. */
    @Test
    void controlsAndDirectionOverridesAreNotShown() {
        assertEquals("\u201Cnato markets\u201D", of("nato\u202Emarkets\u0007").quotedQuery());
        assertEquals("\u201C\u05E9\u05DC\u05D5\u05DD nato\u201D", of("\u05E9\u05DC\u05D5\u05DD nato").quotedQuery(),
                "right-to-left words themselves stay");
    }

    @Test
    void aLongQueryIsCutAfterAWord() {
        String shown = of("word ".repeat(20)).shownQuery();
        assertTrue(shown.endsWith("word\u2026"), shown);
        assertTrue(shown.length() <= 61, shown);
    }
}
