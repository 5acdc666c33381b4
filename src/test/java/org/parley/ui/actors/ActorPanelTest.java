package org.parley.ui.actors;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Side;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.cli.SyntheticDataAccess;
import org.parley.layout.GraphDrawing;
import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.render.Theme;
import org.parley.render.graph.ActorGraphScene;
import org.parley.render.graph.ActorNetwork;
import org.parley.render.graph.ActorNode;
import org.parley.seed.ExchangeFormatReader;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.OwnStage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The flows a user performs in the actor panel, headless on the bundled seeds. */
@ExtendWith(FxThreadRobot.class)
class ActorPanelTest {

    private static Dataset dataset;
    private ExplorerState state;
    private ActorPanel panel;

    @BeforeAll
    static void read() throws Exception {
        dataset = new ExchangeFormatReader().read(Path.of(System.getProperty("parley.seeds", "seeds")));
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        state = new ExplorerState();
        state.datasetProperty().set(dataset);
        panel = new ActorPanel(state);
        stage.setScene(new Scene(panel, 420, 720));
        stage.show();
    }

    @Test
    void clickingARowSelectsTheActor(FxRobot robot) {
        clickRow(robot, "grushko");
        assertEquals("grushko", state.selectedActorProperty().get());
    }

    /** In a list as narrow as the smallest window's, the counts go under the name rather than split "Sherman" mid-word. */
    @Test
    void inANarrowListTheCountsGoUnderTheNameAndNoWordOfItIsSplit(FxRobot robot) {
        // A stage of its own: a width set on the shared one would stay for every test class after this one.
        Stage[] own = new Stage[1];
        robot.interact(() -> {
            own[0] = new Stage();
            own[0].setScene(new Scene(new ActorPanel(state), 230, 600));
            own[0].show();
        });
        Stage stage = own[0];
        WaitForAsyncUtils.waitForFxEvents();
        try {
            narrowThenWide(robot, stage);
        } finally {
            robot.interact(stage::close);
        }
    }

    private void narrowThenWide(FxRobot robot, Stage stage) {
        ActorCell cell = robot.from(stage.getScene().getRoot()).lookup("." + ActorCell.ROW_STYLE_CLASS)
                .queryAllAs(ActorCell.class).stream()
                .filter(c -> c.getItem() instanceof ActorEntry.Row r && r.actor().id().equals("sherman"))
                .findFirst().orElseThrow();
        Label name = (Label) cell.lookupAll(".label").stream()
                .filter(n -> n instanceof Label l && "Wendy Sherman".equals(l.getText()))
                .findFirst().orElseThrow();
        Text word = new Text("Sherman");
        word.setFont(name.getFont());
        assertTrue(name.getWidth() >= word.getLayoutBounds().getWidth(),
                "the name's column (" + name.getWidth() + ") holds its longest word whole");
        Node counts = cell.lookup("." + ActorCell.COUNTS_STYLE_CLASS);
        Bounds c = counts.localToScene(counts.getBoundsInLocal());
        Bounds n = name.localToScene(name.getBoundsInLocal());
        assertTrue(c.getMinY() >= n.getMaxY() - 1, "the counts sit under the name");

        robot.interact(() -> stage.setWidth(420));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds c2 = counts.localToScene(counts.getBoundsInLocal());
        Bounds n2 = name.localToScene(name.getBoundsInLocal());
        assertTrue(c2.getMinX() >= n2.getMinX() + 20 && c2.getMinY() < n2.getMaxY(), "wide again: beside the name");
    }

