package org.parley.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;
import org.parley.store.Backup;
import org.parley.store.DatasetInfo;
import org.parley.store.Origin;
import org.parley.store.StoreException;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File → Restore a backup…: choose one, confirm, and the window shows what it held. */
@ExtendWith(FxThreadRobot.class)
class BackupsDialogTest {

    private final ExplorerState state = new ExplorerState();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("owner"), 300, 200));
        stage.show();
    }

    private static Backup backup(String name, String title, long events) {
        return new Backup(Path.of("/data/backups", name), Instant.parse("2026-01-01T10:00:00Z"), 1000,
                Optional.of(new DatasetInfo(title, "h-" + name, Origin.USER, Instant.parse("2026-01-01T09:00:00Z"))), events);
    }

    /** A file named like a backup that cannot be read is listed, but neither chosen first nor offered for restoring. */
    @Test
    void anUnreadableBackupIsListedButCannotBeRestored(FxRobot robot) {
        Backup unreadable = new Backup(Path.of("/data/backups", "p-20260103.db"), Instant.parse("2026-01-03T10:00:00Z"), 8,
                Optional.empty(), 0);
        Backup sound = backup("p-20260102.db", "My week", 62);
        BackupsDialog.Backups fake = new BackupsDialog.Backups() {
            @Override
            public CompletableFuture<List<Backup>> list() {
                return CompletableFuture.completedFuture(List.of(unreadable, sound));
            }

            @Override
            public CompletableFuture<BackupsDialog.Restored> restore(Backup b) {
                throw new AssertionError("nothing is restored here");
            }
        };
        robot.interact(() -> BackupsDialog.show(stage, state, fake));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Backup> view = robot.lookup("#backup-list").queryAs(ListView.class);
        assertSame(sound, view.getSelectionModel().getSelectedItem(), "the newest that can be restored is chosen");
        Button restore = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Restore…".equals(b.getText())).findFirst().orElseThrow();
        assertTrue(!restore.isDisabled());
        robot.clickOn(robot.from(view).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() == unreadable).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(unreadable, view.getSelectionModel().getSelectedItem());
        assertTrue(restore.isDisabled(), "an unreadable file cannot be asked for");
        robot.clickOn("Cancel");
    }

    @Test
    void theChosenBackupIsRestoredAfterTheQuestion(FxRobot robot) {
        Dataset restored = BundledSeeds.dataset();
        List<Backup> asked = new ArrayList<>();
        List<Backup> list = List.of(backup("p-20260102.db", "The week of US\u2013NATO\u2013Russia talks, January 2022, as I keep it", 62),
                backup("p-20260101.db", "Older", 6262));
        BackupsDialog.Backups fake = recording(list, asked, restored);
        robot.interact(() -> BackupsDialog.show(stage, state, fake));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Backup> view = robot.lookup("#backup-list").queryAs(ListView.class);
        assertEquals(2, view.getItems().size());
        // As the app's theme (AtlantaFX) does: one fixed height for every list cell.
        robot.interact(() -> {
            view.getStylesheets().add("data:text/css,.list-cell%7B-fx-cell-size:2.8em;%7D");
            view.applyCss();
            view.getItems().setAll(List.copyOf(view.getItems()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        // What each backup holds leads, wrapped in the list's width: no scrolling sideways to find it.
        for (Node n : robot.from(view).lookup(".list-cell").queryAll()) {
            ListCell<?> cell = (ListCell<?>) n;
            if (cell.getItem() != null) {
                assertTrue(cell.getText().startsWith("“") || cell.getText().startsWith("cannot be read"), cell.getText());
                assertTrue(cell.isWrapText() && cell.getWidth() <= view.getWidth(), cell.getWidth() + " in " + view.getWidth());
                Node drawn = cell.lookup(".text");
                assertEquals(cell.getText(), ((Text) drawn).getText(), "drawn whole, not cut to \u2026");
            }
        }
        robot.interact(() -> view.getSelectionModel().select(1));
        robot.clickOn("Restore…");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#confirm-restore").tryQuery().isPresent(), "a question comes first");
        assertTrue(asked.isEmpty());
        assertNull(state.dataset());

        robot.clickOn("Restore");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(list.get(1)), asked);
        assertSame(restored, state.dataset());
    }

    /**
     * At 1366×768 the window opened nearly as tall as the screen for two backups, their list mostly empty below
     * them: it fits what it lists.
     */
    @Test
    void theWindowFitsItsBackups(FxRobot robot) {
        List<Backup> list = List.of(backup("p-20260102.db", "My week", 62), backup("p-20260101.db", "Older", 6262));
        robot.interact(() -> BackupsDialog.show(stage, state, listing(list, b -> new CompletableFuture<>())));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Backup> view = robot.lookup("#backup-list").queryAs(ListView.class);
        double windowHeight = view.getScene().getWindow().getHeight();
        double cells = robot.from(view).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).mapToDouble(ListCell::getHeight).sum();
        assertTrue(cells > 0, "the backups are listed");
        assertTrue(view.getHeight() <= cells + 40, "the list is " + view.getHeight() + " px for " + cells + " px of backups");
        assertTrue(windowHeight < 400, "the window is " + windowHeight + " px tall");
        robot.clickOn("Cancel");
    }

    /** The data reloaded while the question was open: answering it restored over a dataset it did not name. */
    @Test
    void aQuestionLeftOpenWhileTheDataChangedIsAskedAgainAboutWhatIsThereNow(FxRobot robot) {
        Dataset week = BundledSeeds.dataset();
        List<Backup> asked = new ArrayList<>();
        List<Backup> list = List.of(backup("p-20260102.db", "Older", 6));
        BackupsDialog.Backups fake = recording(list, asked, week);
        robot.interact(() -> state.datasetProperty().set(week));
        robot.interact(() -> BackupsDialog.show(stage, state, fake));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Restore…");
        WaitForAsyncUtils.waitForFxEvents();
        Dataset reloaded = new Dataset("CLI-made dataset", "", week.sources(), week.actors(), week.places(),
                week.events().subList(0, 3), List.of(), List.of(), List.of());
        robot.interact(() -> state.datasetProperty().set(reloaded));

        robot.clickOn("Restore");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(asked.isEmpty(), "nothing restored on the stale answer");
        DialogPane again = robot.lookup("#confirm-restore").queryAs(DialogPane.class);
        assertTrue(again.getContentText().startsWith("“CLI-made dataset” (3 events"), again.getContentText());
        robot.clickOn("Restore");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(list, asked);
    }

    /**
     * Found by a tester, 2026-12-05: a restore of a 100,000-event database ran for seconds with nothing in
     * the status bar, Ctrl+Q meanwhile quit without a question, and once done only the window's title
     * had changed. The status bar now says it is under way (so quitting asks), and a note says what
     * was restored and where what the database held before is kept.
     */
    @Test
    void aRestoreSaysItIsUnderWayAndThenWhatItDid(FxRobot robot) {
        Dataset week = BundledSeeds.dataset();
        Backup chosen = backup("p-20260102.db", "Older", 64);
        CompletableFuture<BackupsDialog.Restored> pending = new CompletableFuture<>();
        BackupsDialog.Backups slow = listing(List.of(chosen), b -> pending);
        restoreTheChosen(robot, slow);

        assertEquals("Restoring the backup p-20260102.db\u2026", state.activityProperty().get());
        assertTrue(robot.lookup("#restored").tryQuery().isEmpty(), "nothing said done before it is");

        robot.interact(() -> pending.complete(new BackupsDialog.Restored(week, "p-20260105.db")));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("", state.activityProperty().get());
        assertSame(week, state.dataset());
        DialogPane done = robot.lookup("#restored").queryAs(DialogPane.class);
        assertTrue(done.getHeaderText().contains("“" + week.title() + "”") && done.getHeaderText().contains("p-20260102.db"),
                done.getHeaderText());
        assertTrue(done.getContentText().startsWith(week.events().size() + " events"), done.getContentText());
        assertTrue(done.getContentText().contains("kept as p-20260105.db"), done.getContentText());
        robot.clickOn("OK");
    }

    /** A database too damaged to open, replaced by a backup: its copy is named, not promised back (it cannot be restored). */
    @Test
    void theDamagedFileAReplacedIsNamedWithoutPromisingItBack(FxRobot robot) {
        Backup chosen = backup("p-20260102.db", "Older", 64);
        BackupsDialog.Backups damaged = listing(List.of(chosen), b -> CompletableFuture.completedFuture(
                new BackupsDialog.Restored(BundledSeeds.dataset(), "p-20260105-damaged.db", true)));
        restoreTheChosen(robot, damaged);

        DialogPane done = robot.lookup("#restored").queryAs(DialogPane.class);
        assertTrue(done.getContentText().contains("damaged file it replaced is kept beside the backups as "
                + "p-20260105-damaged.db"), done.getContentText());
        assertTrue(!done.getContentText().contains("brings it back"), done.getContentText());
        robot.clickOn("OK");
    }

    /** An import that ends while a restore chosen meanwhile still runs leaves the restore in the status bar. */
    @Test
    void aRestoreStillUnderWayStaysInTheStatusBarWhenAnImportBeforeItEnds(FxRobot robot) {
        Backup chosen = backup("p-20260102.db", "Older", 64);
        CompletableFuture<BackupsDialog.Restored> pending = new CompletableFuture<>();
        BackupsDialog.Backups slow = listing(List.of(chosen), b -> pending);
        Runnable[] importing = new Runnable[1];
        robot.interact(() -> importing[0] = state.beginActivity("Importing dataset.json\u2026"));
        restoreTheChosen(robot, slow);

        robot.interact(importing[0]);

        assertEquals("Restoring the backup p-20260102.db\u2026", state.activityProperty().get());
        robot.interact(() -> pending.complete(new BackupsDialog.Restored(BundledSeeds.dataset(), null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", state.activityProperty().get());
        robot.clickOn("OK");
    }

    /** A restore that fails clears the status bar's note too and says nothing was restored. */
    @Test
    void aFailedRestoreLeavesNoNoteUnderWay(FxRobot robot) {
        Backup chosen = backup("p-20260102.db", "Older", 64);
        BackupsDialog.Backups failing = listing(List.of(chosen), b -> CompletableFuture.failedFuture(
                new StoreException("p.db: Parley was quit before the backup p-20260102.db was "
                        + "restored; the database was left as it was")));
        restoreTheChosen(robot, failing);

        assertEquals("", state.activityProperty().get());
        assertTrue(robot.lookup("#restored").tryQuery().isEmpty());
        assertNull(state.dataset());
        robot.clickOn("OK");
    }

    /**
     * Found by a tester, 2026-12-05: another program imported into the database, the user chose not to reload,
     * and the restore's question named the dataset the window still showed as the one to be replaced, not the
     * one in the database that the restore (and its backup) would take.
     */
    @Test
    void theQuestionNamesWhatTheDatabaseHoldsNotWhatTheWindowStillShows(FxRobot robot) {
        Dataset week = BundledSeeds.dataset();
        List<Backup> asked = new ArrayList<>();
        BackupsDialog.Backups changedMeanwhile = new BackupsDialog.Backups() {
            @Override
            public CompletableFuture<List<Backup>> list() {
                return CompletableFuture.completedFuture(List.of(backup("p-20260102.db", "Older", 6)));
            }

            @Override
            public CompletableFuture<BackupsDialog.Restored> restore(Backup b) {
                asked.add(b);
                return CompletableFuture.completedFuture(new BackupsDialog.Restored(week, "p-20260103.db"));
            }

            @Override
            public CompletableFuture<String> holds() {
                return CompletableFuture.completedFuture(BackupsDialog.named("Imported in a terminal", 2000, 200));
            }
        };
        robot.interact(() -> state.datasetProperty().set(week));
        robot.interact(() -> BackupsDialog.show(stage, state, changedMeanwhile));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Restore…");
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane question = robot.lookup("#confirm-restore").queryAs(DialogPane.class);
        assertTrue(question.getContentText().startsWith("“Imported in a terminal” (2,000 events, 200 quotes) will be replaced"),
                question.getContentText());
        assertTrue(question.getContentText().contains("The window still shows “" + week.title() + "”"),
                question.getContentText());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(asked.isEmpty());
    }

    @Test
    void withoutBackupsItSaysSo(FxRobot robot) {
        BackupsDialog.Backups none = new BackupsDialog.Backups() {
            @Override
            public CompletableFuture<List<Backup>> list() {
                return CompletableFuture.completedFuture(List.of());
            }

            @Override
            public CompletableFuture<BackupsDialog.Restored> restore(Backup b) {
                throw new AssertionError("nothing to restore");
            }
        };
        robot.interact(() -> BackupsDialog.show(stage, state, none));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#no-backups").tryQuery().isPresent());
    }

    /** Backups that lists {@code list} and answers a restore with {@code restore}. */
    private static BackupsDialog.Backups listing(List<Backup> list,
                                                 Function<Backup, CompletableFuture<BackupsDialog.Restored>> restore) {
        return new BackupsDialog.Backups() {
            @Override
            public CompletableFuture<List<Backup>> list() {
                return CompletableFuture.completedFuture(list);
            }

            @Override
            public CompletableFuture<BackupsDialog.Restored> restore(Backup b) {
                return restore.apply(b);
            }
        };
    }

    /** Opens the dialog on {@code backups}, and restores the backup it chooses, answering its question yes. */
    private void restoreTheChosen(FxRobot robot, BackupsDialog.Backups backups) {
        robot.interact(() -> BackupsDialog.show(stage, state, backups));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Restore…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Restore");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Backups that lists {@code list} and, asked to restore one, notes it in {@code asked} and gives {@code restored}. */
    private static BackupsDialog.Backups recording(List<Backup> list, List<Backup> asked, Dataset restored) {
        return listing(list, b -> {
            asked.add(b);
            return CompletableFuture.completedFuture(new BackupsDialog.Restored(restored, "p-20260103.db"));
        });
    }
}
