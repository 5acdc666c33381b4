package org.parley.ui.present;

import org.parley.seed.BundledSeeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.handout.HandoutLayout;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.ui.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HandoutDialogTest {

    private final ExplorerState state = new ExplorerState();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        state.datasetProperty().set(BundledSeeds.dataset());
    }

    /** Each test starts from the first choices, whatever an earlier one chose. */
    @org.junit.jupiter.api.AfterEach
    void forgetTheChoices() {
        HandoutDialog.forgetLastChoices();
    }

    @Test
    void writesOnlyTheFilteredEventsWhenAsked(FxRobot robot) throws Exception {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING))));
        int meetings = state.visibleEventsProperty().get().size();
        int steps = org.parley.export.handout.Steps.of(state.dataset(), state.visibleEventsProperty().get()).size();
        // The state is read on the JavaFX thread; the PDF is drawn off it.
        List<CompletableFuture<Integer>> pending = new ArrayList<>();
        robot.interact(() -> pending.add(HandoutDialog.write(state,
                new HandoutDialog.Choice(HandoutLayout.ONE_PER_PAGE, true), dir.resolve("filtered.pdf"),
                org.parley.export.Overwrite.NOTHING)));
        assertEquals(steps + 2, pending.get(0).get(60, TimeUnit.SECONDS),
                "the overview page, a page a step, then the positions page");
        assertTrue(steps <= meetings, "the background meetings share a context step");
    }

    /** Printed from the app filtered to 10 January, the day bars hatch and caption the week's other days. */
    @Test
    void aTimeFilterCaptionsTheDaysOutsideItOnThePrintedDayBars(FxRobot robot) throws Exception {
        java.time.ZoneId zone = state.dataset().zone();
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withRange(
                java.time.LocalDate.of(2022, 1, 10).atStartOfDay(zone).toInstant(),
                java.time.LocalDate.of(2022, 1, 11).atStartOfDay(zone).toInstant())));
        Path out = dir.resolve("tenth.pdf");
        List<CompletableFuture<Integer>> pending = new ArrayList<>();
        robot.interact(() -> pending.add(HandoutDialog.write(state,
                new HandoutDialog.Choice(HandoutLayout.COMPACT, true), out, org.parley.export.Overwrite.NOTHING)));
        pending.get(0).get(60, TimeUnit.SECONDS);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replace("\uFB01", "fi");
            assertTrue(text.contains("Filtered: on 10 Jan 2022") && text.contains("outside the filter"), text);
        }
    }

    /** With a filter on, the handout offers what the filters show first, as the other exports do; with none, the box is off. */
    @Test
    void aFilterOnOffersTheFilteredEventsFirst(FxRobot robot) {
        javafx.scene.control.Dialog<?>[] dialog = new javafx.scene.control.Dialog<?>[1];
        robot.interact(() -> {
            state.filterProperty().set(EventFilter.NONE.withKinds(Set.of(EventKind.MEETING)));
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        try {
            javafx.scene.control.CheckBox box = robot.from(dialog[0].getDialogPane()).lookup("#handout-filtered")
                    .queryAs(javafx.scene.control.CheckBox.class);
            assertTrue(box.isSelected() && !box.isDisabled());
            robot.press(javafx.scene.input.KeyCode.ENTER).release(javafx.scene.input.KeyCode.ENTER);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
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
            javafx.scene.control.CheckBox box = robot.from(dialog[0].getDialogPane()).lookup("#handout-filtered")
                    .queryAs(javafx.scene.control.CheckBox.class);
            assertTrue(!box.isSelected() && box.isDisabled(), "no filter, nothing to choose");
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }

    @Test
    void theChoicesStandClearOfTheDialogsEdges(FxRobot robot) {
        javafx.scene.control.Dialog<?>[] dialog = new javafx.scene.control.Dialog<?>[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        try {
            javafx.scene.control.DialogPane pane = dialog[0].getDialogPane();
            javafx.geometry.Bounds paneBounds = pane.localToScene(pane.getLayoutBounds());
            for (javafx.scene.Node n : robot.from(pane).lookup(".radio-button").queryAll()) {
                javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
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
        javafx.scene.control.Dialog<HandoutDialog.Choice>[] dialog = new javafx.scene.control.Dialog[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        try {
            robot.press(javafx.scene.input.KeyCode.ENTER).release(javafx.scene.input.KeyCode.ENTER);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
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
        javafx.scene.control.Dialog<HandoutDialog.Choice>[] dialog = new javafx.scene.control.Dialog[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        try {
            javafx.scene.Node compact = robot.from(dialog[0].getDialogPane()).lookup(".radio-button").queryAll().stream()
                    .filter(n -> ((javafx.scene.control.RadioButton) n).getText().startsWith("Several steps"))
                    .findFirst().orElseThrow();
            robot.clickOn(compact);
            robot.press(javafx.scene.input.KeyCode.ENTER).release(javafx.scene.input.KeyCode.ENTER);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
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
        javafx.scene.control.Dialog<HandoutDialog.Choice>[] dialog = new javafx.scene.control.Dialog[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        HandoutDialog.Choice choice;
        try {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<org.parley.export.image.Paper> paper = robot.from(dialog[0].getDialogPane())
                    .lookup("#handout-paper").queryAs(javafx.scene.control.ComboBox.class);
            org.parley.export.image.Paper other = paper.getValue() == org.parley.export.image.Paper.A4
                    ? org.parley.export.image.Paper.LETTER : org.parley.export.image.Paper.A4;
            robot.clickOn(paper);
            robot.clickOn(other.toString());
            robot.clickOn(dialog[0].getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            choice = dialog[0].getResult();
            assertEquals(other, choice.paper());
        } finally {
            robot.interact(() -> dialog[0].close());
        }
        Path out = dir.resolve("paper.pdf");
        List<CompletableFuture<Integer>> pending = new ArrayList<>();
        robot.interact(() -> pending.add(HandoutDialog.write(state, choice, out, org.parley.export.Overwrite.NOTHING)));
        pending.get(0).get(60, TimeUnit.SECONDS);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            float shortSide = Math.min(doc.getPage(1).getMediaBox().getWidth(), doc.getPage(1).getMediaBox().getHeight());
            assertEquals(choice.paper().shortSide(), shortSide, 0.5);
        }
    }

    /** A teacher printing again gets the layout and paper chosen last: the next dialog offers them. */
    @Test
    void theNextHandoutOffersTheLayoutAndPaperChosenLast(FxRobot robot) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.Dialog<HandoutDialog.Choice>[] dialog = new javafx.scene.control.Dialog[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        org.parley.export.image.Paper other;
        try {
            // Not the first choice (several steps a page), so that being offered again is the memory's doing.
            javafx.scene.Node one = robot.from(dialog[0].getDialogPane()).lookup(".radio-button").queryAll().stream()
                    .filter(n -> ((javafx.scene.control.RadioButton) n).getText().startsWith("One step"))
                    .findFirst().orElseThrow();
            robot.clickOn(one);
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<org.parley.export.image.Paper> paper = robot.from(dialog[0].getDialogPane())
                    .lookup("#handout-paper").queryAs(javafx.scene.control.ComboBox.class);
            other = paper.getValue() == org.parley.export.image.Paper.A4
                    ? org.parley.export.image.Paper.LETTER : org.parley.export.image.Paper.A4;
            robot.clickOn(paper);
            robot.clickOn(other.toString());
            robot.clickOn(dialog[0].getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        } finally {
            robot.interact(() -> dialog[0].close());
        }
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        try {
            javafx.scene.control.RadioButton one = (javafx.scene.control.RadioButton) robot.from(
                    dialog[0].getDialogPane()).lookup(".radio-button").queryAll().stream()
                    .filter(n -> ((javafx.scene.control.RadioButton) n).getText().startsWith("One step"))
                    .findFirst().orElseThrow();
            assertTrue(one.isSelected(), "the layout chosen last");
            assertEquals(other, robot.from(dialog[0].getDialogPane()).lookup("#handout-paper")
                    .queryAs(javafx.scene.control.ComboBox.class).getValue(), "the paper chosen last");
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }

    /** The handout asked for from the Present dialog keeps its background choice, and the teacher may change it here. */
    @Test
    void theBackgroundOfferedIsThePresentationsAndAChangeIsWhatIsPrinted(FxRobot robot) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.Dialog<HandoutDialog.Choice>[] dialog = new javafx.scene.control.Dialog[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state, org.parley.export.handout.ContextPlacement.FIRST);
            dialog[0].show();
        });
        try {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<org.parley.export.handout.ContextPlacement> context =
                    robot.from(dialog[0].getDialogPane()).lookup("#handout-context").queryAs(javafx.scene.control.ComboBox.class);
            assertEquals(org.parley.export.handout.ContextPlacement.FIRST, context.getValue());
            robot.clickOn(context);
            robot.clickOn(org.parley.export.handout.ContextPlacement.NONE.toString());
            robot.press(javafx.scene.input.KeyCode.ENTER).release(javafx.scene.input.KeyCode.ENTER);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertTrue(!dialog[0].isShowing(), "Enter answered the dialog");
            assertEquals(org.parley.export.handout.ContextPlacement.NONE, dialog[0].getResult().background());
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
        javafx.scene.control.Dialog<HandoutDialog.Choice>[] dialog = new javafx.scene.control.Dialog[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, state);
            dialog[0].show();
        });
        HandoutDialog.Choice choice;
        try {
            javafx.scene.control.RadioButton compact = radio(robot, dialog[0], "Several steps");
            javafx.scene.control.RadioButton one = radio(robot, dialog[0], "One step");
            org.testfx.util.WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> one.getText().endsWith(" pages")
                    && compact.getText().endsWith(" pages"));
            assertTrue(one.getText().endsWith(" \u2014 " + pagesOf(HandoutLayout.ONE_PER_PAGE, paperOf(robot, dialog[0]))
                    + " pages"), one.getText());
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<org.parley.export.image.Paper> paper = robot.from(dialog[0].getDialogPane())
                    .lookup("#handout-paper").queryAs(javafx.scene.control.ComboBox.class);
            org.parley.export.image.Paper other = paper.getValue() == org.parley.export.image.Paper.A4
                    ? org.parley.export.image.Paper.LETTER : org.parley.export.image.Paper.A4;
            String before = compact.getText();
            robot.clickOn(paper);
            robot.clickOn(other.toString());
            int expected = pagesOf(HandoutLayout.COMPACT, other);
            org.testfx.util.WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> compact.getText().endsWith(" \u2014 " + expected + " pages"));
            assertTrue(!before.equals(compact.getText()), "A4 and Letter differ in length: " + before);
            robot.clickOn(compact);
            robot.clickOn(dialog[0].getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            choice = dialog[0].getResult();
        } finally {
            robot.interact(() -> dialog[0].close());
        }
        List<CompletableFuture<Integer>> pending = new ArrayList<>();
        robot.interact(() -> pending.add(HandoutDialog.write(state, choice, dir.resolve("counted.pdf"),
                org.parley.export.Overwrite.NOTHING)));
        assertEquals(pagesOf(HandoutLayout.COMPACT, choice.paper()), pending.get(0).get(60, TimeUnit.SECONDS));
    }

    private static javafx.scene.control.RadioButton radio(FxRobot robot, javafx.scene.control.Dialog<?> dialog,
                                                          String start) {
        return (javafx.scene.control.RadioButton) robot.from(dialog.getDialogPane()).lookup(".radio-button").queryAll()
                .stream().filter(n -> ((javafx.scene.control.RadioButton) n).getText().startsWith(start))
                .findFirst().orElseThrow();
    }

    private static org.parley.export.image.Paper paperOf(FxRobot robot, javafx.scene.control.Dialog<?> dialog) {
        return (org.parley.export.image.Paper) robot.from(dialog.getDialogPane()).lookup("#handout-paper")
                .queryAs(javafx.scene.control.ComboBox.class).getValue();
    }

    private int pagesOf(HandoutLayout layout, org.parley.export.image.Paper paper) {
        return new org.parley.export.handout.HandoutPdf().onPaper(paper).pages(state.dataset(), state.dataset().events(),
                java.util.Optional.empty(), layout, org.parley.export.handout.ContextPlacement.LAST);
    }

    /**
     * Just after a filter change over 20,000 events its events are still being picked in the background:
     * the box had offered the previous filter's events, and OK printed them. It says "counting…" and OK
     * waits; then the box offers the new filter's events.
     */
    @Test
    void aFilterStillAppliedInTheBackgroundIsOfferedWhenItArrives(FxRobot robot) throws Exception {
        org.parley.model.Dataset large = BundledSeeds.copiedUntilOver(ExplorerState.FILTER_AT_ONCE_LIMIT);
        javafx.scene.control.Dialog<?>[] dialog = new javafx.scene.control.Dialog<?>[1];
        try (org.parley.ui.support.BackgroundThread worker = new org.parley.ui.support.BackgroundThread("test-compute")) {
            ExplorerState big = new ExplorerState(worker);
            robot.interact(() -> big.datasetProperty().set(large));
            java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
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
            org.parley.model.Dataset week = BundledSeeds.dataset();
            String place = week.places().stream().map(org.parley.model.Place::id)
                    .filter(id -> week.events().stream().filter(e -> id.equals(e.place())).count() == 1)
                    .filter(id -> week.places().stream().noneMatch(p -> id.equals(p.within())))
                    .findFirst().orElseThrow();
            EventFilter oneAWeek = EventFilter.NONE.withPlaces(Set.of(place));
            robot.interact(() -> {
                big.filterProperty().set(oneAWeek);
                dialog[0] = HandoutDialog.dialog(null, big);
                dialog[0].show();
            });
            javafx.scene.control.CheckBox box = robot.from(dialog[0].getDialogPane()).lookup("#handout-filtered")
                    .queryAs(javafx.scene.control.CheckBox.class);
            javafx.scene.Node ok = dialog[0].getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
            assertTrue(box.getText().contains("counting"), box.getText());
            assertTrue(ok.isDisabled(), "OK would print the previous filter's events");

            hold.countDown();
            long kept = large.events().stream().filter(oneAWeek.in(large)).count();
            assertTrue(kept <= org.parley.export.handout.HandoutPdf.MOST_EVENTS, kept + " events");
            String counted = org.parley.model.CountText.count(kept, "event");
            org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> box.getText().contains(counted));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertTrue(box.isSelected() && !box.isDisabled(), "the filter's events are offered first");
            // The pages are counted on the compute thread, and a handout refused there greys OK: waited for.
            org.testfx.util.WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.from(dialog[0].getDialogPane())
                    .lookup(".radio-button").queryAllAs(javafx.scene.control.RadioButton.class).stream()
                    .allMatch(r -> r.getText().matches(".*\\d pages?$")));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
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
                BundledSeeds.copiedUntilOver(org.parley.export.handout.HandoutPdf.MOST_EVENTS)));
        javafx.scene.control.Dialog<?>[] dialog = new javafx.scene.control.Dialog<?>[1];
        robot.interact(() -> {
            dialog[0] = HandoutDialog.dialog(null, many);
            dialog[0].show();
        });
        try {
            javafx.scene.control.Label problem = robot.from(dialog[0].getDialogPane()).lookup("#handout-problem")
                    .queryAs(javafx.scene.control.Label.class);
            org.testfx.util.WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, problem::isVisible);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertTrue(problem.getText().contains("500"), problem.getText());
            assertTrue(dialog[0].getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).isDisabled(),
                    "OK would ask for a file that is then not written");
            robot.press(javafx.scene.input.KeyCode.ENTER).release(javafx.scene.input.KeyCode.ENTER);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertTrue(dialog[0].isShowing(), "Enter does not go past the reason either");
        } finally {
            robot.interact(() -> dialog[0].close());
        }
    }
}
