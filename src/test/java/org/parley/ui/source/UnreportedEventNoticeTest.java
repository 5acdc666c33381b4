package org.parley.ui.source;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WebPages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A paper that does not report the selected event says so: the Post, read beside the Times for a remark
 * only the Times reports, showed its opening (or whatever passage it was left at) with nothing marked
 * and nothing said, as if that were its account of the same moment.
 */
@ExtendWith(FxThreadRobot.class)
class UnreportedEventNoticeTest {

    /** Sherman on Nord Stream 2: in the Times alone. */
    private static final String TIMES_ONLY = "sherman-nord-stream";
    /** The Vienna meeting: in both papers. */
    private static final String IN_BOTH = "osce-vienna";

    private ExplorerState state;
    private SourceReader reader;

    @Start
    void start(Stage stage) {
        Dataset dataset = BundledSeeds.dataset();
        state = new ExplorerState();
        state.datasetProperty().set(dataset);
        reader = new SourceReader(state, WebPages.SYSTEM);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(reader, 900, 700));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void thePaperThatDoesNotReportTheSelectedEventSaysSo(FxRobot robot) {
        robot.interact(() -> state.selectedEventProperty().set(TIMES_ONLY));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + SourceReader.SIDE_BY_SIDE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        Label post = notice(reader.view("wapo"));
        assertTrue(post.isVisible() && post.getScene() != null, "the Post's column says it has no passage");
        assertTrue(post.getText().contains("The Washington Post does not report"), post.getText());
        assertFalse(notice(reader.view("nyt")).isVisible(), "the Times reports it: no notice");

        // Read alone, the Post says the same.
        robot.clickOn(robot.lookup(".source-button").queryAllAs(ToggleButton.class).stream()
                .filter(b -> "wapo".equals(b.getUserData())).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(notice(reader.view("wapo")).isVisible());

        robot.interact(() -> state.selectedEventProperty().set(IN_BOTH));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(notice(reader.view("wapo")).isVisible(), "an event the Post reports: its passage, no notice");
        robot.interact(() -> state.selectedEventProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(notice(reader.view("wapo")).isVisible(), "nothing selected, nothing to say");
    }

    private static Label notice(ArticleView view) {
        return (Label) view.lookup("." + ArticleView.UNREPORTED);
    }
}