    /**
     * A name the list has room for is on one line, its counts under it if they leave it no room beside: kept beside
     * while its longest word fitted, "Wendy Sherman" took two lines in the column the counts left, in a 900-px window.
     */
    @Test
    void aNameTheListHasRoomForIsNeverWrappedBesideItsCounts(FxRobot robot) {
        try (OwnStage own = OwnStage.show(robot, () -> new ActorPanel(state), 420, 600)) {
            for (double width = 420; width >= 230; width -= 10) {
                double w = width;
                robot.interact(() -> own.stage().setWidth(w));
                WaitForAsyncUtils.waitForFxEvents();
                Label name = robot.from(own.root()).lookup(".label").queryAllAs(
                                Label.class).stream()
                        .filter(l -> "Wendy Sherman".equals(l.getText()) && l.isVisible()).findFirst().orElseThrow();
                Text line = new Text("Wendy Sherman");
                line.setFont(name.getFont());
                assertTrue(name.getHeight() < 1.5 * line.getLayoutBounds().getHeight(),
                        "at " + w + " px the name is on one line, not " + name.getHeight() + " px tall");
            }
        }
    }

    /**
     * At every width a row is as tall as what it holds: in a 1024-px window "Wendy Sherman" wrapped onto
     * two lines in a row sized for one, and its first line lay under the "United States" header.
     */
    @Test
    void everyRowIsAsTallAsItsWrappedLines(FxRobot robot) {
        try (OwnStage own = OwnStage.show(robot, () -> new ActorPanel(state), 420, 600)) {
            for (double width = 420; width >= 230; width -= 10) {
                double w = width;
                robot.interact(() -> own.stage().setWidth(w));
                WaitForAsyncUtils.waitForFxEvents();
                List<ActorCell> rows = robot.from(own.root())
                        .lookup("." + ActorCell.ROW_STYLE_CLASS).queryAllAs(ActorCell.class).stream()
                        .filter(c -> c.isVisible() && c.getGraphic() != null).toList();
                assertTrue(!rows.isEmpty());
                for (ActorCell cell : rows) {
                    Bounds g = cell.getGraphic().getBoundsInParent();
                    assertTrue(g.getMinY() >= -0.5 && g.getMaxY() <= cell.getHeight() + 0.5,
                            "at " + w + " px, " + cell.getItem() + ": lines from " + g.getMinY() + " to " + g.getMaxY()
                                    + " in a row " + cell.getHeight() + " tall");
                }
            }
        }
    }

