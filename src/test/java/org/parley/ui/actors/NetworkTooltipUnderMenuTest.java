package org.parley.ui.actors;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.layout.GraphDrawing;
import org.parley.model.Dataset;
import org.parley.render.graph.ActorGraphScene;
import org.parley.render.graph.EdgeHits;
import org.parley.seed.ExchangeFormatReader;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A menu opened over the actor network takes the line's tooltip with it: Alt+F with the pointer on a line left
 * "NATO and Jens Stoltenberg, 1 event together…" floating over the File menu, a window of its own.
 */
@ExtendWith(FxThreadRobot.class)
class NetworkTooltipUnderMenuTest {

    private static Dataset dataset;
    private ActorPanel panel;
    private Menu file;

    @BeforeAll
    static void read() throws Exception {
        dataset = new ExchangeFormatReader().read(Path.of(System.getProperty("parley.seeds", "seeds")));
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(dataset);
        panel = new ActorPanel(state);
        file = new Menu("_File", null, new MenuItem("Export data\u2026"), new MenuItem("Quit"));
        BorderPane root = new BorderPane(panel, new MenuBar(file), null, null, null);
        stage.setScene(new Scene(root, 900, 640));
        stage.show();
    }

    @Test
    void altFOverALineTakesItsTooltipAway(FxRobot robot) throws TimeoutException {
        robot.clickOn("#actorViewNetwork");
        pointAtAnEdge(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.networkView().tooltipText() != null);
        assertNotNull(panel.networkView().tooltipText(), "the line's tooltip is up");

        robot.press(KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, file::isShowing);

        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> panel.networkView().tooltipText() == null);
        } catch (TimeoutException e) {
            throw new AssertionError("the tooltip stayed over the open File menu: "
                    + panel.networkView().tooltipText(), e);
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    /** The pointer on the middle of the heaviest line clear of every node (as in ActorNetworkEdgeTest). */
    private void pointAtAnEdge(FxRobot robot) {
        GraphDrawing.Edge[] found = new GraphDrawing.Edge[1];
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                if (panel.networkView().isComputing() || panel.networkView().graphScene() == null) {
                    return false;
                }
                ActorGraphScene scene = panel.networkView().graphScene();
                EdgeHits hits = EdgeHits.of(scene.drawing());
                found[0] = scene.drawing().edges().stream()
                        .sorted(Comparator.comparingDouble(GraphDrawing.Edge::width).reversed())
                        .filter(e -> scene.nodeAt(midX(e), midY(e)).isEmpty())
                        .filter(e -> hits.at(midX(e), midY(e)).filter(e::equals).isPresent())
                        .findFirst().orElseThrow();
                Point2D at = panel.networkView().canvas().localToScreen(midX(found[0]), midY(found[0]));
                robot.moveTo(at);
                WaitForAsyncUtils.waitForFxEvents();
                return found[0].equals(panel.networkView().graphScene().hoveredLink());
            });
        } catch (TimeoutException e) {
            throw new AssertionError("no line came under the pointer", e);
        }
    }

    private static double midX(GraphDrawing.Edge e) {
        return (e.x0() + e.x1()) / 2;
    }

    private static double midY(GraphDrawing.Edge e) {
        return (e.y0() + e.y1()) / 2;
    }
}
