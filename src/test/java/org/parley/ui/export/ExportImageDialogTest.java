package org.parley.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.Node;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.image.ImageFormat;
import org.parley.export.image.PageSetup;
import org.parley.export.image.Sizing;
import org.parley.export.image.View;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;
import org.parley.seed.ExchangeFormatReader;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.ScreenArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog as a user drives it, headless: preview follows the options; cancel writes nothing. */
@ExtendWith(FxThreadRobot.class)
class ExportImageDialogTest {

    private static Dataset dataset;
    private ExplorerState state;
    private ExportImageDialog dialog;

    @TempDir
    Path tmp;

    @BeforeAll
    static void read() throws Exception {
        dataset = new ExchangeFormatReader().read(Path.of(System.getProperty("parley.seeds", "seeds")));
    }

    @Start
    void start(Stage owner) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        state = new ExplorerState();
        state.datasetProperty().set(dataset);
        state.timeWindowProperty().set(new ExplorerState.TimeWindow(Instant.parse("2022-01-12T00:00:00Z"),
                Instant.parse("2022-01-13T00:00:00Z")));
        owner.setScene(new Scene(new StackPane(), 300, 200));
        owner.show();
        dialog = new ExportImageDialog(owner, state);
        dialog.show();
    }

    /**
     * Found by a helper, 2026-12-05: a long Output line (a picture many screens tall says what to do instead) wrapped
     * to five lines, and the window, sized for one, left Export and Cancel on its bottom edge. It grows to hold it.
     */
    @Test
    void aLongOutputLineKeepsTheButtonsInTheWindow(FxRobot robot) throws Exception {
        awaitPreview(null);
        Label output = robot.lookup("#exportSize").queryAs(Label.class);
        robot.interact(() -> output.setText("1600 × 397640 px \u2014 about 442 screens tall, 2.4 GB of memory to draw, "
                + "more than Parley can spare of the 2.0 GB Java was given. Choose PDF, which cuts it into pages, a "
                + "shorter range, or a filter. " + "And a few words more, to be sure it wraps to several lines here."));
        Node export = robot.lookup("#exportConfirm").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Bounds b = export.localToScene(export.getLayoutBounds());
            return b.getMaxY() <= export.getScene().getHeight() - 8;
        });
        Bounds b = export.localToScene(export.getLayoutBounds());
        assertTrue(b.getMaxY() <= export.getScene().getHeight() - 8, "Export within the window: " + b
                + " in " + export.getScene().getHeight());
    }

    @Test
    void previewFollowsTheOptions(FxRobot robot) {
        Image first = awaitPreview(null);
        assertTrue(first.getWidth() == ExportImageDialog.PREVIEW_WIDTH, "preview width " + first.getWidth());
        assertTrue(robot.lookup("#exportSize").queryLabeled().getText().startsWith("1600 × "));

        robot.clickOn("#exportScale2");
        Image second = awaitPreview(first);
        assertTrue(robot.lookup("#exportSize").queryLabeled().getText().startsWith("3200 × "),
                robot.lookup("#exportSize").queryLabeled().getText());

        robot.interact(() -> {
            format(robot).setValue(ImageFormat.SVG);
            view(robot).setValue(View.DASHBOARD);
        });
        Image third = awaitPreview(second);
        assertNotSame(second, third);
        assertEquals(third.getWidth() * 9 / 16, third.getHeight(), 1.5, "the dashboard is slide-shaped, 16:9");
        assertTrue(robot.lookup("#exportSize").queryLabeled().getText().endsWith(" px"), "an SVG is measured in its own px, not points");
    }

    /** At 1024 px the dialog had been wider than the screen, its labels off the left edge: the preview gives way. */
    @Test
    void onA1024PxScreenTheDialogFitsAndItsFormStaysWhole(FxRobot robot) {
        double[] widths = new double[3];
        robot.interact(() -> {
            Parent root = dialog.stage().getScene().getRoot();
            widths[0] = root.prefWidth(-1);
            double form = ((BorderPane) root).getLeft().prefWidth(-1);
            dialog.fitPreviewTo(new Rectangle2D(0, 0, 1024, 768));
            widths[1] = root.prefWidth(-1);
            widths[2] = ((BorderPane) root).getLeft().prefWidth(-1) - form;
        });
        assertTrue(widths[0] > 1024 - 40, "the dialog at its full size is " + widths[0] + " px: this test needs it wide");
        assertTrue(widths[1] <= 1024 - 40 + 0.5, "on a 1024-px screen the dialog is " + widths[1] + " px");
        assertEquals(0, widths[2], 0.5, "the form keeps its width");
    }

    /**
     * The dialog opens over the window that opened it, as the other dialogs do. A main window not maximized,
     * at the left of the screen, had it open in the middle of the screen, half over whatever lay beside.
     */
    @Test
    void itOpensOverTheMiddleOfItsWindow(FxRobot robot) {
        double[] placed = new double[6];
        robot.interact(() -> {
            Stage left = new Stage();
            left.setScene(new Scene(new StackPane(), 1160, 500));
            left.setX(0);
            left.setY(0);
            left.show();
            ExportImageDialog over = new ExportImageDialog(left, state);
            over.show();
            Stage shown = over.stage();
            Rectangle2D screen = ScreenArea.of(left);
            placed[0] = shown.getX();
            placed[1] = shown.getWidth();
            placed[2] = left.getX() + left.getWidth() / 2;
            placed[3] = screen.getMinX();
            placed[4] = screen.getMaxX();
            placed[5] = screen.getWidth() / 2 + screen.getMinX();
            shown.close();
            left.close();
        });
        double expected = Math.max(placed[3], Math.min(placed[2] - placed[1] / 2, placed[4] - placed[1]));
        assertTrue(Math.abs(placed[2] - placed[5]) > 50, "this test needs its window away from the screen's middle");
        assertEquals(expected, placed[0], 2, "the dialog's left edge, centred on its window and kept on the screen");
    }

    /**
     * A 16:9 or 4:3 slide as PDF is a page of its own shape (decision 0143), yet the paper and its turn were offered
     * for it and changed nothing. They are greyed for such a slide, the Output line says why and what prints on paper,
     * and they come back for the A4 slide shape and for the timeline.
     */
    @Test
    void thePaperIsGreyedForASlideOfItsOwnShape(FxRobot robot) {
        awaitPreview(null);
        robot.interact(() -> {
            view(robot).setValue(View.TIMELINE);
            format(robot).setValue(ImageFormat.PDF);
        });
        Node paper = robot.lookup("#exportPaper").query();
        Node orientation = robot.lookup("#exportOrientation").query();
        Label output = robot.lookup("#exportSize").queryAs(Label.class);
        assertFalse(paper.isDisabled(), "a timeline PDF is laid on paper");

        choose(robot, "#exportView", "Timeline slide");
        choose(robot, "#exportShape", "16:9");
        assertTrue(paper.isDisabled(), "a 16:9 slide is a page of its own shape");
        assertTrue(orientation.isDisabled());
        waitFor(() -> output.getText().equals("960 × 540 pt" + ExportImageDialog.SLIDE_PAGE));

        choose(robot, "#exportShape", "4:3");
        assertTrue(paper.isDisabled(), "a 4:3 slide too");
        waitFor(() -> output.getText().equals("720 × 540 pt" + ExportImageDialog.SLIDE_PAGE));

        choose(robot, "#exportShape", "A4");
        assertFalse(paper.isDisabled(), "the A4 slide shape is the slide for paper");
        assertFalse(orientation.isDisabled());
        waitFor(() -> output.getText().endsWith(" pt") && !output.getText().contains("slide's own shape"));

        choose(robot, "#exportShape", "16:9");
        choose(robot, "#exportView", "Timeline");
        assertFalse(paper.isDisabled(), "back on the timeline, the paper is offered again");
        assertFalse(orientation.isDisabled());
        waitFor(() -> output.getText().matches("\\d+ pages of \\d+ \u00D7 \\d+ pt"));
    }

    /** Opens the choice box {@code id} and clicks its item {@code item}, as a user does. */
    private static void choose(FxRobot robot, String id, String item) {
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> item.equals(c.getText()) && c.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + item + " in " + id));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    @Test
    void thePaperOrientationIsInWords(FxRobot robot) {
        awaitPreview(null);
        robot.interact(() -> format(robot).setValue(ImageFormat.PDF));
        ComboBox<PageSetup.Orientation> orientation =
                robot.lookup("#exportOrientation").queryAs(ComboBox.class);
        assertEquals("Turned to fit", orientation.getConverter().toString(orientation.getValue()), "not the enum's AUTO");
        // The list shows the words too: "Portrait" is there to click.
        robot.clickOn(orientation).clickOn("Portrait");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PageSetup.Orientation.PORTRAIT, orientation.getValue());
    }

    /** A timeline PDF of the week runs over pages, and says so; a PDF's size is its paper's, not 1× or 2×. */
    @Test
    void aTimelinePdfSaysHowManyPagesItTakes(FxRobot robot) throws Exception {
        awaitPreview(null);
        robot.interact(() -> format(robot).setValue(ImageFormat.PDF));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#exportSize").queryLabeled().getText().matches("\\d+ pages of \\d+ \u00D7 \\d+ pt"));
        assertTrue(robot.lookup("#exportScale2").query().isDisabled(), "the scale does not apply to paper");
        robot.interact(() -> format(robot).setValue(ImageFormat.PNG));
        assertFalse(robot.lookup("#exportScale2").query().isDisabled());
    }

    @Test
    void cancelClosesWithoutWriting(FxRobot robot) throws Exception {
        awaitPreview(null);
        robot.clickOn("#exportCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.stage().isShowing());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void exportWritesTheFileOffTheFxThreadAndCloses(FxRobot robot) throws Exception {
        awaitPreview(null);
        robot.interact(() -> format(robot).setValue(ImageFormat.PNG));
        Path target = tmp.resolve("week.png");
        robot.interact(() -> dialog.exportTo(target));
        waitFor(() -> Files.exists(target) && !dialog.stage().isShowing());
        BufferedImage image = ImageIO.read(target.toFile());
        assertEquals(1600, image.getWidth());
        // The user is told where the file went, with a way to open its folder.
        waitFor(() -> robot.lookup("#exportDone").tryQuery().isPresent());
        DialogPane done = robot.lookup("#exportDone").queryAs(DialogPane.class);
        assertTrue(done.getContentText().contains(target.toAbsolutePath().toString()), done.getContentText());
        assertTrue(done.getButtonTypes().contains(ExportDone.OPEN_FOLDER));
    }

    /**
     * "week.png" typed with PDF chosen: the dialog had written "week.pdf" where export-image refuses the name; it
     * now says so, in the command's words, writes nothing and stays open for another try (decision 0154).
     */
    @Test
    void anotherImageTypesNameIsRefusedAndNothingIsWritten(FxRobot robot) throws Exception {
        awaitPreview(null);
        robot.interact(() -> format(robot).setValue(ImageFormat.PDF));
        try {
            robot.interact(() -> dialog.exportTo(tmp.resolve("week.png")));
            waitFor(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
            DialogPane error = robot.lookup("#error-dialog").queryAs(DialogPane.class);
            assertTrue(error.getContentText().contains("ends in .png, but this file is a PDF document: name it .pdf"),
                    error.getContentText());
            assertTrue(dialog.stage().isShowing(), "the dialog stays for another name");
            robot.interact(() -> error.getScene().getWindow().hide());
            try (Stream<Path> files = Files.list(tmp)) {
                assertEquals(0, files.count(), "nothing written, neither week.png nor week.pdf");
            }
        } finally {
            if (dialog.stage().isShowing()) {
                robot.interact(() -> format(robot).setValue(ImageFormat.PNG));
            }
        }
    }

    /** The next export offers the view and format of the last one: images for one report come one after another. */
    @Test
    void theNextDialogOffersWhatWasExportedLast(FxRobot robot) throws Exception {
        awaitPreview(null);
        robot.interact(() -> {
            view(robot).setValue(View.MAP);
            format(robot).setValue(ImageFormat.SVG);
            range(robot).setValue(RangeChoice.CURRENT_VIEW);
            robot.lookup("#exportScale2").queryAs(RadioButton.class).setSelected(true);
        });
        Path target = tmp.resolve("map.svg");
        robot.interact(() -> dialog.exportTo(target));
        waitFor(() -> Files.exists(target) && !dialog.stage().isShowing());
        robot.interact(() -> robot.lookup("#exportDone").queryAs(DialogPane.class).getScene()
                .getWindow().hide());
        ExportImageDialog[] next = new ExportImageDialog[1];
        robot.interact(() -> {
            next[0] = new ExportImageDialog(null, state);
            next[0].show();
        });
        try {
            assertEquals(View.MAP, view(robot).getValue());
            assertEquals(ImageFormat.SVG, format(robot).getValue());
            assertEquals(RangeChoice.CURRENT_VIEW, range(robot).getValue(), "and the range");
            assertTrue(robot.lookup("#exportScale2").queryAs(RadioButton.class).isSelected(),
                    "and the size: it had gone back to 1×");
        } finally {
            // Back to the first start's choice, for the tests that follow in this JVM.
            robot.interact(() -> {
                view(robot).setValue(View.TIMELINE);
                format(robot).setValue(ImageFormat.PNG);
                range(robot).setValue(RangeChoice.FOCUS);
                robot.lookup("#exportScale1").queryAs(RadioButton.class).setSelected(true);
            });
            Path back = tmp.resolve("back.png");
            dialog = next[0];
            robot.interact(() -> next[0].exportTo(back));
            waitFor(() -> Files.exists(back) && !next[0].stage().isShowing());
        }
    }

    /**
     * A time range typed in the Filters pane framed the timeline on its day; the picture followed the
     * focus period instead, four of its five columns empty. The dialog offers the view shown.
     */
    @Test
    void aTypedTimeRangeIsWhatThePictureShows(FxRobot robot) {
        awaitPreview(null);
        assertEquals(RangeChoice.FOCUS, range(robot).getValue());
        robot.interact(() -> state.filterProperty().set(state.filterProperty().get().withRange(
                Instant.parse("2022-01-12T00:00:00Z"), Instant.parse("2022-01-13T00:00:00Z"))));
        ExportImageDialog[] next = new ExportImageDialog[1];
        robot.interact(() -> {
            next[0] = new ExportImageDialog(null, state);
            next[0].show();
        });
        try {
            // Asked of the new dialog: the first one is still open, with its own range box.
            assertEquals(RangeChoice.CURRENT_VIEW, robot.from(next[0].stage().getScene().getRoot())
                    .lookup("#exportRange").queryAs(ComboBox.class).getValue());
        } finally {
            robot.interact(() -> {
                next[0].stage().hide();
                state.filterProperty().set(EventFilter.NONE);
            });
        }
    }

    /** "Current view" had not said which days it would draw, where "Focus period" gave its dates (ISO dates). */
    @Test
    void theRangeListNamesTheDaysOfEachChoice(FxRobot robot) {
        awaitPreview(null);
        robot.clickOn(range(robot));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Set<String> offered = robot.lookup(".list-cell").queryAllAs(ListCell.class)
                    .stream().map(ListCell::getText).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            assertTrue(offered.contains("Focus period (9–13 Jan 2022)"), offered.toString());
            // The window is 12 Jan 00:00 to 13 Jan 00:00 UTC: 01:00 to 01:00 in Brussels, the week's zone.
            assertTrue(offered.contains("Current view (12–13 Jan 2022)"), offered.toString());
        } finally {
            robot.type(KeyCode.ESCAPE);
        }
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<RangeChoice> range(FxRobot robot) {
        return robot.lookup("#exportRange").queryAs(ComboBox.class);
    }

    /**
     * Enter with a check box focused exports with the box as it was (it had toggled the filters off and
     * exported nothing), and a width typed but not yet committed counts.
     */
    @Test
    void enterExportsWhateverHasTheFocus(FxRobot robot) {
        awaitPreview(null);
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(
                Set.of(EventKind.MEETING))));
        CheckBox filters = robot.lookup("#exportFilters").queryAs(CheckBox.class);
        assertFalse(filters.isDisabled(), "a filter is set: the box is there to choose");
        Button export = robot.lookup("#exportConfirm").queryButton();
        int[] fired = {0};
        // The real action opens the system's file chooser; what matters here is that Enter reaches it.
        robot.interact(() -> export.setOnAction(e -> fired[0]++));
        boolean before = filters.isSelected();
        robot.interact(filters::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, fired[0], "Enter exported");
        assertEquals(before, filters.isSelected(), "and left the box as it was");

        Spinner<Integer> width = exactWidth(robot);
        robot.clickOn(width.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("1234");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, fired[0], "Enter in the width exported");
        assertEquals(1234, width.getValue(), "with the width typed");
    }

    /** With no filter set, "Apply current filters" is greyed and unticked; a filter set brings it back ticked. */
    @Test
    void theFiltersBoxIsLiveOnlyWhileAFilterIsSet(FxRobot robot) {
        CheckBox filters = robot.lookup("#exportFilters").queryAs(CheckBox.class);
        assertTrue(filters.isDisabled() && !filters.isSelected(), "no filter: greyed and unticked");
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(
                Set.of(EventKind.MEETING))));
        assertTrue(!filters.isDisabled() && filters.isSelected(), "a filter: live, ticked by default");
        robot.clickOn(filters);
        assertFalse(filters.isSelected(), "unticked by a click");
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
        assertTrue(filters.isDisabled() && !filters.isSelected());
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(
                Set.of(EventKind.STATEMENT))));
        assertFalse(filters.isSelected(), "the choice made comes back with the next filter");
    }

    /**
     * A title pasted from a document is one line, as {@code --title} must be: a line break is a space (it had run
     * "Line1Line2" together), and a right-to-left override or a terminal's escape does not go in (the override had
     * drawn the title reversed).
     */
    @Test
    void aPastedTitleIsOneLineOfPlainText(FxRobot robot) {
        TextField title = robot.lookup("#exportTitle").queryAs(TextField.class);
        robot.interact(() -> title.replaceText(0, title.getLength(), "Line1\r\nLine2\u001B[31m\tTab \u202ERTL"));
        assertEquals("Line1 Line2[31m Tab RTL", title.getText());
        robot.interact(() -> title.replaceText(0, title.getLength(), "x".repeat(600)));
        assertEquals(ExportImageDialog.TITLE_LONGEST, title.getLength(), "no longer than --title allows");
    }

    /** An exact width that shrinks the picture's text below reading size says so beside the size. */
    @Test
    void anExactWidthThatMakesTheTextTooSmallSaysSo(FxRobot robot) {
        Spinner<Integer> width = exactWidth(robot);
        Label size = robot.lookup("#exportSize").queryAs(Label.class);
        robot.interact(() -> width.getValueFactory().setValue(800));
        waitFor(() -> size.getText().startsWith("800 ") && size.getText().contains("too small to read"));
        assertTrue(size.getText().contains("choose a width of"), size.getText());
        robot.interact(() -> width.getValueFactory().setValue(3840));
        waitFor(() -> size.getText().startsWith("3840 "));
        assertTrue(!size.getText().contains("too small"), size.getText());
    }

    /** Typing in the width field: letters do not go in; leaving it keeps a width out of range within it, an empty one as it was. */
    @Test
    void aTypedWidthIsDigitsWithinTheRange(FxRobot robot) {
        Spinner<Integer> width = exactWidth(robot);
        Label size = robot.lookup("#exportSize").queryAs(Label.class);
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> thrown.add(e));
        try {
            robot.clickOn(width.getEditor()).push(KeyCode.CONTROL, KeyCode.A)
                    .write("abc").write("99999").push(KeyCode.TAB);
            waitFor(() -> width.getValue() == Sizing.MAX_WIDTH);
            assertEquals(String.valueOf(Sizing.MAX_WIDTH), width.getEditor().getText(),
                    "no letters; five digits, clamped to the largest width");
            waitFor(() -> size.getText().startsWith(Sizing.MAX_WIDTH + " "));
            robot.clickOn(width.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("5")
                    .push(KeyCode.TAB);
            waitFor(() -> width.getValue() == 16);
            robot.clickOn(width.getEditor()).push(KeyCode.CONTROL, KeyCode.A)
                    .push(KeyCode.BACK_SPACE).push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(16, width.getValue(), "an empty field keeps the last width");
            assertEquals("16", width.getEditor().getText(), "and shows it again");
            assertTrue(thrown.isEmpty(), "no exception on the JavaFX thread: " + thrown);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void writesASnapshotForAPersonToLookAt(FxRobot robot) throws Exception {
        awaitPreview(null);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = dialog.stage().getScene().snapshot(null));
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "export-image-dialog.png");
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", out.toFile());
        assertTrue(Files.size(out) > 5_000);
    }

    /** A PNG of an exact width chosen, once the first preview is in: the width field. */
    @SuppressWarnings("unchecked")
    private Spinner<Integer> exactWidth(FxRobot robot) {
        awaitPreview(null);
        robot.interact(() -> {
            format(robot).setValue(ImageFormat.PNG);
            robot.lookup("#exportExactWidth").queryAs(RadioButton.class).setSelected(true);
        });
        return robot.lookup("#exportWidth").queryAs(Spinner.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ImageFormat> format(FxRobot robot) {
        return (ComboBox<ImageFormat>) robot.lookup("#exportFormat").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<View> view(FxRobot robot) {
        return (ComboBox<View>) robot.lookup("#exportView").queryAs(ComboBox.class);
    }

    private Image awaitPreview(Image previous) {
        waitFor(() -> dialog.previewImage() != null && dialog.previewImage() != previous);
        Image image = dialog.previewImage();
        assertNotNull(image);
        return image;
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** An event selected in the window is outlined in the image only when asked: a figure for a report is not about it. */
    @Test
    void theSelectedEventIsOutlinedOnlyWhenAsked(FxRobot robot) {
        ExportImageDialog[] other = new ExportImageDialog[1];
        robot.interact(() -> {
            state.selectedEventProperty().set("nrc-meeting");
            other[0] = new ExportImageDialog(null, state);
        });
        assertEquals(null, other[0].request().orElseThrow().selectedEvent(), "not outlined by default");
        CheckBox marked = other[0].markSelectedBox();
        assertFalse(marked.isDisabled());
        robot.interact(() -> marked.setSelected(true));
        assertEquals("nrc-meeting", other[0].request().orElseThrow().selectedEvent());
        robot.interact(() -> state.selectedEventProperty().set(null));
    }

    /**
     * Over 100,000 events a preview takes up to twenty seconds: while the new one is drawn, the dialog
     * says so, not the last preview's size as if it were this choice's.
     */
    @Test
    void aSlowPreviewOfManyEventsIsSaidToBeDrawnNotTheLastSize(FxRobot robot) throws Exception {
        ExplorerState many = new ExplorerState();
        ExportImageDialog[] big = new ExportImageDialog[1];
        robot.interact(() -> {
            many.datasetProperty().set(BundledSeeds.copiedUntilOver(ExplorerState.FILTER_AT_ONCE_LIMIT));
            // The picture of a few of them, so that the test draws in seconds what a user waits for.
            many.filterProperty().set(EventFilter.NONE.withKinds(
                    Set.of(EventKind.CONFLICT)));
            big[0] = new ExportImageDialog(dialog.stage().getOwner(), many);
            big[0].show();
        });
        Label size = robot.from(big[0].stage().getScene().getRoot()).lookup("#exportSize")
                .queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> size.getText().contains(" px"));
        String first = size.getText();
        CountDownLatch hold = new CountDownLatch(1);
        BackgroundThread.compute().submit(() -> {
            try {
                return hold.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        try {
            robot.interact(() -> robot.from(big[0].stage().getScene().getRoot()).lookup("#exportScale2")
                    .queryAs(RadioButton.class).setSelected(true));
            assertTrue(size.getText().startsWith("Drawing the preview of "), size.getText());
        } finally {
            hold.countDown();
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> size.getText().contains(" px"));
        assertTrue(!size.getText().equals(first) && size.getText().startsWith("3200 × "), size.getText());
        robot.interact(() -> big[0].stage().close());
    }

    /**
     * Hundreds of events a day make a timeline many screens tall (twenty thousand in one week, 1600 ×
     * 397,640 px, 2.4 GB to draw as PNG): the dialog gave its size and nothing else. It now says how
     * many screens tall, what a PNG of it takes, and what to choose instead; the week says nothing more.
     */
    @Test
    void aPictureManyScreensTallIsSaidToBeSoWithWhatToDo(FxRobot robot) throws Exception {
        Label weekSize = robot.lookup("#exportSize").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> weekSize.getText().matches(".* p[xt]$"));
        assertFalse(weekSize.getText().contains("screens tall"), weekSize.getText());

        ExplorerState crowded = new ExplorerState();
        ExportImageDialog[] tall = new ExportImageDialog[1];
        robot.interact(() -> {
            crowded.datasetProperty().set(BundledSeeds.copiedUntilOver(1_000));
            tall[0] = new ExportImageDialog(dialog.stage().getOwner(), crowded);
            tall[0].show();
        });
        Label size = robot.from(tall[0].stage().getScene().getRoot()).lookup("#exportSize")
                .queryAs(Label.class);
        robot.interact(() -> robot.from(tall[0].stage().getScene().getRoot()).lookup("#exportFormat")
                .queryAs(ComboBox.class).setValue(ImageFormat.PNG));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> size.getText().contains(" px"));
        String said = size.getText();
        assertTrue(said.matches("1600 × \\d+ px — about \\d+ screens tall, .* of memory to draw.*"), said);
        assertTrue(said.contains("Choose PDF, which cuts it into pages, a shorter range, or a filter"), said);
        robot.interact(() -> tall[0].stage().close());
    }
}
