package org.parley.ui.export;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.StandInFolderOpener;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The note after an export: every path and the page count read whole. */
@ExtendWith(FxThreadRobot.class)
class ExportDoneTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new Label("owner"), 300, 200));
        stage.show();
    }

    @Test
    void thePathAndThePageCountAreShownWhole(FxRobot robot) {
        Path pdf = Path.of(System.getProperty("java.io.tmpdir"), "class", "week-of-talks", "parley-handout.pdf");
        Alert[] done = new Alert[1];
        robot.interact(() -> done[0] = ExportDone.show(stage, "Handout saved", List.of(pdf), "44 pages"));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Set<Node> lines = robot.from(done[0].getDialogPane()).lookup(".export-done-line").queryAll();
            assertEquals(Set.of(pdf.toAbsolutePath().toString(), "44 pages"),
                    lines.stream().map(n -> ((Label) n).getText()).collect(Collectors.toSet()));
            for (Node n : lines) {
                Label l = (Label) n;
                // The text the skin drew: ends in "…" when cut.
                Text drawn = (Text) l.lookup(".text");
                assertEquals(l.getText(), drawn.getText(), "drawn whole");
                assertTrue(l.localToScene(l.getLayoutBounds()).getMaxY()
                        <= done[0].getDialogPane().localToScene(done[0].getDialogPane().getLayoutBounds()).getMaxY(),
                        "inside the note");
            }
        } finally {
            robot.interact(() -> done[0].close());
        }
    }

    /** A file name of 240 characters made the note wider than the screen and its buttons fell off it. */
    @Test
    void aVeryLongPathWrapsWholeAndTheNoteFitsAProjector(FxRobot robot) {
        Path png = Path.of(System.getProperty("java.io.tmpdir"), "g".repeat(240) + ".png");
        Alert[] done = new Alert[1];
        robot.interact(() -> done[0] = ExportDone.show(stage, "Image saved", List.of(png), "1600 × 2834 px"));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            DialogPane pane = done[0].getDialogPane();
            assertTrue(pane.getWidth() <= 1000, "the note is " + pane.getWidth() + " px wide");
            Label path = robot.from(pane).lookup(".export-done-line").queryAll().stream().map(Label.class::cast)
                    .filter(l -> l.getText().equals(png.toAbsolutePath().toString())).findFirst().orElseThrow();
            Text drawn = (Text) path.lookup(".text");
            assertEquals(path.getText(), drawn.getText(), "drawn whole, not cut with …");
            assertTrue(path.getHeight() > 2 * path.getFont().getSize(), "wrapped over lines: " + path.getHeight());
            Node close = pane.lookupButton(ButtonType.CLOSE);
            assertTrue(close.localToScene(close.getLayoutBounds()).getMaxX() <= pane.getWidth(), "Close is in the note");
        } finally {
            robot.interact(() -> done[0].close());
        }
    }

    @Test
    void enterClosesTheNoteAndTheTitleSaysWhatHappened(FxRobot robot) {
        Path pdf = Path.of(System.getProperty("java.io.tmpdir"), "parley-handout.pdf");
        Alert[] done = new Alert[1];
        robot.interact(() -> done[0] = ExportDone.show(stage, "Handout saved", List.of(pdf), "44 pages"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Handout saved", done[0].getTitle());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!done[0].isShowing(), "Enter closed the note");
    }

    /**
     * Enter after Open folder closes the note. The pressed button kept the focus, and Enter on a focused
     * button presses it: a second file manager opened over the first, and the note stayed.
     */
    @Test
    void enterAfterOpenFolderClosesTheNoteRatherThanOpeningTheFolderAgain(FxRobot robot) {
        Path pdf = Path.of(System.getProperty("java.io.tmpdir"), "parley-handout.pdf");
        LinkedBlockingQueue<Path> opened = new LinkedBlockingQueue<>();
        Alert[] done = new Alert[1];
        robot.interact(() -> done[0] = ExportDone.show(stage, "Handout saved", List.of(pdf), "44 pages",
                StandInFolderOpener.telling(opened::add)));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            robot.clickOn((Node) done[0].getDialogPane().lookupButton(ExportDone.OPEN_FOLDER));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(done[0].isShowing(), "the note stays for its path to be read again");
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(!done[0].isShowing(), "Enter closed the note");
        } finally {
            robot.interact(() -> done[0].close());
        }
    }

    /** A JSON export with 200 source texts listed 201 lines, 4,584 px tall: the note lists a few and counts the rest. */
    @Test
    void manyFilesAreCountedSoTheNoteFitsTheScreen(FxRobot robot) {
        Path json = Path.of(System.getProperty("java.io.tmpdir"), "out", "out.json");
        List<Path> files = new ArrayList<>(List.of(json));
        for (int i = 0; i < 200; i++) {
            files.add(json.resolveSibling("out-sources").resolve("s" + i + ".txt"));
        }
        Alert[] done = new Alert[1];
        robot.interact(() -> done[0] = ExportDone.show(stage, "Export finished", files, ""));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            List<String> lines = robot.from(done[0].getDialogPane()).lookup(".export-done-line").queryAll().stream()
                    .map(n -> ((Label) n).getText()).toList();
            assertEquals(ExportDone.MOST_LINES, lines.size(), lines.toString());
            int counted = files.size() - (ExportDone.MOST_LINES - 1);
            assertTrue(lines.contains("and " + counted + " more files in " + json.resolveSibling("out-sources").toAbsolutePath()),
                    lines.toString());
            assertTrue(done[0].getDialogPane().getHeight() < 600, "fits a 720-px screen: " + done[0].getDialogPane().getHeight());
        } finally {
            robot.interact(() -> done[0].close());
        }
    }
}
