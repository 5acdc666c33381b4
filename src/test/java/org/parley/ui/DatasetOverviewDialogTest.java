package org.parley.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.model.Dataset;
import org.parley.model.Source;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.parley.ui.support.ScreenArea;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help → About this dataset keeps its OK button on the screen however many sources the dataset has. */
@ExtendWith(FxThreadRobot.class)
class DatasetOverviewDialogTest {

    private Stage owner;

    @Start
    void start(Stage primary) {
        owner = new Stage();
        owner.setScene(new Scene(new Label("owner"), 900, 560));
        owner.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** Thirty articles: the list scrolls within a dialog no taller than the screen, and OK stays in reach. */
    @Test
    void aDatasetOfManySourcesScrollsAndKeepsItsButtonOnTheScreen(FxRobot robot) {
        Dataset week = BundledSeeds.dataset();
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            sources.add(new Source("s" + i, "The Daily Paper " + i, "Diplomats meet again as the talks of the week go on "
                    + "without a breakthrough, article " + i, LocalDate.of(2022, 1, 12), "Brussels", "en", "s" + i + ".txt",
                    "Text."));
        }
        Dataset many = new Dataset(week.title(), week.description(), sources, week.actors(), week.places(), List.of(),
                List.of(), List.of());
        ExplorerState state = new ExplorerState();
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            state.datasetProperty().set(many);
            alert[0] = DatasetOverview.show(owner, state);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Window dialog = alert[0].getDialogPane().getScene().getWindow();
            Rectangle2D screen = ScreenArea.of(owner);
            assertTrue(dialog.getHeight() <= screen.getHeight() + 0.5, "the dialog fits the screen: " + dialog.getHeight()
                    + " on " + screen);
            Node ok = alert[0].getDialogPane().lookupButton(ButtonType.OK);
            Bounds inScene = ok.localToScene(ok.getBoundsInLocal());
            assertTrue(inScene.getMaxY() <= alert[0].getDialogPane().getScene().getHeight() + 0.5,
                    "OK is inside the dialog, not cut off below it: " + inScene);
            ScrollPane scroll = (ScrollPane) alert[0].getDialogPane().getContent();
            assertTrue(scroll.getContent().getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight(),
                    "the sources scroll: " + scroll.getViewportBounds());
            Label last = robot.lookup(".source-line").queryAllAs(Label.class).stream()
                    .filter(l -> l.getText().startsWith("The Daily Paper 29")).findFirst().orElseThrow();
            assertTrue(last.getText().contains("article 29"), "every source is listed");
        } finally {
            robot.interact(() -> alert[0].close());
        }
    }

    /**
     * A source without a dateline (the exchange format allows none, and `parley generate` writes none) is listed
     * without an empty place between two commas: it had read "The Synthetic Post — “Report 0”, , 28 January 2000".
     */
    @Test
    void aSourceWithoutADatelineIsListedWithoutAnEmptyPlace(FxRobot robot) {
        Dataset week = BundledSeeds.dataset();
        List<Source> sources = List.of(new Source("s0", "The Synthetic Post", "Report 0", LocalDate.of(2000, 1, 28), "",
                "en", "s0.txt", "Text."));
        Dataset undated = new Dataset(week.title(), week.description(), sources, week.actors(), week.places(),
                List.of(), List.of(), List.of());
        ExplorerState state = new ExplorerState();
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            state.datasetProperty().set(undated);
            alert[0] = DatasetOverview.show(owner, state);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertEquals(List.of("The Synthetic Post — “Report 0”, 28 January 2000"), robot.lookup(".source-line")
                    .queryAllAs(Label.class).stream().map(Label::getText).toList());
        } finally {
            robot.interact(() -> alert[0].close());
        }
    }
}
