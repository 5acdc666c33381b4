package org.parley.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Span;
import org.parley.seed.BundledSeeds;
import org.parley.ui.divergence.DivergenceList;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A Compare card clicked, and the words the source reader marks as where the papers differ. */
@ExtendWith(FxThreadRobot.class)
class CompareWordMarksTest {

    private ExplorerState state;
    private Dataset dataset;
    private DivergenceList list;
    private SourceReader reader;

    @Start
    void start(Stage stage) {
        dataset = BundledSeeds.dataset();
        state = new ExplorerState();
        state.datasetProperty().set(dataset);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        list = new DivergenceList(state);
        list.setPrefWidth(440);
        reader = new SourceReader(state);
        reader.setPrefWidth(800);
        // Monocle's headless screen is 1280 px wide: the whole window stays on it, so clicks land.
        stage.setScene(new Scene(new HBox(list, reader), 1240, 760));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private void clickCard(FxRobot robot, String divergence) {
        Node card = robot.lookup("." + DivergenceList.CARD_STYLE_CLASS).queryAll().stream()
                .filter(n -> n.getUserData() instanceof Divergence d && d.id().equals(divergence)).findFirst().orElseThrow();
        robot.interact(() -> {
            double y = list.getContent().sceneToLocal(card.localToScene(0, 0)).getY();
            double room = list.getContent().getLayoutBounds().getHeight() - list.getViewportBounds().getHeight();
            list.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(card);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> markedWords(String source) {
        String text = dataset.source(source).orElseThrow().text();
        return reader.view(source).markedDifferences().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    /**
     * The Post's "…Alexander Grushko said" against the Times's "Aleksandr V. Grushko": "said" was marked as a
     * difference, as if the Times had not reported him speaking. The spelling of his name still is one.
     */
    @Test
    void aReportingVerbIsNoDifferenceTheNameStillIs(FxRobot robot) {
        clickCard(robot, "div-grushko-spelling");
        assertEquals("div-grushko-spelling", state.selectedDivergenceProperty().get());
        List<String> post = markedWords("wapo");
        assertTrue(post.stream().anyMatch(w -> w.contains("Alexander")), "the Post's spelling is marked: " + post);
        assertTrue(post.stream().noneMatch(w -> w.contains("said")), "\"said\" is not: " + post);
        assertFalse(markedWords("nyt").isEmpty(), "the Times's spelling is marked");
    }

    /**
     * Stoltenberg's "not an easy discussion": "he told reporters" against "Mr. Stoltenberg said". No mark
     * begins or ends on an article, a pronoun or a verb of reported speech, in either paper.
     */
    @Test
    void noMarkIsOnlyGrammarOrAVerbOfSpeech(FxRobot robot) {
        clickCard(robot, "div-stoltenberg-easy-discussion");
        for (String paper : List.of("wapo", "nyt")) {
            List<String> marked = markedWords(paper);
            assertFalse(marked.isEmpty(), paper);
            for (String m : marked) {
                String[] words = m.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’]+");
                for (String w : List.of(words[0], words[words.length - 1])) {
                    assertFalse(List.of("the", "a", "an", "he", "she", "they", "said", "told", "is").contains(w),
                            paper + " marks \"" + m + "\"");
                }
                assertFalse(m.contains(" said") || m.contains(" told"), paper + " marks \"" + m + "\"");
            }
        }
    }

    /** What a paper claims stays marked: a hedge ("some" against "close to"), a negation, a place word. */
    @Test
    void quantifiersNegationsAndPlacesStayMarked() {
        assertEquals(List.of(new Span(0, 4)), WordDiff.of("some 100,000 Russian troops", "close to 100,000 Russian troops").inA());
        assertEquals(List.of(new Span(0, 5)), WordDiff.of("some 100,000 Russian troops", "close to 100,000 Russian troops").inB());
        assertEquals(List.of(new Span(8, 11)), WordDiff.of("This is not easy", "This is easy").inA());
        assertEquals(List.of(new Span(7, 11)), WordDiff.of("massed along the border", "massed near the border").inB());
        // A function word between two that carry meaning stays inside the mark: the phrase reads whole.
        assertEquals(List.of(new Span(4, 25)), WordDiff.of("the removal of all troops", "a withdrawal").inA());
    }
}
