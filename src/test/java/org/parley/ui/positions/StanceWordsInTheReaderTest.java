package org.parley.ui.positions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.SourceFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.source.SourceReader;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A stance clicked on the board, and the source reader beside it turned to the stance's words. */
@ExtendWith(FxThreadRobot.class)
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
        panel.setPrefWidth(640);
        SourceReader reader = new SourceReader(state);
        reader.setPrefWidth(600);
        HBox.setHgrow(reader, Priority.ALWAYS);
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

    /**
     * The NATO allies' rejection of a pull-back is the Times's "but they rejected outright…", which the event
     * the click chooses does not cite: the reader turned to the words and outlined only the event's passages.
     */
    @Test
    void theStancesWordsAreOutlinedWhateverItsEventCites(FxRobot robot) {
        var stance = dataset.positions().stream().filter(p -> p.id().equals("pos-withdraw-allied-forces")).findFirst()
                .orElseThrow().effectiveStance("nato-allies").orElseThrow();
        var passage = stance.evidence().get(0);
        clickStance(robot, "pos-withdraw-allied-forces", "nato-allies");
        var chosen = state.selectedEvent().orElseThrow();
        assertTrue(chosen.evidence().stream().noneMatch(e -> e.source().equals(passage.source())
                && e.span().start() <= passage.span().start() && passage.span().end() <= e.span().end()),
                chosen.id() + " cites the stance's words: the case this test is about is gone");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        Text text = robot.lookup(".article-text").queryAllAs(Text.class).stream()
                .filter(t -> t.getScene() != null && t.getText().contains("rejected outright")).findFirst().orElseThrow();
        TextFlow flow = (TextFlow) text.getParent();
        Bounds words = flow.localToScene(new Path(flow.rangeShape(passage.span().start(), passage.span().end()))
                .getLayoutBounds());
        List<Path> outlines = robot.lookup(".read-passage-tint").queryAllAs(Path.class).stream()
                .filter(p -> p.getScene() != null && p.isVisible()).toList();
        assertEquals(1, outlines.size(), "one outline, the stance's words'");
        Bounds outline = outlines.get(0).localToScene(outlines.get(0).getBoundsInLocal());
        // Drawn outside the words' own lines, by its stroke's width.
        assertTrue(Math.abs(outline.getMinX() - words.getMinX()) <= 3 && Math.abs(outline.getMaxX() - words.getMaxX()) <= 3
                && Math.abs(outline.getMinY() - words.getMinY()) <= 3 && Math.abs(outline.getMaxY() - words.getMaxY()) <= 3,
                "the outline goes round the words: " + outline + " " + words);

        // Another event chosen lets go of the stance's words, and of their outline.
        robot.interact(() -> state.selectedEventProperty().set(dataset.events().get(0).id()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".read-passage-tint").queryAll().isEmpty(), "no outline left behind");
    }
}
