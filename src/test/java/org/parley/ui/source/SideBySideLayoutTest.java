package org.parley.ui.source;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.shape.Path;
import javafx.scene.text.HitInfo;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Reading;
import org.parley.model.Source;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WebPages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both papers readable at once (decision 0152): side by side only where each column has a readable
 * measure, else one above the other; each headed by its paper's name; a passage scrolled to starts on a
 * whole line. At 1280×720 the Source tab is about 408 px wide, and its two columns held some 20 characters a line.
 */
@ExtendWith(FxThreadRobot.class)
class SideBySideLayoutTest {

    private ExplorerState state;
    private SourceReader reader;
    private Stage stage;
    private Dataset dataset;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dataset = BundledSeeds.dataset();
        state = new ExplorerState();
        state.datasetProperty().set(dataset);
        reader = new SourceReader(state, WebPages.SYSTEM, SingleClick.paused());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // The Source tab of a 1280×720 window.
        stage.setScene(new Scene(reader, 408, 300));
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private void chooseCompareCard(FxRobot robot, String id) {
        Divergence d = dataset.divergences().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        robot.interact(() -> {
            state.selectedEventProperty().set(d.events().get(0));
            state.selectedDivergenceProperty().set(d.id());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Bounds scene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private boolean stacked() {
        Bounds wapo = scene(reader.view("wapo"));
        Bounds nyt = scene(reader.view("nyt"));
        return nyt.getMinY() >= wapo.getMaxY() - 0.5;
    }

    private boolean inColumns() {
        Bounds wapo = scene(reader.view("wapo"));
        Bounds nyt = scene(reader.view("nyt"));
        return Math.abs(nyt.getMinY() - wapo.getMinY()) < 0.5 && nyt.getMinX() >= wapo.getMaxX() - 0.5;
    }

    private void resize(FxRobot robot, double width) throws Exception {
        robot.interact(() -> stage.setWidth(width));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(reader.getWidth() - width) < 30);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNarrowPaneStacksThePapersAndAWideOneSetsThemSideBySide(FxRobot robot) throws Exception {
        chooseCompareCard(robot, "div-meeting-length");
        assertTrue(((ToggleButton) robot.lookup("#" + SourceReader.SIDE_BY_SIDE_ID).query()).isSelected());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, this::stacked);
        for (Source s : dataset.sources()) {
            assertTrue(reader.view(s.id()).getWidth() > 380, s.id() + " has the pane's width: "
                    + reader.view(s.id()).getWidth());
        }
        resize(robot, 900);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, this::inColumns);
        for (Source s : dataset.sources()) {
            assertTrue(reader.view(s.id()).getWidth() >= 280, s.id() + ": " + reader.view(s.id()).getWidth());
        }
        resize(robot, 408);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, this::stacked);
    }

    @Test
    void eachPaperIsHeadedByItsNameInLineWithIt(FxRobot robot) throws Exception {
        chooseCompareCard(robot, "div-meeting-length");
        for (double width : new double[] {408, 900}) {
            resize(robot, width);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> width < 500 ? stacked() : inColumns());
            List<Label> headings = robot.from(reader).lookup("." + SourceReader.PAPER_HEADING).queryAllAs(Label.class)
                    .stream().filter(Node::isVisible).toList();
            assertEquals(dataset.sources().size(), headings.size(), width + " px: one heading a paper");
            for (Source s : dataset.sources()) {
                Label heading = headings.stream().filter(h -> h.getText().equals(s.publisher())).findFirst()
                        .orElseThrow(() -> new AssertionError(width + " px: no heading " + s.publisher()));
                Bounds h = scene(heading);
                Bounds v = scene(reader.view(s.id()));
                assertEquals(v.getMinX(), h.getMinX(), 0.5, width + " px: " + s.publisher() + " lines up with its column");
                assertEquals(v.getMinY(), h.getMaxY(), 1.5, width + " px: " + s.publisher() + " sits on its paper");
            }
        }
    }

    @Test
    void aPassageScrolledToStartsOnAWholeLine(FxRobot robot) throws Exception {
        for (double width : new double[] {408, 900}) {
            resize(robot, width);
            for (String id : List.of("div-meeting-length", "div-troop-numbers", "div-putin-name")) {
                chooseCompareCard(robot, id);
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitForFxEvents();
                for (Source s : dataset.sources()) {
                    ArticleView view = reader.view(s.id());
                    if (view.comparedReadings().isEmpty()) {
                        continue;
                    }
                    assertFalse(topLineCut(view), width + " px, " + id + ", " + s.id() + ": the top line is sliced");
                }
            }
        }
    }

    /**
     * A card chosen while the papers' blocks change height (the window resized, side by side turning to one
     * above the other) shows its own readings: the put-back of the card chosen before, queued for after the
     * change, had scrolled both papers back to that card's readings.
     */
    @Test
    void aCardChosenWhileTheBlocksChangeHeightShowsItsOwnReadings(FxRobot robot) throws Exception {
        chooseCompareCard(robot, "div-meeting-length");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, this::stacked);
        WaitForAsyncUtils.waitForFxEvents();
        Divergence troops = dataset.divergences().stream().filter(d -> d.id().equals("div-troop-numbers"))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            // The blocks taller, laid out at once: each view's viewport changes height, then the next card.
            reader.resize(reader.getWidth(), reader.getHeight() + 200);
            reader.layout();
            state.selectedEventProperty().set(troops.events().get(0));
            state.selectedDivergenceProperty().set(troops.id());
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        for (Reading r : troops.readings()) {
            ArticleView view = reader.view(r.source());
            if (view.comparedReadings().get(0).start() == r.span().start()) {
                assertTrue(shown(view, r.span().start()), r.source() + " shows its reading of the troops");
            }
        }
    }

    /** Whether the line holding the character at {@code offset} is inside the view's viewport. */
    private static boolean shown(ArticleView view, int offset) {
        ScrollPane scroll = view.scrollPane();
        TextFlow flow = (TextFlow) view.texts().get(0).getParent();
        Bounds port = scroll.localToScene(scroll.getLayoutBounds());
        Bounds line = flow.localToScene(new Path(flow.rangeShape(offset, offset + 1)).getLayoutBounds());
        return line.getMinY() >= port.getMinY() - 1 && line.getMaxY() <= port.getMaxY() + 1;
    }

    /** Whether the line of text at the viewport's top edge is partly above it. */
    private static boolean topLineCut(ArticleView view) {
        ScrollPane scroll = view.scrollPane();
        TextFlow flow = (TextFlow) view.texts().get(0).getParent();
        double top = scroll.localToScene(0, scroll.getInsets().getTop()).getY();
        Point2D inFlow = flow.sceneToLocal(new Point2D(flow.localToScene(0, 0).getX() + 2, top + 0.5));
        if (inFlow.getY() < 0) {
            return false; // the header is at the top
        }
        HitInfo hit = flow.hitTest(inFlow);
        int at = hit.getCharIndex();
        Path line = new Path(flow.rangeShape(at, at + 1));
        Bounds b = flow.localToScene(line.getLayoutBounds());
        return b.getMinY() < top - 0.75 && b.getMaxY() > top + 0.75;
    }
}