    /** Under a filter the list says its counts are the whole dataset's: "14 events" had read as the filter's count. */
    @Test
    void underAFilterTheListSaysItsCountsAreTheWholeDatasets(FxRobot robot) {
        Label note = robot.lookup("#actorCountsNote").queryAs(Label.class);
        assertFalse(note.isVisible(), "no filter, nothing to say");
        robot.interact(() -> state.filterProperty().set(state.filterProperty().get()
                .withActors(Set.of("grushko"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(note.isVisible() && note.getHeight() > 0, "said, and given room");
        assertEquals("Counts are for the whole dataset, not the filters.", note.getText());
        robot.interact(() -> state.filterProperty().set(state.filterProperty().get().withActors(Set.of())));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(note.isVisible());
    }

    /** A name longer than the list is wide wraps beside its counts instead of pushing them out of the cell. */
    @Test
    void aLongNameWrapsAndKeepsItsCountsInView(FxRobot robot) {
        List<Actor> actors = dataset.actors().stream().map(a -> !a.id().equals("sherman") ? a
                : new Actor(a.id(), "Wendy Ruth Ruth Ruth Ruth Ruth Ruth Ruth Ruth Ruth Ruth Sherman",
                        a.aliases(), a.kind(), a.group(), a.affiliation(), a.role(), a.note())).toList();
        Dataset longNamed = new Dataset(dataset.title(), dataset.description(), dataset.sources(), actors, dataset.places(),
                dataset.events(), dataset.quotes(), dataset.divergences(), dataset.positions());
        robot.interact(() -> state.datasetProperty().set(longNamed));
        WaitForAsyncUtils.waitForFxEvents();
        ActorCell cell = robot.lookup("." + ActorCell.ROW_STYLE_CLASS).queryAllAs(ActorCell.class).stream()
                .filter(c -> c.getItem() instanceof ActorEntry.Row r && r.actor().id().equals("sherman"))
                .findFirst().orElseThrow();
        Node counts = cell.lookup("." + ActorCell.COUNTS_STYLE_CLASS);
        Bounds inCell = cell.sceneToLocal(counts.localToScene(counts.getBoundsInLocal()));
        assertTrue(inCell.getMaxX() <= cell.getWidth(), "counts end at " + inCell.getMaxX() + " in a cell " + cell.getWidth() + " wide");
    }

    /** Selecting an event elsewhere marks its parties in the list; selecting none clears the marks. */
    @Test
    void theListMarksTheSelectedEventsParties(FxRobot robot) {
        robot.interact(() -> state.selectedEventProperty().set("nrc-offer-reopen-missions"));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> marked = markedActors(robot);
        assertTrue(marked.contains("stoltenberg"), "Stoltenberg proposed it: " + marked);
        assertTrue(!marked.contains("sherman"), "Sherman takes no part in it: " + marked);

        robot.interact(() -> state.selectedEventProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(markedActors(robot).isEmpty());
    }

    private Set<String> markedActors(FxRobot robot) {
        return robot.lookup("." + ActorCell.ROW_STYLE_CLASS).queryAllAs(ActorCell.class).stream()
                .filter(c -> c.getPseudoClassStates().contains(ActorCell.IN_EVENT))
                .map(c -> ((ActorEntry.Row) c.getItem()).actor().id())
                .collect(Collectors.toSet());
    }

    @Test
    void searchMatchesAliases(FxRobot robot) {
        robot.clickOn("#actorSearch").write("Aleksandr");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("fomin", "grushko"), shownActorIds().stream().sorted().toList());
    }

    /** From the search, Down chooses the first actor found, as a search box's suggestions do. */
    @Test
    void downFromTheSearchChoosesTheFirstActorFound(FxRobot robot) {
        robot.clickOn("#actorSearch").write("Aleksandr");
        WaitForAsyncUtils.waitForFxEvents();
        String first = shownActorIds().get(0);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, state.selectedActorProperty().get());
        assertTrue(robot.lookup("#actorTree").query().isFocused(), "the keys now move in the list");
    }

    /**
     * A page of text pasted into the search is echoed cut short: the whole paste had been set in the wrapped
     * "No actor's name or alias matches" line, and 100,000 characters held the window still for minutes while
     * JavaFX broke them into lines.
     */
    @Test
    void aPastedPageIsEchoedCutShort(FxRobot robot) {
        String page = "Gen\u00E8ve \u05E9\u05DC\u05D5\u05DD \uD83E\uDD1D " + "x".repeat(5_000);
        robot.clickOn("#actorSearch");
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(page);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(page, panel.listView().searchField().getText(), "the paste is in the field");
        String said = panel.listView().placeholder().getText();
        assertTrue(said.startsWith("No actor's name or alias matches \u201CGen\u00E8ve") && said.endsWith("\u2026\u201D.")
                && said.length() < 200, "cut short: " + said.length() + " characters");
        robot.interact(() -> panel.listView().searchField().clear());
    }

    /** A search that matches no one says so, rather than leaving a blank list; clearing it brings the list back. */
    @Test
    void aSearchThatMatchesNoOneSaysSo(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !shownActorIds().isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("the actors were never listed", e);
        }
        assertFalse(panel.listView().placeholder().isVisible(), "the full list needs no words");
        robot.clickOn("#actorSearch").write("Zelensky");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shownActorIds().isEmpty());
        assertTrue(panel.listView().placeholder().isVisible());
        assertEquals("No actor's name or alias matches “Zelensky”.", panel.listView().placeholder().getText());

        robot.interact(() -> panel.listView().searchField().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shownActorIds().isEmpty());
        assertFalse(panel.listView().placeholder().isVisible());
    }

    @Test
    void listIsGroupedByCampAndBusiestFirst() {
        List<TreeItem<ActorEntry>> headers = panel.listView().tree().getRoot().getChildren();
        assertTrue(headers.get(0).getValue() instanceof ActorEntry.Header h
                && h.group() == ActorGroup.UNITED_STATES);
        ActorEntry.Row first = (ActorEntry.Row) headers.get(0).getChildren().get(0).getValue();
        assertEquals("sherman", first.actor().id());
    }

    @Test
    void filterByThisActorAddsItToTheFilter(FxRobot robot) {
        clickRow(robot, "grushko");
        robot.clickOn("#filterByActor");
        assertTrue(state.filterProperty().get().actors().contains("grushko"));
        assertTrue(state.visibleEventsProperty().get().stream().allMatch(e -> e.involves("grushko")));
    }

    /** The button that set an actor filter takes it off again, with the actor selected or not. */
    @Test
    void theFilterButtonUndoesItsFilter(FxRobot robot) {
        Button filter = robot.lookup("#filterByActor").queryButton();
        assertTrue(filter.isDisabled(), "nothing selected, nothing filtered");
        clickRow(robot, "grushko");
        assertFalse(filter.getStyleClass().contains(Styles.ACCENT));
        robot.clickOn("#filterByActor");
        assertEquals(Set.of("grushko"), state.filterProperty().get().actors());
        assertEquals(ActorActions.UNFILTER_TEXT, filter.getTooltip().getText());
        assertTrue(filter.getStyleClass().contains(Styles.ACCENT), "lit while actors filter");
        robot.clickOn("#filterByActor");
        assertTrue(state.filterProperty().get().actors().isEmpty(), "taken out again");
        assertFalse(filter.getStyleClass().contains(Styles.ACCENT));
        robot.clickOn("#filterByActor");
        robot.clickOn("#clearActorSelection");
        assertNull(state.selectedActorProperty().get());
        assertTrue(state.visibleEventsProperty().get().size() < state.dataset().events().size(),
                "still filtered after the selection is cleared");
        assertFalse(filter.isDisabled(), "the filter can still be cleared here");
        assertEquals(ActorActions.CLEAR_FILTER_TEXT, filter.getTooltip().getText());
        robot.clickOn("#filterByActor");
        assertTrue(state.filterProperty().get().actors().isEmpty());
        assertEquals(state.dataset().events().size(), state.visibleEventsProperty().get().size());
        assertTrue(filter.isDisabled());
    }

    /**
     * An actor in no event is found by the search, but filtering by them would empty every panel with no word why
     * ("dixon", a reporter, had left "No events match the filters."): the button stays off and a line under the
     * search says why, in the Filters pane's words.
     */
    @Test
    void anActorInNoEventIsNotOfferedAsAFilterAndTheListSaysWhy(FxRobot robot) {
        robot.clickOn("#actorSearch").write("dixon");
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownActorIds().contains("dixon"));
        } catch (TimeoutException e) {
            throw new AssertionError("the search never listed Dixon", e);
        }
        clickRow(robot, "dixon");
        assertEquals("dixon", state.selectedActorProperty().get());
        assertTrue(robot.lookup("#filterByActor").queryButton().isDisabled(), "nothing to filter by");
        Label note = robot.lookup("#actorNoEventNote").queryAs(Label.class);
        assertTrue(note.isVisible() && note.getHeight() > 0, "said, and given room");
        assertEquals("Dixon is in no event (Reporter, The Washington Post): nothing to filter by.", note.getText());

