package org.parley.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the window says after "Parley could not open its data" when no backup can help. Found by a
 * tester, 2026-12-05: with a data folder that could not be made (a read-only disk), the dialog sent
 * the user to "the log file in your user-data folder", which could not be made either, and spoke
 * only of the database file.
 */
class OpenFailedAdviceTest {

    @Test
    void withoutALogFileNoneIsPromised() {
        String advice = ParleyApp.openFailedAdvice(null);
        assertFalse(advice.contains("log file"), advice);
        assertTrue(advice.contains("data folder"), advice);
        assertTrue(advice.contains("--db"), advice);
    }

    @Test
    void aLogFileIsNamedByItsPath() {
        Path log = Path.of("/home/ana/.local/share/parley/parley.log");
        String advice = ParleyApp.openFailedAdvice(log);
        assertTrue(advice.contains("Details are in " + log + "."), advice);
    }
}
