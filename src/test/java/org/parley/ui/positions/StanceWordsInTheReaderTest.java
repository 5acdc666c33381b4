package org.parley.ui.positions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.SourceFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.source.SourceReader;
import org.parley.ui.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A stance clicked on the board, and the source reader beside it turned to the stance's words. */
@ExtendWith(ApplicationExtension.class)
class StanceWordsInTheReaderTest {

    private ExplorerState state;
    private Dataset dataset;
    private PositionsPanel panel;

    @Start
    void start(Stage stage) {
        dataset = BundledSeeds.dataset();
        state = new ExplorerState();
        state.datasetProperty().set(dataset);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        panel = new PositionsPanel(state);
        panel.setPrefWidth(700);
        SourceReader reader = new SourceReader(state);
        reader.setPrefWidth(540);
        // Monocle's headless screen is 1280 px wide: the whole window stays on it, so clicks land.
        stage.setScene(new Scene(new HBox(panel, reader), 1240, 760));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    /** Clicks the cell of {@code actor}'s stance on {@code position}, scrolled into view first. */
    private void clickStance(FxRobot robot, String position, String actor) {
        Label cell = robot.lookup("." + PositionsPanel.CELL_STYLE_CLASS).queryAllAs(Label.class).stream()
                .filter(l -> l.getUserData() instanceof PositionsPanel.Cell c && c.position().id().equals(position)
                        && c.actor().equals(actor))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + position + " × " + actor));
        robot.interact(() -> {
            double y = panel.getContent().sceneToLocal(cell.localToScene(0, 0)).getY();
            double room = panel.getContent().getLayoutBounds().getHeight() - panel.getViewportBounds().getHeight();
            panel.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String paperShown(FxRobot robot) {
        return robot.lookup(".source-button").queryAllAs(ToggleButton.class).stream().filter(ToggleButton::isSelected)
                .map(b -> (String) b.getUserData()).findFirst().orElseThrow();
    }

    /**
     * Russia's "no commitment" to further meetings is in both papers, the Post's words first. Filtered to
     * the Times, the board speaks for the Times, and a click on the stance had turned the reader to the Post.
     */
    @Test
    void filteredToOnePaperAStanceTurnsTheReaderToThatPapersWords(FxRobot robot) {
        var stance = dataset.positions().stream().filter(p -> p.id().equals("pos-further-meetings")).findFirst()
                .orElseThrow().effectiveStance("russia").orElseThrow();
        assertEquals("wapo", stance.evidence().get(0).source(), "the seeds still quote the Post first");
        assertTrue(stance.evidence().stream().anyMatch(e -> e.source().equals("nyt")), "and the Times too");

        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withSources(SourceFilter.includes("nyt"))));
        WaitForAsyncUtils.waitForFxEvents();
        clickStance(robot, "pos-further-meetings", "russia");
        assertEquals("nyt", paperShown(robot), "the Times's article is shown");
        assertEquals("nyt", state.passageToReadProperty().get().sourceId());
        var nyt = stance.evidence().stream().filter(e -> e.source().equals("nyt")).findFirst().orElseThrow();
        assertEquals(nyt.span().start(), state.passageToReadProperty().get().start(), "at the Times's words");

        // Filtered to no paper, the stance's first words, as before.
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        clickStance(robot, "pos-further-meetings", "russia");
        assertEquals("wapo", paperShown(robot));
        assertEquals(stance.evidence().get(0).span().start(), state.passageToReadProperty().get().start());
    }
}
