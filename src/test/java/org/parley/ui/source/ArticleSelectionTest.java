package org.parley.ui.source;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A researcher selects an article's words with the mouse or the keyboard and copies them as plain text. */
@ExtendWith(FxThreadRobot.class)
class ArticleSelectionTest {

    private ExplorerState state;
    private SourceReader reader;
    private final HeldClicks clicks = new HeldClicks();
    private Dataset dataset;

    @Start
    void start(Stage stage) {
        dataset = BundledSeeds.dataset();
        state = new ExplorerState();
        state.datasetProperty().set(dataset);
        reader = new SourceReader(state, WebPages.SYSTEM, new SingleClick(clicks));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(reader, 700, 760));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void draggingOverWordsNoEventCitesAndPressingCtrlCCopiesThem(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        Text plain = firstPlainSentence(wapo);
        int start = dataset.source("wapo").orElseThrow().text().indexOf(plain.getText());
        String words = plain.getText().substring(0, plain.getText().indexOf(' ', 30));
        clear(robot);

        robot.drag(leadingEdge(wapo, start), MouseButton.PRIMARY).dropTo(trailingEdge(wapo, start + words.length() - 1));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(words, clipboard(robot), "the words dragged over, as the paper printed them");
        assertNull(state.selectedEventProperty().get(), "selecting words chose no event");
    }

    @Test
    void ctrlAThenCtrlCCopiesTheWholeArticleAsPlainText(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        clear(robot);
        robot.clickOn(leadingEdge(wapo, 0));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(dataset.source("wapo").orElseThrow().text(), clipboard(robot));
    }

    @Test
    void shiftWithTheArrowsSelectsFromWhereTheReaderClicked(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        Text plain = firstPlainSentence(wapo);
        int start = dataset.source("wapo").orElseThrow().text().indexOf(plain.getText());
        clear(robot);
        robot.clickOn(leadingEdge(wapo, start));
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, 6).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(plain.getText().substring(0, 5), clipboard(robot));
        assertTrue(wapo.selection().hasSelection());
    }

    @Test
    void aClickOnAPassageStillSelectsItsEvent(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        int start = firstLongPassage(wapo);
        double before = wapo.scrollPane().getVvalue();
        robot.clickOn(leadingEdge(wapo, start + 2));
        robot.interact(clicks::elapse);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, wapo.scrollPane().getVvalue(), 1e-9, "the article, now taking the keys, stays where it was");
        assertTrue(state.selectedEventProperty().get() != null, "a click on a passage chooses its event");
    }

    @Test
    void aDoubleClickOnAPassageSelectsTheWordUnderIt(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        int start = firstLongPassage(wapo);
        String text = dataset.source("wapo").orElseThrow().text();
        robot.doubleClickOn(leadingEdge(wapo, start + 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(text.substring(start, text.indexOf(' ', start)), wapo.selection().selectedText(),
                "a double click selects the word under it");
    }

    @Test
    void aDoubleClickOnAPassageLeavesTheChosenEventAlone(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        int start = firstLongPassage(wapo);
        robot.interact(() -> state.selectedEventProperty().set(null));
        robot.doubleClickOn(leadingEdge(wapo, start + 2));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(clicks::elapse);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(wapo.selection().hasSelection(), "the word is selected to copy");
        assertNull(state.selectedEventProperty().get(), "and no event was chosen under the reader");
    }

    @Test
    void aClickOnAPassageChoosesItsEventOnlyOnceItCannotBeADoubleClick(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        int start = firstLongPassage(wapo);
        robot.interact(() -> state.selectedEventProperty().set(null));
        robot.clickOn(leadingEdge(wapo, start + 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(state.selectedEventProperty().get(), "not yet: a second click may follow");
        assertTrue(clicks.waiting());
        robot.interact(clicks::elapse);
        assertTrue(state.selectedEventProperty().get() != null, "then the passage's event");
    }

    private int firstLongPassage(ArticleView view) {
        Text marked = view.texts().stream().filter(t -> t.getStyleClass().contains(ArticleView.MARKED))
                .filter(t -> t.getText().length() > 40).findFirst().orElseThrow();
        return dataset.source(view.source().id()).orElseThrow().text().indexOf(marked.getText());
    }

    /** The first passage no event cites that is long enough to hold a few words, near the top. */
    private static Text firstPlainSentence(ArticleView view) {
        return view.texts().stream().filter(t -> !t.getStyleClass().contains(ArticleView.MARKED))
                .filter(t -> t.getText().strip().length() > 60 && !t.getText().startsWith("\n"))
                .findFirst().orElseThrow();
    }

    private static void clear(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    /** A point just inside the left edge of the character at {@code offset}: a hit before it. */
    private static Point2D leadingEdge(ArticleView view, int offset) {
        Bounds b = charBounds(view, offset);
        return view.texts().get(0).getParent().localToScreen(b.getMinX() + 1, b.getCenterY());
    }

    /** A point just inside the right edge of the character at {@code offset}: a hit after it. */
    private static Point2D trailingEdge(ArticleView view, int offset) {
        Bounds b = charBounds(view, offset);
        return view.texts().get(0).getParent().localToScreen(b.getMaxX() - 1, b.getCenterY());
    }

    private static Bounds charBounds(ArticleView view, int offset) {
        TextFlow flow = (TextFlow) view.texts().get(0).getParent();
        return new Path(flow.rangeShape(offset, offset + 1)).getLayoutBounds();
    }
}
