package org.parley.ui.source;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Span;
import org.parley.seed.BundledSeeds;
import org.parley.seed.SentenceAround;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WebPages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A compared reading in the middle of a sentence is shown under the sentence's start: the reader had put the
 * reading's own line at the top, and the Post's "nearly four-hour meeting" was read without the words before it.
 */
@ExtendWith(FxThreadRobot.class)
class ReadingsShowTheirSentenceTest {

    private Dataset dataset;
    private ExplorerState state;
    private SourceReader reader;

    @Start
    void start(Stage stage) {
        dataset = BundledSeeds.dataset();
        state = new ExplorerState();
        state.datasetProperty().set(dataset);
        reader = new SourceReader(state, WebPages.SYSTEM, SingleClick.paused());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // The Source tab of a 1280×720 window, the papers one above the other.
        stage.setScene(new Scene(reader, 408, 400));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private void chooseCompareCard(FxRobot robot, Divergence d) {
        robot.interact(() -> {
            state.selectedEventProperty().set(d.events().get(0));
            state.selectedDivergenceProperty().set(d.id());
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int sentenceStart(String text, Span reading) {
        int start = SentenceAround.spanOf(text, reading).start();
        while (Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    @Test
    void theMeetingsLengthIsReadFromTheStartOfItsSentence(FxRobot robot) {
        Divergence length = dataset.divergences().stream().filter(d -> d.id().equals("div-meeting-length"))
                .findFirst().orElseThrow();
        chooseCompareCard(robot, length);
        ArticleView wapo = reader.view("wapo");
        Span reading = wapo.comparedReadings().get(0);
        int start = sentenceStart(wapo.source().text(), reading);
        assertTrue(start < reading.start() - 40, "the reading stands well into its sentence");
        assertTrue(wapo.offsetInView(reading.start()), "the reading is in view");
        assertTrue(wapo.offsetInView(start), "and the start of its sentence, above it");
        assertTrue(wapo.offsetFromViewOn(start), "its line whole at the top");
    }

    @Test
    void everyComparedReadingIsInView(FxRobot robot) {
        for (Divergence d : dataset.divergences()) {
            chooseCompareCard(robot, d);
            for (String id : new String[] {"wapo", "nyt"}) {
                ArticleView view = reader.view(id);
                if (!view.comparedReadings().isEmpty()) {
                    int at = view.comparedReadings().get(0).start();
                    assertTrue(view.offsetInView(at), d.id() + ", " + id + ": the reading is in view");
                }
            }
        }
    }
}
