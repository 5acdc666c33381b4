package org.parley.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WebPages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tab into the article shows a ring a keyboard user sees. It was 1 px of the accent at 40 % opacity:
 * on the dark theme a dim line the eye passed over, so the focus seemed to have gone nowhere.
 */
@ExtendWith(FxThreadRobot.class)
class ArticleFocusRingTest {

    private SourceReader reader;

    @Start
    void start(Stage stage) {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        reader = new SourceReader(state, WebPages.SYSTEM);
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        stage.setScene(new Scene(reader, 700, 600));
        stage.show();
    }

    @Test
    void tabIntoTheArticleShowsASolidRingAsWideAsTheOthers(FxRobot robot) {
        ScrollPane article = (ScrollPane) robot.lookup(".article-scroll").query();
        double widthBefore = article.getViewportBounds().getWidth();
        for (int i = 0; i < 8 && !article.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(article::applyCss);

        assertTrue(article.isFocused(), "Tab reaches the article");
        BorderStroke ring = article.getBorder().getStrokes().get(0);
        Color colour = (Color) ring.getTopStroke();
        assertEquals(1.0, colour.getOpacity(), 1e-9, "the ring is solid: " + colour);
        assertTrue(ring.getWidths().getTop() >= 2, "the ring is 2 px, as the lists' are: " + ring.getWidths());
        robot.interact(() -> article.getParent().layout());
        assertEquals(widthBefore, article.getViewportBounds().getWidth(), 1e-9, "the text keeps its width: it does not wrap again");
    }

}
