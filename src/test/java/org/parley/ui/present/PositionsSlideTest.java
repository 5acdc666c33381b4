package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.handout.PositionsSummary;
import org.parley.export.handout.Steps;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** P in a presentation shows the positions board as its summary step, and hides it again. */
@ExtendWith(FxThreadRobot.class)
class PositionsSlideTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
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
    void close(FxRobot robot) {
        if (shown != null) {
            robot.interact(shown::close);
        }
    }

    /**
     * The first slide's first frame does not wait for the board: its rows are styled and laid out
     * when P (or the last step) shows it, not while the first slide opens behind a blank screen.
     */
    @Test
    void theBoardsRowsAreMadeWhenItIsFirstShown(FxRobot robot) {
        shown = Presenting.start(robot, owner, state, false);
        robot.interact(() -> shown.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        Node board = shown.getScene().lookup("#" + PositionsSlide.ID);
        assertEquals(0, board.lookupAll(".positions-slide-title").size(), "no row laid out behind the first slide");

        robot.type(KeyCode.P);
        assertTrue(board.isVisible());
        assertEquals(PreparedDeck.of(WEEK, Steps.all(WEEK)).positions().size(),
                board.lookupAll(".positions-slide-title").size(), "every row once shown");
        assertTrue(((PositionsSlide) board).pages() > 1, "paged at once, as before");
        robot.type(KeyCode.P);
        robot.type(KeyCode.P);
        assertEquals(PreparedDeck.of(WEEK, Steps.all(WEEK)).positions().size(),
                board.lookupAll(".positions-slide-title").size(), "made once");
    }

    @Test
    void pShowsAndHidesTheBoard(FxRobot robot) {
        shown = Presenting.start(robot, owner, state, false);
        assertNotNull(shown);
        robot.interact(() -> shown.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        Node board = shown.getScene().lookup("#" + PositionsSlide.ID);
        assertNotNull(board);
        assertFalse(board.isVisible());

        robot.type(KeyCode.P);
        assertTrue(board.isVisible());
        String text = texts(board).stream().map(Text::getText)
                .collect(Collectors.joining("\n"));
        assertTrue(text.contains("Russia: Rejects"), text);
        // The board is a slide too: its smallest text is 3 % of the height, 22 px at 720p.
        robot.interact(() -> {
            shown.setFullScreen(false);
            shown.setWidth(1280);
            shown.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (Text n : texts(board)) {
            double size = n.getFont().getSize();
            assertTrue(size >= Math.ceil(0.03 * shown.getScene().getHeight()), n.getText() + " is " + size + " px");
        }
        String before = state.selectedEventProperty().get();

        // Its rows outgrow a 720p screen; a clicker's PageDown pages through them, the deck stays.
        PositionsSlide positions = (PositionsSlide) board;
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, positions.pageShown());
        assertTrue(positions.pages() > 1, positions.pages() + " pages");
        Set<String> seen = new HashSet<>();
        List<Integer> perPage = new ArrayList<>();
        for (int p = 0; p < positions.pages(); p++) {
            int earlier = seen.size();
            wholeRowsOnly(positions, seen);
            perPage.add(seen.size() - earlier);
            if (p + 1 < positions.pages()) {
                robot.type(KeyCode.PAGE_DOWN);
                assertEquals(p + 1, positions.pageShown(), "paged down");
            }
        }
        long titles = board.lookupAll(".positions-slide-title").size();
        assertEquals(titles, seen.size(), "every row on one page: " + seen);
        // Pages about as full as each other: not four full ones and a last of a single row.
        assertTrue(Collections.min(perPage) * 2 >= Collections.max(perPage), "rows a page: " + perPage);
        assertEquals(before, state.selectedEventProperty().get(), "the deck did not move under the board");
        while (positions.pageShown() > 0) {
            robot.type(KeyCode.PAGE_UP);
        }
        assertEquals(0, positions.pageShown());
        // A click (the other clicker, a mouse) pages too, and the deck stays.
        robot.clickOn(board, MouseButton.PRIMARY);
        assertEquals(1, positions.pageShown(), "a click paged down");
        assertEquals(before, state.selectedEventProperty().get(), "a click did not move the deck under the board");
        robot.clickOn(board, MouseButton.SECONDARY);
        assertEquals(0, positions.pageShown());

        robot.type(KeyCode.P);
        assertFalse(board.isVisible());
        assertEquals(before, state.selectedEventProperty().get(), "the summary does not move the deck");

        // A jump typed on the board (a step's number and Enter, Home) goes to that step and shows it,
        // rather than move the deck unseen under the board.
        Label counter = (Label) shown.getScene().lookup(".slide-counter");
        robot.type(KeyCode.P);
        assertTrue(board.isVisible());
        robot.type(KeyCode.DIGIT3);
        Label corner = (Label) board.lookup(".positions-slide-page");
        assertTrue(corner.getText().startsWith("Go to step 3"), "what is typed shows on the board: " + corner.getText());
        robot.type(KeyCode.ENTER);
        assertFalse(board.isVisible(), "the board gave way to the step jumped to");
        assertTrue(counter.getText().startsWith("Step 3 /"), counter.getText());
        robot.type(KeyCode.P);
        robot.type(KeyCode.HOME);
        assertFalse(board.isVisible(), "the board gave way to the first step");
        assertTrue(counter.getText().startsWith("Step 1 /"), counter.getText());
    }

    @Test
    void aClickerGoesOnFromTheLastStepToTheBoardAndBackFromItsFirstPage(FxRobot robot) {
        shown = ProjectorSized.present(robot, owner, state, PresentationOptions.DEFAULT);
        PositionsSlide board = (PositionsSlide) shown.getScene().lookup("#" + PositionsSlide.ID);
        robot.type(KeyCode.END);
        Label counter = (Label) shown.getScene().lookup(".slide-counter");
        String last = counter.getText();
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(board.isVisible(), "on from the last step is the positions board");
        assertEquals(0, board.pageShown());
        Label heading = (Label) board.lookup(".positions-slide-heading");
        assertEquals(PositionsSummary.HEADING, heading.getText());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(1, board.pageShown());
        assertTrue(heading.isVisible() && heading.getText().endsWith("(continued)"), "every page says what it is: " + heading.getText());
        robot.type(KeyCode.PAGE_UP);
        robot.type(KeyCode.PAGE_UP);
        assertFalse(board.isVisible(), "back from the first page is the last step again");
        assertEquals(last, counter.getText());
        robot.type(KeyCode.PAGE_UP);
        assertFalse(last.equals(counter.getText()), "and back again is the step before: " + counter.getText());
    }

    /**
     * At 1280×720 the board's words are read from the back of the room as a slide's words are: never below a slide's
     * least type (22 px), its heading no larger than a slide's title, and every row is still shown whole. (They had
     * been held at 26 px, 3.6 %, which cost the week's board a page more than the type a slide's summary has.)
     */
    @Test
    void theBoardIsReadFromTheBackOfTheRoomAt720p(FxRobot robot) {
        shown = ProjectorSized.present(robot, owner, state, PresentationOptions.DEFAULT, 1280, 720);
        PositionsSlide board = (PositionsSlide) shown.getScene().lookup("#" + PositionsSlide.ID);
        robot.type(KeyCode.END);
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(board.isVisible(), "on from the last step is the positions board");
        double title = ((Label) shown.getScene().lookup(".slide-title")).getFont().getSize();
        for (String kind : List.of(".positions-slide-stances", ".positions-slide-kind", ".positions-slide-title")) {
            Node n = board.lookup(kind);
            double size = n instanceof Label l ? l.getFont().getSize() : ((Text) n).getFont().getSize();
            assertTrue(size >= SlideView.leastTextPx(720), kind + " is " + size + " px");
        }
        double heading = ((Label) board.lookup(".positions-slide-heading")).getFont().getSize();
        assertTrue(heading <= title + 0.5, "the heading is " + heading + " px, a slide's title " + title);
        Set<String> seen = new HashSet<>();
        for (int p = 0; p < board.pages(); p++) {
            wholeRowsOnly(board, seen);
            robot.type(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(board.lookupAll(".positions-slide-title").size(), seen.size(), "every row was shown: " + seen);
    }

    /**
     * At 1280×720 the week's board took seven pages of three or four rows, one column down the left of a wide screen
     * with most of each line empty: a class sat through seven clicks. A wide screen's page holds two columns of
     * whole rows, none over another, and the week's board takes three pages, its type no smaller than a slide's.
     */
    @Test
    void theWeeksBoardTakesAtMostThreePagesOnA720pProjector(FxRobot robot) {
        shown = ProjectorSized.present(robot, owner, state, PresentationOptions.DEFAULT, 1280, 720);
        PositionsSlide board = (PositionsSlide) shown.getScene().lookup("#" + PositionsSlide.ID);
        robot.type(KeyCode.END);
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(board.isVisible(), "on from the last step is the positions board");
        assertTrue(board.pages() <= 3, board.pages() + " pages");
        for (Text n : texts(board)) {
            double size = n.getFont().getSize();
            assertTrue(size >= SlideView.leastTextPx(720), n.getText() + " is " + size + " px");
        }
        Set<String> seen = new HashSet<>();
        for (int p = 0; p < board.pages(); p++) {
            wholeRowsOnly(board, seen);
            List<Bounds> rows = new ArrayList<>();
            for (Node n : board.lookupAll(".positions-slide-title")) {
                if (n.getParent().isVisible()) {
                    Bounds row = n.getParent().localToScene(n.getParent().getLayoutBounds());
                    for (Bounds other : rows) {
                        assertFalse(row.intersects(other), "page " + (p + 1) + ": " + row + " over " + other);
                    }
                    rows.add(row);
                }
            }
            robot.type(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(board.lookupAll(".positions-slide-title").size(), seen.size(), "every row was shown: " + seen);
    }

    /**
     * On a 4:3 projector the heading of a later page, " (continued)", takes a second line: the board
     * got shorter, counted its pages again and went back to the first, so a clicker never left it.
     */
    @Test
    void aClickerPagesThroughTheWholeBoardOnA4by3Projector(FxRobot robot) {
        shown = ProjectorSized.present(robot, owner, state, PresentationOptions.DEFAULT, 1024, 768);
        PositionsSlide board = (PositionsSlide) shown.getScene().lookup("#" + PositionsSlide.ID);
        robot.type(KeyCode.END);
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(board.isVisible(), "on from the last step is the positions board");
        assertTrue(board.pages() > 1, board.pages() + " pages");
        Set<String> seen = new HashSet<>();
        for (int p = 0; p < board.pages(); p++) {
            assertEquals(p, board.pageShown(), "page " + (p + 1) + " of " + board.pages());
            wholeRowsOnly(board, seen);
            robot.type(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(board.lookupAll(".positions-slide-title").size(), seen.size(), "every row was shown: " + seen);
    }

    /**
     * The first page keeps free the line " (continued)" takes on later pages, and only that: the heading
     * was measured at its own text's width, so at 1280×720 the board kept a line free that " (continued)"
     * never takes, broke the first page for 40 px less than the next and, paging on, broke them again:
     * a row was shown on two pages (or on none).
     */
    @Test
    void theFirstPageKeepsFreeOnlyTheLineContinuedTakes(FxRobot robot) {
        for (double[] screen : new double[][] {{1280, 720}, {1024, 768}}) {
            shown = ProjectorSized.present(robot, owner, state, PresentationOptions.DEFAULT, screen[0], screen[1]);
            PositionsSlide board = (PositionsSlide) shown.getScene().lookup("#" + PositionsSlide.ID);
            robot.type(KeyCode.END);
            robot.type(KeyCode.PAGE_DOWN);
            assertTrue(board.isVisible() && board.pages() > 1, board.pages() + " pages");
            Label heading = (Label) board.lookup(".positions-slide-heading");
            double[] kept = new double[1];
            robot.interact(() -> kept[0] = board.continuedGrowth());
            double first = heading.getHeight();
            robot.type(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1, board.pageShown());
            assertEquals(heading.getHeight() - first, kept[0], 0.5, "at " + screen[0] + "×" + screen[1]);
            robot.interact(shown::close);
            shown = null;
        }
    }

    /**
     * The corner line (the page number, and past the last page "End of the presentation — Esc leaves,
     * ← goes back") lies below the rows, never over them. A page's room was counted down to the list's
     * bottom padding, 1.8 times the least type (40 px at 720p), while the corner line takes its 16-px
     * margin and a line of the board's type (47 px): on a full page the last line of stances ran into it,
     * as the board of Wendy Sherman's events did at 1280×720.
     */
    @Test
    void theCornerLineNeverCoversARow(FxRobot robot) {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withActors(Set.of("sherman"))));
        for (boolean onlyFiltered : new boolean[] {false, true}) {
            shown = ProjectorSized.present(robot, owner, state, PresentationOptions.DEFAULT);
            if (onlyFiltered) {
                robot.interact(shown::close);
                shown = Presenting.start(robot, owner, state, true);
            }
            Stage stage = shown;
            PositionsSlide board = (PositionsSlide) stage.getScene().lookup("#" + PositionsSlide.ID);
            Label corner = (Label) board.lookup(".positions-slide-page");
            robot.interact(() -> {
                stage.setFullScreen(false);
                stage.setWidth(1280);
            });
            robot.type(KeyCode.END);
            robot.type(KeyCode.PAGE_DOWN);
            assertTrue(board.isVisible(), "on from the last step is the positions board");
            // Screens a little shorter and taller than 720p: the rows fill each page differently.
            for (int height = 690; height <= 760; height += 2) {
                int h = height;
                robot.interact(() -> stage.setHeight(h));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    while (board.page(false)) {
                        // back to the first page
                    }
                });
                for (int p = 0; p < board.pages(); p++) {
                    clearOfRows(board, corner, (onlyFiltered ? "Sherman's events" : "the week") + " at 1280×" + h
                            + ", page " + (board.pageShown() + 1) + " of " + board.pages());
                    robot.interact(() -> board.page(true));
                }
            }
            robot.interact(shown::close);
            shown = null;
        }
    }

    /** Every text the board draws: the labels' and the rows' kinds and stances, which share their lines. */
    private static List<Text> texts(Node node) {
        List<Text> all = new ArrayList<>();
        if (node instanceof Text t) {
            all.add(t);
        } else if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                all.addAll(texts(child));
            }
        }
        return all;
    }

    private static void clearOfRows(PositionsSlide board, Label corner, String where) {
        if (corner.getText().isEmpty()) {
            return;
        }
        Bounds line = corner.localToScene(corner.getLayoutBounds());
        for (Node n : board.lookupAll(".positions-slide-title")) {
            if (n.getParent().isVisible()) {
                Bounds row = n.getParent().localToScene(n.getParent().getLayoutBounds());
                assertTrue(row.getMaxY() <= line.getMinY() + 0.5,
                        where + ": \"" + ((Label) n).getText() + "\" ends at " + row.getMaxY() + ", the corner line \""
                                + corner.getText() + "\" starts at " + line.getMinY());
            }
        }
    }

    /** The rows shown lie wholly on the screen, none cut at its top or bottom edge; their titles are added to {@code seen}. */
    private static void wholeRowsOnly(PositionsSlide board, Set<String> seen) {
        Bounds screen = board.localToScene(board.getLayoutBounds());
        for (Node n : board.lookupAll(".positions-slide-title")) {
            if (n.getParent().isVisible()) {
                Bounds row = n.getParent().localToScene(n.getParent().getLayoutBounds());
                assertTrue(row.getMinY() >= screen.getMinY() - 0.5 && row.getMaxY() <= screen.getMaxY() + 0.5,
                        ((Label) n).getText() + " at " + row + " on a screen " + screen);
                assertTrue(seen.add(((Label) n).getText()), "shown twice: " + ((Label) n).getText());
            }
        }
    }
}
