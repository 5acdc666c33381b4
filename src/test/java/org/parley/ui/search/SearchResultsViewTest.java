package org.parley.ui.search;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;
import org.parley.seed.ExchangeFormatReader;
import org.parley.store.ParleyStore;
import org.parley.store.SearchHit;
import org.parley.ui.MainWindow;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FxThreadRobot.class)
class SearchResultsViewTest {

    private ExplorerState state;
    private SearchResultsView view;
    private final List<String> searchedFor = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        state = new ExplorerState();
        view = new SearchResultsView(state, searchedFor::add);
        // The left pane of a 1280×720 window: about 360 px wide, 300 px of list.
        stage.setScene(new Scene(view, 360, 330));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    /** A search that found nothing offers the mended words; a click searches for them. */
    @Test
    void aMisspeltSearchOffersTheWordsTheIndexHolds(FxRobot robot) {
        robot.interact(() -> state.searchProperty().set(new SearchResults("Stoltenbreg", List.of(), Set.of(), 0,
                "Stoltenberg")));
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink offer = robot.lookup("#search-suggestion").queryAs(
                Hyperlink.class);
        assertTrue(offer.isVisible());
        assertEquals("Did you mean \u201CStoltenberg\u201D?", offer.getText());
        robot.clickOn(offer);
        assertEquals(List.of("Stoltenberg"), searchedFor);
        robot.interact(() -> state.searchProperty().set(new SearchResults("Stoltenberg", List.of(
                new SearchResults.Hit("event", "Stoltenberg speaks", "", "e1", null, -1, -1)), Set.of("e1"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(offer.isVisible(), "found: nothing to offer");
    }

    @Test
    void theListShowsAsManyHitsAsFitNotJustTheFirstTwo(FxRobot robot) {
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            hits.add(new SearchResults.Hit("event", "Sherman says thing number " + i + " about Russia's demands",
                    SearchHit.MARK_START + "Sherman" + SearchHit.MARK_END + " said the meeting ended with a sober"
                            + " challenge from the allies, number " + i, "e" + i, null, -1, -1));
        }
        robot.interact(() -> state.searchProperty().set(new SearchResults("Sherman", hits, Set.of())));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.from(view).lookup(".list-view").queryAs(ListView.class);
        double bottom = list.localToScene(list.getLayoutBounds()).getMaxY();
        int shown = 0;
        double lowestText = 0;
        for (Node n : robot.from(list).lookup(".list-cell").queryAll()) {
            ListCell<?> cell = (ListCell<?>) n;
            if (cell.isVisible() && cell.getItem() != null && cell.localToScene(cell.getLayoutBounds()).getMinY() < bottom) {
                shown++;
                Node graphic = cell.getGraphic();
                lowestText = Math.max(lowestText, graphic.localToScene(graphic.getLayoutBounds()).getMaxY());
            }
        }
        // Each hit is two or three short lines (about 60 px): 300 px of list holds at least four.
        assertTrue(shown >= 4, "hits drawn in the list: " + shown);
        // And no hit's cell is much taller than its words: the list is filled, without blank stretches.
        assertTrue(lowestText > bottom - 80, "text ends at " + lowestText + ", list at " + bottom);
        assertEquals("24 results for “Sherman”", robot.from(view).lookup(".label").queryAs(Label.class).getText());

        // Had the index matched more than the 24 listed, the summary says they are only the best.
        robot.interact(() -> state.searchProperty().set(new SearchResults("Sherman", hits, Set.of(), 4922)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The best 24 of 4,922 results for “Sherman”",
                robot.from(view).lookup(".label").queryAs(Label.class).getText());
    }

    /**
     * A click on a hit gives the list the focus, and with it the ring's padding: the hits, sized for
     * the unfocused list, then overran it by a few pixels and a sideways scroll bar took a line of it.
     */
    @Test
    void clickingAHitLeavesNoSidewaysScrollBar(FxRobot robot) {
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            hits.add(new SearchResults.Hit("event", "Stoltenberg: allies offered Russia a series of further meetings " + i,
                    SearchHit.MARK_START + "Stoltenberg" + SearchHit.MARK_END + " said NATO allies offered Russia a"
                            + " series of further meetings on wider issues of European security, number " + i,
                    "e" + i, null, -1, -1));
        }
        robot.interact(() -> {
            view.getScene().getStylesheets().setAll(MainWindow.class.getResource("main.css").toExternalForm());
            state.searchProperty().set(new SearchResults("Stoltenberg", hits, Set.of()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.from(view).lookup(".list-view").queryAs(ListView.class);
        ListCell<?> first = robot.from(list).lookup(".list-cell")
                .match((ListCell<?> c) -> c.getItem() != null && c.getIndex() == 0).query();

        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(list.isFocused());
        boolean sideways = list.lookupAll(".scroll-bar").stream()
                .map(n -> (ScrollBar) n)
                .anyMatch(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible());
        assertFalse(sideways, "no sideways scroll bar under the wrapped hits");
    }

    /** Results of several kinds are counted by kind, so their number can be told from the status bar's count of events. */
    @Test
    void mixedResultsSayWhatTheyAre(FxRobot robot) {
        List<SearchResults.Hit> hits = List.of(SearchResults.Hit.actor("grushko", "Alexander Grushko", ""),
                new SearchResults.Hit("event", "Grushko warns", "", "e1", null, -1, -1),
                new SearchResults.Hit("passage", "The New York Times", "", "", "nyt", 10, 20),
                new SearchResults.Hit("passage", "The Washington Post", "", "", "wapo", 30, 40));
        robot.interact(() -> state.searchProperty().set(new SearchResults("Grushko", hits, Set.of("e1", "e2", "e3"))));
        WaitForAsyncUtils.waitForFxEvents();
        // The passages mark two events more: the status bar's "3 events marked" is said here too.
        assertEquals("4 results for “Grushko” (1 actor, 1 event, 2 article passages); 3 events marked",
                robot.from(view).lookup(".label").queryAs(Label.class).getText());
    }

    /** "NOT Russia" alone is said to need a word, not shown as nothing found; a pasted paragraph is not echoed whole. */
    @Test
    void aSearchThatCannotBeRunSaysWhyAndALongOneIsShortened(FxRobot robot) {
        robot.interact(() -> state.searchProperty().set(new SearchResults("NOT Russia", List.of(), Set.of())));
        WaitForAsyncUtils.waitForFxEvents();
        String said = robot.from(view).lookup(".label").queryAs(Label.class).getText();
        assertTrue(said.startsWith("NOT leaves out what holds the next word") && said.contains("talks NOT Russia"), said);

        String pasted = "Russia NATO talks ".repeat(100);
        robot.interact(() -> state.searchProperty().set(new SearchResults(pasted, List.of(), Set.of())));
        WaitForAsyncUtils.waitForFxEvents();
        said = robot.from(view).lookup(".label").queryAs(Label.class).getText();
        assertTrue(said.length() < 140 && said.startsWith("0 results for “Russia NATO talks") && said.contains("\u2026”;")
                && said.endsWith("only its first 32 of 300 words are searched"), said);
    }

    @Test
    void beforeASearchTheHintReadsWholeAndNothingSaysNoResults(FxRobot robot) {
        robot.interact(() -> state.searchProperty().set(SearchResults.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        Label hint = robot.from(view).lookup(".label").queryAs(Label.class);
        assertTrue(hint.getText().startsWith("Type in the search box"));
        Text drawn = (Text) hint.lookup(".text");
        assertEquals(hint.getText(), drawn.getText(), "the hint is drawn whole, wrapped, not cut with an ellipsis");
        assertTrue(robot.from(view).lookup("#search-no-results").tryQuery().map(n -> !n.isVisible()).orElse(true),
                "no \"No results\" before anything was searched");
        robot.interact(() -> state.searchProperty().set(new SearchResults("Lavrov", List.of(), Set.of())));
        WaitForAsyncUtils.waitForFxEvents();
        // Where it looked, so a name neither paper prints does not pass for a search that failed.
        assertTrue(robot.from(view).lookup("No event, actor or quote, and no sentence of the articles, holds “Lavrov”.")
                .tryQuery().map(Node::isVisible).orElse(false));
    }

    /** A name typed in full, which no event's text holds whole, still leads to the actor and their events. */
    @Test
    void choosingAnActorHitSelectsTheActorAndTheirFirstEventOfTheTalks(FxRobot robot) throws Exception {
        Dataset week = new ExchangeFormatReader()
                .load(Path.of(System.getProperty("parley.seeds", "seeds"))).dataset();
        robot.interact(() -> state.datasetProperty().set(week));
        SearchResults results = SearchService.toResults("Alexander Grushko", List.of(), week);
        robot.interact(() -> state.searchProperty().set(results));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 result for “Alexander Grushko”",
                robot.from(view).lookup(".label").queryAs(Label.class).getText());
        ListCell<?> first = robot.from(view).lookup(".list-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n).filter(c -> c.getItem() != null).findFirst().orElseThrow();
        assertEquals("actor · Alexander Grushko",
                robot.from(first).lookup(".text-bold").queryAs(Label.class).getText());

        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("grushko", state.selectedActorProperty().get());
        Event chosen = state.selectedEvent().orElseThrow();
        assertTrue(chosen.involves("grushko"), chosen.id());
        assertTrue(week.focus().orElseThrow().contains(chosen.time().startDate()), chosen.time().toString());
    }

    /** With the window's style sheet, one hit is set off from the next by a rule and some air: they had run together. */
    @Test
    void eachHitIsSetOffFromTheNext(FxRobot robot) {
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            hits.add(new SearchResults.Hit("event", "Sherman says thing number " + i,
                    SearchHit.MARK_START + "Sherman" + SearchHit.MARK_END + " said so, number " + i, "e" + i, null, -1, -1));
        }
        robot.interact(() -> {
            view.getScene().getStylesheets().setAll(MainWindow.class.getResource("main.css").toExternalForm());
            state.searchProperty().set(new SearchResults("Sherman", hits, Set.of()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> first = robot.from(view).lookup(".list-cell")
                .match((ListCell<?> c) -> c.getItem() != null && c.getIndex() == 0).query();
        assertTrue(first.getPadding().getTop() >= 5 && first.getPadding().getBottom() >= 5, "air: " + first.getPadding());
        assertTrue(first.getBorder() != null && first.getBorder().getStrokes().stream()
                .anyMatch(b -> b.getWidths().getBottom() > 0 && b.getBottomStroke() instanceof Color c
                        && c.getOpacity() > 0), "a rule under the hit: " + first.getBorder());
    }

    /**
     * Filters on, the best hits of all came first though the filters hid them (all 200 for "talks"
     * among 100,000 events filtered to a month): the top hit, clicked (or opened by Enter), was an
     * event no view showed. The hits the filters show come first; the hidden ones follow, marked.
     */
    @Test
    void withFiltersOnTheTopHitIsOneTheFiltersShow(FxRobot robot) {
        Dataset week = BundledSeeds.dataset();
        Event meeting = week.events().stream()
                .filter(e -> e.kind() == EventKind.MEETING).findFirst().orElseThrow();
        Event other = week.events().stream()
                .filter(e -> e.kind() != EventKind.MEETING).findFirst().orElseThrow();
        List<SearchResults.Hit> hits = List.of(
                new SearchResults.Hit("event", other.title(), "", other.id(), null, -1, -1),
                new SearchResults.Hit("event", meeting.title(), "", meeting.id(), null, -1, -1));
        robot.interact(() -> {
            state.datasetProperty().set(week);
            state.filterProperty().set(EventFilter.NONE.withKinds(
                    Set.of(EventKind.MEETING)));
            state.searchProperty().set(new SearchResults("talks", hits, Set.of(other.id(), meeting.id())));
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.from(view).lookup(".list-view").queryAs(ListView.class);
        ListCell<?> top = robot.from(list).lookup(".list-cell")
                .match((ListCell<?> c) -> c.getItem() != null && c.getIndex() == 0).query();
        robot.clickOn(top);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(meeting.id(), state.selectedEventProperty().get(), "the top hit is the one the filter shows");
        ListCell<?> second = robot.from(list).lookup(".list-cell")
                .match((ListCell<?> c) -> c.getItem() != null && c.getIndex() == 1).query();
        String label = robot.from(second).lookup(".label").queryAs(Label.class).getText();
        assertTrue(label.endsWith("(hidden by the filters)"), label);

        // Filters off: the rank's order again, nothing marked.
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(other.id(), ((SearchResults.Hit) list.getItems().get(0)).eventId());
        ListCell<?> first = robot.from(list).lookup(".list-cell")
                .match((ListCell<?> c) -> c.getItem() != null && c.getIndex() == 0).query();
        assertFalse(robot.from(first).lookup(".label").queryAs(Label.class).getText()
                .contains("hidden"));
    }
    /**
     * The header counts the events found as the status bar does: "3 events marked" had counted an event the
     * filters hide as marked, beside the bar's "3 events match: 2 marked, 1 hidden by the filters".
     */
    @Test
    void theHeaderSaysWhichFoundEventsTheFiltersHideAsTheStatusBarDoes(FxRobot robot) {
        Dataset week = BundledSeeds.dataset();
        List<Event> meetings = week.events().stream()
                .filter(e -> e.kind() == EventKind.MEETING).limit(2).toList();
        Event other = week.events().stream()
                .filter(e -> e.kind() != EventKind.MEETING).findFirst().orElseThrow();
        List<SearchResults.Hit> hits = List.of(
                new SearchResults.Hit("event", meetings.get(0).title(), "", meetings.get(0).id(), null, -1, -1),
                new SearchResults.Hit("passage", "The Washington Post", "", meetings.get(1).id(), null, -1, -1),
                new SearchResults.Hit("quote", "Quote", "", other.id(), null, -1, -1));
        robot.interact(() -> {
            state.datasetProperty().set(week);
            state.filterProperty().set(EventFilter.NONE.withKinds(
                    Set.of(EventKind.MEETING)));
            state.searchProperty().set(new SearchResults("talks", hits,
                    Set.of(meetings.get(0).id(), meetings.get(1).id(), other.id())));
        });
        WaitForAsyncUtils.waitForFxEvents();
        String said = robot.from(view).lookup(".label").queryAs(Label.class).getText();
        assertEquals("3 results for \u201Ctalks\u201D (1 event, 1 quote, 1 article passage); "
                + "3 events match: 2 marked, 1 hidden by the filters", said);
        assertTrue(said.endsWith(FoundEvents.said(3, 1)), said);
        // Filters off: every event found is marked, and the header says it as the bar does.
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3 results for \u201Ctalks\u201D (1 event, 1 quote, 1 article passage); 3 events marked",
                robot.from(view).lookup(".label").queryAs(Label.class).getText());
    }

    /**
     * A sentence pasted whole was searched by its first 32 words without a word said: its highlight in the
     * article stopped mid-sentence. The summary says how many words were searched.
     */
    @Test
    void aSearchCutToItsFirstWordsSaysSo(FxRobot robot) {
        int most = ParleyStore.SEARCHED_WORDS_AT_MOST;
        String typed = String.join(" ", Collections.nCopies(most + 8, "talks"));
        robot.interact(() -> state.searchProperty().set(new SearchResults(typed, List.of(
                new SearchResults.Hit("event", "Talks", "", "e1", null, -1, -1)), Set.of("e1"))));
        String said = robot.from(view).lookup(".label").queryAs(Label.class).getText();
        assertTrue(said.contains("only its first " + most + " of " + (most + 8) + " words are searched"), said);
        robot.interact(() -> state.searchProperty().set(new SearchResults("talks", List.of(
                new SearchResults.Hit("event", "Talks", "", "e1", null, -1, -1)), Set.of("e1"))));
        said = robot.from(view).lookup(".label").queryAs(Label.class).getText();
        assertFalse(said.contains("words are searched"), said);
    }
    /**
     * A hit chosen, then another event chosen elsewhere (the timeline): the hit no longer looks chosen, and a
     * click on it chooses its event again. It stayed highlighted, and the click did nothing.
     */
    @Test
    void aHitChosenAgainAfterAnotherSelectionChoosesItsEventAgain(FxRobot robot) {
        Dataset week = BundledSeeds.dataset();
        robot.interact(() -> state.datasetProperty().set(week));
        String first = week.events().get(0).id();
        String second = week.events().get(1).id();
        String elsewhere = week.events().get(2).id();
        robot.interact(() -> state.searchProperty().set(new SearchResults("talks", List.of(
                new SearchResults.Hit("event", "First", "", first, null, -1, -1),
                new SearchResults.Hit("event", "Second", "", second, null, -1, -1)), Set.of(first, second))));
        ListView<?> list = robot.from(view).lookup(".list-view").queryAs(ListView.class);
        robot.clickOn(cellOf(robot, "event · First"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, state.selectedEventProperty().get());

        robot.interact(() -> state.selectedEventProperty().set(elsewhere));
        assertEquals(-1, list.getSelectionModel().getSelectedIndex(), "the hit no longer looks chosen");
        robot.clickOn(cellOf(robot, "event · First"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, state.selectedEventProperty().get(), "a click chooses it again");
    }

    private Node cellOf(FxRobot robot, String title) {
        return robot.from(view).lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() != null && robot.from(c).lookup(".text-bold")
                        .queryAs(Label.class).getText().equals(title))
                .findFirst().orElseThrow();
    }
}
