package org.parley.ui.filter;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.Place;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FxThreadRobot.class)
class FilterPaneTest {

    private ExplorerState state;
    private Dataset data;
    private FilterPane pane;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        data = BundledSeeds.dataset();
        state = new ExplorerState();
        state.datasetProperty().set(data);
        pane = new FilterPane(state);
        stage.setScene(new Scene(pane, 380, 700));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void theFocusButtonKeepsTheDatasetsFocusPeriodAndSaysWhichDays(FxRobot robot) {
        robot.clickOn("#range-focus");
        WaitForAsyncUtils.waitForFxEvents();
        // The week's last day, 13 January, is in the range the label and the chip name, and so are its events.
        assertTrue(robot.from(pane).lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "2022-01-09 – 2022-01-13".equals(l.getText())), "the range's label names 9 to 13 January");
        List<String> chips = robot.from(pane).lookup(".chip").queryAllAs(Button.class).stream().map(Button::getText).toList();
        assertEquals(List.of("Time: 2022-01-09 – 2022-01-13"), chips);
        List<Event> shown = state.visibleEventsProperty().get();
        assertTrue(shown.stream().anyMatch(e -> e.id().equals("osce-vienna")), "the Vienna meeting of 13 January passes");
        assertTrue(shown.stream().noneMatch(e -> e.time().end().getYear() < 2021), "the background is left out");
        Node focus = robot.lookup("#range-focus").query();
        assertTrue(focus instanceof Button);
    }

    /** Each kind says how many events its tick keeps, and ticking it keeps that many: where the events are, before a click. */
    @Test
    void eachKindSaysHowManyEventsItsTickKeeps(FxRobot robot) {
        long meetings = data.events().stream().filter(e -> e.kind() == EventKind.MEETING).count();
        ListCell<?> meetingCell = robot.from(robot.lookup("#kind-filter").queryAs(Node.class))
                .lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() == EventKind.MEETING).findFirst().orElseThrow();
        assertEquals("Meeting (" + meetings + ")", meetingCell.getText());
        robot.clickOn(meetingCell.lookup(".check-box"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(meetings, state.visibleEventsProperty().get().size(), "the tick keeps as many as it said");
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
    }

    /** A day typed narrows the counts beside the actors to that day: "Russia (29)" had stayed as for the week. */
    @Test
    void theCountsBesideTheActorsFollowTheTimeRange(FxRobot robot) {
        Node from = robot.from(pane).lookup("#range-from").query();
        Node to = robot.from(pane).lookup("#range-to").query();
        robot.interact(() -> {
            pane.getScene().getWindow().setHeight(700);
            pane.layout();
            pane.setVvalue(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(from).eraseText(12).write("2022-01-12").type(KeyCode.ENTER);
        robot.clickOn(to).eraseText(12).write("2022-01-12").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        EventFilter f = state.filterProperty().get();
        assertTrue(f.from() != null && f.to() != null, "the range is set: " + f);
        long thatDay = data.events().stream().filter(f.withActors(Set.of("russia")).in(data)).count();
        long week = data.events().stream().filter(e -> data.involves(e, "russia")).count();
        assertTrue(thatDay < week, thatDay + " of " + week);
        @SuppressWarnings("unchecked")
        CheckListView<Actor> actors =
                robot.from(pane).lookup("#actor-filter").queryAs(CheckListView.class);
        robot.interact(() -> actors.scrollTo(data.actor("russia").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> russia = robot.from(actors)
                .lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof Actor a && a.id().equals("russia"))
                .findFirst().orElseThrow();
        assertEquals("Russia (" + thatDay + ")", russia.getText());
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
    }

    /**
     * "Match: all of the chosen actors" keeps only the events the ticked actors share, says so in a chip, and
     * Ctrl+Z takes the change back: ticking two actors had kept either one's events, never what they share.
     */
    @Test
    void allOfTheChosenActorsKeepsWhatTheyShare(FxRobot robot) {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withActors(Set.of("sherman", "ryabkov"))));
        int either = state.visibleEventsProperty().get().size();
        assertTrue(either > 1, "either one's events");
        Node all = robot.lookup("#actor-match-all").query();
        robot.interact(() -> {
            // The actors' section lies below the pane's fold: scrolled to, as a user would.
            double hidden = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
            double y = pane.getContent().sceneToLocal(all.localToScene(all.getLayoutBounds())).getMinY();
            pane.setVvalue(Math.min(1, Math.max(0, (y - 40) / hidden)));
        });
        robot.clickOn(all);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("geneva-talks"), state.visibleEventsProperty().get().stream().map(Event::id).toList(),
                "only the Geneva talks have both");
        assertEquals(EventFilter.ActorMatch.ALL, state.filterProperty().get().actorMatch());
        List<String> chips = robot.from(pane).lookup(".chip").queryAllAs(Button.class).stream().map(Button::getText).toList();
        assertTrue(chips.contains("Actors: all together"), chips.toString());
        robot.interact(() -> state.filterHistory().undo());
        assertEquals(either, state.visibleEventsProperty().get().size(), "undone: either one's events again");
        assertTrue(robot.lookup("#actor-match-any").queryAs(RadioButton.class).isSelected(),
                "the pane follows the filter back");
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
    }

    /** Space ticks a kind's box; Enter, which JavaFX lets tick one off the Mac, changes nothing. */
    @Test
    void enterOnAFocusedBoxDoesNotFilter(FxRobot robot) {
        CheckBox first = robot.from(robot.lookup("#kind-filter").queryAs(Node.class))
                .lookup(".check-box").queryAs(CheckBox.class);
        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first.isSelected());
        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(first.isSelected());
        EventFilter before = state.filterProperty().get();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(first.isSelected(), "Enter left the box as it was");
        assertEquals(before, state.filterProperty().get());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.filterProperty().get().kinds().size() == 1, "Space still ticks: " + state.filterProperty().get());
    }

    /** Over decades the slider steps a month: one day of the talks is typed instead, and bad text changes nothing. */
    @Test
    void aDayTypedInBothFieldsKeepsThatDayAlone(FxRobot robot) {
        robot.clickOn("#range-from").eraseText(12).write("2022-01-12").type(KeyCode.ENTER);
        robot.clickOn("#range-to").eraseText(12).write("2022-01-12").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<Event> shown = state.visibleEventsProperty().get();
        assertFalse(shown.isEmpty());
        assertTrue(shown.stream().anyMatch(e -> e.id().equals("nrc-meeting")), "the Brussels meeting of the 12th");
        assertTrue(shown.stream().noneMatch(e -> e.id().equals("osce-vienna") || e.id().equals("geneva-talks")),
                "not the 13th in Vienna nor the 10th in Geneva");
        EventFilter before = state.filterProperty().get();
        robot.clickOn("#range-to").push(KeyCode.CONTROL, KeyCode.A)
                .write("not a day").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, state.filterProperty().get(), "text that is no date changes nothing");
        Label problem = robot.lookup("#range-day-problem").queryAs(Label.class);
        assertTrue(problem.isVisible() && problem.getText().startsWith("\u201Cnot a day")
                && problem.getText().contains("is not a day: type it as YYYY-MM-DD"),
                "and says so: " + problem.getText());
        DatePicker to = robot.lookup("#range-to").queryAs(DatePicker.class);
        assertEquals("not a day", to.getEditor().getText(), "the typing stays in the field, to be mended");
        robot.clickOn("#range-to").push(KeyCode.CONTROL, KeyCode.A)
                .write("2022-01-12").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(problem.isVisible(), "a day typed puts the message away: " + problem.getText());
    }

    /**
     * A day beyond the years Parley draws (as the command line's --from and --to refuse it) is said and changes
     * nothing: "+999999999-12-31" had thrown out of the field (its next day is no date) with a stack trace on the
     * terminal and no word in the window, and "+99999-01-01" had been kept as a filter no export could name.
     */
    @Test
    void aDayBeyondTheYearsParleyDrawsIsSaidAndChangesNothing(FxRobot robot) {
        EventFilter before = state.filterProperty().get();
        Label problem = robot.lookup("#range-day-problem").queryAs(Label.class);
        for (String far : List.of("+999999999-12-31", "+99999-01-01", "-0001-12-31", "-999999999-01-01")) {
            robot.clickOn("#range-to").push(KeyCode.CONTROL, KeyCode.A).write(far).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(before, state.filterProperty().get(), far + " changes nothing");
            assertTrue(problem.isVisible() && problem.getText().contains("between 0000-01-01 and 9999-12-31"),
                    far + " is said: " + problem.getText());
        }
        robot.clickOn("#range-to").push(KeyCode.CONTROL, KeyCode.A).write("9999-12-31").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(problem.isVisible(), "the last day Parley draws is a day: " + problem.getText());
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
    }

    /** On a short pane, as at 1366×768, the message about a day that is no day is scrolled into sight. */
    @Test
    void aDayThatIsNoDayIsSaidWhereItCanBeSeen(FxRobot robot) {
        robot.interact(() -> pane.getScene().getWindow().setHeight(260));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            // The day fields at the pane's bottom edge, the message's line below it, as the tester had them.
            pane.layout();
            Node content = pane.getContent();
            Node from = pane.lookup("#range-from");
            Bounds at = content.sceneToLocal(from.localToScene(from.getLayoutBounds()));
            double view = pane.getViewportBounds().getHeight();
            pane.setVvalue((at.getMaxY() + 2 - view) / (content.getLayoutBounds().getHeight() - view));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#range-from").push(KeyCode.CONTROL, KeyCode.A)
                .write("2022-13-45").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#range-day-problem").queryAs(Label.class);
        assertTrue(problem.isVisible(), "the message is there");
        Bounds seen = pane.localToScene(pane.getLayoutBounds());
        Bounds message = problem.localToScene(problem.getLayoutBounds());
        assertTrue(message.getMinY() >= seen.getMinY() && message.getMaxY() <= seen.getMaxY(),
                "the message " + message + " lies within the pane " + seen);
    }

    /** Days typed the wrong way round name the days between them, not "No days" that still let month-dated events through. */
    @Test
    void daysTypedTheWrongWayRoundAreTakenAsTheDaysBetween(FxRobot robot) {
        robot.clickOn("#range-from").eraseText(12).write("2022-01-14").type(KeyCode.ENTER);
        robot.clickOn("#range-to").eraseText(12).write("2022-01-12").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.from(pane).lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "2022-01-12 – 2022-01-14".equals(l.getText())), "the label names 12 to 14 January");
        List<Event> shown = state.visibleEventsProperty().get();
        assertTrue(shown.stream().anyMatch(e -> e.id().equals("nrc-meeting")), "the Brussels meeting of the 12th");
        assertTrue(shown.stream().anyMatch(e -> e.id().equals("osce-vienna")), "the Vienna meeting of the 13th");
        assertTrue(shown.stream().noneMatch(e -> e.id().equals("geneva-talks")), "not Geneva");
    }

    /** The bylines' cities are places of the dataset, but no event is there: a tick on them kept nothing. */
    @Test
    void onlyPlacesOfSomeEventAreOffered(FxRobot robot) {
        @SuppressWarnings("unchecked")
        CheckListView<Place> list =
                robot.lookup("#place-filter").queryAs(CheckListView.class);
        List<String> names = list.getItems().stream().map(Place::name).toList();
        assertTrue(names.contains("Brussels") && names.contains("Vienna"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.equals("Washington") || n.equals("Belgrade")), names.toString());
    }

    /** A keyboard user moves a thumb with the arrow keys: the range applies once the keys rest, and F1 still reaches the window. */
    @Test
    void theArrowKeysOnTheSliderApplyTheRangeAndShortcutsStillWork(FxRobot robot) throws Exception {
        boolean[] help = {false};
        robot.interact(() -> pane.getScene().getAccelerators().put(new KeyCodeCombination(
                KeyCode.F1), () -> help[0] = true));
        RangeSlider slider = robot.lookup("#range-filter").queryAs(RangeSlider.class);
        robot.clickOn(slider.lookup(".low-thumb"));
        robot.type(KeyCode.RIGHT, 40);
        // Applied once the keys rest (a quarter second); waited for, not slept on, so a loaded machine passes too. On a
        // loaded machine the keys may rest before all 40 are typed: the first range applied then still holds every
        // event, and the one the last key leaves follows.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> state.filterProperty().get().from() != null
                && state.visibleEventsProperty().get().size() < data.events().size());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.filterProperty().get().from() != null, "the low end moved by keys is applied");
        assertTrue(state.visibleEventsProperty().get().size() < data.events().size(), "events before it are left out");

        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(help[0], "F1 with the slider focused runs the window's shortcut");
    }

    /** Ticking a box leaves the lists where they were, so a second quick click lands on the box meant. */
    /**
     * Scrolled down to the actors, ticking some made the chips above wrap to more rows: the list slid down
     * under the pointer, and the next click ticked the actor above the one meant.
     */
    @Test
    void moreChipsAboveDoNotMoveTheActorsUnderThePointer(FxRobot robot) {
        assertChipsLeaveInPlace(robot, "#actor-match");
    }

    /** Scrolled part way, to the kinds: the same, where the scroll bar is not at its end. */
    @Test
    void moreChipsAboveDoNotMoveTheKindsUnderThePointer(FxRobot robot) {
        assertChipsLeaveInPlace(robot, "#kind-filter");
    }

    private void assertChipsLeaveInPlace(FxRobot robot, String shown) {
        Node below = robot.lookup(shown).query();
        robot.interact(() -> {
            double hidden = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
            double y = pane.getContent().sceneToLocal(below.localToScene(below.getLayoutBounds())).getMinY();
            pane.setVvalue(Math.min(1, Math.max(0, (y - 40) / hidden)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        double before = below.localToScene(0, 0).getY();
        double chipsBefore = robot.lookup("#filter-chips").queryAs(Region.class).getHeight();
        assertTrue(pane.getVvalue() > 0, "scrolled down");
        Region chips = robot.lookup("#filter-chips").queryAs(Region.class);
        // Every actor: their chips wrap to more rows however wide the window is (in the whole suite's JVM a
        // window may open wider than it asked, where four chips fitted on one row).
        Set<String> everyActor = data.actors().stream().map(Actor::id)
                .collect(Collectors.toSet());
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withActors(everyActor)));
        // Laid out at the next pulse, which a loaded machine may not have run yet.
        waitUntil(() -> chips.getHeight() > chipsBefore, "the chips take more rows");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, below.localToScene(0, 0).getY(), 0.5);
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
        waitUntil(() -> chips.getHeight() == chipsBefore, "the chips back to one row");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, below.localToScene(0, 0).getY(), 0.5, "and back where it was when they go");
    }

    private static void waitUntil(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError(what + ": not so after 30 s", e);
        }
    }

    @Test
    void tickingAKindDoesNotMoveTheLists(FxRobot robot) {
        Node kinds = robot.lookup("#kind-filter").query();
        double before = kinds.localToScene(0, 0).getY();
        robot.interact(() -> state.filterProperty().set(state.filterProperty().get()
                .withKinds(Set.of(data.events().get(0).kind()))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, kinds.localToScene(0, 0).getY(), 0.5);
        assertTrue(robot.from(pane).lookup(".chip").tryQuery().isPresent(), "the active filter still shows as a chip");
    }

    @Test
    void aDayOnTheSliderIsThatDayWhereTheEventsHappened(FxRobot robot) {
        RangeSlider slider = robot.lookup("#range-filter").queryAs(RangeSlider.class);
        LocalDate first = data.events().stream().map(e -> e.time().startDate()).min(LocalDate::compareTo).orElseThrow();
        double wednesday = first.until(LocalDate.of(2022, 1, 12), ChronoUnit.DAYS);
        robot.interact(() -> {
            slider.setHighValue(wednesday + 1);
            slider.setLowValue(wednesday);
            slider.setLowValueChanging(true);
            slider.setLowValueChanging(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Event> shown = state.visibleEventsProperty().get();
        assertTrue(shown.stream().anyMatch(e -> e.id().equals("nrc-meeting")), "the 12th's meeting passes");
        assertTrue(shown.stream().noneMatch(e -> e.id().equals("osce-vienna")), "Thursday's Vienna meeting does not");
        List<String> chips = robot.from(pane).lookup(".chip").queryAllAs(Button.class).stream().map(Button::getText).toList();
        assertEquals(List.of("Time: 2022-01-12"), chips);
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
    }

    /** A range open at one end says so in words; "Time: 2022-01-12 – …" read as a label cut short. */
    @Test
    void anOpenRangeChipSaysFromOrUpTo(FxRobot robot) {
        ZoneId zone = data.zone();
        Instant wednesday = LocalDate.of(2022, 1, 12).atStartOfDay(zone).toInstant();
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withRange(wednesday, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Time: from 2022-01-12"),
                robot.from(pane).lookup(".chip").queryAllAs(Button.class).stream().map(Button::getText).toList());
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withRange(null, wednesday)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Time: up to 2022-01-11"),
                robot.from(pane).lookup(".chip").queryAllAs(Button.class).stream().map(Button::getText).toList());
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
    }

    @Test
    void anotherDatasetsFocusIsTheOneTheButtonNarrowsTo(FxRobot robot) {
        DateRange nineties = new DateRange(LocalDate.of(1990, 1, 1), LocalDate.of(1999, 12, 31));
        Dataset other = new Dataset(data.title(), data.description(), nineties, data.zone(), data.sources(),
                data.actors(), data.places(), data.events(), data.quotes(), data.divergences(), data.positions());
        robot.interact(() -> state.datasetProperty().set(other));
        robot.clickOn("#range-focus");
        WaitForAsyncUtils.waitForFxEvents();
        // Days begin at midnight in the dataset's zone.
        assertEquals(LocalDate.of(1990, 1, 1).atStartOfDay(data.zone()).toInstant(), state.filterProperty().get().from());
        assertEquals(LocalDate.of(2000, 1, 1).atStartOfDay(data.zone()).toInstant(), state.filterProperty().get().to());
        assertFalse(state.visibleEventsProperty().get().isEmpty());
        for (Event e : state.visibleEventsProperty().get()) {
            assertTrue(e.time().startDate().getYear() < 2000, e.id() + " is outside the nineties");
        }
    }

    /**
     * The kinds list shows every kind without a scroll bar of its own: scrolling inside the scrolling pane, the wheel
     * over it had moved the list by one kind instead of the pane on to the filters below.
     */
    @Test
    void everyKindIsInViewWithoutScrollingTheList(FxRobot robot) {
        CheckListView<?> kinds = robot.lookup("#kind-filter").queryAs(CheckListView.class);
        WaitForAsyncUtils.waitForFxEvents();
        for (Node bar : kinds.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL) {
                assertFalse(b.isVisible(), "the kinds list scrolls on its own");
            }
        }
        long shown = robot.from(kinds).lookup(".list-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getItem() != null && n.isVisible()).count();
        assertEquals(EventKind.values().length, shown);
    }
}
