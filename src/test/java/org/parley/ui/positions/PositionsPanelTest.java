package org.parley.ui.positions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.Evidence;
import org.parley.model.Position;
import org.parley.model.SourceFilter;
import org.parley.model.Span;
import org.parley.model.Stance;
import org.parley.model.StanceKind;
import org.parley.seed.BundledSeeds;
import org.parley.ui.detail.DetailPane;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The positions board beside a detail pane: a click on a cell selects, the detail follows, filters apply. */
@ExtendWith(FxThreadRobot.class)
class PositionsPanelTest {

    private ExplorerState state;
    private Dataset dataset;
    private PositionsPanel panel;

    @Start
    void start(Stage stage) {
        dataset = BundledSeeds.dataset();
        state = new ExplorerState();
        state.datasetProperty().set(dataset);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        panel = new PositionsPanel(state);
        panel.setPrefWidth(960);
        DetailPane detail = new DetailPane(state);
        detail.setPrefWidth(300);
        // Monocle's headless screen is 1280 px wide: the whole window stays on it, so clicks land.
        stage.setScene(new Scene(new HBox(panel, detail), 1260, 760));
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private static Label cell(FxRobot robot, String position, String actor) {
        return robot.lookup("." + PositionsPanel.CELL_STYLE_CLASS).queryAllAs(Label.class).stream()
                .filter(l -> l.getUserData() instanceof PositionsPanel.Cell c && c.position().id().equals(position)
                        && c.actor().equals(actor))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + position + " × " + actor));
    }

    /** Scrolls the board as a reader would, down and across, until the cell is in view. */
    private void scrollTo(FxRobot robot, Label target) {
        robot.interact(() -> {
            Point2D at = panel.getContent().sceneToLocal(target.localToScene(0, 0));
            double down = panel.getContent().getLayoutBounds().getHeight() - panel.getViewportBounds().getHeight();
            panel.setVvalue(down <= 0 ? 0 : Math.min(1, Math.max(0, (at.getY() - 40) / down)));
            double across = panel.getContent().getLayoutBounds().getWidth() - panel.getViewportBounds().getWidth();
            panel.setHvalue(across <= 0 ? 0 : Math.min(1, Math.max(0, (at.getX() - 200) / across)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void inThePanesWidthEveryPositionIsListedWithTheStancesThePapersReport(FxRobot robot) {
        // 960 px hold seven of the week's thirteen parties: the positions are listed, not cut off.
        assertFalse(panel.showsBoard());
        assertTrue(robot.lookup("." + PositionsPanel.LIST_STYLE_CLASS).tryQuery().isPresent());
        assertTrue(panel.getContent().getLayoutBounds().getWidth() <= panel.getViewportBounds().getWidth() + 0.5,
                "the list fits the pane: nothing to scroll sideways for");
        Set<String> rows = robot.lookup("." + PositionsPanel.ROW_HEADER_STYLE_CLASS).queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet());
        assertEquals(dataset.positions().stream().map(Position::title).collect(Collectors.toSet()), rows);
        assertEquals("Russia: Rejects", cell(robot, "pos-open-door", "russia").getText());
        assertEquals("NATO allies: Proposes", cell(robot, "pos-open-door", "nato-allies").getText());
        assertTrue(robot.lookup("." + PositionsPanel.CELL_STYLE_CLASS).queryAll().stream()
                .noneMatch(n -> n.getUserData() instanceof PositionsPanel.Cell c && c.position().id().equals("pos-open-door")
                        && c.actor().equals("united-states")), "a stance the papers do not report is not listed");
        String tip = cell(robot, "pos-open-door", "russia").getTooltip().getText();
        assertTrue(tip.contains("a proposition that Moscow says poses a grave threat"), tip);
        assertTrue(cell(robot, "pos-reopen-missions", "russian-delegation").getTooltip().getText()
                .contains("according to the paper's own analysis"));
    }

    @Test
    void widenedToHoldEveryPartyThePaneShowsTheBoardAndNarrowedTheListAgain(FxRobot robot) {
        // Only Ryabkov's events: few enough parties for a board on Monocle's 1280 px screen.
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withActors(Set.of("ryabkov"))));
        WaitForAsyncUtils.waitForFxEvents();
        int parties = PositionMatrix.of(dataset, state::isVisible).columns().size();
        double wide = PositionsPanel.boardWidth(parties) + 20;
        assertTrue(wide < 1200, parties + " parties need " + wide + " px");
        robot.interact(() -> {
            panel.setPrefWidth(wide);
            panel.getScene().getWindow().sizeToScene();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(panel.showsBoard(), "a " + panel.getWidth() + " px pane holds " + parties + " parties");
        assertEquals("Proposes", cell(robot, "pos-ukraine-never-joins", "russia").getText());
        assertEquals("Rejects", cell(robot, "pos-ukraine-never-joins", "nato-allies").getText());
        assertTrue(robot.lookup("." + PositionsPanel.CELL_STYLE_CLASS).queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("—")), "an empty cell says so");
        for (Label head : robot.lookup(".party-header").queryAllAs(Label.class)) {
            Text probe = new Text();
            probe.setFont(head.getFont());
            for (String word : head.getText().split("\\s+")) {
                probe.setText(word);
                double needed = probe.getLayoutBounds().getWidth() + head.snappedLeftInset() + head.snappedRightInset();
                assertTrue(head.getWidth() >= needed, "'" + word + "' of '" + head.getText() + "' needs " + needed
                        + " px, has " + head.getWidth());
            }
        }

        robot.interact(() -> {
            panel.setPrefWidth(wide - 120);
            panel.getScene().getWindow().sizeToScene();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(panel.showsBoard());
        assertEquals("Russia: Proposes", cell(robot, "pos-ukraine-never-joins", "russia").getText());
    }

    @Test
    void clickingACellSelectsItsEventAndTheDetailFollows(FxRobot robot) {
        assertTrue(state.selectedEventProperty().get() == null);
        Label target = cell(robot, "pos-further-meetings", "russian-delegation");
        scrollTo(robot, target);
        robot.clickOn(target);
        WaitForAsyncUtils.waitForFxEvents();

        // The delegation's cell is its "no commitment": the event that reports that, not NATO's offer.
        assertEquals("nrc-russia-no-commitment", state.selectedEventProperty().get());
        Label title = robot.lookup(".detail-title").queryAs(Label.class);
        assertEquals(dataset.event("nrc-russia-no-commitment").orElseThrow().title(), title.getText());
        assertTrue(cell(robot, "pos-further-meetings", "russian-delegation").getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("current")), "the chosen row is marked");
    }

    /** A cell is one party's stance: a click selects the event that reports it, not the position's first event. */
    @Test
    void aCellSelectsTheEventOfItsOwnStance() {
        var p = dataset.positions().stream().filter(x -> x.id().equals("pos-stop-enlargement")).findFirst().orElseThrow();
        assertEquals(Optional.of("nrc-nato-rejects-demands"), PositionMatrix.eventToSelect(p,
                p.effectiveStance("nato-allies"), dataset::event, id -> true));
        String russias = PositionMatrix.eventToSelect(p, p.effectiveStance("russia"), dataset::event, id -> true).orElseThrow();
        assertTrue(Set.of("grushko-briefing", "grushko-demands-interdependent").contains(russias), russias);
        // Filtered out, the stance's own event gives way to the next that is shown.
        assertEquals(Optional.of("grushko-briefing"), PositionMatrix.eventToSelect(p,
                p.effectiveStance("nato-allies"), dataset::event, id -> id.equals("grushko-briefing")));
    }

    @Test
    void hoveringACellShowsThePapersWords(FxRobot robot) {
        Label c = cell(robot, "pos-russia-pull-back", "russian-delegation");
        scrollTo(robot, c);
        robot.moveTo(c);
        WaitForAsyncUtils.sleep(900, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(c.getTooltip().isShowing(), "tooltip shown on hover");
        assertTrue(c.getTooltip().getText().contains("according to unnamed officials"), c.getTooltip().getText());
    }

    @Test
    void theBoardFollowsTheFilters(FxRobot robot) {
        int before = (int) robot.lookup("." + PositionsPanel.ROW_HEADER_STYLE_CLASS).queryAll().stream().count();
        // Only Ryabkov's events (Geneva): positions tied to Brussels events go, those tied to none stay.
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withActors(Set.of("ryabkov"))));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> shown = robot.lookup("." + PositionsPanel.CELL_STYLE_CLASS).queryAll().stream()
                .map(n -> ((PositionsPanel.Cell) n.getUserData()).position().id()).collect(Collectors.toSet());
        assertNotEquals(before, shown.size());
        assertTrue(shown.contains("pos-ukraine-never-joins"));
        assertFalse(shown.contains("pos-remove-infrastructure"), "its one event, the Post's standing demand, is filtered out");
        assertFalse(shown.contains("pos-further-meetings"));
    }

    /**
     * Filtered to one paper, the board had shown every stance taken at the events that paper reports:
     * "NATO allies: rejects" under the Times on a demand only the Post reported. Now each cell shown
     * is one the paper itself reports, and the sentence says so.
     */
    @Test
    void filteredToOnePaperTheBoardShowsOnlyTheStancesThatPaperReports(FxRobot robot) {
        Set<PositionsPanel.Cell> before = shownCells(robot);
        for (var paper : dataset.sources()) {
            robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withSources(SourceFilter.includes(paper.id()))));
            WaitForAsyncUtils.waitForFxEvents();
            Set<PositionsPanel.Cell> shown = shownCells(robot);
            assertFalse(shown.isEmpty(), paper.id());
            for (PositionsPanel.Cell c : shown) {
                var stance = c.position().effectiveStance(c.actor()).orElseThrow();
                assertTrue(stance.evidence().stream().anyMatch(e -> e.source().equals(paper.id())),
                        c.position().id() + " × " + c.actor() + " is not reported by " + paper.id());
            }
            assertTrue(before.size() > shown.size(), "the other paper's stances are gone");
            Label summary = robot.from(panel).lookup(".text-muted").queryAs(Label.class);
            assertTrue(summary.getText().contains("the stances " + dataset.sourceName(paper.id()) + " reports"),
                    summary.getText());
        }
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, shownCells(robot));
    }

    /** "Reported by both" and "only one" judge each stance by its own passages, as they judge an event. */
    @Test
    void bothPapersOrOnlyOneJudgeEachStanceByItsOwnPassages() {
        var template = dataset.positions().get(0);
        var times = new Evidence("nyt", "x", new Span(0, 1), "");
        var post = new Evidence("wapo", "y", new Span(0, 1), "");
        var bothSay = new Stance("a-both", StanceKind.REJECTS, List.of(times, post));
        var onlyPost = new Stance("a-post", StanceKind.SUPPORTS, List.of(post));
        var p = new Position("pos-x", "X", template.kind(), "a-proposer", List.of(times),
                List.of(bothSay, onlyPost), List.of());
        var week = new Dataset(dataset.title(), dataset.description(), dataset.sources(), dataset.actors(), dataset.places(),
                dataset.events(), dataset.quotes(), dataset.divergences(), List.of(p));
        assertEquals(List.of("a-proposer", "a-both", "a-post"), PositionMatrix.of(week, id -> true).columns());
        assertEquals(List.of("a-both"), PositionMatrix.of(week, id -> true, SourceFilter.ALL_SOURCES).columns());
        assertEquals(List.of("a-proposer", "a-post"), PositionMatrix.of(week, id -> true, SourceFilter.SINGLE_SOURCE).columns());
        assertEquals(List.of("a-proposer", "a-both"), PositionMatrix.of(week, id -> true, SourceFilter.includes("nyt")).columns());
        PositionMatrix none = PositionMatrix.of(week, id -> true, SourceFilter.includes("elsewhere"));
        assertTrue(none.rows().isEmpty() && none.columns().isEmpty());
    }

    /** The cells that show a stance (an empty cell stands for none). */
    private static Set<PositionsPanel.Cell> shownCells(FxRobot robot) {
        return robot.lookup("." + PositionsPanel.CELL_STYLE_CLASS).queryAll().stream()
                .filter(n -> !n.getStyleClass().contains("stance-none"))
                .map(n -> (PositionsPanel.Cell) n.getUserData()).collect(Collectors.toSet());
    }

    /** Filtered to no event, the board had said "0 of 21 positions on the table, against 0 parties. Hover a cell…". */
    @Test
    void filteredToNoEventTheBoardSaysTheFiltersHideEveryPosition(FxRobot robot) {
        // No event of the week or its background falls in 2003.
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withRange(
                Instant.parse("2003-06-01T00:00:00Z"), Instant.parse("2003-06-02T00:00:00Z"))));
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = robot.from(panel).lookup(".text-muted").queryAs(Label.class);
        assertEquals("0 of 25 positions shown: the filters hide the events of all of them.", summary.getText());
        assertTrue(robot.lookup("." + PositionsPanel.CELL_STYLE_CLASS).queryAll().isEmpty());
    }

    /**
     * The sentence over the board had read "5 of 25 positions on the table, against 9 parties": a researcher could not
     * tell what was counted, nor whether the parties were against the positions. It names the two counts plainly.
     */
    @Test
    void theSentenceSaysHowManyPositionsAreShownAndHowManyParties(FxRobot robot) {
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withActors(Set.of("ryabkov"))));
        WaitForAsyncUtils.waitForFxEvents();
        PositionMatrix shown = PositionMatrix.of(dataset, state::isVisible, SourceFilter.ANY);
        int rows = shown.rows().size();
        int parties = shown.columns().size();
        assertTrue(rows > 0 && rows < 25, "the filter hides some positions: " + rows);
        Label summary = robot.from(panel).lookup(".text-muted").queryAs(Label.class);
        assertTrue(summary.getText().startsWith(rows + " of 25 positions shown · " + parties + " parties"),
                summary.getText());
        assertFalse(summary.getText().contains("against"), summary.getText());
    }

    /** A position the papers state without placing it at any event is one no event filter can hide. */
    @Test
    void aPositionTiedToNoEventStaysUnderEveryFilter() {
        var tied = dataset.positions().stream().filter(x -> x.id().equals("pos-remove-infrastructure")).findFirst().orElseThrow();
        var untied = new Position("pos-stated-at-no-event", tied.title(), tied.kind(), tied.by(), tied.evidence(),
                tied.stances(), List.of());
        var week = new Dataset(dataset.title(), dataset.description(), dataset.sources(), dataset.actors(), dataset.places(),
                dataset.events(), dataset.quotes(), dataset.divergences(), List.of(tied, untied));
        assertEquals(List.of(untied), PositionMatrix.of(week, id -> false).rows());
        assertEquals(List.of(tied, untied), PositionMatrix.of(week, id -> true).rows());
    }

    @Test
    void inANarrowPaneTheSentenceAndEveryStanceWrapWithinIt(FxRobot robot) {
        // The Positions tab of a 1280×720 window: about 400 px wide.
        Stage[] own = new Stage[1];
        PositionsPanel[] narrow = new PositionsPanel[1];
        robot.interact(() -> {
            narrow[0] = new PositionsPanel(state);
            own[0] = new Stage();
            own[0].setScene(new Scene(narrow[0], 400, 300));
            own[0].show();
        });
        try {
            assertFalse(narrow[0].showsBoard());
            double paneRight = narrow[0].localToScene(narrow[0].getViewportBounds()).getMaxX();
            Label summary = robot.from(narrow[0]).lookup(".text-muted").queryAs(Label.class);
            double sentenceRight = summary.localToScene(summary.getLayoutBounds()).getMaxX();
            assertTrue(sentenceRight <= paneRight, "the sentence ends at " + sentenceRight + ", the pane at " + paneRight);
            List<Label> stances = robot.from(narrow[0]).lookup("." + PositionsPanel.CELL_STYLE_CLASS).queryAllAs(Label.class)
                    .stream().toList();
            assertFalse(stances.isEmpty());
            for (Label l : stances) {
                double right = l.localToScene(l.getLayoutBounds()).getMaxX();
                assertTrue(right <= paneRight + 0.5, "'" + l.getText() + "' ends at " + right + ", the pane at " + paneRight);
            }
        } finally {
            robot.interact(() -> own[0].close());
        }
    }
}
