package org.parley.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxToolkit;

/**
 * For classes that open the whole explorer at sizes of their own: each test gets a stage of its own, so the
 * window's placement does not leak into other classes, and the week's dataset. TestFX looks for {@code @Start}
 * only in the test class itself, so the stage is made here before each test instead.
 */
@ExtendWith(FxThreadRobot.class)
abstract class OwnStageExplorerTest {

    protected Stage stage;
    protected Dataset data;

    @BeforeEach
    void ownStage() throws Exception {
        stage = FxToolkit.setupFixture(() -> new Stage());
        data = ExplorerWindow.week();
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }
}
