package org.parley.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.app.UserDataAtRisk;
import org.parley.store.DatasetInfo;
import org.parley.store.Origin;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WindowSizeFix;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Replace your dataset?" is read whole before anything is replaced: its message three lines long, where it says
 * where the backup is kept and how to bring it back, had been cut after two ("… File → Restore a backup… brings
 * i…"), or drawn whole with the Cancel and Replace buttons below the window's edge (h301, under openbox).
 */
@ExtendWith(FxThreadRobot.class)
class ReplaceQuestionWholeTest {

    private Stage stage;

    @AfterAll
    static void toolkitDefaults() {
        WindowSizeFix.uninstall();
        Application.setUserAgentStylesheet(null);
    }

    @Start
    void start(Stage stage) {
        // The app's own theme, which holds a dialog to 600 px: in the toolkit's default one the words had fit.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        WindowSizeFix.install();
        stage.setScene(new Scene(new Label("owner"), 1000, 700));
        stage.show();
    }

    /** Folders of every length over a few words: a message cut or not depends on where its last line breaks. */
    @ParameterizedTest(name = "backups in a folder named with {0} letters")
    @ValueSource(ints = {1, 7, 13, 19, 25, 31})
    void theQuestionItsAdviceAndItsButtonsAreAllInTheWindow(int letters, FxRobot robot) {
        UserDataAtRisk risk = new UserDataAtRisk(new DatasetInfo("The week of US–NATO–Russia talks, January 2022", "h",
                Origin.USER, Instant.parse("2026-01-01T10:00:00Z")), 64, 54, 2,
                "The week of US–NATO–Russia talks, January 2022")
                .keptIn(Path.of("/home/teacher/" + "b".repeat(letters) + "/parley/backups"));
        robot.interact(() -> ImportDatasetAction.confirmReplace(stage,
                Path.of("/home/teacher/a fairly long folder name/for the research project datasets/week.json"),
                risk, () -> { }));
        for (int i = 0; i < 6; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        DialogPane pane = robot.lookup("#confirm-replace").queryAs(DialogPane.class);
        try {
            for (String part : new String[] {".header-panel .label", ".content.label"}) {
                Label label = (Label) pane.lookup(part);
                Text drawn = (Text) label.lookup(".text");
                assertEquals(label.getText(), drawn.getText(), part + " drawn whole, not ending in …");
            }
            double sceneHeight = pane.getScene().getHeight();
            for (Node button : pane.lookupAll(".button")) {
                Bounds b = button.localToScene(button.getBoundsInLocal());
                assertTrue(b.getMaxY() <= sceneHeight + 0.5, "a button inside the window (" + sceneHeight + "): " + b);
            }
            Label content = (Label) pane.lookup(".content.label");
            assertTrue(content.getHeight() + 0.5 >= content.prefHeight(content.getWidth()),
                    "the message has the lines it needs at its width: " + content.getHeight() + " of "
                            + content.prefHeight(content.getWidth()));
        } finally {
            robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        }
    }
}
