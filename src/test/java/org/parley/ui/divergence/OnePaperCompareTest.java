package org.parley.ui.divergence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.EventFilter;
import org.parley.model.SourceFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Filtered to one paper (the Filters pane's "Reported by The Washington Post"), the Compare tab went on saying "20
 * facts the papers report differently" over cards quoting both papers, as if the filter did nothing here; nothing
 * said that a comparison needs both, nor offered them back.
 */
@ExtendWith(FxThreadRobot.class)
class OnePaperCompareTest {

    private final ExplorerState state = new ExplorerState();

    @Start
    void start(Stage stage) {
        state.datasetProperty().set(BundledSeeds.dataset());
        stage.setScene(new Scene(new DivergenceList(state), 390, 600));
        stage.show();
    }

    @Test
    void filteredToOnePaperItSaysAComparisonNeedsBothAndOffersThemBack(FxRobot robot) {
        EventFilter kindsAndPost = EventFilter.NONE.withSources(SourceFilter.includes("wapo"));
        robot.interact(() -> state.filterProperty().set(kindsAndPost));
        WaitForAsyncUtils.waitForFxEvents();

        Label note = robot.lookup("#" + DivergenceList.ONE_PAPER_ID).queryAs(Label.class);
        assertTrue(note.isVisible(), "the note is shown");
        assertTrue(note.getText().contains("The Washington Post") && note.getText().contains("needs both papers"),
                note.getText());
        Hyperlink both = robot.lookup("#" + DivergenceList.BOTH_PAPERS_ID).queryAs(Hyperlink.class);
        assertTrue(both.isVisible());
        robot.clickOn(both);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(SourceFilter.ANY, state.filterProperty().get().sources(), "both papers again");
        assertFalse(visible(note) || visible(both), "the note and its link go with the filter");
    }

    private static boolean visible(Node n) {
        return n.isVisible() && n.isManaged();
    }
}
