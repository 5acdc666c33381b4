package org.parley.ui.source;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Span;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A researcher finds a name in the article they are reading with Ctrl+F, steps through the matches and closes the field. */
@ExtendWith(FxThreadRobot.class)
class ArticleFindBarTest {

    private SourceReader reader;
    private TextField appSearch;
    private int appSearchShortcuts;

    @Start
    void start(Stage stage) {
        ExplorerState state = new ExplorerState();
        state.datasetProperty().set(BundledSeeds.dataset());
        reader = new SourceReader(state);
        appSearch = new TextField();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BorderPane window = new BorderPane(reader);
        window.setTop(appSearch);
        // As wide as the Source tab of a 1280×720 window.
        Scene scene = new Scene(window, 408, 600);
        // As the window's menu does: Ctrl+F is the app's search everywhere else.
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), () -> {
            appSearchShortcuts++;
            appSearch.requestFocus();
        });
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private void ctrlF(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlFInTheArticleFindsInItAndEnterStepsThroughTheMatches(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        robot.interact(() -> wapo.scrollPane().requestFocus());
        ctrlF(robot);

        assertTrue(reader.findBar().isVisible(), "Ctrl+F in the reader opens its find field");
        assertTrue(reader.findBar().field().isFocused());
        assertEquals(0, appSearchShortcuts, "the app's search did not take the key");

        robot.write("grushko");
        WaitForAsyncUtils.waitForFxEvents();
        String text = wapo.source().text();
        List<Span> marks = wapo.foundMarks();
        assertEquals(3, marks.size(), "every Grushko in the Post is marked");
        marks.forEach(s -> assertEquals("Grushko", text.substring(s.start(), s.end())));
        assertEquals("1 of 3", reader.findBar().countText());

        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3 of 3", reader.findBar().countText());
        assertEquals(2, wapo.currentFound());
        assertTrue(wapo.offsetInView(marks.get(2).start()), "the current match is scrolled into view");

        // After the Post's last, the Times's first: the find reads on across both papers.
        int inTheTimes = new ArticleFind(reader.view("nyt").source().text()).matches("grushko").size();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ArticleView nyt = reader.view("nyt");
        assertEquals(nyt, reader.getCenter(), "after the Post's last, the Times");
        assertEquals("1 of " + inTheTimes, reader.findBar().countText());
        assertEquals(0, nyt.currentFound());
        assertTrue(reader.findBar().field().isFocused(), "the field keeps the keys");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(wapo, reader.getCenter(), "Shift+Enter goes back, before the Times's first the Post's last");
        assertEquals("3 of 3", reader.findBar().countText());
        assertEquals(2, wapo.currentFound());
        assertTrue(wapo.offsetInView(marks.get(2).start()), "and in view");
    }

    /**
     * Words in one paper only come round from its last match to its first, and say so; F3 and Shift+F3 step
     * as Enter and Shift+Enter do, from the article too.
     */
    @Test
    void steppingPastTheLastComesRoundAndSaysSoAndF3Steps(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        robot.interact(() -> wapo.scrollPane().requestFocus());
        ctrlF(robot);
        robot.write("Georgia");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(new ArticleFind(reader.view("nyt").source().text()).matches("Georgia").isEmpty());
        assertEquals("1 of 4", reader.findBar().countText());
        robot.type(KeyCode.F3);
        robot.type(KeyCode.F3);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4 of 4", reader.findBar().countText(), "F3 is the next match, as Enter");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(wapo, reader.getCenter());
        assertEquals("1 of 4 \u00B7 from the top", reader.findBar().countText());
        assertTrue(reader.findBar().countWhole());
        assertTrue(wapo.offsetInView(wapo.foundMarks().get(0).start()));

        robot.interact(() -> wapo.scrollPane().requestFocus()); // from the article, not the field
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4 of 4 \u00B7 from the end", reader.findBar().countText(), "Shift+F3 goes back round");
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3 of 4", reader.findBar().countText(), "said once, the next step is a count again");
    }

    /**
     * Typed letter by letter, "rya" matched the Post's "Ryan" in its last line and took the article
     * there, and "ryab" (only the Times has Ryabkov) left it there: the article goes back where the
     * reader had it.
     */
    @Test
    void wordsTypedPastAMatchLeaveTheArticleWhereTheReaderHadIt(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        robot.interact(() -> wapo.scrollPane().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        double place = wapo.scrollPosition();
        ctrlF(robot);
        robot.write("rya");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 1", reader.findBar().countText());
        assertTrue(wapo.scrollPosition() != place, "\"Ryan\" is shown, in the article's last lines");

        robot.write("b");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No match here", reader.findBar().countText());
        assertEquals(place, wapo.scrollPosition(), "back where the reader was");
    }

    /**
     * The current match stays current while the letters typed still match it, and a new one is the
     * first from the reader's place on, not the article's first: "Grushko" above the view had taken
     * the reader back up past the one below.
     */
    @Test
    void typingReadsOnFromTheReadersPlaceAndKeepsAMatchThatStillMatches(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        String text = wapo.source().text();
        List<Span> all = new ArticleFind(text).matches("Grushko");
        assertEquals(3, all.size());
        // Between the first and the second, neither in view.
        robot.interact(() -> wapo.scrollTo(all.get(0).start() + 1200));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(wapo.offsetInView(all.get(0).start()));
        assertFalse(wapo.offsetInView(all.get(1).start()));
        robot.interact(() -> wapo.scrollPane().requestFocus());
        ctrlF(robot);
        robot.write("grus");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 of 3", reader.findBar().countText(), "the first below the reader's place");
        assertTrue(wapo.offsetInView(all.get(1).start()));
        double at = wapo.scrollPosition();

        robot.write("hko");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 of 3", reader.findBar().countText());
        assertEquals(at, wapo.scrollPosition(), "nothing moves while the match still matches");
    }

    @Test
    void wordsInNeitherArticleSayNoMatch(FxRobot robot) {
        robot.interact(() -> reader.view("wapo").scrollPane().requestFocus());
        ctrlF(robot);
        robot.write("Zelensky");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No match", reader.findBar().countText());
        assertEquals("", reader.findBar().elsewhereText(), "no other paper is offered");
        assertTrue(reader.view("wapo").foundMarks().isEmpty());
    }

    @Test
    void wordsOnlyInTheOtherPaperSaySoAndEnterTurnsToIt(FxRobot robot) {
        robot.interact(() -> reader.view("wapo").scrollPane().requestFocus());
        ctrlF(robot);
        robot.write("Ryabkov");
        WaitForAsyncUtils.waitForFxEvents();
        int inTheTimes = new ArticleFind(reader.view("nyt").source().text()).matches("Ryabkov").size();
        assertTrue(inTheTimes > 0);
        assertEquals("No match here", reader.findBar().countText(), "Ryabkov is in the Times, not the Post");
        assertEquals(inTheTimes + " in New York Times", reader.findBar().elsewhereText());
        assertTrue(reader.findBar().countWhole(), "said whole, the field giving way");
        assertTrue(reader.view("wapo").foundMarks().isEmpty());

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ArticleView nyt = reader.view("nyt");
        assertEquals(nyt, reader.getCenter(), "Enter turned to the Times");
        assertEquals("1 of " + inTheTimes, reader.findBar().countText());
        assertEquals(0, nyt.currentFound(), "its first match is current");
        assertTrue(nyt.offsetInView(nyt.foundMarks().get(0).start()), "and in view");
        assertTrue(reader.findBar().field().isFocused(), "the field keeps the keys");
    }

    @Test
    void theOtherPapersCountIsALinkThatTurnsToIt(FxRobot robot) {
        robot.interact(() -> reader.view("wapo").scrollPane().requestFocus());
        ctrlF(robot);
        robot.write("Grushko");
        WaitForAsyncUtils.waitForFxEvents();
        int inTheTimes = new ArticleFind(reader.view("nyt").source().text()).matches("Grushko").size();
        assertEquals("1 of 3", reader.findBar().countText(), "the Post's own matches come first");
        assertEquals(inTheTimes + " in New York Times", reader.findBar().elsewhereText(),
                "and the Times' are counted beside them");
        Node close = reader.findBar().getChildren().get(reader.findBar().getChildren().size() - 1);
        robot.interact(() -> reader.getScene().getWindow().setWidth(360)); // the pane's divider dragged a little
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(close.localToScene(close.getLayoutBounds()).getMaxX() <= reader.getScene().getWidth() + 0.5,
                "the close button stays inside the pane");

        robot.interact(() -> reader.getScene().getWindow().setWidth(408));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".article-find-elsewhere");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(reader.view("nyt"), reader.getCenter());
        assertEquals("1 of " + inTheTimes, reader.findBar().countText());
        assertEquals("3 in Washington Post", reader.findBar().elsewhereText(), "and the way back");
    }

    @Test
    void escClosesTheFieldUnmarksAndGivesTheArticleTheKeys(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        robot.interact(() -> wapo.scrollPane().requestFocus());
        ctrlF(robot);
        robot.write("NATO");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(wapo.foundMarks().isEmpty());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(reader.findBar().isVisible());
        assertTrue(wapo.foundMarks().isEmpty(), "no match is marked once the field is closed");
        assertTrue(wapo.scrollPane().isFocused(), "the article has the keys again");
    }

    @Test
    void theArticlesMenuOpensTheFindFieldWithTheSelectedWords(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        int at = wapo.source().text().indexOf("Grushko");
        robot.interact(() -> wapo.selection().select(at, at + "Grushko".length()));
        // Monocle's headless robot sends no context-menu request: the menu is shown as the article would show it.
        robot.rightClickOn(wapo.scrollPane());
        robot.interact(() -> wapo.scrollPane().getContextMenu().show(wapo.scrollPane(), Side.TOP, 40, 40));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Find in the article\u2026 (Ctrl+F)");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(reader.findBar().isVisible(), "the menu opened the find field");
        assertTrue(reader.findBar().field().isFocused());
        assertEquals("Grushko", reader.findBar().field().getText(), "holding the selected words");
        assertEquals(3, wapo.foundMarks().size());
    }

    @Test
    void theFindButtonBesideThePapersOpensTheFindField(FxRobot robot) {
        robot.clickOn("#" + SourceReader.FIND_BUTTON_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reader.findBar().isVisible());
        assertTrue(reader.findBar().field().isFocused(), "ready to type");
        robot.write("NATO");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(reader.view("wapo").foundMarks().isEmpty());
    }

    @Test
    void ctrlFOutsideTheReaderIsStillTheAppsSearch(FxRobot robot) {
        robot.interact(appSearch::requestFocus);
        ctrlF(robot);
        assertEquals(1, appSearchShortcuts);
        assertFalse(reader.findBar().isVisible());
    }
}
