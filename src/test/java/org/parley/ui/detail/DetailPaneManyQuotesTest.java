package org.parley.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Quote;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Found by a tester, 2026-12-05: the participants came a page at a time, but an event a generated dataset gave
 * thousands of quotes, passages or divergences still made a line for each at once, twice over with the papers'
 * columns, and selecting it froze the window. Each of the pane's lists now shows a page and a link for more.
 */
@ExtendWith(FxThreadRobot.class)
class DetailPaneManyQuotesTest {

    private static final int MANY = 3_000;

    private ExplorerState state;
    private DetailPane pane;
    private Event crowded;

    @Start
    void start(Stage stage) {
        Dataset week = BundledSeeds.dataset();
        Event first = week.events().get(0);
        Evidence one = first.evidence().get(0);
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            evidence.add(new Evidence(one.source(), one.text() + " " + i, one.span(), one.attribution()));
        }
        crowded = new Event(first.id(), first.title(), first.summary(), first.time(), first.order(), first.place(),
                first.refers(), first.kind(), first.cameo(), first.track(), first.actors(), evidence, first.inferred(),
                first.note(), first.modality());
        List<Event> events = new ArrayList<>(week.events());
        events.set(0, crowded);
        Quote q = week.quotes().get(0);
        List<Quote> quotes = new ArrayList<>(week.quotes());
        List<Divergence> divergences = new ArrayList<>(week.divergences());
        Divergence d = week.divergences().get(0);
        for (int i = 0; i < MANY; i++) {
            quotes.add(new Quote("many-" + i, q.text(), q.speaker(), q.source(), crowded.id(), q.span()));
            divergences.add(new Divergence("many-" + i, d.topic() + " " + i, d.readings(), d.note(),
                    List.of(crowded.id())));
        }
        Dataset dataset = new Dataset(week.title(), week.description(), week.focus().orElse(null), week.zone(),
                week.sources(), week.actors(), week.places(), events, quotes, divergences, week.positions());
        state = new ExplorerState();
        state.datasetProperty().set(dataset);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        pane = new DetailPane(state);
        stage.setScene(new Scene(pane, 700, 760));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private int count(FxRobot robot, String styleClass) {
        return robot.from(pane).lookup("." + styleClass).queryAll().size();
    }

    @Test
    void eachListOfACrowdedEventShowsAPageAndALinkForMore(FxRobot robot) {
        robot.interact(() -> state.selectedEventProperty().set(crowded.id()));
        WaitForAsyncUtils.waitForFxEvents();
        int lines = count(robot, "detail-quote") + count(robot, "detail-evidence") + count(robot, "detail-divergence");
        assertTrue(lines <= 6 * Paged.AT_ONCE, lines + " lines made at once, not a page of each list");

        Hyperlink quotes = robot.from(pane).lookup("." + QuotesAndEvidence.MORE_QUOTES).queryAs(Hyperlink.class);
        assertTrue(quotes.getText().startsWith("Show 50 more ("), quotes.getText());
        Node section = quotes.getParent();
        long before = section.lookupAll(".detail-quote").size();
        robot.interact(quotes::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + Paged.AT_ONCE, section.lookupAll(".detail-quote").size(), "the link shows one more page");

        for (String more : List.of(QuotesAndEvidence.MORE_EVIDENCE, PapersSection.MORE_LINES,
                PapersSection.MORE_DIVERGENCES)) {
            Hyperlink link = robot.from(pane).lookup("." + more).queryAs(Hyperlink.class);
            assertTrue(link.getText().contains(" not shown)"), more + ": " + link.getText());
        }
        Hyperlink evidence = robot.from(pane).lookup("." + QuotesAndEvidence.MORE_EVIDENCE).queryAs(Hyperlink.class);
        assertEquals("Show 50 more (2,950 passages not shown)", evidence.getText());
    }

    /** Paged, "Copy all details" had copied the page shown and the "Show 50 more (… not shown)" line. */
    @Test
    void copyAllDetailsCopiesEveryLineNotOnlyThePageShown(FxRobot robot) {
        robot.interact(() -> state.selectedEventProperty().set(crowded.id()));
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.from(pane).lookup(".detail-title").queryAs(Label.class);
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        ContextMenuRequest.on(robot, title);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Copy all details");
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertTrue(copied[0] != null && !copied[0].contains(" not shown)"), "no \"Show more\" line copied");
        String last = crowded.evidence().get(MANY - 1).text();
        assertTrue(copied[0].contains(last), "the last passage, never shown, is copied too");
    }
}
