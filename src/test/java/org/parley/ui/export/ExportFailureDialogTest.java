package org.parley.ui.export;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.DataFormat;
import org.parley.model.EventFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An export that fails shows the export layer's message as a sentence: the message is written lower case
 * at its source, as the command line prints it after "parley: ", and the window gives it its capital (decision 0148).
 */
@ExtendWith(FxThreadRobot.class)
class ExportFailureDialogTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("owner"), 300, 200));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void aFolderThatDoesNotExistIsSaidAsASentence(FxRobot robot) throws Exception {
        Path missing = dir.resolve("no").resolve("such").resolve("week.json");
        ExportDataDialog.Target target = ExportDataDialog.Target.of(new ExportDataDialog.Choice(DataFormat.JSON, false),
                missing);
        robot.interact(() -> ExportDataDialog.run(stage, new ExplorerState(), BundledSeeds.dataset(), EventFilter.NONE, target));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#error-dialog").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        String said = pane.getContentText();
        try {
            assertTrue(Character.isUpperCase(said.charAt(0)), said);
            assertTrue(said.contains(dir.resolve("no").toString()) && said.contains("does not exist"), said);
        } finally {
            robot.clickOn("OK");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertFalse(Files.exists(dir.resolve("no")), "nothing was written");
    }
}
