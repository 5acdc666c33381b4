package org.parley.ui;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.Workspace;
import org.parley.seed.LoadedDataset;
import org.parley.seed.ReadProgress;
import org.parley.seed.SeedBundle;
import org.parley.store.ImportResult;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File → Restore the bundled week over the week the user edited: it asks first, naming the edits and
 * where the backup goes; Cancel changes nothing, Replace puts the week back and says where the backup is.
 */
@ExtendWith(FxThreadRobot.class)
class RestoreWeekOverEditsTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));

    @TempDir
    Path tmp;

    private final ExplorerState state = new ExplorerState();
    private Stage stage;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("owner"), 300, 200));
        stage.show();
    }

    @BeforeEach
    void editedWeek() throws Exception {
        Path db = tmp.resolve("w.db");
        try (Workspace w = Workspace.open(db)) {
            w.ensureSeeded(SeedBundle.fromFolder(SEEDS));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("UPDATE events SET title = 'My own title' WHERE id = 'bg-soviet-collapse'");
        }
        workspace = Workspace.open(db);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void cancelKeepsTheEdits(FxRobot robot) {
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, null, this::restore));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane ask = robot.lookup("#confirm-replace").queryAs(DialogPane.class);
        assertTrue(ask.getHeaderText().contains("your edits to 1 record"), ask.getHeaderText());
        assertTrue(ask.getContentText().contains(tmp.resolve("backups").toString()), ask.getContentText());
        assertFalse(ask.getContentText().contains("edits to 1 record"), "said once, in the heading: " + ask.getContentText());

        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("My own title", title());
        assertFalse(Files.exists(tmp.resolve("backups")), "nothing was backed up, nothing replaced");
    }

    @Test
    void replacePutsTheWeekBackAndNamesTheBackup(FxRobot robot) throws Exception {
        robot.interact(() -> ImportDatasetAction.importFrom(stage, state, null, this::restore));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Replace");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Collapse of the Soviet Union", title());
        String backup;
        try (var kept = Files.list(tmp.resolve("backups"))) {
            backup = kept.findFirst().orElseThrow().getFileName().toString();
        }
        String said = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertTrue(said.contains(backup) && said.contains("File → Restore a backup…"), said);
    }

    /** What ParleyApp's restore does on the database thread, here on the caller's. */
    private CompletableFuture<ImportDatasetAction.Outcome> restore(Path path, String agreed, ReadProgress progress) {
        try {
            SeedBundle bundle = SeedBundle.fromFolder(SEEDS);
            LoadedDataset loaded = bundle.load();
            ImportResult result = workspace.replaceWithSeeds(bundle.fingerprint(), loaded, agreed);
            return CompletableFuture.completedFuture(new ImportDatasetAction.Outcome(workspace.store().loadDataset(),
                    result.changed(), result.outcome() == ImportResult.Outcome.REPLACED, result.backup().orElse(null)));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private String title() {
        return workspace.store().loadDataset().events().stream().filter(e -> e.id().equals("bg-soviet-collapse"))
                .findFirst().orElseThrow().title();
    }
}
