package org.parley.ui.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A message written lower case at its source reads as a sentence in the window; a name keeps its own case. */
class SentenceStartTest {

    @Test
    void aPlainFirstWordGetsItsCapital() {
        assertEquals("Cannot write to /sys: permission denied.", SentenceStart.of("cannot write to /sys: permission denied."));
        assertEquals("The search \u201Cx\u201D finds no event.", SentenceStart.of("the search \u201Cx\u201D finds no event."));
        assertEquals("Handout's pages", SentenceStart.of("handout's pages"));
        assertEquals("Already a sentence.", SentenceStart.of("Already a sentence."));
        assertEquals("\u00C9t\u00E9 is a word", SentenceStart.of("\u00E9t\u00E9 is a word"));
    }

    @Test
    void aPathAnIdOrAnOptionIsLeftAsItIs() {
        for (String named : new String[] {"/tmp/x.svg already exists; nothing was written",
                "week.json:12:3: unknown actor \"natoo\"", "ev-geneva-talks: no such event", "--view is missing",
                "notes/x.png is a folder", "\"current view\" needs the timeline", "iPhone", "x: no such place",
                "", "  "}) {
            assertEquals(named, SentenceStart.of(named));
        }
    }
}
