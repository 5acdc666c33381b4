package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Paging through the talks at a projector's 1280×720, the strip's blocks stay where they were: step 13's
 * title takes two lines under the strip, and its blocks had shrunk and wrapped nine to a row instead of ten,
 * so Wednesday's whole grid jumped at 12 → 13 and back at 13 → 14 in front of the class.
 */
@ExtendWith(FxThreadRobot.class)
class SteadyStripBlocksTest {

    private final ExplorerState state = new ExplorerState();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state.datasetProperty().set(BundledSeeds.dataset());
    }

    @Test
    void aTitleOnTwoLinesLeavesTheBlocksAsTheyWere(FxRobot robot) {
        Presentation p = PresentationLayoutTest.showAt(robot, stage, state, "nrc-offer-arms-control", 1280, 720);
        long twoLines = p.slide().stripTexts().stream().filter(t -> t.role() == DayStrip.Role.TITLE).count();
        double atTheLongTitle = p.slide().timelineStrip().days().lastBlockSize();

        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        long oneLine = p.slide().stripTexts().stream().filter(t -> t.role() == DayStrip.Role.TITLE).count();
        double atTheNext = p.slide().timelineStrip().days().lastBlockSize();

        assertEquals(2, twoLines, "step 13's title takes two lines");
        assertNotEquals(twoLines, oneLine, "the next step's title is one line: the case that moved the blocks");
        assertEquals(atTheNext, atTheLongTitle, 0.001, "the blocks keep their size from one step to the next");
        p.dispose();
    }
}
