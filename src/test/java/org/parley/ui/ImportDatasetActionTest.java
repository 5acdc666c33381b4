package org.parley.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.UserDataAtRisk;
import org.parley.model.Dataset;
import org.parley.seed.ReadProgress;
import org.parley.store.DatasetInfo;
import org.parley.store.Origin;
import org.parley.seed.BundledSeeds;
import org.parley.seed.DatasetException;
import org.parley.seed.Problem;
import org.parley.store.StoreException;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing from the GUI: a good dataset is shown, a bad one is refused with every problem listed. */
@ExtendWith(FxThreadRobot.class)
class ImportDatasetActionTest {

    private final ExplorerState state = new ExplorerState();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("owner"), 300, 200));
        stage.show();
    }

    @Test
    void aValidDatasetReplacesWhatIsShown(FxRobot robot) {
        Dataset week = BundledSeeds.dataset();
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, Path.of("week.json"),
                (p, agreed, progress) -> CompletableFuture.completedFuture(new ImportDatasetAction.Outcome(week, true))));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(week, state.dataset());
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isPresent(), "a confirmation is shown");
    }

    /** The bundled week goes without a question, as it can always come back: the answer says how. */
    @Test
    void aDatasetThatReplacedAnotherSaysHowToBringItBack(FxRobot robot) {
        Dataset week = BundledSeeds.dataset();
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, Path.of("mine.json"),
                (p, agreed, progress) -> CompletableFuture.completedFuture(new ImportDatasetAction.Outcome(week, true, true))));
        WaitForAsyncUtils.waitForFxEvents();
        String said = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(said.contains("File → Restore a backup…") && said.contains("File → Restore the bundled week"), said);
    }

    @Test
    void aBrokenDatasetListsEveryProblemAndChangesNothing(FxRobot robot) {
        Dataset before = BundledSeeds.dataset();
        robot.interact(() -> state.datasetProperty().set(before));
        DatasetException problems = new DatasetException(List.of(
                new Problem("mine.json", 12, 7, "events[3] (id \"x\")", "unknown field \"titel\""),
                new Problem("mine.json", 40, 3, "quotes[0] (id \"q\")", "text not found in source \"wapo\"")));
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, Path.of("mine.json"),
                (p, agreed, progress) -> CompletableFuture.failedFuture(problems)));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, state.dataset(), "the explorer keeps what it had");
        TextArea list = robot.lookup("#import-problems").queryAs(TextArea.class);
        assertTrue(list.getText().contains("mine.json:12:7"), list.getText());
        assertTrue(list.getText().contains("mine.json:40:3"), list.getText());
        assertEquals(2, list.getText().lines().count());
    }

    private static UserDataAtRisk risk() {
        return new UserDataAtRisk(new DatasetInfo("My week", "h", Origin.USER, Instant.parse("2026-01-01T10:00:00Z")),
                6262, 80, 2, "SECOND import");
    }

    @Test
    void replacingTheUsersDatasetAsksFirstNamingWhatGoes(FxRobot robot) {
        Dataset week = BundledSeeds.dataset();
        List<String> calls = new ArrayList<>();
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, Path.of("other.json"), (p, agreed, progress) -> {
            calls.add(agreed);
            return agreed != null ? CompletableFuture.completedFuture(new ImportDatasetAction.Outcome(week, true))
                    : CompletableFuture.failedFuture(risk());
        }));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane ask = robot.lookup("#confirm-replace").queryAs(DialogPane.class);
        assertTrue(ask.getHeaderText().contains("“My week”: 6,262 events, 80 quotes and 2 sources"), ask.getHeaderText());
        assertTrue(ask.getContentText().startsWith("“other.json” (“SECOND import”) will take its place"),
                "the incoming dataset by its title too: " + ask.getContentText());
        assertEquals(Collections.singletonList(null), calls, "nothing is replaced before the answer");

        robot.clickOn("Replace");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Arrays.asList(null, risk().current().contentHash()), calls,
                "the answer is for the dataset the question named");
        assertSame(week, state.dataset());
    }

    @Test
    void cancellingTheQuestionKeepsTheUsersDataset(FxRobot robot) {
        Dataset before = BundledSeeds.dataset();
        robot.interact(() -> state.datasetProperty().set(before));
        List<String> calls = new ArrayList<>();
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, null, (p, agreed, progress) -> {
            calls.add(agreed);
            return CompletableFuture.failedFuture(risk());
        }));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#confirm-replace").tryQuery().isPresent());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Collections.singletonList(null), calls);
        assertSame(before, state.dataset());
    }

    /** Enter on the question keeps the dataset: replacing it takes a deliberate click. */
    @Test
    void enterOnTheQuestionKeepsTheUsersDataset(FxRobot robot) {
        Dataset before = BundledSeeds.dataset();
        robot.interact(() -> state.datasetProperty().set(before));
        List<String> calls = new ArrayList<>();
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, Path.of("other.json"), (p, agreed, progress) -> {
            calls.add(agreed);
            return CompletableFuture.failedFuture(risk());
        }));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane ask = robot.lookup("#confirm-replace").queryAs(DialogPane.class);
        assertTrue(((Button) ask.lookupButton(ButtonType.CANCEL)).isDefaultButton());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#confirm-replace").tryQuery().isEmpty(), "Enter answered the question");
        assertEquals(Collections.singletonList(null), calls, "nothing was replaced");
        assertSame(before, state.dataset());
    }

    @Test
    void aMillionProblemsAreCappedAndTheWholeListIsSavedToAFileTheDialogNames(FxRobot robot) throws Exception {
        List<Problem> many = new ArrayList<>();
        for (int i = 1; i <= 5_000; i++) {
            many.add(new Problem("big.json", i, 1, "events[" + i + "]", "missing required field \"title\""));
        }
        RuntimeException refused = ImportDatasetAction.withSavedList(new DatasetException(many));
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, Path.of("big.json"),
                (p, agreed, progress) -> CompletableFuture.failedFuture(refused)));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea list = robot.lookup("#import-problems").queryAs(TextArea.class);
        assertEquals(ImportDatasetAction.SHOWN_PROBLEMS + 1, list.getText().lines().count());
        String saved = robot.lookup("#import-problems-saved").queryAs(Label.class).getText();
        assertTrue(saved.contains("The first 300 of 5,000 problems"), saved);
        Path file = Path.of(saved.substring(saved.indexOf("saved in ") + "saved in ".length(), saved.length() - 1));
        assertEquals(5_000, Files.readAllLines(file).size());
        Files.delete(file);
    }

    /** A dialog squeezed by its window (as on a loaded machine) keeps several lines of problems, not two. */
    @Test
    void theProblemListKeepsSeveralLinesWhenTheDialogIsSqueezed(FxRobot robot) {
        List<Problem> some = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            some.add(new Problem("bad.json", i, 1, "events[" + i + "]", "missing required field \"title\""));
        }
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, Path.of("bad.json"),
                (p, agreed, progress) -> CompletableFuture.failedFuture(new DatasetException(some))));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea list = robot.lookup("#import-problems").queryAs(TextArea.class);
        Stage dialog = (Stage) list.getScene().getWindow();
        robot.interact(() -> dialog.setHeight(120));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(list.getHeight() >= 150,
                "the list is " + list.getHeight() + " px tall");
        robot.interact(dialog::close);
    }

    /**
     * A large file's import shows how far it is read, and Esc stops it: the shown dataset stays, the window says
     * nothing changed, and the status bar no longer says an import is under way.
     */
    @Test
    void escapeCancelsALargeImportAndSaysNothingChanged(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) ImportProgress.SHOWN_FROM_BYTES]);
        Dataset shown = BundledSeeds.dataset();
        robot.interact(() -> state.datasetProperty().set(shown));
        ReadProgress[] watched = new ReadProgress[1];
        CompletableFuture<ImportDatasetAction.Outcome> importing = new CompletableFuture<>();
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, big, (p, agreed, progress) -> {
            watched[0] = progress;
            return importing;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        Label text = robot.lookup("#import-progress-text").queryAs(Label.class);
        assertTrue(text.getText().startsWith("Reading \u201cbig.json\u201d"), text.getText());
        assertTrue(robot.lookup("#import-progress-bar").tryQuery().isPresent(), "a bar shows how far");
        robot.interact(() -> text.getScene().getWindow().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(watched[0].cancelled(), "Esc cancels the read");
        // The reader stops at its next buffer, as ExchangeFormatReader does (ReadProgressTest).
        robot.interact(() -> importing.completeExceptionally(new CancellationException()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Import cancelled; nothing changed.", text.getText());
        assertSame(shown, state.dataset());
        assertEquals("", state.activityProperty().get());
        assertTrue(robot.lookup("#confirm-replace").tryQuery().isEmpty() && robot.lookup(".dialog-pane").tryQuery().isEmpty(),
                "no other dialog");
        robot.interact(() -> text.getScene().getWindow().hide());
    }

    /** A file's import asks before it is read, so a No does not wait out the read; Replace then reads it once. */
    @Test
    void theQuestionComesBeforeTheFileIsRead(FxRobot robot) {
        Dataset shown = BundledSeeds.dataset();
        robot.interact(() -> state.datasetProperty().set(shown));
        List<String> reads = new ArrayList<>();
        ImportDatasetAction.Importer importer = new ImportDatasetAction.Importer() {
            @Override
            public CompletableFuture<ImportDatasetAction.Outcome> run(Path p, String agreed, ReadProgress progress) {
                reads.add(agreed);
                return CompletableFuture.completedFuture(new ImportDatasetAction.Outcome(shown, true, true));
            }

            @Override
            public CompletableFuture<Optional<UserDataAtRisk>> riskOf(Path p) {
                return CompletableFuture.completedFuture(Optional.of(risk()));
            }
        };
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, Path.of("big.json"), importer));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane ask = robot.lookup("#confirm-replace").queryAs(DialogPane.class);
        assertTrue(ask.getContentText().startsWith("“big.json” (“SECOND import”) will take its place"), ask.getContentText());
        assertEquals(List.of(), reads, "nothing is read before the answer");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), reads, "a No reads nothing");
        assertEquals("", state.activityProperty().get());

        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, Path.of("big.json"), importer));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Replace");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("h"), reads, "read once, agreed for the dataset the question named");
        robot.lookup(".dialog-pane").queryAll().forEach(d -> robot.interact(() -> d.getScene().getWindow().hide()));
    }

    /**
     * File → Restore the bundled week that fails says what failed: on a database another program held locked its
     * error had read "The dataset could not be imported.", though nothing had been asked to import (h302).
     */
    @Test
    void aRestoreOfTheBundledWeekThatFailsSaysTheWeekWasNotRestored(FxRobot robot) {
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, null, (p, agreed, progress) ->
                CompletableFuture.failedFuture(new StoreException("another program is using the database (it is "
                        + "locked); close it there or try again"))));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane error = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        try {
            assertEquals("The bundled week could not be restored.", error.getHeaderText());
        } finally {
            robot.interact(() -> error.getScene().getWindow().hide());
        }
    }

    /** Restore the bundled week asked for no import: its note had said "Imported “The week of …”". */
    @Test
    void aRestoredBundledWeekIsSaidRestoredNotImported(FxRobot robot) {
        Dataset week = BundledSeeds.dataset();
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, null,
                (p, agreed, progress) -> CompletableFuture.completedFuture(new ImportDatasetAction.Outcome(week, true))));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane said = robot.lookup(".dialog-pane").match(p -> p.getScene() != stage.getScene())
                .queryAs(DialogPane.class);
        try {
            assertEquals("Restored the bundled week “" + week.title() + "”", said.getHeaderText());
            assertEquals("Restore the bundled week", ((Stage) said.getScene().getWindow()).getTitle());
        } finally {
            robot.interact(() -> said.getScene().getWindow().hide());
        }
    }
}
