package org.parley.ui.present;

import org.parley.seed.BundledSeeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.handout.ContextPlacement;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WindowPrefs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(FxThreadRobot.class)
class PresentationModeTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final List<Step> ALL = Steps.all(WEEK);

    private final ExplorerState state = new ExplorerState();
    private Stage owner;
    private Stage shown;

    @Start
    void start(Stage stage) {
        owner = stage;
        state.datasetProperty().set(WEEK);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closePresentation(FxRobot robot) {
        if (shown != null) {
            robot.interact(shown::close);
        }
    }

    private void present(FxRobot robot, boolean onlyFiltered) {
        shown = Presenting.start(robot, owner, state, onlyFiltered);
        assertNotNull(shown);
        robot.interact(() -> shown.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SlideView slide() {
        return (SlideView) shown.getScene().getRoot();
    }

    private String selected() {
        return state.selectedEventProperty().get();
    }

    private static String eventAt(int number) {
        // A context step gathers many events and selects none.
        return ALL.get(number - 1).isContext() ? null : ALL.get(number - 1).event().id();
    }

    @Test
    void opensFullScreenAtStepOneAndSelectsItsEvent(FxRobot robot) {
        present(robot, false);
        assertTrue(shown.isShowing());
        assertTrue(shown.isFullScreen());
        assertEquals(eventAt(1), selected());
        assertEquals(ALL.get(0).title(), slide().titleLabel().getText());
    }

    @Test
    void forwardKeysAdvanceAndTheSelectionFollows(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.RIGHT);
        assertEquals(eventAt(2), selected());
        robot.type(KeyCode.SPACE);
        assertEquals(eventAt(3), selected());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(eventAt(4), selected());
        robot.type(KeyCode.DOWN);
        assertEquals(eventAt(5), selected());
        assertEquals(ALL.get(4).title(), slide().titleLabel().getText());
    }

    /** Super+Right, the window manager's tiling key, had turned the slide as well. */
    @Test
    void superWithAnArrowLeavesTheSlideWhereItIs(FxRobot robot) {
        present(robot, false);
        robot.press(KeyCode.WINDOWS).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.WINDOWS);
        assertEquals(eventAt(1), selected(), "Super+Right is the window manager's");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(eventAt(2), selected(), "the clicker's key still steps");
    }

    /**
     * Arrows held with Ctrl or Alt are not the slides': Ctrl+Alt+Right moves to the next workspace on many
     * desktops, Alt+Left is the explorer's "previous event", and a clicker sends neither. They had stepped
     * as a bare arrow does.
     */
    @Test
    void arrowsHeldWithCtrlOrAltLeaveTheSlideWhereItIs(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.RIGHT);
        robot.press(KeyCode.CONTROL).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.CONTROL);
        robot.press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT, KeyCode.CONTROL);
        robot.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        assertEquals(eventAt(2), selected(), "Ctrl and Alt arrows are the desktop's and the explorer's");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(eventAt(3), selected(), "the clicker's key still steps");
    }

    /**
     * Shift, Ctrl or Alt pressed alone does nothing: reaching for Alt+Tab, or for Shift+? to read the keys
     * again, had put the list of keys away or brought back a blanked slide.
     */
    @Test
    void aModifierPressedAloneLeavesTheKeysAndTheBlankAsTheyAre(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.F1);
        robot.type(KeyCode.SHIFT);
        robot.type(KeyCode.CONTROL);
        robot.type(KeyCode.ALT);
        assertTrue(slide().keysShown(), "a lone modifier left the list of keys up");
        robot.type(KeyCode.F1);
        robot.type(KeyCode.B);
        robot.type(KeyCode.SHIFT);
        robot.type(KeyCode.ALT);
        assertTrue(slide().blanked(), "a lone modifier left the screen blank");
        robot.type(KeyCode.B);
        assertFalse(slide().blanked());
        assertEquals(eventAt(1), selected());
    }

    @Test
    void aKeyPressedBeforeTheSlidesHaveTheFocusStillStepsAndNotAfterTheyClose(FxRobot robot) {
        // As when Right follows Enter at once: the window system still sends it to the main window.
        shown = Presenting.start(robot, owner, state, false);
        robot.interact(() -> pressRight(owner));
        assertEquals(eventAt(2), selected(), "the key sent to the window behind drove the slides");
        robot.interact(shown::close);
        robot.interact(() -> pressRight(owner));
        assertEquals(eventAt(2), selected(), "once closed, the main window's keys are its own again");
    }

    private static void pressRight(Stage target) {
        Event.fireEvent(target.getScene().getRoot(), new KeyEvent(
                KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT, false, false, false, false));
    }

    @Test
    void backKeysGoBackAndStopAtTheFirstStep(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.RIGHT, 4);
        robot.type(KeyCode.LEFT);
        assertEquals(eventAt(4), selected());
        robot.type(KeyCode.PAGE_UP);
        assertEquals(eventAt(3), selected());
        robot.type(KeyCode.BACK_SPACE);
        assertEquals(eventAt(2), selected());
        robot.type(KeyCode.UP, 3);
        assertEquals(eventAt(1), selected());
    }

    @Test
    void homeAndEndGoToTheEnds(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.END);
        assertEquals(eventAt(ALL.size()), selected());
        robot.type(KeyCode.RIGHT);
        assertEquals(eventAt(ALL.size()), selected());
        robot.type(KeyCode.HOME);
        assertEquals(eventAt(1), selected());
    }

    @Test
    void typingANumberShowsItAndEnterJumps(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.DIGIT5);
        assertTrue(slide().noticeLabel().isVisible());
        assertTrue(slide().noticeLabel().getText().contains("5"), slide().noticeLabel().getText());
        assertEquals(eventAt(1), selected(), "nothing moves before Enter");
        robot.type(KeyCode.ENTER);
        assertEquals(eventAt(5), selected());
        assertFalse(slide().noticeLabel().isVisible());
    }

    @Test
    void aNumberOutsideTheDeckIsIgnored(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.DIGIT9, KeyCode.DIGIT9, KeyCode.DIGIT9, KeyCode.ENTER);
        assertEquals(eventAt(1), selected());
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.BACK_SPACE, KeyCode.ENTER);
        assertEquals(eventAt(1), selected(), "backspace edits the number, it does not go back");
    }

    @Test
    void escapeClosesThePresentation(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown.isShowing());
        assertEquals(eventAt(2), selected(), "the main window keeps the event the class last saw");
    }

    /** Out of full screen (a window manager's doing, or a stray key), F11 brings the show back to it. */
    @Test
    void f11TogglesFullScreenWithoutLeaving(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.RIGHT);
        robot.interact(() -> shown.setFullScreen(false));
        assertFalse(shown.isFullScreen());
        robot.type(KeyCode.F11);
        assertTrue(shown.isFullScreen(), "back to full screen");
        assertTrue(shown.isShowing());
        assertEquals(eventAt(2), selected(), "on the same step");
        robot.type(KeyCode.F11);
        assertFalse(shown.isFullScreen(), "and to a window again");
        assertTrue(slide().keysText().contains("F11"), "F1's list says so");
    }

    /** F1 shows the presenter's keys over the slide; the next key only puts them away. */
    @Test
    void f1ShowsTheKeysAndTheNextKeyPutsThemAway(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.F1);
        assertTrue(slide().keysShown());
        assertTrue(slide().keysText().contains("blank the screen"));
        robot.type(KeyCode.RIGHT);
        assertFalse(slide().keysShown());
        assertEquals(eventAt(1), selected(), "the key that closed the list did not step");
        robot.type(KeyCode.F1);
        robot.type(KeyCode.ESCAPE);
        assertTrue(shown.isShowing(), "Esc closed the list, not the presentation");
        robot.type(KeyCode.RIGHT);
        assertEquals(eventAt(2), selected());
    }

    @Test
    void aClickAdvances(FxRobot robot) {
        present(robot, false);
        robot.clickOn(slide().titleLabel());
        assertEquals(eventAt(2), selected());
    }

    @Test
    void filteredModeStepsOnlyThroughTheFilteredEvents(FxRobot robot) {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING))));
        List<Step> meetings = Steps.of(WEEK, WEEK.events().stream().filter(e -> e.kind() == EventKind.MEETING)
                .toList());
        present(robot, true);
        assertEquals(meetings.get(0).event().id(), selected());
        robot.type(KeyCode.RIGHT);
        assertEquals(meetings.get(1).event().id(), selected());
        robot.type(KeyCode.END);
        assertEquals(meetings.size(), Integer.parseInt(slide().labels().get(2).getText().replaceAll(".*/ ", "")));
        assertEquals("What comes next", slide().titleLabel().getText(), "the OSCE's future negotiations, last");
        robot.type(KeyCode.LEFT);
        assertTrue(slide().titleLabel().getText().startsWith("How we got here"), "the background meeting before it");
        assertTrue(slide().noticeLabel().getText().isEmpty());
        robot.type(KeyCode.DIGIT1, KeyCode.ENTER);
        assertEquals(meetings.get(0).event().id(), selected());
        assertTrue(slide().filterNoteLabel().isVisible(), "every slide says the presentation is filtered");
        assertEquals("Filtered: kind Meeting", slide().filterNoteLabel().getText());
        robot.type(KeyCode.P);
        PositionsSlide board = robot.lookup("#" + PositionsSlide.ID).queryAs(PositionsSlide.class);
        assertTrue(board.isVisible(), "P shows the positions board");
        assertEquals("Filtered: kind Meeting", board.filterNote(), "the board says so too");
        robot.type(KeyCode.P);
        // A step past the deck's end is said to be none, rather than Enter doing nothing.
        robot.type(KeyCode.DIGIT9, KeyCode.DIGIT9, KeyCode.ENTER);
        assertEquals("No step 99: the steps are 1\u2013" + meetings.size(), slide().noticeLabel().getText());
        assertEquals(meetings.get(0).event().id(), selected(), "the deck stayed where it was");
        robot.type(KeyCode.RIGHT);
        assertTrue(slide().noticeLabel().getText().isEmpty(), "the next key puts the notice away");
        // On the board, a step that is not there leaves the board in front, the notice in its corner;
        // it had given way to the step it covered.
        robot.type(KeyCode.P);
        robot.type(KeyCode.DIGIT9, KeyCode.DIGIT9, KeyCode.ENTER);
        assertTrue(board.isVisible(), "the board stays for a step past the end");
        String corner = robot.from(board).lookup("#positions-slide-page").queryAs(Label.class)
                .getText();
        assertTrue(corner.startsWith("No step 99"), corner);
        robot.type(KeyCode.DIGIT1, KeyCode.ENTER);
        assertFalse(board.isVisible(), "a step that is there is shown");
        assertEquals(meetings.get(0).event().id(), selected());
    }

    @Test
    void aPresentationOfEveryEventSaysNoFilterEvenWithOneOn(FxRobot robot) {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING))));
        present(robot, false);
        assertFalse(slide().filterNoteLabel().isVisible());
    }

    /** Leaving at step 12 and pressing F5 again: the dialog offers to go on from where the class was. */
    @Test
    void opensAtTheSelectedEventWhenAsked(FxRobot robot) {
        int twelve = 12;
        shown = Presenting.start(robot, owner, state, false,
                new PresentationOptions(PresentationOptions.DEFAULT.context(), false, eventAt(twelve)));
        robot.interact(() -> shown.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(eventAt(twelve), selected());
        assertTrue(slide().labels().get(2).getText().startsWith("Step " + twelve + " /"), slide().labels().get(2).getText());
        robot.type(KeyCode.RIGHT);
        assertEquals(eventAt(twelve + 1), selected());
    }

    /**
     * Leaving at a step and pressing F5 again offers, ticked, to go on from there; an event clicked
     * in the explorer since is offered unticked, so the class starts at step 1 unless asked.
     */
    @Test
    void goingOnFromWhereTheClassLeftIsTickedAnEventClickedSinceIsNot(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        assertEquals(eventAt(3), selected());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown.isShowing());
        CheckBox box = askAndFindStartAt(robot);
        assertTrue(box.isSelected(), box.getText());
        assertTrue(box.getText().startsWith("Go on from"), box.getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> state.selectedEventProperty().set(eventAt(9)));
        box = askAndFindStartAt(robot);
        assertFalse(box.isSelected(), box.getText());
        assertTrue(box.getText().startsWith("Start at the selected event"), box.getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Left in a filtered show, then offered every event: where it was left is a step of another deck, so not ticked. */
    @Test
    void aShowLeftFilteredIsNotGoneOnFromWhenEveryEventIsOffered(FxRobot robot) {
        String sherman = "sherman";
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withActors(Set.of(sherman))));
        present(robot, true);
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox box = askAndFindStartAt(robot);
        assertTrue(box.isSelected(), "the same filters: going on is ticked " + box.getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
        box = askAndFindStartAt(robot);
        assertTrue(box.getText().startsWith("Go on from"), box.getText());
        assertFalse(box.isSelected(), "every event offered first: step 1, not the filtered show's place");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A context step selects no event; left there, F5 still offers to go on from it, and does. */
    @Test
    void goingOnFromAContextStepWhereTheClassLeft(FxRobot robot) {
        // The last step is told to the end (nothing to go on from); the one before it is a context step too.
        int at = ALL.size() - 1;
        assertTrue(ALL.get(at - 1).isContext(), "the deck ends with its background");
        present(robot, false);
        robot.type(KeyCode.END, KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, selected());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox box = askAndFindStartAt(robot);
        assertTrue(box.isVisible() && box.isSelected(), box.getText());
        assertTrue(box.getText().contains(ALL.get(at - 1).heading()), box.getText());
        robot.type(KeyCode.ENTER);
        shown = presentationShown();
        assertTrue(slide().labels().get(2).getText().startsWith("Step " + at + " /"), slide().labels().get(2).getText());
    }

    /**
     * An event of the background shares its slide with others: F5 offers to start at that slide, by
     * its heading, and does; with the background left out the offer is greyed and says why. It had
     * offered nothing, without a word.
     */
    @Test
    void anEventGatheredOntoASlideOffersToStartAtThatSlide(FxRobot robot) {
        int at = 0;
        while (!ALL.get(at).isContext()) {
            at++;
        }
        Step gathering = ALL.get(at);
        String background = gathering.context().get(1).id();
        robot.interact(() -> state.selectedEventProperty().set(background));
        CheckBox box = askAndFindStartAt(robot);
        assertTrue(box.isVisible() && !box.isDisabled(), box.getText());
        assertEquals("Start at the slide that gathers the selected event: \u201C" + gathering.heading() + "\u201D",
                box.getText());
        @SuppressWarnings("unchecked")
        ComboBox<ContextPlacement> where = robot
                .lookup("#presentation-context").queryAs(ComboBox.class);
        ContextPlacement was = where.getValue();
        robot.interact(() -> where.setValue(ContextPlacement.NONE));
        assertTrue(box.isDisabled(), "no such slide with the background left out");
        assertTrue(box.getText().endsWith("not while the background is left out"), box.getText());
        robot.interact(() -> where.setValue(was));
        assertFalse(box.isDisabled());
        robot.clickOn(box);
        assertTrue(box.isSelected());
        robot.type(KeyCode.ENTER);
        shown = presentationShown();
        assertTrue(slide().labels().get(2).getText().startsWith("Step " + (at + 1) + " /"),
                slide().labels().get(2).getText());
        assertEquals(gathering.heading(), slide().titleLabel().getText());
    }

    /**
     * Filtered, the background is cut into other slides than in the deck of every event: a background
     * meeting selected is offered at the filtered deck's slide that gathers it, and Enter opens there.
     * The offer had been worked out in the deck of every event, and the filtered show opened at step 1.
     */
    @Test
    void aGatheredEventIsOfferedAtTheSlideOfTheFilteredDeck(FxRobot robot) {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING))));
        List<Step> meetings = Steps.of(WEEK, state.visibleEventsProperty().get());
        int at = 0;
        while (!meetings.get(at).isContext()) {
            at++;
        }
        Step gathering = meetings.get(at);
        String background = gathering.context().get(0).id();
        assertTrue(ALL.stream().noneMatch(s -> s.isContext() && s.heading().equals(gathering.heading())),
                "the deck of every event cuts its background otherwise");
        robot.interact(() -> state.selectedEventProperty().set(background));
        CheckBox box = askAndFindStartAt(robot);
        assertEquals("Start at the slide that gathers the selected event: \u201C" + gathering.heading() + "\u201D",
                box.getText());
        robot.clickOn(box);
        robot.type(KeyCode.ENTER);
        shown = presentationShown();
        assertTrue(slide().labels().get(2).getText().startsWith("Step " + (at + 1) + " / " + meetings.size()),
                slide().labels().get(2).getText());
        assertEquals(gathering.heading(), slide().titleLabel().getText());
    }

    /**
     * Left in a show of every event at a step the filters since hide: the box says that only every
     * event's show has it, and the All button opens there. It had been offered as if the filtered
     * show, Enter's, would open there too; ticked, it opened at step 1.
     */
    @Test
    void whereTheClassLeftIsSaidToBeOutsideTheFilteredShow(FxRobot robot) {
        int at = 1;
        while (ALL.get(at - 1).isContext() || ALL.get(at - 1).event().kind() == EventKind.MEETING) {
            at++;
        }
        present(robot, false);
        for (int i = 1; i < at; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        String left = selected();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING))));
        assertEquals(null, selected(), "the filters let go of it");
        CheckBox box = askAndFindStartAt(robot);
        String title = PresentDialog.innerQuotes(WEEK.event(left).orElseThrow().title());
        assertEquals("Go on from where the last presentation was left: \u201C" + title + "\u201D \u2014 only when "
                + "presenting all " + WEEK.events().size() + " events: the filters leave it out", box.getText());
        assertFalse(box.isSelected(), "the filtered events are offered first: step 1");
        robot.clickOn(box);
        DialogPane pane = robot.lookup("#presentation-start").queryAs(DialogPane.class);
        Button all = pane.getButtonTypes().stream().filter(b -> b.getText().startsWith("_All"))
                .map(b -> (Button) pane.lookupButton(b)).findFirst().orElseThrow();
        robot.clickOn(all);
        shown = presentationShown();
        assertEquals(left, selected());
        assertTrue(slide().labels().get(2).getText().startsWith("Step " + at + " / " + ALL.size()),
                slide().labels().get(2).getText());
    }

    /**
     * A teacher prepares, quits, and opens Parley again in class: the choices are as they were left
     * and the step the class was left at is offered, unticked.
     */
    @Test
    void theNextSessionOffersTheStepTheClassWasLeftAt(FxRobot robot) throws Exception {
        present(robot, false);
        for (int i = 1; i < 5; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        String fifth = selected();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Files.createTempFile("parley-present", ".properties");
        String before = System.getProperty(WindowPrefs.FILE_PROPERTY);
        try {
            System.setProperty(WindowPrefs.FILE_PROPERTY, file.toString());
            WindowPrefs prefs = WindowPrefs.load();
            PresentationMode.saveTo(prefs);
            prefs.flush();
            // A new session: nothing selected, the choices read back from the file.
            robot.interact(() -> state.selectedEventProperty().set(null));
            PresentationMode.restoreFrom(WindowPrefs.load());
        } finally {
            if (before == null) {
                System.clearProperty(WindowPrefs.FILE_PROPERTY);
            } else {
                System.setProperty(WindowPrefs.FILE_PROPERTY, before);
            }
            Files.deleteIfExists(file);
        }
        CheckBox box = askAndFindStartAt(robot);
        String title = WEEK.event(fifth).orElseThrow().title();
        assertTrue(box.isVisible() && box.getText().contains(PresentDialog.innerQuotes(title)), box.getText());
        // Offered, not ticked: Enter in front of the class starts at step 1.
        assertFalse(box.isSelected(), box.getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The presentation's stage, once the deck built on the compute thread is on screen. */
    private static Stage presentationShown() {
        Supplier<Optional<Stage>> find = () -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage st && PresentationMode.STAGE_TITLE.equals(st.getTitle()) && st.isShowing())
                .map(w -> (Stage) w).findFirst();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find.get().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("the presentation did not open", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return find.get().orElseThrow();
    }

    private CheckBox askAndFindStartAt(FxRobot robot) {
        Platform.runLater(() -> PresentationMode.ask(owner, state));
        // The dialog waits for the deck, built on the compute thread.
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#presentation-from-selected").tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("the Present dialog did not open", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#presentation-from-selected").queryAs(CheckBox.class);
    }

    /** A deck that cannot be made is said in a dialog: F5 that did nothing had the teacher press it again and again. */
    @Test
    void aDeckThatCannotBeMadeIsSaidNotSwallowed(FxRobot robot) throws Exception {
        robot.interact(() -> state.selectedEventProperty().set(WEEK.events().get(0).id()));
        Platform.runLater(() -> PresentationMode.ask(owner, state, (dataset, events, placement) -> {
            throw new IllegalStateException("no steps today");
        }));
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("F5 failed without a word", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertEquals("The presentation could not be prepared.", pane.getHeaderText());
        // The window begins the message's sentence (decision 0148).
        assertTrue(pane.getContentText().contains("No steps today"), pane.getContentText());
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        assertTrue(robot.lookup("#presentation-from-selected").tryQuery().isEmpty(), "no Present dialog after the failure");
    }

    /** F5 on a large dataset waits for its steps: the wait cursor says it was heard, and goes once the dialog is up. */
    @Test
    void theWindowShowsTheWaitCursorWhileTheDeckIsMade(FxRobot robot) throws Exception {
        robot.interact(() -> state.selectedEventProperty().set(WEEK.events().get(0).id()));
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Platform.runLater(() -> PresentationMode.ask(owner, state, (dataset, events, placement) -> {
            making.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Steps.of(dataset, events, placement);
        }));
        try {
            assertTrue(making.await(10, TimeUnit.SECONDS), "the steps were not asked for");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Cursor.WAIT, owner.getScene().getCursor(), "F5 was heard");
        } finally {
            release.countDown();
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#presentation-from-selected").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, owner.getScene().getCursor(), "the cursor is the window's own again with the dialog up");
        robot.type(KeyCode.ESCAPE);
    }

    /** A dataset with no positions (a generated year of events) has no board at the end: F5's dialog promises none. */
    @Test
    void theDialogPromisesNoPositionsBoardToADatasetWithoutPositions(FxRobot robot) throws Exception {
        Dataset none = new Dataset(WEEK.title(), WEEK.description(), WEEK.declaredFocus().orElse(null),
                WEEK.declaredZone().orElse(null), WEEK.sources(), WEEK.actors(), WEEK.places(), WEEK.events(),
                WEEK.quotes(), WEEK.divergences());
        robot.interact(() -> state.datasetProperty().set(none));
        Platform.runLater(() -> PresentationMode.ask(owner, state));
        Supplier<Optional<String>> helpText = () -> robot.lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t != null && t.startsWith("The focus period")).findFirst();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> helpText.get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        String help = helpText.get().orElseThrow();
        robot.type(KeyCode.ESCAPE);
        assertTrue(help.contains("Esc leaves."), help);
        assertFalse(help.contains("positions board"), help);
    }

    /** A clicker's blank key: the class looks at the teacher; any key brings the slide back, and only that. */
    @Test
    void bBlanksTheScreenUntilTheNextKey(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.B);
        assertTrue(slide().blanked());
        robot.type(KeyCode.RIGHT);
        assertFalse(slide().blanked());
        assertEquals(eventAt(1), selected(), "the key that lifted the blank did not also move on");
        robot.type(KeyCode.PERIOD);
        assertTrue(slide().blanked());
        robot.type(KeyCode.PERIOD);
        assertFalse(slide().blanked());
    }

    /**
     * Blanked while the class asks about step 12, the teacher types 1 2 Enter: the 1 that brings the
     * slide back is the number's first digit too, not swallowed into a jump to step 2. So after F1's list.
     */
    @Test
    void aDigitThatLiftsTheBlankStartsTheStepNumber(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.B);
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.ENTER);
        assertFalse(slide().blanked());
        assertEquals(eventAt(12), selected());
        robot.type(KeyCode.F1);
        robot.type(KeyCode.DIGIT3, KeyCode.ENTER);
        assertFalse(slide().keysShown());
        assertEquals(eventAt(3), selected());
    }

    @Test
    void escClosesThePositionsBoardBeforeLeaving(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.P);
        Node board = slide().lookup("#" + PositionsSlide.ID);
        assertTrue(board.isVisible());
        robot.type(KeyCode.ESCAPE);
        assertFalse(board.isVisible());
        assertTrue(shown.isShowing(), "the first Esc only closed the board");
        robot.type(KeyCode.ESCAPE);
        assertFalse(shown.isShowing());
    }

    /** Opened with P mid-lesson, the board gives way to the slide it covered when a clicker pages on past its end. */
    @Test
    void pagingOnPastTheBoardOpenedMidLessonReturnsToTheSlide(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.PAGE_DOWN);
        String covered = selected();
        robot.type(KeyCode.P);
        PositionsSlide board = (PositionsSlide) slide().lookup("#" + PositionsSlide.ID);
        assertTrue(board.isVisible());
        for (int i = 1; i < board.pages(); i++) {
            robot.type(KeyCode.PAGE_DOWN);
            assertTrue(board.isVisible(), "page " + (i + 1) + " of " + board.pages());
        }
        robot.type(KeyCode.PAGE_DOWN);
        assertFalse(board.isVisible(), "on past the last page puts the board away");
        assertEquals(covered, selected(), "back on the slide it covered, not a step further");
        robot.type(KeyCode.PAGE_DOWN);
        assertFalse(covered.equals(selected()), "the next key goes on with the lesson");
    }

    /** A clicker pressed on past the board's last page is told the show has ended, not left wondering. */
    @Test
    void pressingOnPastTheEndSaysTheShowHasEnded(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.END);
        robot.type(KeyCode.PAGE_DOWN);
        PositionsSlide board = (PositionsSlide) slide().lookup("#" + PositionsSlide.ID);
        assertTrue(board.isVisible(), "past the last step comes the board");
        for (int i = 1; i < board.pages(); i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        Label pageNumber = robot.from(board).lookup("#positions-slide-page")
                .queryAs(Label.class);
        assertFalse(pageNumber.getText().contains(Presentation.END), pageNumber.getText());
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(board.isVisible());
        assertTrue(pageNumber.getText().startsWith(Presentation.END), pageNumber.getText());
        robot.type(KeyCode.PAGE_UP);
        assertFalse(pageNumber.getText().contains(Presentation.END), "the next key puts the notice away");
    }

    /** A clicker's back key at step 1 is told it is the first step, not left looking like a flat battery. */
    @Test
    void pressingBackAtTheFirstStepSaysItIsTheFirst(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.PAGE_UP);
        assertEquals(eventAt(1), selected());
        Label overlay = slide().noticeLabel();
        assertTrue(overlay.isVisible() && overlay.getText().startsWith(Presentation.START), overlay.getText());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(eventAt(2), selected());
        assertFalse(overlay.getText().contains(Presentation.START), "the next key puts the notice away");
        robot.type(KeyCode.PAGE_UP);
        assertFalse(overlay.getText().contains(Presentation.START), "back from step 2 is no news");
    }

    /** Reached by a clicker past the last step, the board is the last step: one Esc leaves, as F1's list says. */
    @Test
    void escLeavesFromTheBoardReachedAsTheLastStep(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.END);
        robot.type(KeyCode.PAGE_DOWN);
        Node board = slide().lookup("#" + PositionsSlide.ID);
        assertTrue(board.isVisible(), "past the last step comes the board");
        robot.type(KeyCode.ESCAPE);
        assertFalse(shown.isShowing());
        // Told to the end: the next class's F5 and Enter start at step 1, not at the board again.
        CheckBox box = askAndFindStartAt(robot);
        assertFalse(box.isSelected(), box.getText());
        assertFalse(box.getText().startsWith("Go on from"), box.getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A teacher typing "3 4" to jump: on a step whose date and place fill their row, each digit's
     * "Go to step …" note took its room from the date, which wrapped onto a second line, and the
     * quotation, the map and its labels jumped down and back in front of the class.
     */
    @Test
    void typingAStepNumberMovesNothingOnTheSlide(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT5, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds words = sceneBounds(slide().quoteLabel());
        Bounds map = sceneBounds(slide().mapCanvas());
        Bounds date = sceneBounds(slide().labels().get(1));
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        Label note = slide().noticeLabel();
        assertTrue(note.isVisible() && note.getText().startsWith("Go to step 3"), note.getText());
        assertEquals(date, sceneBounds(slide().labels().get(1)), "the date and place stay on their line");
        assertEquals(words, sceneBounds(slide().quoteLabel()), "the words stay where they were");
        assertEquals(map, sceneBounds(slide().mapCanvas()), "the map stays where it was");
        Bounds drawn = sceneBounds(note);
        for (Label other : List.of(slide().titleLabel(), slide().labels().get(1), slide().labels().get(2))) {
            assertFalse(drawn.intersects(sceneBounds(other)), "the note covers \"" + other.getText() + "\"");
        }
        Text whole = (Text) note.lookup(".text");
        assertEquals(note.getText(), whole.getText(), "the note is read whole");
        robot.type(KeyCode.DIGIT4, KeyCode.ENTER);
        assertEquals(eventAt(34), selected());
        assertFalse(note.isVisible(), "Enter puts the note away");
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    @Test
    void autoplayTogglesAndItsPaceShowsInTheOverlay(FxRobot robot) {
        present(robot, false);
        // A step whose date and place fill the row: the note took its room from there, or was cut.
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT5, KeyCode.ENTER);
        robot.type(KeyCode.A);
        assertTrue(slide().overlayLabel().getText().contains("8 s"), slide().overlayLabel().getText());
        WaitForAsyncUtils.waitForFxEvents();
        Text drawn = (Text) slide().overlayLabel().lookup(".text");
        assertEquals(slide().overlayLabel().getText(), drawn.getText(), "the note is whole, not \"▶ Autop…\"");
        robot.type(KeyCode.CLOSE_BRACKET);
        assertTrue(slide().overlayLabel().getText().contains("9 s"), slide().overlayLabel().getText());
        robot.type(KeyCode.OPEN_BRACKET, 3);
        assertTrue(slide().overlayLabel().getText().contains("6 s"), slide().overlayLabel().getText());
        // The note is read beside the counter; it covers neither the title nor the step's date.
        Bounds note = slide().overlayLabel().localToScene(slide().overlayLabel().getLayoutBounds());
        for (Label other : List.of(slide().titleLabel(), slide().labels().get(1),
                slide().labels().get(2))) {
            assertFalse(note.intersects(other.localToScene(other.getLayoutBounds())),
                    "the autoplay note covers \"" + other.getText() + "\"");
        }
        robot.type(KeyCode.A);
        assertFalse(slide().overlayLabel().isVisible());
        // Step 6's date and place wrap onto a second line: the note beside them is still whole.
        robot.type(KeyCode.DIGIT6, KeyCode.ENTER);
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        drawn = (Text) slide().overlayLabel().lookup(".text");
        assertEquals(slide().overlayLabel().getText(), drawn.getText(), "the note is whole on step 6");
        robot.type(KeyCode.A);
    }

    /**
     * A blank screen is for talking: autoplay had gone on behind it, and the slide came back two
     * steps on. It waits, and the slide shown again gets its whole interval.
     */
    @Test
    void autoplayWaitsWhileTheScreenIsBlank(FxRobot robot) throws Exception {
        present(robot, false);
        robot.type(KeyCode.OPEN_BRACKET, 10);
        robot.type(KeyCode.A);
        assertTrue(slide().overlayLabel().getText().contains("2 s"), slide().overlayLabel().getText());
        robot.type(KeyCode.B);
        String at = slide().labels().get(2).getText();
        Thread.sleep(5_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(at, slide().labels().get(2).getText(), "no step passed behind the blank screen");
        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(at, slide().labels().get(2).getText(), "the key only brought the slide back");
        Thread.sleep(1_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(at, slide().labels().get(2).getText(), "the slide shown again gets its whole interval");
        robot.type(KeyCode.A);
    }

    /** On dark slides in a dark room the keys' panel had been a white box that glared from the screen. */
    @Test
    void onDarkSlidesTheKeysAreADarkPanel(FxRobot robot) {
        present(robot, false);
        robot.interact(() -> state.darkProperty().set(true));
        robot.type(KeyCode.F1);
        assertTrue(slide().keysShown());
        List<BackgroundFill> fills = slide().keysPanel().getBackground().getFills();
        Color fill = (Color) fills.get(fills.size() - 1).getFill();
        assertTrue(fill.getBrightness() < 0.3, "a dark panel: " + fill);
        robot.type(KeyCode.F1);
    }

    /**
     * A projector that washes the light slides out is found once the class is looking: Ctrl+D, the
     * explorer's key for the dark theme, had done nothing while presenting.
     */
    @Test
    void ctrlDSwitchesTheThemeWhilePresenting(FxRobot robot) {
        present(robot, false);
        robot.type(KeyCode.RIGHT);
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        assertTrue(state.darkProperty().get(), "the explorer's theme, kept when the show ends");
        assertTrue(slide().getStyleClass().contains(SlideView.DARK));
        assertEquals(eventAt(2), selected(), "the step stays");
        assertTrue(shown.isShowing(), "the show goes on");
        assertTrue(slide().keysText().contains("Ctrl+D"), "F1's list says so");
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        assertFalse(state.darkProperty().get());
        assertFalse(slide().getStyleClass().contains(SlideView.DARK));
    }

    @Test
    void darkFollowsTheExplorerState(FxRobot robot) {
        present(robot, false);
        assertFalse(slide().getStyleClass().contains(SlideView.DARK));
        robot.interact(() -> state.darkProperty().set(true));
        assertTrue(slide().getStyleClass().contains(SlideView.DARK));
    }
}