        robot.interact(() -> state.selectedActorProperty().set("grushko"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(note.isVisible(), "Grushko is in events");
        assertFalse(robot.lookup("#filterByActor").queryButton().isDisabled());
    }

    @Test
    void contextMenuOffersTheSameActions(FxRobot robot) {
        openContextMenu(robot, "fomin");
        robot.clickOn(ActorActions.FILTER_TEXT);
        assertTrue(state.filterProperty().get().actors().contains("fomin"));
        openContextMenu(robot, "fomin");
        robot.clickOn(ActorActions.CLEAR_TEXT);
        assertNull(state.selectedActorProperty().get());
    }

    @Test
    void selectionMadeElsewhereShowsInTheList(FxRobot robot) {
        robot.interact(() -> state.selectedActorProperty().set("stoltenberg"));
        TreeItem<ActorEntry> selected = panel.listView().tree().getSelectionModel().getSelectedItem();
        assertNotNull(selected);
        assertEquals("stoltenberg", ((ActorEntry.Row) selected.getValue()).actor().id());
        robot.clickOn("#clearActorSelection");
        assertNull(state.selectedActorProperty().get());
        assertNull(panel.listView().tree().getSelectionModel().getSelectedItem());
    }

    @Test
    void clickingANodeInTheNetworkSelectsTheActor(FxRobot robot) {
        clickRow(robot, "grushko");
        robot.clickOn("#actorViewNetwork");
        awaitLayout();
        assertTrue(panel.isShowingNetwork());
        ActorGraphScene scene = panel.networkView().graphScene();
        assertNotNull(scene);
        assertEquals("grushko", scene.selected());
        // The node where the latest layout put it: one more layout may land once the view has its final size.
        Point2D[] onScreenAt = new Point2D[1];
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                awaitLayout();
                GraphDrawing.Node node = panel.networkView().graphScene().position("stoltenberg").orElseThrow();
                onScreenAt[0] = panel.networkView().canvas().localToScreen(node.x(), node.y());
                robot.moveTo(onScreenAt[0]);
                WaitForAsyncUtils.waitForFxEvents();
                return "stoltenberg".equals(panel.networkView().graphScene().hovered());
            });
        } catch (TimeoutException e) {
            throw new AssertionError("hovering Stoltenberg's node named " + panel.networkView().graphScene().hovered(), e);
        }
        Point2D onScreen = onScreenAt[0];
        String tip = panel.networkView().tooltipText();
        assertNotNull(tip, "hover shows a tooltip");
        assertTrue(tip.startsWith("Jens Stoltenberg\nSecretary General\n") && tip.contains("events"), tip);
        robot.clickOn(onScreen);
        assertEquals("stoltenberg", state.selectedActorProperty().get());
    }

    /**
     * Two hundred actors: the busiest are drawn and the view says how many of how many; a quieter
     * actor chosen in the list is drawn with them. (A thousand had taken 15 s to become a tangle.)
     */
    @Test
    void aNetworkOfManyActorsDrawsTheBusiestAndSaysSo(FxRobot robot) {
        Dataset many = SyntheticDataAccess.dataset(3_000);
        robot.interact(() -> state.datasetProperty().set(many));
        robot.clickOn("#actorViewNetwork");
        awaitLayout();
        ActorGraphScene scene = panel.networkView().graphScene();
        assertEquals(ActorNetworkView.MOST_SHOWN, scene.network().nodes().size());
        assertEquals("The " + ActorNetworkView.MOST_SHOWN + " actors in most events, of 200: filter to see others",
                panel.networkView().leftOutNote());
        String quiet = ActorNetwork.of(many).nodes().stream()
                .min(Comparator.comparingInt(ActorNode::events)).orElseThrow().id();
        assertTrue(scene.network().node(quiet).isEmpty());
        robot.interact(() -> state.selectedActorProperty().set(quiet));
        awaitLayout();
        assertTrue(panel.networkView().graphScene().network().node(quiet).isPresent(), "the chosen actor is drawn");
    }

    @Test
    void networkFollowsTheFilterAndTheTheme(FxRobot robot) {
        robot.clickOn("#actorViewNetwork");
        robot.interact(() -> state.filterProperty().set(state.filterProperty().get().withActors(Set.of("kallas"))));
        awaitLayout();
        ActorGraphScene scene = panel.networkView().graphScene();
        assertFalse(scene.network().node("grushko").isPresent(), "Grushko is in no event with Kallas");
        robot.interact(() -> state.darkProperty().set(true));
        assertEquals(Theme.DARK, panel.networkView().graphScene().theme());
    }

    @Test
    void snapshotsForALook(FxRobot robot) throws Exception {
        String dir = System.getProperty("parley.actors.snapshots");
        clickRow(robot, "grushko");
        WritableImage listImage = WaitForAsyncUtils.asyncFx(() -> panel.snapshot(null, null)).get();
        assertTrue(listImage.getWidth() > 0);
        robot.clickOn("#actorViewNetwork");
        awaitLayout();
        WritableImage networkImage = WaitForAsyncUtils.asyncFx(() -> panel.snapshot(null, null)).get();
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            state.darkProperty().set(true);
        });
        WritableImage darkImage = WaitForAsyncUtils.asyncFx(() -> panel.snapshot(null, null)).get();
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        if (dir != null) {
            ImageIO.write(SwingFXUtils.fromFXImage(listImage, null), "png", Path.of(dir, "actors-panel.png").toFile());
            ImageIO.write(SwingFXUtils.fromFXImage(networkImage, null), "png",
                    Path.of(dir, "actors-panel-network.png").toFile());
            ImageIO.write(SwingFXUtils.fromFXImage(darkImage, null), "png",
                    Path.of(dir, "actors-panel-dark.png").toFile());
        }
    }

    /**
     * In the window the panel sits in a tab. A click on a node gave the keys to the tab's header
     * (the tab pane takes the focus on every press that reaches it), and the focus border's pixel
     * of height laid the crowded graph out anew, so the clicked node left the pointer.
     */
    @Test
    void aClickInATabFocusesTheNetworkAndTheNodeStaysUnderThePointer(FxRobot robot) throws Exception {
        ActorPanel[] inTab = new ActorPanel[1];
        TabPane[] tabs = new TabPane[1];
        Stage[] own = new Stage[1];
        robot.interact(() -> {
            inTab[0] = new ActorPanel(state);
            tabs[0] = new TabPane(new Tab("Actors", inTab[0]),
                    new Tab("Filters", new Label("filters")));
            own[0] = new Stage();
            own[0].setScene(new Scene(tabs[0], 390, 280));
            own[0].show();
        });
        try {
            robot.clickOn(robot.from(tabs[0]).lookup("#actorViewNetwork").queryAs(Node.class));
            ActorNetworkView view = inTab[0].networkView();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> !view.isComputing() && view.graphScene() != null);
            WaitForAsyncUtils.waitForFxEvents();
            GraphDrawing.Node before = view.graphScene().position("sherman").orElseThrow();
            Point2D at = view.canvas().localToScreen(before.x(), before.y());
            robot.clickOn(at);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(view.isFocused(), "the network has the keys");
            assertFalse(tabs[0].isFocused(), "not the tab's header");
            assertEquals("sherman", state.selectedActorProperty().get());
            GraphDrawing.Node after = view.graphScene().position("sherman").orElseThrow();
            Point2D now = view.canvas().localToScreen(after.x(), after.y());
            assertTrue(now.distance(at) < 4, "the clicked node stays under the pointer: " + at + " then " + now);
        } finally {
            robot.interact(own[0]::close);
            robot.interact(() -> state.selectedActorProperty().set(null));
        }
    }

    @Test
    void arrowKeysWalkTheNodesAndEnterSelects(FxRobot robot) {
        robot.clickOn("#actorViewNetwork");
        awaitLayout();
        ActorNetworkView view = panel.networkView();
        robot.interact(view::requestFocus);
        assertTrue(view.isFocused());
        robot.type(KeyCode.RIGHT);
        String walked = view.graphScene().hovered();
        assertNotNull(walked, "an arrow key puts the keyboard cursor on a node");
        assertNull(state.selectedActorProperty().get(), "walking alone selects nothing");
        robot.type(KeyCode.ENTER);
        assertEquals(walked, state.selectedActorProperty().get());
        String name = dataset.actor(walked).orElseThrow().name();
        assertTrue(view.getAccessibleText().startsWith("Selected: " + name), view.getAccessibleText());
        assertEquals(AccessibleRole.IMAGE_VIEW, view.getAccessibleRole());
    }

    @Test
    void selectionMadeElsewhereRingsTheNodeAndNamesIt(FxRobot robot) {
        robot.clickOn("#actorViewNetwork");
        awaitLayout();
        robot.interact(() -> state.selectedActorProperty().set("kallas"));
        assertEquals("kallas", panel.networkView().graphScene().selected());
        assertTrue(panel.networkView().getAccessibleText().contains("Kallas"),
                panel.networkView().getAccessibleText());
    }

    /** Filtered to no event, the network said nothing at all: a blank pane, as if it had failed to draw. */
    @Test
    void filteredToNoEventTheNetworkSaysWhyItIsEmpty(FxRobot robot) {
        // No event of the week or its background falls in 2003.
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withRange(
                Instant.parse("2003-06-01T00:00:00Z"), Instant.parse("2003-06-02T00:00:00Z"))));
        assertTrue(state.visibleEventsProperty().get().isEmpty());

        robot.clickOn("#actorViewNetwork");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !panel.networkView().isComputing());
        } catch (TimeoutException e) {
            throw new AssertionError("network not laid out in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("No events match the filters.", panel.networkView().emptyMessage());
        assertEquals("Actor network: No events match the filters.", panel.networkView().getAccessibleText());
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE));
        awaitLayout();
        assertNull(panel.networkView().emptyMessage(), "a graph again once the events are back");
    }

    /** The network is laid out on a background thread: wait for it as a user would. */
    private void awaitLayout() {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> !panel.networkView().isComputing() && panel.networkView().graphScene() != null);
        } catch (TimeoutException e) {
            throw new AssertionError("network not laid out in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickRow(FxRobot robot, String actorId) {
        robot.clickOn(row(robot, actorId));
    }

    /**
     * Right-clicks the row (which selects it) and opens its menu. Monocle's headless robot sends no
     * context-menu request, so the menu is shown the way the cell would show it.
     */
    private void openContextMenu(FxRobot robot, String actorId) {
        ActorCell cell = row(robot, actorId);
        robot.rightClickOn(cell);
        assertEquals(actorId, state.selectedActorProperty().get());
        robot.interact(() -> cell.getContextMenu().show(cell, Side.BOTTOM, 20, 0));
    }

    /** The visible cell of an actor's row, scrolled into view as a user would. */
    private ActorCell row(FxRobot robot, String actorId) {
        var tree = panel.listView().tree();
        robot.interact(() -> {
            for (TreeItem<ActorEntry> header : tree.getRoot().getChildren()) {
                for (TreeItem<ActorEntry> item : header.getChildren()) {
                    if (((ActorEntry.Row) item.getValue()).actor().id().equals(actorId)) {
                        tree.scrollTo(tree.getRow(item));
                    }
                }
            }
        });
        // The cells are refilled on the layout pass after the scroll, not by the scroll itself.
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("." + ActorCell.ROW_STYLE_CLASS).queryAllAs(ActorCell.class).stream()
                .filter(c -> c.getItem() instanceof ActorEntry.Row r && r.actor().id().equals(actorId))
                .findFirst().orElseThrow();
    }

    private List<String> shownActorIds() {
        List<String> ids = new ArrayList<>();
        for (TreeItem<ActorEntry> header : panel.listView().tree().getRoot().getChildren()) {
            for (TreeItem<ActorEntry> item : header.getChildren()) {
                ids.add(((ActorEntry.Row) item.getValue()).actor().id());
            }
        }
        return ids;
    }
}
