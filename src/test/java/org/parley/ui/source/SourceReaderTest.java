package org.parley.ui.source;
import org.parley.model.SourceFilter;
import org.parley.model.Span;
import org.parley.seed.BundledSeeds;
import org.parley.ui.divergence.DivergenceList;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.Evidence;
import org.parley.model.Quote;
import org.parley.model.Reading;
import org.parley.model.Source;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.WebPages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FxThreadRobot.class)
class SourceReaderTest {

    private ExplorerState state;
    private SourceReader reader;
    private final HeldClicks clicks = new HeldClicks();
    private Dataset dataset;

    @Start
    void start(Stage stage) {
        dataset = BundledSeeds.dataset();
        state = new ExplorerState();
        state.datasetProperty().set(dataset);
        reader = new SourceReader(state, WebPages.SYSTEM, new SingleClick(clicks));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // Monocle's headless screen is 1280×800: keep the whole window on it so clicks land.
        stage.setScene(new Scene(reader, 700, 760));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void opensOnTheFirstArticleWithItsHeadline(FxRobot robot) {
        Source first = dataset.sources().get(0);
        assertTrue(robot.lookup(first.title()).tryQuery().isPresent());
        assertTrue(reader.view(first.id()).getScene() != null);
        assertEquals(first.text(), String.join("", reader.view(first.id()).texts().stream().map(Text::getText).toList()),
                "the article is shown as given, every character in order");
    }

    @Test
    void clickingThePastryQuoteSelectsItsEvent(FxRobot robot) {
        Quote pastry = dataset.quotes().stream().filter(q -> q.id().equals("q-grushko-pastry")).findFirst().orElseThrow();
        ArticleView wapo = reader.view(pastry.source());
        // Bring the passage into view through a neighbouring event, then clear the selection.
        robot.interact(() -> state.selectedEventProperty().set("grushko-briefing"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> state.selectedEventProperty().set(null));
        int at = dataset.source(pastry.source()).orElseThrow().text().indexOf("pastry", pastry.span().start());
        robot.clickOn(screenPoint(wapo, at, at + "pastry".length()));
        robot.interact(clicks::elapse);
        assertEquals(pastry.event(), state.selectedEventProperty().get());
    }

    /** The passage clicked stays in view: the reader jumped to the first passage of the event it chose. */
    @Test
    void clickingAPassageKeepsTheReaderWhereItIs(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        robot.interact(() -> state.selectedEventProperty().set("stoltenberg-briefing"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> state.selectedEventProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        String words = "no breakthrough";
        int at = dataset.source("wapo").orElseThrow().text().indexOf(words);
        double before = wapo.scrollPane().getVvalue();
        robot.clickOn(screenPoint(wapo, at, at + words.length()));
        robot.interact(clicks::elapse);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(state.selectedEventProperty().get(), "the click chose an event");
        assertEquals(before, wapo.scrollPane().getVvalue(), 1e-9, "the reader stayed at the passage clicked");
    }

    @Test
    void selectingAnEventLateInAnArticleShowsAndScrollsToIt(FxRobot robot) {
        Event late = latestEventOnlyIn("nyt");
        ArticleView nyt = reader.view("nyt");
        assertEquals(0, nyt.scrollPane().getVvalue());
        robot.interact(() -> state.selectedEventProperty().set(late.id()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertNotNull(nyt.getScene(), "the article holding the evidence is shown");
        List<Text> current = nyt.texts().stream().filter(t -> t.getStyleClass().contains(ArticleView.CURRENT)).toList();
        assertFalse(current.isEmpty());
        String currentText = String.join("", current.stream().map(Text::getText).toList());
        for (Evidence e : late.evidence()) {
            assertTrue(currentText.contains(e.text()), "current spans hold " + e.text());
        }
        assertTrue(nyt.scrollPane().getVvalue() > 0.3, "scrolled down to the passage: " + nyt.scrollPane().getVvalue());
        assertTrue(visibleInViewport(nyt, current.get(0)), "the passage is on screen");

        robot.interact(() -> state.selectedEventProperty().set(null));
        assertTrue(nyt.texts().stream().noneMatch(t -> t.getStyleClass().contains(ArticleView.CURRENT)),
                "clearing the selection clears the current marks");
    }

    /**
     * Filtered to one paper, the reader reads that paper: an event both report, chosen while the Post
     * was shown, had stayed in the Post under a Times filter, as had the reader when the filter was set.
     */
    @Test
    void filteredToOnePaperTheReaderReadsThatPaper(FxRobot robot) {
        String post = dataset.sources().get(0).id();
        String times = dataset.sources().get(1).id();
        List<Event> inBoth = dataset.events().stream()
                .filter(e -> e.evidence().stream().map(Evidence::source).distinct().count() == 2).toList();
        robot.interact(() -> state.selectedEventProperty().set(inBoth.get(0).id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reader.view(post).getScene() != null, "unfiltered, the first paper that has it");
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE
                .withSources(SourceFilter.includes(times))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reader.view(times).getScene() != null, "the filter turns the reader to the Times");
        ToggleButton postButton = robot.lookup(n -> n instanceof ToggleButton && post.equals(n.getUserData()))
                .queryAs(ToggleButton.class);
        robot.interact(postButton::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reader.view(post).getScene() != null, "the Post can still be read by choice");
        robot.interact(() -> state.selectedEventProperty().set(inBoth.get(1).id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reader.view(times).getScene() != null, "an event chosen under the filter is read in the Times");
    }

    @Test
    void sideBySideShowsBothArticles(FxRobot robot) {
        robot.clickOn("#" + SourceReader.SIDE_BY_SIDE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((ToggleButton) robot.lookup("#" + SourceReader.SIDE_BY_SIDE_ID).query()).isSelected());
        Set<Node> views = robot.lookup(".article-view").queryAll();
        assertEquals(2, views.size());
        for (Node v : views) {
            assertTrue(v.isVisible() && v.getScene() != null);
            assertTrue(v.getLayoutBounds().getWidth() > 250, "each column gets half the width");
        }
        robot.clickOn("#" + SourceReader.SIDE_BY_SIDE_ID);
        assertEquals(1, robot.lookup(".article-view").queryAll().size());
    }

    /**
     * Side by side, a paper's button reads that paper alone: the buttons had been greyed out, and reading one
     * paper took the side-by-side toggle first. While both papers show, neither button looks chosen; leaving
     * side by side by its own toggle returns to the paper read alone before.
     */
    @Test
    void aPapersButtonSideBySideReadsThatPaperAlone(FxRobot robot) throws Exception {
        robot.clickOn(paperButton(robot, "The New York Times"));
        robot.clickOn("#" + SourceReader.SIDE_BY_SIDE_ID);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".article-view").queryAll().size() == 2);
        for (String paper : List.of("The Washington Post", "The New York Times")) {
            assertFalse(paperButton(robot, paper).isDisabled(), paper + " can be clicked side by side");
            assertFalse(paperButton(robot, paper).isSelected(), "both papers show: " + paper + " is not chosen alone");
        }
        robot.clickOn("#" + SourceReader.SIDE_BY_SIDE_ID);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".article-view").queryAll().size() == 1);
        assertTrue(paperButton(robot, "The New York Times").isSelected(), "back to the paper read before");
        assertTrue(reader.view("nyt").getScene() != null);

        robot.clickOn("#" + SourceReader.SIDE_BY_SIDE_ID);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".article-view").queryAll().size() == 2);
        robot.clickOn(paperButton(robot, "The Washington Post"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".article-view").queryAll().size() == 1);
        assertFalse(((ToggleButton) robot.lookup("#" + SourceReader.SIDE_BY_SIDE_ID).query()).isSelected());
        assertTrue(paperButton(robot, "The Washington Post").isSelected());
        assertTrue(reader.view("wapo").getScene() != null && reader.view("nyt").getScene() == null,
                "the Post alone");
    }

    private static ToggleButton paperButton(FxRobot robot, String publisher) {
        return robot.lookup(".source-button").queryAllAs(ToggleButton.class).stream()
                .filter(b -> publisher.endsWith(b.getText())).findFirst().orElseThrow();
    }

    @Test
    void searchHitsAreMarkedAndShown(FxRobot robot) {
        Source nyt = dataset.source("nyt").orElseThrow();
        int at = nyt.text().indexOf("heart-to-heart");
        assertTrue(at > 0);
        SearchResults results = new SearchResults("heart", List.of(new SearchResults.Hit("source", "The New York Times",
                "heart-to-heart", null, "nyt", at, at + "heart-to-heart".length())), Set.of());
        robot.interact(() -> state.searchProperty().set(results));
        WaitForAsyncUtils.waitForFxEvents();

        ArticleView view = reader.view("nyt");
        assertNotNull(view.getScene(), "the article with the hit is shown");
        List<Text> hits = view.texts().stream().filter(t -> t.getStyleClass().contains(ArticleView.HIT)).toList();
        assertFalse(hits.isEmpty());
        assertTrue(String.join("", hits.stream().map(Text::getText).toList()).contains("heart-to-heart"));
        assertEquals(1, robot.lookup(".search-hit-tint").queryAll().size());
        assertTrue(((Path) robot.lookup(".search-hit-tint").query()).getElements().size() > 0, "hit is outlined");
        assertTrue(reader.view("wapo").texts().stream().noneMatch(t -> t.getStyleClass().contains(ArticleView.HIT)));

        robot.interact(() -> state.searchProperty().set(SearchResults.NONE));
        assertTrue(view.texts().stream().noneMatch(t -> t.getStyleClass().contains(ArticleView.HIT)));
    }

    /** A search typed while an event is chosen marks its hits but leaves the event's passage and article in view. */
    @Test
    void aSearchDoesNotTakeTheChosenEventsPassageAway(FxRobot robot) {
        Event chosen = dataset.events().stream().filter(e -> !e.evidence().isEmpty()
                && e.evidence().get(0).source().equals("wapo")).findFirst().orElseThrow();
        robot.interact(() -> state.selectedEventProperty().set(chosen.id()));
        WaitForAsyncUtils.waitForFxEvents();
        ArticleView wapo = reader.view("wapo");
        assertNotNull(wapo.getScene(), "the event's article is shown");
        double scrolled = wapo.scrollPane().getVvalue();

        Source nyt = dataset.source("nyt").orElseThrow();
        int at = nyt.text().indexOf("heart-to-heart");
        SearchResults results = new SearchResults("heart", List.of(new SearchResults.Hit("source", "The New York Times",
                "heart-to-heart", null, "nyt", at, at + "heart-to-heart".length())), Set.of());
        robot.interact(() -> state.searchProperty().set(results));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(wapo.getScene(), "still the event's article, not the one with the hit");
        assertEquals(scrolled, wapo.scrollPane().getVvalue(), 1e-9, "still at the event's passage");
        assertTrue(reader.view("nyt").texts().stream().anyMatch(t -> t.getStyleClass().contains(ArticleView.HIT)),
                "the hit is marked all the same");
    }

    @Test
    void quotationsAreDistinguishedFromEvidence() {
        ArticleView wapo = reader.view("wapo");
        assertTrue(wapo.texts().stream().anyMatch(t -> t.getStyleClass().contains(ArticleView.QUOTE)));
        assertTrue(wapo.texts().stream().anyMatch(t -> t.getStyleClass().contains(ArticleView.MARKED)
                && !t.getStyleClass().contains(ArticleView.QUOTE)));
    }

    @Test
    void selectionAndThemeRestyleTheSameTextNodes(FxRobot robot) {
        ArticleView wapo = reader.view("wapo");
        TextFlow flow = (TextFlow) wapo.texts().get(0).getParent();
        List<Node> before = List.copyOf(flow.getChildren());
        robot.interact(() -> state.selectedEventProperty().set("grushko-demands-interdependent"));
        robot.interact(() -> state.darkProperty().set(true));
        robot.interact(() -> state.selectedEventProperty().set("grushko-briefing"));
        List<Node> after = List.copyOf(flow.getChildren());
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertTrue(before.get(i) == after.get(i), "text node " + i + " kept");
        }
    }

