package org.parley.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.parley.ui.support.FxThreadRobot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** F1 lists every shortcut in full, and opening it leaves the main window as it was. */
@ExtendWith(FxThreadRobot.class)
class ShortcutsDialogTest {

    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        // A stage of its own: TestFX shares its primary stage between test classes, and the
        // window's placement (size, minimum size, maximized) must not leak into the next class.
        this.stage = new Stage();
        ExplorerWindow.open(stage, ExplorerWindow.week(), 1260, 780);
    }

    @AfterEach
    void closeOwnStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void f1ShowsEveryLineWholeAndTheWindowKeepsItsSize(FxRobot robot) {
        double width = stage.getWidth();
        double height = stage.getHeight();
        robot.clickOn("#search-field");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        Label text = robot.lookup("#shortcuts-text").queryAs(Label.class);
        assertTrue(text.getText().contains("restore the bundled week"), "the window's keys are in the list");
        assertTrue(text.getText().contains("positions board") && text.getText().contains("blank the screen"),
                "and the presentation's, which its own screen cannot show");
        assertTrue(text.getText().contains("F11"), "F11, which brings the slides back to full screen, as on the slide's own list");
        assertTrue(text.getText().contains("Shift+F5"), "the clicker's start key, which presents as F5 does");
        assertTrue(text.getText().contains("Shift+F10"), "the context menus' keys, for a keyboard without a mouse");
        assertTrue(text.getText().contains("open Go menu"), "a panel's digit in the open Go menu");
        assertTrue(text.getWidth() >= text.prefWidth(-1) - 0.5, "no line is cut: " + text.getWidth()
                + " < " + text.prefWidth(-1));
        ScrollPane scroll = robot.lookup("#shortcuts-scroll").queryAs(ScrollPane.class);
        Bounds viewport = scroll.getViewportBounds();
        assertTrue(viewport.getWidth() >= text.prefWidth(-1) - 0.5, "the dialog is as wide as the list: "
                + viewport + " for " + text.prefWidth(-1) + " in " + text.getScene().getWindow().getWidth());
        Window dialog = text.getScene().getWindow();
        var screen = Screen.getPrimary().getVisualBounds();
        assertTrue(dialog.getHeight() <= screen.getHeight() + 0.5, "the dialog fits the screen");
        assertTrue(viewport.getHeight() >= Math.min(text.prefHeight(-1), screen.getHeight() * 0.5) - 0.5,
                "the list is shown in full, or scrolls on a short screen: " + viewport);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, stage.getWidth(), 0.5);
        assertEquals(height, stage.getHeight(), 0.5);
    }

    /** A key the menus give but F1 left out was found only by opening each menu (View's zoom keys were). */
    @Test
    void f1NamesEveryKeyTheMenusGive(FxRobot robot) {
        robot.clickOn("#search-field");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        String listed = robot.lookup("#shortcuts-text").queryAs(Label.class).getText();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        String keys = spelledOut(listed);
        List<String> missing = new ArrayList<>();
        for (Menu menu : robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() instanceof KeyCodeCombination key
                        && !Pattern.compile(Pattern.quote(asListed(key)) + "(?![\\w+])").matcher(keys).find()) {
                    missing.add(asListed(key) + " (" + item.getText() + ")");
                }
            }
        }
        assertEquals(List.of(), missing, "keys the menus give that F1 does not list");
    }

    /** The list's shorthand written out: "Ctrl+Shift+T/A/P" is three keys, "Alt+1 … Alt+0" ten. */
    private static String spelledOut(String listed) {
        StringBuilder keys = new StringBuilder(listed);
        Matcher shared = Pattern.compile("((?:Ctrl\\+|Shift\\+|Alt\\+)+)(\\w)((?:/\\w)+)").matcher(listed);
        while (shared.find()) {
            for (String k : (shared.group(2) + shared.group(3)).split("/")) {
                keys.append(' ').append(shared.group(1)).append(k);
            }
        }
        if (listed.contains("Alt+1 … Alt+0")) {
            for (int digit = 0; digit <= 9; digit++) {
                keys.append(" Alt+").append(digit);
            }
        }
        return keys.toString();
    }

    /** A menu's key as the list writes it: "Ctrl+Shift+E", "Alt+←", "Ctrl+−". */
    private static String asListed(KeyCodeCombination key) {
        StringBuilder s = new StringBuilder();
        if (key.getShortcut() == KeyCombination.ModifierValue.DOWN || key.getControl() == KeyCombination.ModifierValue.DOWN) {
            s.append("Ctrl+");
        }
        if (key.getShift() == KeyCombination.ModifierValue.DOWN) {
            s.append("Shift+");
        }
        if (key.getAlt() == KeyCombination.ModifierValue.DOWN) {
            s.append("Alt+");
        }
        String name = switch (key.getCode()) {
            case LEFT -> "←";
            case RIGHT -> "→";
            case BACK_SPACE -> "Backspace";
            case EQUALS -> "=";
            case MINUS -> "−";
            default -> key.getCode().getName();
        };
        return s.append(name).toString();
    }
}
