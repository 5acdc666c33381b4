package org.parley.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** What must follow every system file dialog runs after each one, whatever it returned, until taken away. */
@ExtendWith(FxThreadRobot.class)
class FileDialogsTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("owner"), 200, 100));
        stage.show();
    }

    @Test
    void whatIsRegisteredRunsAfterEachDialogUntilTakenAway(FxRobot robot) {
        List<String> seen = new ArrayList<>();
        Runnable remove = FileDialogs.afterEach(() -> seen.add("after"));
        robot.interact(() -> {
            assertEquals("chosen.json", FileDialogs.show(null, () -> {
                seen.add("dialog");
                return "chosen.json";
            }));
            FileDialogs.show(null, () -> {
                seen.add("cancelled");
                return null;
            });
        });
        remove.run();
        robot.interact(() -> FileDialogs.show(null, () -> "again"));
        assertEquals(List.of("dialog", "after", "cancelled", "after"), seen);
    }
}
