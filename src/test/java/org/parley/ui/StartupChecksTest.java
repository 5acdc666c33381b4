package org.parley.ui;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.Workspace;
import org.parley.model.Dataset;
import org.parley.seed.DatasetException;
import org.parley.seed.EditedWeek;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.SeedBundle;
import org.parley.store.Backup;
import org.parley.store.Origin;
import org.parley.store.ParleyStore;
import org.parley.store.SearchHit;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the window does with a database once the data is on screen: it notices another program's
 * change and reloads when asked, and it offers to repair a damaged database, changing nothing when
 * declined. A real database on the real database thread; the outside program is a second connection.
 */
@ExtendWith(FxThreadRobot.class)
class StartupChecksTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));
    private static final Duration QUICKLY = Duration.millis(100);

    @TempDir
    Path dir;

    private final ExplorerState state = new ExplorerState();
    private final BackgroundThread db = new BackgroundThread("test-db");
    private Stage stage;
    private Workspace workspace;
    private StartupChecks checks;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("the explorer"), 320, 200));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void closeEverything(FxRobot robot) throws Exception {
        if (checks != null) {
            robot.interact(checks::stop);
        }
        closeWorkspace();
        robot.interact(() -> robot.listTargetWindows().stream().filter(w -> w != stage)
                .filter(Stage.class::isInstance).map(Stage.class::cast).toList().forEach(Stage::close));
        db.close();
    }

    @Test
    void anOutsideChangeIsOfferedAndShownOnReload(FxRobot robot) throws Exception {
        Path file = seeded();
        startChecks(robot, file);
        String firstEvent = state.dataset().events().get(0).title();

        outside(file, "UPDATE events SET title = 'Changed by another program' WHERE id = '"
                + state.dataset().events().get(0).id() + "'");

        waitFor(robot, "#outside-change");
        assertEquals(firstEvent, state.dataset().events().get(0).title(), "nothing is reloaded before the user says so");
        click(robot, "Reload");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Changed by another program".equals(state.dataset().events().get(0).title()));
        assertFalse(robot.lookup("#outside-change").tryQuery().isPresent(), "the question is gone");
    }

    /**
     * Found by h305: "parley import --replace" in a terminal, Parley's own command on the same database, was
     * announced as "The database was changed by another program." The window cannot tell who changed it.
     */
    @Test
    void parleysOwnImportFromATerminalIsSaidAsAChangeOutsideThisWindow(FxRobot robot) throws Exception {
        Path file = seeded();
        startChecks(robot, file);
        String id = state.dataset().events().get(0).id();

        try (ParleyStore terminal = ParleyStore.open(file)) {
            terminal.importDataset(EditedWeek.retitled(id, "Imported in a terminal"), "edited", Origin.USER);
        }

        waitFor(robot, "#outside-change");
        DialogPane asked = robot.lookup("#outside-change").queryAs(DialogPane.class);
        assertEquals("The database was changed outside this window.", asked.getHeaderText());
        assertFalse((asked.getHeaderText() + asked.getContentText()).contains("another program"), asked.getContentText());
        click(robot, "Reload");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Imported in a terminal".equals(state.dataset().events().get(0).title()));
    }

    /** The index another program's change left behind found the old title only; after Reload search finds the new one. */
    @Test
    void aReloadBringsTheSearchIndexUpToDate(FxRobot robot) throws Exception {
        Path file = seeded();
        startChecks(robot, file);
        String id = state.dataset().events().get(0).id();

        outside(file, "UPDATE events SET title = 'Zebrafish summit' WHERE id = '" + id + "'");
        waitFor(robot, "#outside-change");
        click(robot, "Reload");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Zebrafish summit".equals(state.dataset().events().get(0).title()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.activityProperty().get().isEmpty());

        List<String> found = db.submit(() -> workspace.store().search("zebrafish", 10)).get(10, TimeUnit.SECONDS)
                .stream().map(SearchHit::eventId).toList();
        assertEquals(List.of(id), found, "the new title is searched");
        assertTrue(db.submit(() -> workspace.store().searchIndexInStep()).get(10, TimeUnit.SECONDS));
    }

    /** The file deleted under the window: said once, plainly; an import afterwards is refused, not lost. */
    @Test
    void aDeletedDatabaseFileIsSaidOnceAndNotWrittenTo(FxRobot robot) throws Exception {
        Path file = seeded();
        startChecks(robot, file);
        Files.delete(file);
        waitFor(robot, "#database-file-gone");
        DialogPane pane = robot.lookup("#database-file-gone").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains("was deleted") && pane.getContentText().contains("write nothing more"),
                pane.getContentText());
        assertTrue(pane.getContentText().contains("only copy of your dataset")
                && pane.getContentText().contains("Export data"), "keeping it comes first: " + pane.getContentText());
        click(robot, "OK");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertFalse(robot.lookup("#database-file-gone").tryQuery().isPresent(), "said once");
        Exception refused = Assertions.assertThrows(Exception.class, () -> db.submit(() ->
                workspace.store().importDataset(state.dataset(), "again", Origin.USER)).get());
        assertTrue(refused.getMessage().contains("nothing was written") && refused.getMessage().contains("Export data"),
                refused.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void cancellingKeepsTheWindowAsItIsAndALaterChangeAsksAgain(FxRobot robot) throws Exception {
        Path file = seeded();
        startChecks(robot, file);
        Dataset shown = state.dataset();

        outside(file, "UPDATE dataset SET title = 'Retitled elsewhere'");
        waitFor(robot, "#outside-change");
        click(robot, "Cancel");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertTrue(robot.lookup("#outside-change").tryQuery().isEmpty(), "asked once per change");
        assertEquals(shown, state.dataset());

        outside(file, "UPDATE dataset SET title = 'Retitled once more'");
        waitFor(robot, "#outside-change");
        click(robot, "Reload");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Retitled once more".equals(state.dataset().title()));
    }

    @Test
    void aDamagedDatabaseIsOfferedARepairAndDecliningChangesNoByte(FxRobot robot) throws Exception {
        Path file = withSoundBackupThenDamagedPages();
        List<Path> filesBefore = filesIn(dir);
        byte[] before = Files.readAllBytes(file);

        startChecks(robot, file);
        waitFor(robot, "#repair-offer");
        assertTrue(robot.lookup(".header-panel .label").queryAs(Label.class).getText().contains("database is damaged"));
        assertTrue(robot.lookup("#repair-what").queryAs(Label.class).getText().contains("sound backup"));
        assertFalse(robot.lookup("#repair-problems").queryAs(TextArea.class).getText().isBlank());
        click(robot, "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#repair-offer").tryQuery().isEmpty());
        robot.interact(checks::stop);
        closeWorkspace();

        assertArrayEquals(before, Files.readAllBytes(file), "declining changed the database");
        assertEquals(filesBefore, filesIn(dir), "declining made or removed files (a backup?)");
    }

    /** The user's own data damaged, and no backup: no Repair that could only fail, but how to save what is on screen. */
    @Test
    void withoutABackupNoRepairIsPromisedAndTheWayToSaveTheDataIsSaid(FxRobot robot) throws Exception {
        Path file = withSoundBackupThenDamagedPages();
        try (Stream<Path> backups = Files.walk(dir.resolve("backups"))) {
            for (Path p : backups.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        byte[] before = Files.readAllBytes(file);
        startChecks(robot, file);
        waitFor(robot, "#repair-offer");
        String what = robot.lookup("#repair-what").queryAs(Label.class).getText();
        assertTrue(what.contains("no sound backup") && what.contains("Export data"), what);
        assertTrue(robot.lookup("Repair").tryQuery().isEmpty(), "no Repair button");
        click(robot, "OK");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(checks::stop);
        closeWorkspace();
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void acceptingRestoresTheSoundBackupAndShowsIt(FxRobot robot) throws Exception {
        Path file = withSoundBackupThenDamagedPages();
        startChecks(robot, file);
        assertEquals("My own week", state.dataset().title());
        waitFor(robot, "#repair-offer");

        click(robot, "Repair");

        waitFor(robot, "#repaired");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onDb(() -> workspace.check().ok()));
        assertEquals("My own week", state.dataset().title(), "its own backup, not the week it had replaced");
        List<Backup> backups = onDb(() -> workspace.store().backups().list());
        assertTrue(backups.stream().anyMatch(Backup::damaged), "the damaged state was kept: " + backups);
        backups.forEach(b -> assertEquals(b.damaged(), BackupsDialog.describe(b).contains("a copy of a damaged database"),
                "File → Restore a backup… tells the damaged copy apart: " + BackupsDialog.describe(b)));
    }

    @Test
    void dataChangedBehindParleysBackIsFoundAtStartAndRepaired(FxRobot robot) throws Exception {
        Path file = withSoundBackupThenDamagedPages();
        // Undo the page damage, then change a title the way another program could: only the content hash tells.
        outside(file, "PRAGMA writable_schema = ON",
                "UPDATE sqlite_master SET sql = replace(sql, 'events (end_millis)', 'events (start_millis)') "
                        + "WHERE name = 'events_start'");
        // Unsoundly: a quote whose words are not in its article (a sound change is the user's to keep).
        outside(file, "UPDATE events SET title = 'tampered' WHERE rowid = (SELECT min(rowid) FROM events)",
                "UPDATE quotes SET text = 'tampered' WHERE rowid = (SELECT min(rowid) FROM quotes)");
        startChecks(robot, file);
        waitFor(robot, "#repair-offer");
        assertTrue(robot.lookup("#repair-problems").queryAs(TextArea.class).getText().contains("no longer sound"));

        click(robot, "Repair");

        waitFor(robot, "#repaired");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onDb(() -> workspace.check().ok()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !state.dataset().events().get(0).title().equals("tampered"));
        assertEquals("My own week", state.dataset().title());
    }

    /**
     * A title fixed in the sqlite3 shell while Parley was closed was called damage, with a Repair (the
     * default button) that put the imported title back. It is now offered as the user's change: kept
     * on request, its words searched, the database as it was backed up first, and sound at the next check.
     */
    @Test
    void aSoundChangeMadeWhileClosedIsOfferedToKeepNotToRepair(FxRobot robot) throws Exception {
        Path file = seeded();
        String id;
        try (Workspace w = Workspace.open(file)) {
            id = w.store().loadDataset().events().get(0).id();
        }
        outside(file, "UPDATE events SET title = 'Zebrafish summit' WHERE id = '" + id + "'");
        startChecks(robot, file);
        waitFor(robot, "#changes-offer");
        assertFalse(robot.lookup("#repair-offer").tryQuery().isPresent(), "not offered as damage");
        assertTrue(robot.lookup("#changes-what").queryAs(Label.class).getText().contains("Keep these changes:"));
        assertFalse(robot.lookup("#changes-newer-seeds").tryQuery().isPresent(), "no newer seeds were held back");

        click(robot, "Keep these changes");

        waitFor(robot, "#changes-kept");
        assertTrue(onDb(() -> workspace.check().ok()), "sound at the next check");
        assertEquals("Zebrafish summit", onDb(() -> workspace.store().loadDataset().events().get(0).title()));
        assertEquals(List.of(id), onDb(() -> workspace.store().search("zebrafish", 10).stream()
                .map(SearchHit::eventId).toList()), "the new title is searched");
        assertEquals(1, onDb(() -> workspace.store().backups().list().size()), "the database as it was is kept");
    }

    /**
     * The first start of a Parley with a newer bundled week, over a week edited in the sqlite3 shell:
     * the edit is kept, and the offer to keep it says the newer week was held back and how to get it.
     * Keeping the changes then keeps them from every later bundled week too.
     */
    @Test
    void newerSeedsHeldBackFromAChangedWeekAreSaidWithTheOffer(FxRobot robot) throws Exception {
        Path older = dir.resolve("older");
        Files.createDirectories(older);
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, older.resolve(f.getFileName()));
            }
        }
        Path json = older.resolve("week.json");
        Files.writeString(json, Files.readString(json).replaceFirst("\"title\": \"The week of", "\"title\": \"Before: the week of"));
        Path file = dir.resolve("p.db");
        try (Workspace w = Workspace.open(file)) {
            w.ensureSeeded(SeedBundle.fromFolder(older));
        }
        outside(file, "UPDATE events SET title = 'Zebrafish summit' WHERE id = 'bg-soviet-collapse'");
        startChecks(robot, file, SeedBundle.fromFolder(SEEDS));
        waitFor(robot, "#changes-offer");
        assertTrue(robot.lookup("#changes-newer-seeds").queryAs(Label.class).getText()
                .contains("File \u2192 Restore the bundled week"));
        assertTrue(onDb(() -> workspace.store().loadDataset().title()).startsWith("Before:"), "the older week stays");

        click(robot, "Keep these changes");

        waitFor(robot, "#changes-kept");
        assertEquals(Workspace.SeedOutcome.USER_DATA_KEPT, seedOnDb(SeedBundle.fromFolder(SEEDS)));
        assertTrue(onDb(() -> workspace.store().loadDataset().events().stream()
                .anyMatch(e -> e.title().equals("Zebrafish summit"))), "the kept edit stays");
    }

    @Test
    void aDamagedSearchIndexIsRebuiltWhenAccepted(FxRobot robot) throws Exception {
        Path file = seeded();
        outside(file, "DELETE FROM search_index_data WHERE id > 10");
        startChecks(robot, file);
        waitFor(robot, "#repair-offer");
        assertTrue(robot.lookup(".header-panel .label").queryAs(Label.class).getText().contains("search index"));
        assertFalse(onDb(() -> workspace.store().check().ok()));

        click(robot, "Repair");

        waitFor(robot, "#repaired");
        assertTrue(onDb(() -> workspace.store().check().ok()));
        assertFalse(onDb(() -> workspace.store().search("Grushko", 5).isEmpty()), "search finds passages again");
    }

    /** A database holding the bundled week, closed again. */
    private Path seeded() throws Exception {
        Path file = dir.resolve("p.db");
        try (Workspace w = Workspace.open(file)) {
            w.ensureSeeded(SeedBundle.fromFolder(SEEDS));
        }
        return file;
    }

    /**
     * The user's own week over the bundled one (which is backed up, soundly), then damaged: an index
     * that disagrees with its table, as SQLite's own check sees damaged pages.
     */
    private Path withSoundBackupThenDamagedPages() throws Exception {
        Path file = seeded();
        Path mine = dir.resolve("mine");
        Files.createDirectories(mine);
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.toList()) {
                Files.copy(f, mine.resolve(f.getFileName()));
            }
        }
        Path json = mine.resolve("week.json");
        Files.writeString(json, Files.readString(json).replaceFirst("\"title\": \"The week of[^\"]*\"", "\"title\": \"My own week\""));
        try (Workspace w = Workspace.open(file)) {
            w.replaceDataset(new ExchangeFormatReader().load(mine), Origin.USER, false);
            // A copy of "My own week" itself: a repair restores only a backup of the same dataset.
            w.store().backup(false);
        }
        outside(file, "PRAGMA writable_schema = ON",
                "UPDATE sqlite_master SET sql = replace(sql, 'events (start_millis)', 'events (end_millis)') "
                        + "WHERE name = 'events_start'");
        return file;
    }

    private void startChecks(FxRobot robot, Path file) throws Exception {
        startChecks(robot, file, null);
    }

    /** As the app starts: the database opened, then {@code bundle} (if any) seeded as the app does. */
    private void startChecks(FxRobot robot, Path file, SeedBundle bundle) throws Exception {
        workspace = onDb(() -> Workspace.open(file));
        Workspace.SeedOutcome seeded = bundle == null ? Workspace.SeedOutcome.UP_TO_DATE
                : seedOnDb(bundle);
        Dataset loaded = onDb(() -> workspace.store().loadDataset());
        robot.interact(() -> {
            state.datasetProperty().set(loaded);
            checks = new StartupChecks(stage, state, db, () -> workspace, QUICKLY);
            checks.start(seeded);
        });
        // The watch takes the version it starts from on the database thread.
        onDb(() -> workspace.store().dataVersion());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Workspace.SeedOutcome seedOnDb(SeedBundle bundle) throws Exception {
        return onDb(() -> {
            try {
                return workspace.ensureSeeded(bundle);
            } catch (DatasetException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private <T> T onDb(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        db.submit(work).whenComplete((v, e) -> {
            if (e != null) {
                result.completeExceptionally(e);
            } else {
                result.complete(v);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private void closeWorkspace() throws Exception {
        if (workspace != null) {
            Workspace w = workspace;
            workspace = null;
            onDb(() -> {
                w.close();
                return true;
            });
        }
    }

    /** Clicks the button once its dialog is on screen (a dialog is in the scene graph a moment before). */
    private static void click(FxRobot robot, String button) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(button).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(button);
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    /** Another program writing to the database through a connection of its own. */
    private static void outside(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> !p.toString().contains("-wal") && !p.toString().contains("-shm")).sorted().toList();
        }
    }
}
