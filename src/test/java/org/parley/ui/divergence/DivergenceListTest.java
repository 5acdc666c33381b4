package org.parley.ui.divergence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.SourceFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FxThreadRobot.class)
class DivergenceListTest {

    private final ExplorerState state = new ExplorerState();
    private final Dataset week = BundledSeeds.dataset();
    private DivergenceList list;

    @Start
    void start(Stage stage) {
        state.datasetProperty().set(week);
        list = new DivergenceList(state);
        stage.setScene(new Scene(list, 480, 700));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void listsEveryDivergenceWithBothPapersWords(FxRobot robot) {
        assertEquals(week.divergences().size(), robot.lookup("." + DivergenceList.CARD_STYLE_CLASS).queryAll().size());
        Divergence first = week.divergences().get(0);
        String reading = first.readings().get(0).text().strip();
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains(reading)), "a reading is shown in the paper's words");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("The New York Times: ")));
    }

    /**
     * An event chosen elsewhere (the timeline, the map) marks the facts the papers tell differently about
     * it, and brings the first into view: the list had stayed as it was, to be read card by card.
     */
    @Test
    void anEventChosenElsewhereMarksItsFactsAndShowsTheFirst(FxRobot robot) {
        Divergence last = week.divergences().stream().filter(d -> !d.events().isEmpty())
                .reduce((a, b) -> b).orElseThrow();
        String event = last.events().get(0);
        robot.interact(() -> state.selectedEventProperty().set(event));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> cards = robot.lookup("." + DivergenceList.CARD_STYLE_CLASS).queryAll()
                .stream().toList();
        Set<String> marked = new HashSet<>();
        Node firstMarked = null;
        for (Node card : cards) {
            if (card.getPseudoClassStates().contains(DivergenceList.OF_SELECTED_EVENT)) {
                marked.add(((Divergence) card.getUserData()).id());
                firstMarked = firstMarked == null ? card : firstMarked;
            }
        }
        Set<String> about = new HashSet<>();
        week.divergences().stream().filter(d -> d.events().contains(event)).forEach(d -> about.add(d.id()));
        assertEquals(about, marked);
        Bounds view = list.localToScene(list.getLayoutBounds());
        Bounds shown = firstMarked.localToScene(firstMarked.getLayoutBounds());
        assertTrue(view.intersects(shown), "the first card about the event is in view: " + shown + " in " + view);
        robot.interact(() -> state.selectedEventProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cards.stream().noneMatch(c -> c.getPseudoClassStates().contains(DivergenceList.OF_SELECTED_EVENT)));
    }

    /**
     * Filters apply here as everywhere: with only statements shown, a fact whose events are all
     * hidden is not listed, and the list says how many of the dataset's it shows. The filter cleared,
     * every fact is back.
     */
    @Test
    void theListKeepsTheFactsWhoseEventsTheFiltersShow(FxRobot robot) {
        EventKind kind = EventKind.STATEMENT;
        long kept = week.divergences().stream().filter(d -> d.events().isEmpty() || d.events().stream()
                .anyMatch(id -> week.event(id).orElseThrow().kind() == kind)).count();
        assertTrue(kept > 0 && kept < week.divergences().size(), "statements keep some facts, not all: " + kept);

        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(kind))));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(kept, robot.lookup("." + DivergenceList.CARD_STYLE_CLASS).queryAll().size());
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().startsWith(
                kept + " of the " + week.divergences().size() + " facts")), "says how many it shows");

        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(week.divergences().size(), robot.lookup("." + DivergenceList.CARD_STYLE_CLASS).queryAll().size());
    }

    @Test
    void onlyTheChosenCardIsCurrentEvenWhenDivergencesShareAnEvent(FxRobot robot) {
        // Several divergences concern the same event; choosing one must not light up the others.
        Divergence shared = week.divergences().stream()
                .filter(d -> week.divergences().stream().anyMatch(o -> o != d && !d.events().isEmpty()
                        && o.events().contains(d.events().get(0))))
                .findFirst().orElseThrow();
        robot.clickOn(topicLabel(robot, shared));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shared.id(), state.selectedDivergenceProperty().get());
        List<Node> current = robot.lookup("." + DivergenceList.CARD_STYLE_CLASS).queryAll().stream()
                .filter(n -> n.getPseudoClassStates().toString().contains("current")).toList();
        assertEquals(1, current.size());
        assertEquals(shared, current.get(0).getUserData());
    }

    /**
     * The list is one Tab stop and the arrow keys move between its cards: Tab had stopped on each
     * of the twenty, so reaching the map or the detail by keyboard took twenty presses.
     */
    @Test
    void tabPassesTheListInOneStopAndArrowsMoveBetweenCards(FxRobot robot) {
        List<Node> cards = List.copyOf(robot.lookup("." + DivergenceList.CARD_STYLE_CLASS).queryAll());
        assertEquals(1, cards.stream().filter(Node::isFocusTraversable).count());
        // The cards stand in the grid in the dataset's order, one column at this width.
        List<Node> ordered = cards.stream().sorted(Comparator.comparingDouble(
                n -> n.localToScene(n.getBoundsInLocal()).getMinY())).toList();
        robot.interact(() -> ordered.get(0).requestFocus());
        robot.type(KeyCode.DOWN, 2);
        assertTrue(ordered.get(2).isFocused(), "two cards on");
        assertEquals(1, cards.stream().filter(Node::isFocusTraversable).count());
        assertTrue(ordered.get(2).isFocusTraversable(), "Tab comes back to the card left last");
        robot.type(KeyCode.END);
        assertTrue(ordered.get(ordered.size() - 1).isFocused());
        Bounds last = ordered.get(ordered.size() - 1).localToScene(
                ordered.get(ordered.size() - 1).getBoundsInLocal());
        assertTrue(last.getMaxY() <= list.getScene().getHeight() + 1, "scrolled into view: " + last);
        robot.type(KeyCode.ENTER);
        assertEquals(((Divergence) ordered.get(ordered.size() - 1).getUserData()).id(),
                state.selectedDivergenceProperty().get());
    }

    /**
     * At 1280 × 720 the Compare tab is about 345 × 220 px, and many a card with its note is taller than that. The
     * arrow to such a card had scrolled to its bottom: the note was in view, the fact's title and both papers' words
     * above it were not. The card's top comes first.
     */
    @Test
    void anArrowToACardTallerThanThePaneShowsItsTitleAndReadings(FxRobot robot) {
        robot.interact(() -> {
            // A holder of the projector's pane size; the shared stage's size is left alone.
            StackPane holder = new StackPane();
            holder.setAlignment(Pos.TOP_LEFT);
            list.getScene().setRoot(holder);
            list.setMaxSize(345, 220);
            holder.getChildren().add(list);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> ordered = List.copyOf(list.lookupAll("." + DivergenceList.CARD_STYLE_CLASS)).stream()
                .sorted(Comparator.comparingDouble(n -> n.localToScene(n.getBoundsInLocal()).getMinY())).toList();
        double viewport = list.getViewportBounds().getHeight();
        // The tallest card after the first: the note of "Stoltenberg's verdict" runs to a dozen lines.
        int tall = 1;
        for (int i = 2; i < ordered.size(); i++) {
            tall = ordered.get(i).getBoundsInLocal().getHeight() > ordered.get(tall).getBoundsInLocal().getHeight() ? i : tall;
        }
        assertTrue(ordered.get(tall).getBoundsInLocal().getHeight() > viewport * 1.5, "a card much taller than the pane");
        Node before = ordered.get(tall - 1);
        Node card = ordered.get(tall);
        robot.interact(before::requestFocus);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(card.isFocused(), "the arrow moved to the tall card");
        Bounds view = list.localToScene(list.getLayoutBounds());
        // The fact's title, the card's first line: whole, at the top of the pane (the card's own top may sit a
        // pixel or two above it, under the pane's edge, as ci178 and ci179 found with a theme's focus ring).
        Node title = card.lookup(".text-bold");
        Bounds shown = title.localToScene(title.getLayoutBounds());
        assertTrue(shown.getMinY() >= view.getMinY() - 0.5 && shown.getMinY() < view.getMinY() + 30,
                "the card's title at the top of the pane: " + shown + " in " + view);
    }

    /** A dataset that records no divergence is not said to have papers that agree: it may never have compared them. */
    @Test
    void noRecordedDivergenceIsNotCalledAgreement(FxRobot robot) {
        Label intro = robot.lookup(".text-muted").queryAs(Label.class);
        assertEquals(week.divergences().size() + " facts the papers report differently, each in the papers' own words.",
                intro.getText());
        Dataset none = new Dataset(week.title(), week.description(), week.sources(), week.actors(), week.places(),
                week.events(), week.quotes(), List.of(), week.positions());
        robot.interact(() -> state.datasetProperty().set(none));
        assertEquals("This dataset records no fact that its sources report differently.", intro.getText());
        assertTrue(robot.lookup("." + DivergenceList.CARD_STYLE_CLASS).queryAll().isEmpty());
    }

    @Test
    void cardsFillAWidePaneInColumns(FxRobot robot) {
        // Resize the pane itself: resizing the shared test stage would leak into other test classes.
        robot.interact(() -> {
            list.resize(1400, 700);
            list.layout();
            list.layout();
        });
        List<Node> cards = new ArrayList<>(robot.lookup("." + DivergenceList.CARD_STYLE_CLASS).queryAll());
        long columns = cards.stream().map(n -> Math.round(n.localToScene(0, 0).getX())).distinct().count();
        assertTrue(columns >= 3, columns + " columns at 1400 px");
        double used = cards.stream().mapToDouble(n -> n.localToScene(n.getLayoutBounds()).getMaxX()).max().orElse(0);
        assertTrue(used > 1300, "the cards use " + used + " of 1400 px");
    }

    private static Label topicLabel(FxRobot robot, Divergence d) {
        return robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(d.topic())).findFirst().orElseThrow();
    }

    @Test
    void choosingADivergenceSelectsItsEvent(FxRobot robot) {
        Divergence first = week.divergences().get(0);
        robot.clickOn(robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(first.topic())).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.events().get(0), state.selectedEventProperty().get());
        assertTrue(robot.lookup("." + DivergenceList.CARD_STYLE_CLASS).queryAll().stream()
                .anyMatch(n -> n.getPseudoClassStates().toString().contains("current")), "its card is marked");
    }
    /**
     * Filtered to one paper, a click on a fact whose first event only the other paper reports
     * selects the event of it that paper reports: it had selected the hidden one, and the timeline,
     * map and table showed no selection.
     */
    @Test
    void choosingADivergenceSelectsAnEventTheFiltersShow(FxRobot robot) {
        EventFilter nyt = EventFilter.NONE
                .withSources(SourceFilter.includes("nyt"));
        Divergence split = week.divergences().stream()
                .filter(d -> !nyt.in(week).test(week.event(d.events().get(0)).orElseThrow())
                        && d.events().stream().anyMatch(id -> nyt.in(week).test(week.event(id).orElseThrow())))
                .findFirst().orElseThrow();
        robot.interact(() -> state.filterProperty().set(nyt));
        WaitForAsyncUtils.waitForFxEvents();
        // The arrow from the card before it scrolls the card into view, as a reader would.
        Divergence before = week.divergences().get(week.divergences().indexOf(split) - 1);
        robot.interact(() -> card(before).requestFocus());
        robot.type(KeyCode.DOWN);

        robot.clickOn(topicLabel(robot, split));
        WaitForAsyncUtils.waitForFxEvents();

        String selected = state.selectedEventProperty().get();
        assertTrue(split.events().contains(selected), "one of its events: " + selected);
        assertTrue(state.isVisible(selected), "shown under the filter: " + selected);
        assertEquals(split.id(), state.selectedDivergenceProperty().get());
    }

    /** Enter on a card chooses it; letting go of its event (Escape on the timeline or table) unmarks the card. */
    @Test
    void lettingGoOfTheEventUnmarksTheCardChosenWithIt(FxRobot robot) {
        Divergence first = week.divergences().get(0);
        robot.interact(() -> list.lookupAll("." + DivergenceList.CARD_STYLE_CLASS).stream()
                .filter(n -> n.getUserData() == first).findFirst().orElseThrow().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.events().get(0), state.selectedEventProperty().get());
        assertEquals(1, currentCards(robot), "its card is marked");
        robot.interact(() -> state.selectedEventProperty().set(null));
        assertEquals(0, currentCards(robot), "no card is marked with nothing selected");
    }

    private Node card(Divergence d) {
        return list.lookupAll("." + DivergenceList.CARD_STYLE_CLASS).stream()
                .filter(n -> n.getUserData() == d).findFirst().orElseThrow();
    }

    /**
     * A card says which event its fact concerns, under the topic: "How long the meeting lasted" had not said
     * which meeting. Past two events it counts the rest, and names them all in its tip, so the card about seven
     * stays as short as the others.
     */
    @Test
    void aCardNamesTheEventsItsFactConcerns(FxRobot robot) {
        Divergence length = divergence("div-meeting-length");
        String meeting = week.event(length.events().get(0)).orElseThrow().title();
        VBox card = card(robot, length.id());
        assertTrue(texts(card).stream().anyMatch(t -> t.contains(meeting) && t.contains("Wed 12 Jan 2022")),
                "the card names its event and its day: " + texts(card));

        Divergence scope = divergence("div-russian-demands-scope");
        assertEquals(7, scope.events().size());
        VBox many = card(robot, scope.id());
        Label line = (Label) many.getChildren().get(1);
        assertTrue(line.getText().endsWith(" and 6 more"), line.getText());
        for (String id : scope.events()) {
            String title = week.event(id).orElseThrow().title();
            assertTrue(line.getTooltip().getText().contains(title), "the tip names " + title);
        }
        assertTrue(line.getHeight() < 3 * line.getFont().getSize() * 1.6, "at most two lines: " + line.getHeight());
    }

    private Divergence divergence(String id) {
        return week.divergences().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static VBox card(FxRobot robot, String divergenceId) {
        return robot.lookup("." + DivergenceList.CARD_STYLE_CLASS).queryAllAs(VBox.class).stream()
                .filter(c -> ((Divergence) c.getUserData()).id().equals(divergenceId)).findFirst().orElseThrow();
    }

    private static List<String> texts(VBox card) {
        return card.getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }

    private static long currentCards(FxRobot robot) {
        return robot.lookup("." + DivergenceList.CARD_STYLE_CLASS).queryAll().stream()
                .filter(n -> n.getPseudoClassStates().toString().contains("current")).count();
    }
}
