package org.parley.ui.present;
import org.parley.model.Place;
import org.parley.seed.BundledSeeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.Overwrite;
import org.parley.export.handout.ContextPlacement;
import org.parley.export.handout.HandoutLayout;
import org.parley.export.handout.HandoutPdf;
import org.parley.export.handout.HandoutStepPages;
import org.parley.export.handout.Steps;
import org.parley.export.image.Paper;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(FxThreadRobot.class)
class HandoutDialogTest {

    private final ExplorerState state = new ExplorerState();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        state.datasetProperty().set(BundledSeeds.dataset());
    }

    /** Each test starts from the first choices, whatever an earlier one chose. */
    @AfterEach
    void forgetTheChoices() {
        HandoutDialog.forgetLastChoices();
    }

    @Test
    void writesOnlyTheFilteredEventsWhenAsked(FxRobot robot) throws Exception {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING))));
        int meetings = state.visibleEventsProperty().get().size();
        int steps = Steps.of(state.dataset(), state.visibleEventsProperty().get()).size();
        // The state is read on the JavaFX thread; the PDF is drawn off it.
        List<CompletableFuture<Integer>> pending = new ArrayList<>();
        robot.interact(() -> pending.add(HandoutDialog.write(state,
                new HandoutDialog.Choice(HandoutLayout.ONE_PER_PAGE, true), dir.resolve("filtered.pdf"),
                Overwrite.NOTHING)));
        int written = pending.get(0).get(60, TimeUnit.SECONDS);
        // A page a step, but steps without maps that follow one another share one ("Steps 2–3 / 8").
        Path pdf = dir.resolve("filtered.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(written, doc.getNumberOfPages());
        }
        int stepPages = HandoutStepPages.count(pdf, steps);
        assertEquals(stepPages + 2, written, "the overview page, the steps' pages, then the positions page");
        assertTrue(steps <= meetings, "the background meetings share a context step");
    }

    /** Printed from the app filtered to 10 January, the day bars hatch and caption the week's other days. */
    @Test
    void aTimeFilterCaptionsTheDaysOutsideItOnThePrintedDayBars(FxRobot robot) throws Exception {
        ZoneId zone = state.dataset().zone();
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withRange(
                LocalDate.of(2022, 1, 10).atStartOfDay(zone).toInstant(),
                LocalDate.of(2022, 1, 11).atStartOfDay(zone).toInstant())));
        Path out = dir.resolve("tenth.pdf");
        List<CompletableFuture<Integer>> pending = new ArrayList<>();
        robot.interact(() -> pending.add(HandoutDialog.write(state,
                new HandoutDialog.Choice(HandoutLayout.COMPACT, true), out, Overwrite.NOTHING)));
        pending.get(0).get(60, TimeUnit.SECONDS);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc).replace("\uFB01", "fi");
            assertTrue(text.contains("Filtered: on 10 Jan 2022") && text.contains("outside the filter"), text);
        }
    }

    /** With a filter on, the handout offers what the filters show first, as the other exports do; with none, the box is off. */
    @Test
    void aFilterOnOffersTheFilteredEventsFirst(FxRobot robot) {
        Dialog<?>[] dialog = new Dialog<?>[1];
        robot.interact(() -> {
            state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING)));
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        try {
            CheckBox box = robot.from(dialog[0].getDialogPane()).lookup("#handout-filtered")
                    .queryAs(CheckBox.class);
            assertTrue(box.isSelected() && !box.isDisabled());
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(((HandoutDialog.Choice) dialog[0].getResult()).onlyFiltered());
        } finally {
            robot.interact(() -> {
                dialog[0].close();
                state.filterProperty().set(EventFilter.NONE);
            });
        }
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        try {
            CheckBox box = robot.from(dialog[0].getDialogPane()).lookup("#handout-filtered")
                    .queryAs(CheckBox.class);
            assertTrue(!box.isSelected() && box.isDisabled(), "no filter, nothing to choose");
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }

    @Test
    void theChoicesStandClearOfTheDialogsEdges(FxRobot robot) {
        Dialog<?>[] dialog = new Dialog<?>[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        try {
            DialogPane pane = dialog[0].getDialogPane();
            Bounds paneBounds = pane.localToScene(pane.getLayoutBounds());
            for (Node n : robot.from(pane).lookup(".radio-button").queryAll()) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                assertTrue(b.getMinX() - paneBounds.getMinX() >= 8, "left margin " + (b.getMinX() - paneBounds.getMinX()));
                assertTrue(paneBounds.getMaxX() - b.getMaxX() >= 8, "right margin " + (paneBounds.getMaxX() - b.getMaxX()));
            }
        } finally {
            robot.interact(() -> {
                dialog[0].setResult(null);
                dialog[0].close();
            });
        }
    }

    /**
     * A teacher who opens the dialog and presses Enter prints a class set: several steps a page (16
     * pages of the week on A4), not one a page (50 pages, three times the paper for every pupil).
     */
    @Test
    void enterAtOncePrintsSeveralStepsAPage(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Dialog<HandoutDialog.Choice>[] dialog = new Dialog[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        try {
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(!dialog[0].isShowing(), "Enter answered the dialog");
            assertEquals(HandoutLayout.COMPACT, dialog[0].getResult().layout());
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }

    /** A teacher clicks the second layout and presses Enter: that is OK, with the layout clicked. */
    @Test
    void enterAfterClickingALayoutPrintsThatLayout(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Dialog<HandoutDialog.Choice>[] dialog = new Dialog[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        try {
            Node compact = robot.from(dialog[0].getDialogPane()).lookup(".radio-button").queryAll().stream()
                    .filter(n -> ((RadioButton) n).getText().startsWith("Several steps"))
                    .findFirst().orElseThrow();
            robot.clickOn(compact);
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(!dialog[0].isShowing(), "Enter answered the dialog");
            assertEquals(HandoutLayout.COMPACT, dialog[0].getResult().layout());
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }

    /** The paper chosen in the dialog is the paper the handout is laid on. */
    @Test
    void thePaperChosenIsThePaperPrinted(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        Dialog<HandoutDialog.Choice>[] dialog = new Dialog[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        HandoutDialog.Choice choice;
        try {
            @SuppressWarnings("unchecked")
            ComboBox<Paper> paper = robot.from(dialog[0].getDialogPane())
                    .lookup("#handout-paper").queryAs(ComboBox.class);
            Paper other = paper.getValue() == Paper.A4
                    ? Paper.LETTER : Paper.A4;
            robot.clickOn(paper);
            robot.clickOn(other.toString());
            robot.clickOn(dialog[0].getDialogPane().lookupButton(ButtonType.OK));
            WaitForAsyncUtils.waitForFxEvents();
            choice = dialog[0].getResult();
            assertEquals(other, choice.paper());
        } finally {
            robot.interact(() -> dialog[0].close());
        }
        Path out = dir.resolve("paper.pdf");
        List<CompletableFuture<Integer>> pending = new ArrayList<>();
        robot.interact(() -> pending.add(HandoutDialog.write(state, choice, out, Overwrite.NOTHING)));
        pending.get(0).get(60, TimeUnit.SECONDS);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            float shortSide = Math.min(doc.getPage(1).getMediaBox().getWidth(), doc.getPage(1).getMediaBox().getHeight());
            assertEquals(choice.paper().shortSide(), shortSide, 0.5);
        }
    }

    /** A teacher printing again gets the layout and paper chosen last: the next dialog offers them. */
    @Test
    void theNextHandoutOffersTheLayoutAndPaperChosenLast(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Dialog<HandoutDialog.Choice>[] dialog = new Dialog[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        Paper other;
        try {
            // Not the first choice (several steps a page), so that being offered again is the memory's doing.
            Node one = robot.from(dialog[0].getDialogPane()).lookup(".radio-button").queryAll().stream()
                    .filter(n -> ((RadioButton) n).getText().startsWith("One step"))
                    .findFirst().orElseThrow();
            robot.clickOn(one);
            @SuppressWarnings("unchecked")
            ComboBox<Paper> paper = robot.from(dialog[0].getDialogPane())
                    .lookup("#handout-paper").queryAs(ComboBox.class);
            other = paper.getValue() == Paper.A4
                    ? Paper.LETTER : Paper.A4;
            robot.clickOn(paper);
            robot.clickOn(other.toString());
            robot.clickOn(dialog[0].getDialogPane().lookupButton(ButtonType.OK));
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            robot.interact(() -> dialog[0].close());
        }
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        try {
            RadioButton one = (RadioButton) robot.from(
                    dialog[0].getDialogPane()).lookup(".radio-button").queryAll().stream()
                    .filter(n -> ((RadioButton) n).getText().startsWith("One step"))
                    .findFirst().orElseThrow();
            assertTrue(one.isSelected(), "the layout chosen last");
            assertEquals(other, robot.from(dialog[0].getDialogPane()).lookup("#handout-paper")
                    .queryAs(ComboBox.class).getValue(), "the paper chosen last");
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }

    /** The handout asked for from the Present dialog keeps its background choice, and the teacher may change it here. */
    @Test
    void theBackgroundOfferedIsThePresentationsAndAChangeIsWhatIsPrinted(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Dialog<HandoutDialog.Choice>[] dialog = new Dialog[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state, ContextPlacement.FIRST);
            dialog[0].show();
        });
        try {
            @SuppressWarnings("unchecked")
            ComboBox<ContextPlacement> context =
                    robot.from(dialog[0].getDialogPane()).lookup("#handout-context").queryAs(ComboBox.class);
            assertEquals(ContextPlacement.FIRST, context.getValue());
            robot.clickOn(context);
            robot.clickOn(ContextPlacement.NONE.toString());
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(!dialog[0].isShowing(), "Enter answered the dialog");
            assertEquals(ContextPlacement.NONE, dialog[0].getResult().background());
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }
    /**
     * A teacher sees how long each layout prints before choosing a file, and the count follows the paper:
     * the length had been said only once the file was written. The number said is the number written.
     */
    @Test
    void eachLayoutSaysHowManyPagesItPrintsBeforeAnythingIsWritten(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        Dialog<HandoutDialog.Choice>[] dialog = new Dialog[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        HandoutDialog.Choice choice;
        try {
            RadioButton compact = radio(robot, dialog[0], "Several steps");
            RadioButton one = radio(robot, dialog[0], "One step");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> one.getText().endsWith(" pages")
                    && compact.getText().endsWith(" pages"));
            assertTrue(one.getText().endsWith(" \u2014 " + pagesOf(HandoutLayout.ONE_PER_PAGE, paperOf(robot, dialog[0]))
                    + " pages"), one.getText());
            @SuppressWarnings("unchecked")
            ComboBox<Paper> paper = robot.from(dialog[0].getDialogPane())
                    .lookup("#handout-paper").queryAs(ComboBox.class);
            Paper other = paper.getValue() == Paper.A4
                    ? Paper.LETTER : Paper.A4;
            String before = compact.getText();
            robot.clickOn(paper);
            robot.clickOn(other.toString());
            int expected = pagesOf(HandoutLayout.COMPACT, other);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> compact.getText().endsWith(" \u2014 " + expected + " pages"));
            assertTrue(!before.equals(compact.getText()), "A4 and Letter differ in length: " + before);
            robot.clickOn(compact);
            robot.clickOn(dialog[0].getDialogPane().lookupButton(ButtonType.OK));
            WaitForAsyncUtils.waitForFxEvents();
            choice = dialog[0].getResult();
        } finally {
            robot.interact(() -> dialog[0].close());
        }
        List<CompletableFuture<Integer>> pending = new ArrayList<>();
        robot.interact(() -> pending.add(HandoutDialog.write(state, choice, dir.resolve("counted.pdf"),
                Overwrite.NOTHING)));
        assertEquals(pagesOf(HandoutLayout.COMPACT, choice.paper()), pending.get(0).get(60, TimeUnit.SECONDS));
    }

    /**
     * Each layout is read whole with its page count, in the app's theme: AtlantaFX holds every dialog to
     * 600 px, and the longer layout read "… (portrait) — 16 pa…".
     */
    @Test
    void theLayoutsAreReadWholeWithTheirPageCounts(FxRobot robot) throws Exception {
        Dialog<?>[] dialog = new Dialog<?>[1];
        // The theme the classes before this one left is put back after, not Modena: the classes after it
        // measure their type in whatever the toolkit has.
        String[] theme = new String[1];
        robot.interact(() -> {
            theme[0] = Application.getUserAgentStylesheet();
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        try {
            RadioButton compact = radio(robot, dialog[0], "Several steps");
            RadioButton one = radio(robot, dialog[0], "One step");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> one.getText().endsWith(" pages")
                    && compact.getText().endsWith(" pages"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> drawn(one).equals(one.getText())
                    && drawn(compact).equals(compact.getText()));
        } catch (TimeoutException e) {
            throw new AssertionError("drawn: " + drawn(radio(robot, dialog[0], "One step")) + " | "
                    + drawn(radio(robot, dialog[0], "Several steps")), e);
        } finally {
            robot.interact(() -> {
                dialog[0].close();
                Application.setUserAgentStylesheet(theme[0]);
            });
        }
    }

    /** The words a labelled control draws: its text, or its text cut with an ellipsis. */
    private static String drawn(RadioButton button) {
        Node text = button.lookup(".text");
        return text instanceof Text t ? t.getText() : "";
    }

    private static RadioButton radio(FxRobot robot, Dialog<?> dialog,
                                                          String start) {
        return (RadioButton) robot.from(dialog.getDialogPane()).lookup(".radio-button").queryAll()
                .stream().filter(n -> ((RadioButton) n).getText().startsWith(start))
                .findFirst().orElseThrow();
    }

    private static Paper paperOf(FxRobot robot, Dialog<?> dialog) {
        return (Paper) robot.from(dialog.getDialogPane()).lookup("#handout-paper")
                .queryAs(ComboBox.class).getValue();
    }

    private int pagesOf(HandoutLayout layout, Paper paper) {
        return new HandoutPdf().onPaper(paper).pages(state.dataset(), state.dataset().events(),
                Optional.empty(), layout, ContextPlacement.LAST);
    }

    /**
     * Just after a filter change over 20,000 events its events are still being picked in the background:
     * the box had offered the previous filter's events, and OK printed them. It says "counting…" and OK
     * waits; then the box offers the new filter's events.
     */
    @Test
    void aFilterStillAppliedInTheBackgroundIsOfferedWhenItArrives(FxRobot robot) throws Exception {
        Dataset large = BundledSeeds.copiedUntilOver(ExplorerState.FILTER_AT_ONCE_LIMIT);
        Dialog<?>[] dialog = new Dialog<?>[1];
        try (BackgroundThread worker = new BackgroundThread("test-compute")) {
            ExplorerState big = new ExplorerState(worker);
            robot.interact(() -> big.datasetProperty().set(large));
            CountDownLatch hold = new CountDownLatch(1);
            worker.submit(() -> {
                try {
                    return hold.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            // A place of one event a week: a few hundred events in all, within what a handout takes. The meetings,
            // some 2,500 of them, were refused once the pages were counted, and OK stayed greyed (ci143).
            Dataset week = BundledSeeds.dataset();
            String place = week.places().stream().map(Place::id)
                    .filter(id -> week.events().stream().filter(e -> id.equals(e.place())).count() == 1)
                    .filter(id -> week.places().stream().noneMatch(p -> id.equals(p.within())))
                    .findFirst().orElseThrow();
            EventFilter oneAWeek = EventFilter.NONE.withPlaces(Set.of(place));
            robot.interact(() -> {
                big.filterProperty().set(oneAWeek);
                dialog[0] = HandoutDialog.dialog(null, big);
                dialog[0].show();
            });
            CheckBox box = robot.from(dialog[0].getDialogPane()).lookup("#handout-filtered")
                    .queryAs(CheckBox.class);
            Node ok = dialog[0].getDialogPane().lookupButton(ButtonType.OK);
            assertTrue(box.getText().contains("counting"), box.getText());
            assertTrue(ok.isDisabled(), "OK would print the previous filter's events");

            hold.countDown();
            long kept = large.events().stream().filter(oneAWeek.in(large)).count();
            assertTrue(kept <= HandoutPdf.MOST_EVENTS, kept + " events");
            String counted = CountText.count(kept, "event");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> box.getText().contains(counted));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(box.isSelected() && !box.isDisabled(), "the filter's events are offered first");
            // The pages are counted on the compute thread, and a handout refused there greys OK: waited for.
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.from(dialog[0].getDialogPane())
                    .lookup(".radio-button").queryAllAs(RadioButton.class).stream()
                    .allMatch(r -> r.getText().matches(".*\\d pages?$")));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(!ok.isDisabled(), "OK once the pages are counted");
        } finally {
            robot.interact(() -> {
                if (dialog[0] != null) {
                    dialog[0].close();
                }
            });
        }
    }

    /**
     * More events than a handout takes: the dialog says so above OK, and OK waits for fewer. OK had
     * opened the save dialog, and only after a file was named said that nothing could be written.
     */
    @Test
    void tooManyEventsForAHandoutLeaveOkGreyedBesideTheReason(FxRobot robot) throws Exception {
        ExplorerState many = new ExplorerState();
        robot.interact(() -> many.datasetProperty().set(
                BundledSeeds.copiedUntilOver(HandoutPdf.MOST_EVENTS)));
        Dialog<?>[] dialog = new Dialog<?>[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, many);
            dialog[0].show();
        });
        try {
            Label problem = robot.from(dialog[0].getDialogPane()).lookup("#handout-problem")
                    .queryAs(Label.class);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, problem::isVisible);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(problem.getText().contains("500"), problem.getText());
            assertTrue(dialog[0].getDialogPane().lookupButton(ButtonType.OK).isDisabled(),
                    "OK would ask for a file that is then not written");
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(dialog[0].isShowing(), "Enter does not go past the reason either");
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }
}
