package org.parley.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Work under way, as the status bar shows it and as quitting asks about it. Found by a tester,
 * 2026-12-05: a restore chosen while an import was being written (or a handout written meanwhile)
 * was cleared from the status bar when the other ended, and Ctrl+Q then quit without a question,
 * cutting the one still running short.
 */
class ExplorerStateActivityTest {

    private final ExplorerState state = new ExplorerState();

    @Test
    void oneEndingLeavesTheOtherUnderWay() {
        Runnable importing = state.beginActivity("Importing dataset.json\u2026");
        Runnable restoring = state.beginActivity("Restoring the backup p.db\u2026");
        assertEquals("Restoring the backup p.db\u2026", state.activityProperty().get(), "the latest is shown");

        restoring.run();
        assertEquals("Importing dataset.json\u2026", state.activityProperty().get(), "the import still runs");

        Runnable handout = state.beginActivity("Writing the handout\u2026");
        importing.run();
        assertEquals("Writing the handout\u2026", state.activityProperty().get());

        handout.run();
        assertEquals("", state.activityProperty().get(), "nothing under way");
    }

    /** An end said twice (a handout's write ends and its question is declined) ends nothing else. */
    @Test
    void endingTwiceEndsOnlyItself() {
        Runnable handout = state.beginActivity("Writing the handout\u2026");
        Runnable importing = state.beginActivity("Importing dataset.json\u2026");
        handout.run();
        handout.run();
        assertEquals("Importing dataset.json\u2026", state.activityProperty().get());
        importing.run();
        assertEquals("", state.activityProperty().get());
    }
}