    private Event latestEventOnlyIn(String sourceId) {
        return dataset.events().stream()
                .filter(e -> e.evidence().stream().allMatch(ev -> ev.source().equals(sourceId)))
                .filter(e -> dataset.quotesOf(e.id()).stream().allMatch(q -> q.source().equals(sourceId)))
                .max(Comparator.comparingInt(e -> e.evidence().get(0).span().start()))
                .orElseThrow();
    }

    private static boolean visibleInViewport(ArticleView view, Text text) {
        Bounds viewport = view.scrollPane().localToScreen(view.scrollPane().getLayoutBounds());
        Bounds node = text.localToScreen(text.getBoundsInLocal());
        return node.getMinY() < viewport.getMaxY() && node.getMaxY() > viewport.getMinY();
    }

    /** The screen point in the middle of the characters [start, end), taken from the flow's own lines. */
    private static Point2D screenPoint(ArticleView view, int start, int end) {
        TextFlow flow = (TextFlow) view.texts().get(0).getParent();
        Path shape = new Path(flow.rangeShape(start, end));
        Bounds b = shape.getLayoutBounds();
        return flow.localToScreen(b.getCenterX(), b.getCenterY());
    }

    @Test
    void aChosenDivergenceMarksTheDifferingWordsInBothPapers(FxRobot robot) {
        // The differences must be words of each paper's own reading, and the two readings must not be identical.
        Divergence d = dataset.divergences().stream()
                .filter(x -> x.readings().size() == 2 && !x.readings().get(0).text().equals(x.readings().get(1).text()))
                .findFirst().orElseThrow();
        robot.interact(() -> state.selectedDivergenceProperty().set(d.id()));
        WaitForAsyncUtils.waitForFxEvents();
        for (Reading r : d.readings()) {
            ArticleView view = reader.view(r.source());
            List<Span> marked = view.markedDifferences();
            assertFalse(marked.isEmpty(), "no differing words marked in " + r.source());
            for (Span m : marked) {
                assertTrue(m.start() >= r.span().start() && m.end() <= r.span().end(), m + " outside " + r.span());
            }
            assertTrue(robot.lookup(".differing-words-tint").queryAll().size() >= marked.size());
        }
        robot.interact(() -> state.selectedDivergenceProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".differing-words-tint").queryAll().isEmpty(), "clearing the choice clears the marks");
    }

    /** "How many Russian troops, and where": each paper gives the fact in two phrases, and both are outlined. */
    @Test
    void aChosenDivergenceOutlinesEveryReadingOfEachPaper(FxRobot robot) {
        Divergence d = dataset.divergences().stream()
                .filter(x -> x.id().equals("div-troop-numbers")).findFirst().orElseThrow();
        robot.interact(() -> state.selectedDivergenceProperty().set(d.id()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        for (String paper : List.of("wapo", "nyt")) {
            List<Span> readings = d.readings().stream().filter(r -> r.source().equals(paper))
                    .map(Reading::span).toList();
            assertEquals(2, readings.size(), "the seeds give " + paper + " two readings");
            assertEquals(readings, reader.view(paper).comparedReadings(), paper + ": every reading is outlined");
        }
        robot.interact(() -> reader.view("wapo").scrollPane().getParent().requestLayout());
        WaitForAsyncUtils.waitForFxEvents();
        int outlines = 0;
        for (String paper : List.of("wapo", "nyt")) {
            outlines += robot.from(reader.view(paper)).lookup(".compared-reading-tint").queryAll().size();
        }
        assertEquals(4, outlines, "an outline for each reading of each paper shown");
        robot.interact(() -> state.selectedDivergenceProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reader.view("wapo").comparedReadings().isEmpty(), "clearing the choice clears the outlines");
    }

    @Test
    void aNarrowReaderKeepsThePapersNamesWholeAndGivesTheColumnsToTheText(FxRobot robot) {
        // The source tab of a 1280×720 window: about 400 × 290 px.
        Stage[] own = new Stage[1];
        SourceReader[] narrow = new SourceReader[1];
        robot.interact(() -> {
            narrow[0] = new SourceReader(state);
            own[0] = new Stage();
            own[0].setScene(new Scene(narrow[0], 400, 290));
            own[0].show();
        });
        try {
            for (Node n : robot.from(narrow[0]).lookup(".source-button").queryAll()) {
                ToggleButton b = (ToggleButton) n;
                assertTrue(b.getWidth() >= b.prefWidth(-1) - 0.5, "'" + b.getText() + "' is cut: " + b.getWidth()
                        + " px of " + b.prefWidth(-1));
            }
            ToggleButton sideBySide = robot.from(narrow[0]).lookup("#" + SourceReader.SIDE_BY_SIDE_ID).queryAs(ToggleButton.class);
            assertTrue(sideBySide.getWidth() >= sideBySide.prefWidth(-1) - 0.5, "Side by side is cut");
            robot.clickOn(sideBySide);
            robot.interact(() -> state.selectedEventProperty().set("geneva-talks"));
            WaitForAsyncUtils.waitForFxEvents();
            for (Source s : dataset.sources()) {
                ArticleView view = narrow[0].view(s.id());
                double viewport = view.scrollPane().getViewportBounds().getHeight();
                // The headline scrolls away with the text instead of holding most of a narrow column.
                assertTrue(viewport > view.getHeight() * 0.8, s.id() + ": " + viewport + " px of text in a "
                        + view.getHeight() + " px column");
                assertTrue(view.texts().stream().filter(t -> t.getStyleClass().contains(ArticleView.CURRENT))
                        .anyMatch(t -> visibleInViewport(view, t)), s.id() + ": the selected event's passage is in view");
            }
        } finally {
            robot.interact(() -> own[0].close());
        }
    }

    /**
     * At 1366×768 the source tab is about 430 px wide: the papers' buttons and "Side by side" as its
     * icon fit one row, leaving the article the second row's lines; a wide pane spells it out.
     */
    @Test
    void sideBySideIsItsIconAloneWhereItsWordsWouldTakeASecondRow(FxRobot robot) {
        for (double width : new double[] {430, 700}) {
            Stage[] own = new Stage[1];
            SourceReader[] reader = new SourceReader[1];
            robot.interact(() -> {
                reader[0] = new SourceReader(state);
                own[0] = new Stage();
                own[0].setScene(new Scene(reader[0], width, 290));
                own[0].show();
            });
            try {
                WaitForAsyncUtils.waitForFxEvents();
                ToggleButton sideBySide = robot.from(reader[0]).lookup("#" + SourceReader.SIDE_BY_SIDE_ID)
                        .queryAs(ToggleButton.class);
                List<Node> row = new ArrayList<>(robot.from(reader[0]).lookup(".source-button").queryAll());
                row.add(sideBySide);
                double top = row.get(0).localToScene(row.get(0).getBoundsInLocal()).getMinY();
                for (Node n : row) {
                    assertEquals(top, n.localToScene(n.getBoundsInLocal()).getMinY(), 0.5, width + " px: all in one row");
                }
                boolean iconOnly = sideBySide.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY;
                assertEquals(width < 500, iconOnly, width + " px: " + sideBySide.getContentDisplay());
                assertEquals("Side by side", sideBySide.getText(), "its name stays for screen readers");
                assertNotNull(sideBySide.getTooltip());
            } finally {
                robot.interact(() -> own[0].close());
            }
        }
    }

    /**
     * A reader built after the choice, as the Source tab is the first time a Compare card brings it
     * forward, shows each paper's reading too, in a pane as short as a 1280×720 window's.
     */
    @Test
    void aReaderBuiltAfterACompareChoiceShowsEachReadingsOwnLine(FxRobot robot) {
        Divergence d = dataset.divergences().stream()
                .filter(x -> x.id().equals("div-putin-name")).findFirst().orElseThrow();
        robot.interact(() -> {
            state.selectedEventProperty().set(d.events().get(0));
            state.selectedDivergenceProperty().set(d.id());
        });
        Stage[] own = new Stage[1];
        SourceReader[] late = new SourceReader[1];
        robot.interact(() -> {
            late[0] = new SourceReader(state);
            own[0] = new Stage();
            own[0].setScene(new Scene(late[0], 400, 220));
            own[0].setX(0);
            own[0].setY(0);
            own[0].show();
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();
            Set<String> papers = new HashSet<>();
            for (Reading r : d.readings()) {
                if (!papers.add(r.source())) {
                    continue;
                }
                ArticleView view = late[0].view(r.source());
                // Its own words, not only the passage they lie in: the Post's "President Vladimir Putin"
                // is five lines into the event's passage, and the reader showed the passage's first lines.
                Point2D words = screenPoint(view, r.span().start(), r.span().end());
                Bounds viewport = view.scrollPane().localToScreen(view.scrollPane().getLayoutBounds());
                assertTrue(words.getY() > viewport.getMinY() && words.getY() < viewport.getMaxY(),
                        r.source() + ": the paper's reading is in view: " + words + " in " + viewport);
            }
        } finally {
            robot.interact(() -> own[0].close());
        }
    }

    @Test
    void choosingACompareCardShowsBothReadingsNotTheEventsOpening(FxRobot robot) {
        // "How long the meeting lasted": the Post's reading is paragraphs below the meeting's first sentence.
        Divergence d = dataset.divergences().stream()
                .filter(x -> x.readings().stream().map(Reading::source).distinct().count() == 2)
                .filter(x -> x.readings().stream().anyMatch(r -> dataset.event(x.events().get(0)).orElseThrow()
                        .evidence().stream().filter(e -> e.source().equals(r.source()))
                        .allMatch(e -> r.span().start() - e.span().start() > 600)))
                .findFirst().orElseThrow();
        Stage[] own = new Stage[1];
        SourceReader[] narrow = new SourceReader[1];
        robot.interact(() -> {
            narrow[0] = new SourceReader(state);
            DivergenceList cards = new DivergenceList(state);
            cards.setPrefWidth(360);
            own[0] = new Stage();
            own[0].setScene(new Scene(new HBox(cards, narrow[0]), 900, 360));
            own[0].setX(0);
            own[0].setY(0);
            own[0].show();
        });
        try {
            Node card = robot.from(own[0].getScene().getRoot())
                    .lookup("." + DivergenceList.CARD_STYLE_CLASS)
                    .match(n -> n.getUserData() == d).query();
            robot.interact(() -> {
                // Bring the card into view in the list's scroll pane, then click it as a user does.
                for (Node n = card.getParent(); n != null; n = n.getParent()) {
                    if (n instanceof ScrollPane sp) {
                        double content = sp.getContent().getLayoutBounds().getHeight();
                        double viewport = sp.getViewportBounds().getHeight();
                        double y = sp.getContent().sceneToLocal(card.localToScene(0, 0)).getY();
                        sp.setVvalue(Math.max(0, Math.min(1, y / Math.max(1, content - viewport))));
                        break;
                    }
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(card);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(d.id(), state.selectedDivergenceProperty().get());
            // Each paper's first reading: two of one paper can lie further apart than its column shows.
            Set<String> papers = new HashSet<>();
            for (Reading r : d.readings()) {
                if (!papers.add(r.source())) {
                    continue;
                }
                ArticleView view = narrow[0].view(r.source());
                Text at = textAt(view, r.span().start());
                assertTrue(visibleInViewport(view, at), r.source() + ": the paper's reading is in view");
            }
        } finally {
            robot.interact(() -> own[0].close());
        }
    }

    /**
     * At 1280×720 the Source tab's content is about 408×222 px: under the papers' row and the header the
     * article shows some lines, and still a couple with the find field open. It had shown one, and none
     * with the find field.
     */
    @Test
    void theArticleKeepsLinesUnderItsHeaderInTheSourceTabOfA1280By720Window(FxRobot robot) {
        Stage[] own = new Stage[1];
        SourceReader[] small = new SourceReader[1];
        robot.interact(() -> {
            small[0] = new SourceReader(state);
            own[0] = new Stage();
            own[0].setScene(new Scene(small[0], 408, 222));
            own[0].show();
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            ArticleView wapo = small[0].view("wapo");
            int lines = wapo.linesUnderHeader();
            assertTrue(lines >= 3, "lines of the article under the headline: " + lines);
            robot.interact(small[0]::openFind);
            WaitForAsyncUtils.waitForFxEvents();
            int withFind = wapo.linesUnderHeader();
            assertTrue(withFind >= 2, "with the find field open: " + withFind + " (" + lines + " closed)");
        } finally {
            robot.interact(() -> own[0].close());
        }
    }

    /** At 1280×720 the Source tab is about 408 px wide: the papers' buttons and "Side by side" stay on one row. */
    @Test
    void thePapersButtonsFitOneRowInTheSourceTabOfA1280By720Window(FxRobot robot) {
        Stage[] own = new Stage[1];
        SourceReader[] narrow = new SourceReader[1];
        robot.interact(() -> {
            narrow[0] = new SourceReader(state);
            own[0] = new Stage();
            own[0].setScene(new Scene(narrow[0], 408, 300));
            own[0].show();
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            List<ToggleButton> buttons = robot.from(narrow[0]).lookup(".source-button").queryAllAs(ToggleButton.class)
                    .stream().toList();
            ToggleButton side = robot.from(narrow[0]).lookup("#" + SourceReader.SIDE_BY_SIDE_ID).queryAs(ToggleButton.class);
            Node find = robot.from(narrow[0]).lookup("#" + SourceReader.FIND_BUTTON_ID).query();
            assertEquals(side.getLayoutY(), find.getLayoutY(), 0.5, "the find button is on the row too");
            assertEquals(2, buttons.size());
            for (ToggleButton b : buttons) {
                assertEquals(side.getLayoutY(), b.getLayoutY(), 0.5, b.getText() + " is on the row of \"Side by side\"");
                assertTrue(b.getText().endsWith(dataset.source((String) b.getUserData()).orElseThrow().publisher()
                        .replaceFirst("^The ", "")), "the paper is still named: " + b.getText());
            }
            robot.interact(() -> own[0].setWidth(900));
            WaitForAsyncUtils.waitForFxEvents();
            for (ToggleButton b : buttons) {
                assertEquals(dataset.source((String) b.getUserData()).orElseThrow().publisher(), b.getText(),
                        "with room, the whole name");
            }
        } finally {
            robot.interact(() -> own[0].close());
        }
    }

    @Test
    void searchHitOutlinesSitOnTheirWordsSideBySide(FxRobot robot) {
        Quote pastry = dataset.quotes().stream().filter(q -> q.id().equals("q-grushko-pastry")).findFirst().orElseThrow();
        Stage[] own = new Stage[1];
        SourceReader[] narrow = new SourceReader[1];
        robot.interact(() -> {
            narrow[0] = new SourceReader(state);
            own[0] = new Stage();
            own[0].setScene(new Scene(narrow[0], 400, 320));
            own[0].show();
        });
        try {
            robot.clickOn(robot.from(narrow[0]).lookup("#" + SourceReader.SIDE_BY_SIDE_ID).queryAs(ToggleButton.class));
            robot.interact(() -> state.selectedEventProperty().set(pastry.event()));
            WaitForAsyncUtils.waitForFxEvents();
            SearchResults results = new SearchResults("pastry", List.of(new SearchResults.Hit("quote", "Grushko",
                    "pastry", pastry.event(), pastry.source(), pastry.span().start(), pastry.span().end())), Set.of());
            robot.interact(() -> state.searchProperty().set(results));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();
            ArticleView view = narrow[0].view(pastry.source());
            TextFlow flow = (TextFlow) view.texts().get(0).getParent();
            Path drawn = (Path) robot.from(view).lookup(".search-hit-tint").query();
            Bounds now = new Path(flow.rangeShape(pastry.span().start(), pastry.span().end())).getLayoutBounds();
            // The shape alone, without the outline's stroke.
            Bounds was = new Path(drawn.getElements()).getLayoutBounds();
            assertEquals(now, was, "the outline is where the words are");
        } finally {
            robot.interact(() -> own[0].close());
        }
    }

    /** The text node that holds the character at {@code offset}. */
    private static Text textAt(ArticleView view, int offset) {
        int start = 0;
        for (Text t : view.texts()) {
            int end = start + t.getText().length();
            if (offset < end) {
                return t;
            }
            start = end;
        }
        throw new AssertionError("offset " + offset + " past the article");
    }

    /**
     * Many sources (a generated or imported dataset): they are chosen from a list, only the article
     * shown is built, and selecting an event shows the article it is in.
     */
    @Test
    void manySourcesAreAListAndOnlyTheArticleShownIsBuilt(FxRobot robot) {
        List<Source> sources = new ArrayList<>(dataset.sources());
        Source wapo = dataset.sources().get(0);
        for (int i = 1; i <= 8; i++) {
            sources.add(new Source("copy" + i, "Copy " + i, wapo.title(), wapo.published(), wapo.dateline(),
                    wapo.language(), "copy" + i + ".txt", wapo.text(), wapo.parts()));
        }
        Dataset many = new Dataset(dataset.title(), dataset.description(), dataset.declaredFocus().orElse(null),
                dataset.declaredZone().orElse(null), sources, dataset.actors(), dataset.places(), dataset.events(),
                dataset.quotes(), dataset.divergences());
        robot.interact(() -> state.datasetProperty().set(many));
        try {
            ComboBox<?> picker = robot.lookup("#" + SourceReader.PICKER_ID).queryAs(
                    ComboBox.class);
            assertTrue(picker.isVisible() && picker.getItems().size() == sources.size(), "a list of the " + sources.size());
            assertFalse(robot.lookup("#" + SourceReader.SIDE_BY_SIDE_ID).query().isVisible(), "no side by side for ten");
            assertEquals(1, reader.builtViews(), "only the article shown is built");
            String nytOnly = many.events().stream().filter(e -> !e.evidence().isEmpty()
                    && e.evidence().stream().allMatch(ev -> ev.source().equals("nyt"))).findFirst().orElseThrow().id();
            robot.interact(() -> state.selectedEventProperty().set(nytOnly));
            assertEquals("nyt", ((Source) picker.getValue()).id(), "the article the event is in is shown");
            assertEquals(2, reader.builtViews());
        } finally {
            robot.interact(() -> {
                state.selectedEventProperty().set(null);
                state.datasetProperty().set(dataset);
            });
        }
    }
}
