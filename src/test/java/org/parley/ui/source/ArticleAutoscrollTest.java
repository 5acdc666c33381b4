package org.parley.ui.source;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A researcher drags a selection past the bottom of the article: the article scrolls and the selection grows. */
@ExtendWith(FxThreadRobot.class)
class ArticleAutoscrollTest {

    private SourceReader reader;

    @Start
    void start(Stage stage) {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        reader = new SourceReader(state);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        reader.setPrefHeight(400);
        reader.setMinHeight(400);
        reader.setMaxHeight(400);
        // Something below the reader to drag onto, as the status bar is in the window.
        Region below = new Region();
        below.setPrefHeight(200);
        stage.setScene(new Scene(new VBox(reader, below), 600, 600));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void draggingPastTheBottomEdgeScrollsTheArticleAndExtendsTheSelection(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        Bounds view = wapo.scrollPane().localToScreen(wapo.scrollPane().getLayoutBounds());
        double before = wapo.scrollPane().getVvalue();
        Point2D start = new Point2D(view.getMinX() + 40, view.getMaxY() - 30);
        robot.moveTo(start).press(MouseButton.PRIMARY);
        robot.moveBy(0, 20).moveBy(0, 40).moveBy(0, 40).moveBy(0, 40);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        double after = wapo.scrollPane().getVvalue();
        assertTrue(after > before, "the article scrolled on (" + before + " → " + after + ")");
        assertTrue(wapo.selection().hasSelection(), "the selection reaches the lines scrolled into view");
    }
}
