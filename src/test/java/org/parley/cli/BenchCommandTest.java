package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
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
    void aCanvasLineOutOfRangeIsRefusedWithAClearMessage() {
        CliRun line = CliRun.of("bench", "--canvas-line", "9", "--canvas-data", "x.db");
        assertEquals(2, line.exit());
        assertTrue(line.err().contains("--canvas-line needs 0 to 6 and --canvas-data"), line.err());
        assertFalse(line.err().contains("Exception"), line.err());
    }

    @Test
    void theRunsAChildPrintsAreReadBackWhateverSurroundsThem() {
        double[] ms = {9.8765, 12.0, 0.25};
        String out = "INFO: JavaFX started\n" + CanvasLineRuns.line(ms) + "\nWARNING: a late line\n";
        assertArrayEquals(new double[] {9.8765, 12.0, 0.25}, CanvasLineRuns.read(out), 1e-9);
        assertThrows(IllegalStateException.class, () -> CanvasLineRuns.read("Exception in thread main\n"));
    }

    @Test
    void aChildStartsAsThisJvmWasButWithoutItsToolsOrItsHeapSize() {
        List<String> parent = List.of("-Djpackage.app-version=0.1.0", "--add-opens=javafx.base/javafx.beans=ALL-UNNAMED",
                "-XX:Tier4InvocationThreshold=50000", "-XX:AOTCache=/opt/parley/lib/app/parley.aot",
                "-Dorg.sqlite.lib.path=/opt/parley/lib/runtime/lib", "-javaagent:/m2/jacoco.jar=destfile=x.exec",
                "-agentlib:jdwp=transport=dt_socket", "-XX:StartFlightRecording=filename=r.jfr",
                "-XX:AOTCacheOutput=new.aot", "-XX:ArchiveClassesAtExit=a.jsa", "-Xmx2g", "-Xms1g",
                "-XX:MaxHeapSize=2g");
        assertEquals(List.of("-Djpackage.app-version=0.1.0", "--add-opens=javafx.base/javafx.beans=ALL-UNNAMED",
                "-XX:Tier4InvocationThreshold=50000", "-XX:AOTCache=/opt/parley/lib/app/parley.aot",
                "-Dorg.sqlite.lib.path=/opt/parley/lib/runtime/lib"), ChildJvm.inheritedOptions(parent));
    }

    @Test
    void readsTheTimeTheAppPrints() {
        ChildJvm.Run run = new ChildJvm.Run(0, "INFO: noise\nFirst frame with data after JVM start: 1234 ms\n", 2000);
        assertEquals(1234, run.reportedMs());
        assertThrows(IllegalStateException.class, () -> new ChildJvm.Run(0, "nothing\n", 1).reportedMs());
    }
}
