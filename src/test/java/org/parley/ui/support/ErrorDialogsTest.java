package org.parley.ui.support;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.AtomicFiles;
import org.parley.export.Overwrite;
import org.parley.store.StoreException;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failure's message and the advice after it are read whole, however long. */
@ExtendWith(FxThreadRobot.class)
class ErrorDialogsTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WindowSizeFix.install();
        stage.setScene(new Scene(new Label("owner"), 800, 600));
        stage.show();
    }

    @Test
    void aLongMessageAndItsAdviceAreNotCut(FxRobot robot) {
        String reason = "/home/teacher/parley/parley.db: the database holds a dataset's sources, events or actors but "
                + "not the record of the dataset they belong to. Nothing was changed; \"parley check\" and "
                + "\"parley repair\" say more, and File → Restore a backup… brings back an earlier state.";
        String advice = "Check that the database file is a Parley database and can be written, or start with --db "
                + "and a new file. Details are in the log file in your user-data folder.";
        robot.interact(() -> ErrorDialogs.show(stage, "Parley could not open its data.",
                new StoreException(reason), advice));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        try {
            Label content = (Label) pane.lookup(".content.label");
            Text drawn = (Text) content.lookup(".text");
            assertEquals(content.getText(), drawn.getText(), "drawn whole, not ending in …");
            assertFalse(drawn.getText().endsWith("…"));
            // Under a window manager the window may come out shorter than asked (see WindowSizeFix):
            // the pane must then refuse to shrink below its text rather than cut it.
            double width = pane.getWidth();
            assertEquals(pane.prefHeight(width), pane.minHeight(width), 0.5, "the message never shrinks below its lines");
        } finally {
            robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        }
    }

    /**
     * The store's message, written lower case as the command line prints it after "parley: ", is shown as a
     * sentence: the dialog had read "another program is using the database (it is locked)" (decision 0148).
     */
    @Test
    void aLowerCaseMessageIsShownAsASentence(FxRobot robot) {
        robot.interact(() -> ErrorDialogs.show(stage, "The dataset could not be imported.",
                new CompletionException(new StoreException("another program is using the database (it is locked)")), ""));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        try {
            assertEquals("Another program is using the database (it is locked).", pane.getContentText());
        } finally {
            robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        }
    }

    /**
     * The message ends as a sentence before the advice begins: a locked database had read "… close it there or try
     * again" and then, under it, "Nothing was changed." (h302, Restore the bundled week with --db on a locked file).
     * A message that ends a sentence already is not given a second stop.
     */
    @Test
    void theMessageEndsAsASentenceBeforeTheAdvice(FxRobot robot) {
        robot.interact(() -> ErrorDialogs.show(stage, "The dataset could not be imported.",
                new CompletionException(new StoreException("another program is using the database (it is locked); "
                        + "close it there or try again")), "Nothing was changed."));
        robot.interact(() -> ErrorDialogs.show(stage, "Parley could not open its data.",
                new StoreException("/tmp/x.db is not a Parley database; it was not changed. Choose another file."),
                "Check the file."));
        WaitForAsyncUtils.waitForFxEvents();
        List<DialogPane> panes = robot.lookup("#error-dialog").queryAllAs(DialogPane.class).stream().toList();
        try {
            assertEquals(Set.of("Another program is using the database (it is locked); close it there or try again."
                            + "\n\nNothing was changed.",
                    "/tmp/x.db is not a Parley database; it was not changed. Choose another file.\n\nCheck the file."),
                    panes.stream().map(DialogPane::getContentText).collect(Collectors.toSet()));
        } finally {
            panes.forEach(p -> robot.interact(() -> ((Stage) p.getScene().getWindow()).close()));
        }
    }

    /**
     * Saving over a file the user made read-only, from the window: the message had said "even with --force", a
     * command-line option no one at the window can give. It says what the window's own choice was, and how to go on.
     */
    @Test
    void aReadOnlyFileRefusedAtTheWindowIsExplainedWithoutTheCommandLine(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path mine = Files.writeString(dir.resolve("timeline.png"), "mine");
        Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("r--r--r--"));
        // As the window asks: the file its save dialog named may be replaced.
        RuntimeException refused = assertThrows(RuntimeException.class, () -> AtomicFiles.write(mine,
                Overwrite.only(List.of(mine)), out -> out.write("new".getBytes(StandardCharsets.UTF_8))));
        assertTrue(refused.getMessage().contains("--force"), "the command line's words stay: " + refused.getMessage());
        robot.interact(() -> ErrorDialogs.show(stage, "The image could not be exported.",
                new CompletionException(refused), ""));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        try {
            String shown = pane.getContentText();
            assertFalse(shown.contains("--force"), shown);
            assertTrue(shown.contains("is read-only") && shown.contains("even when you choose to replace it")
                    && shown.contains("choose another name"), shown);
            assertEquals("mine", Files.readString(mine), "nothing was written");
        } finally {
            robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        }
    }

    /** A failure the user's data caused is logged as a line, as the command line words it; a bug keeps its stack trace. */
    @Test
    void aUserCausedFailureIsLoggedWithoutAStackTrace() {
        List<LogRecord> records = new ArrayList<>();
        Logger log = Logger.getLogger(ErrorDialogs.class.getName());
        Handler keep = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(keep);
        try {
            Platform.runLater(() -> ErrorDialogs.show(stage, "The dataset could not be imported.",
                    new CompletionException(new StoreException(
                            "another program is using the database (it is locked)")), ""));
            Platform.runLater(() -> ErrorDialogs.show(stage, "Something broke.",
                    new IllegalStateException("a bug"), ""));
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            log.removeHandler(keep);
            Platform.runLater(() -> Window.getWindows().stream()
                    .filter(w -> w != stage && w instanceof Stage).map(w -> (Stage) w).toList().forEach(Stage::close));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(2, records.size());
        assertEquals(null, records.get(0).getThrown());
        assertEquals("The dataset could not be imported. Another program is using the database (it is locked)",
                records.get(0).getMessage());
        Assertions.assertNotNull(records.get(1).getThrown(), "a bug keeps its stack trace");
    }
}
