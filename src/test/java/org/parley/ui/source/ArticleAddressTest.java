package org.parley.ui.source;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Source;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WebPages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article's address at the top of the Source tab: copied as given, opened only when it is a web
 * address, and never handed to the desktop otherwise (a dataset is anyone's file).
 */
@ExtendWith(FxThreadRobot.class)
class ArticleAddressTest {

    private static final String WEB = "https://www.nytimes.example/2022/01/12/world/europe/nato-russia.html";

    private final List<URI> opened = new ArrayList<>();
    private ExplorerState state;
    private SourceReader reader;

    @Start
    void start(Stage stage) {
        state = new ExplorerState();
        state.datasetProperty().set(withAddresses("", WEB));
        reader = new SourceReader(state, (page, owner) -> opened.add(page));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(reader, 700, 700));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void openAsksForTheArticlesWebAddressAndCopyPutsItOnTheClipboard(FxRobot robot) {
        showNyt(robot);
        assertEquals(WEB, address(robot).getText());

        robot.clickOn("#" + ArticleHeader.OPEN_ID);
        assertEquals(List.of(URI.create(WEB)), opened);

        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn("#" + ArticleHeader.COPY_ADDRESS_ID);
        assertEquals(WEB, clipboard(robot));
    }

    @Test
    void anArticleWithoutAnAddressTakesNoLineForItAndItsCitationNamesPaperHeadlineAndDate(FxRobot robot) {
        // At 1280×720 the pane has room for little more than the headline: no line says there is no address.
        assertTrue(robot.lookup("#" + ArticleHeader.ADDRESS_ID).tryQuery().isEmpty(), "no address line");
        assertTrue(robot.lookup("#" + ArticleHeader.OPEN_ID).tryQuery().isEmpty(), "nothing to open");
        assertTrue(robot.lookup("#" + ArticleHeader.COPY_ADDRESS_ID).tryQuery().isEmpty(), "nothing to copy");

        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn("#" + ArticleHeader.COPY_CITATION_ID);
        assertEquals("The Washington Post, \u201cStark differences over Ukraine overshadow high-stakes Russia-NATO "
                + "talks\u201d, 12 January 2022", clipboard(robot));
    }

    @Test
    void anAddressThatIsNotAWebPageIsShownAndCopiedButNeverOpened(FxRobot robot) {
        String longOne = "https://example.org/" + "a".repeat(10_000);
        for (String hostile : List.of("javascript:alert(1)", "/usr/bin/xterm", "file:///etc/passwd", longOne)) {
            robot.interact(() -> state.datasetProperty().set(withAddresses(hostile, WEB)));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(hostile, address(robot).getText(), "shown as the dataset gives it");
            assertTrue(robot.lookup("#" + ArticleHeader.OPEN_ID).tryQuery().isEmpty(), hostile + " has no Open");
            robot.interact(() -> Clipboard.getSystemClipboard().clear());
            robot.clickOn("#" + ArticleHeader.COPY_ADDRESS_ID);
            assertEquals(hostile, clipboard(robot));
        }
        assertEquals(List.of(), opened);
        assertEquals(Optional.empty(), WebPages.webAddress("JAVASCRIPT://example.org/%0aalert(1)"));
        assertEquals(Optional.of(URI.create("HTTPS://example.org/x")), WebPages.webAddress(" HTTPS://example.org/x "));
    }

    /** "https://bücher.example/…" had no Open: a host in other letters than ASCII opens in its DNS form. */
    @Test
    void anAddressWhoseHostIsInOtherLettersOpensAsTheDnsSpellsIt(FxRobot robot) {
        String idn = "https://b\u00fccher.example:8443/ausgabe/Genf?tag=9#mitte";
        robot.interact(() -> state.datasetProperty().set(withAddresses("", idn)));
        showNyt(robot);
        assertEquals(idn, address(robot).getText(), "shown as the dataset gives it");

        robot.clickOn("#" + ArticleHeader.OPEN_ID);
        assertEquals(List.of(URI.create("https://xn--bcher-kva.example:8443/ausgabe/Genf?tag=9#mitte")), opened);
        assertTrue(address(robot).getTooltip().getText().endsWith("Opens https://xn--bcher-kva.example:8443/ausgabe/"
                + "Genf?tag=9#mitte"), "the look-alike-proof form is said");
        assertEquals(Optional.empty(), WebPages.webAddress("https://exa<mple.example/"), "no domain has it");
    }

    private void showNyt(FxRobot robot) {
        robot.clickOn("The New York Times");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The address label of the article shown now. */
    private Label address(FxRobot robot) {
        return robot.lookup("#" + ArticleHeader.ADDRESS_ID).match(Node::isVisible)
                .queryAllAs(Label.class).stream().filter(l -> l.getScene() != null).findFirst().orElseThrow();
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    /** The bundled week with the Post's address {@code wapo} and the Times' {@code nyt}. */
    private static Dataset withAddresses(String wapo, String nyt) {
        Dataset d = BundledSeeds.dataset();
        List<Source> sources = d.sources().stream().map(s -> new Source(s.id(), s.publisher(), s.title(),
                s.published(), s.dateline(), s.language(), s.file(), s.text(), s.parts(),
                s.id().equals("wapo") ? wapo : nyt)).toList();
        return new Dataset(d.title(), d.description(), d.declaredFocus().orElse(null), d.declaredZone().orElse(null), sources, d.actors(), d.places(),
                d.events(), d.quotes(), d.divergences(), d.positions());
    }
}
