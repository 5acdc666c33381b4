package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void refusesNonsenseArgumentsWithAClearMessage() {
        CliRun events = CliRun.of("bench", "--events", "-5");
        assertEquals(2, events.exit());
        assertTrue(events.err().contains("--events must be at least 1, not -5"), events.err());

        CliRun runs = CliRun.of("bench", "--runs", "0");
        assertEquals(2, runs.exit());
        assertTrue(runs.err().contains("--runs must be at least 1, not 0"), runs.err());
        assertFalse(runs.err().contains("Exception"), runs.err());
    }

    @Test
    void eachLineNamesItsBudgetAndSaysWhenTheMedianIsOver() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Medians.report(out, "fast", new double[] {5, 1, 30}, 8);
        Medians.report(out, "slow", new double[] {9, 12, 2}, 8);
        Medians.report(out, "import", new double[] {2500}, 3000);
        String[] lines = text.toString().split("\\R");
        assertTrue(lines[0].contains("5.0 ms median of 3 (min 1.0, max 30.0; budget 8 ms)"), lines[0]);
        assertFalse(lines[0].contains("OVER BUDGET"), lines[0]);
        assertTrue(lines[1].endsWith("OVER BUDGET"), lines[1]);
        assertTrue(lines[2].contains("budget 3.0 s") && !lines[2].contains("OVER"), lines[2]);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, Medians.median(new double[] {4, 1, 3, 2}));
        assertEquals(3.0, Medians.median(new double[] {3}));
    }

    @Test
    void readsTheTimeTheAppPrints() {
        ChildJvm.Run run = new ChildJvm.Run(0, "INFO: noise\nFirst frame with data after JVM start: 1234 ms\n", 2000);
        assertEquals(1234, run.reportedMs());
        assertThrows(IllegalStateException.class, () -> new ChildJvm.Run(0, "nothing\n", 1).reportedMs());
    }
}
