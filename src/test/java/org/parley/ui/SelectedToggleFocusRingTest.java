package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.parley.ui.support.FxThreadRobot;

/**
 * Tab onto a selected toggle (the Source pane's paper, the actors' List or Network) shows a ring
 * apart from its fill: the fill is the accent, the ring's own colour, and a ring drawn against its
 * edge only made the button 2 px larger.
 */
@ExtendWith(FxThreadRobot.class)
class SelectedToggleFocusRingTest {

    private ToggleButton selected;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        TextField before = new TextField();
        ToggleButton other = new ToggleButton("The Washington Post");
        selected = new ToggleButton("The New York Times");
        ToggleGroup papers = new ToggleGroup();
        other.setToggleGroup(papers);
        selected.setToggleGroup(papers);
        selected.setSelected(true);
        Scene scene = new Scene(new VBox(8, before, new HBox(8, other, selected)), 400, 120);
        scene.getStylesheets().add(MainWindow.class.getResource("main.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        before.requestFocus();
    }

    @Test
    void tabOntoTheSelectedToggleShowsARingWithAGapBeforeItsFill(FxRobot robot) {
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(selected::applyCss);

        assertTrue(selected.isFocused(), "Tab moves to the group's selected toggle");
        assertTrue(selected.getBorder() != null && !selected.getBorder().getStrokes().isEmpty(), "a ring");
        BorderStroke ring = selected.getBorder().getStrokes().get(0);
        double ringInner = ring.getInsets().getTop() + ring.getWidths().getTop();
        double fillOuter = selected.getBackground().getFills().stream()
                .mapToDouble(f -> f.getInsets().getTop()).min().orElse(0);
        assertTrue(ringInner < fillOuter,
                "the ring's inside (" + ringInner + ") stands off the fill's outside (" + fillOuter + ")");
    }
}
