package org.parley.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import atlantafx.base.theme.PrimerDark;
import javafx.application.Application;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Without see-through windows, a popup's shadow margin and corners were painted white: the dark
 * theme's menus and combo lists had a white frame. Their frame now fills the popup's window.
 */
@ExtendWith(FxThreadRobot.class)
class OpaquePopupsTest {

    private String sheetBefore;
    private ComboBox<String> lanes;
    private ContextMenu menu;

    @Start
    void start(Stage stage) {
        sheetBefore = Application.getUserAgentStylesheet();
        lanes = new ComboBox<>();
        menu = new ContextMenu(new MenuItem("Show only what they share"));
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        lanes.getItems().setAll("Lanes by track", "Lanes by actor", "Lanes by place");
        stage.setScene(new Scene(new VBox(lanes), 300, 200));
        stage.show();
    }

    @AfterEach
    void putTheThemeBack(FxRobot robot) {
        robot.interact(() -> {
            lanes.hide();
            menu.hide();
            Application.setUserAgentStylesheet(sheetBefore);
        });
    }

    @Test
    void aComboBoxListFillsItsPopupWithoutShadowOrCorners(FxRobot robot) {
        robot.interact(lanes::show);
        Region list = frameOf(showingPopup(), ".list-view");
        assertNotNull(list.getEffect(), "the theme gives the list a shadow, drawn in the popup's margin");

        robot.interact(() -> OpaquePopups.fillTheWindow(showingPopup()));
        robot.interact(list::applyCss);

        assertNull(list.getEffect());
        assertEquals(0, list.getBackground().getFills().get(0).getRadii().getTopLeftHorizontalRadius());
    }

    @Test
    void aMenuFillsItsPopupWithoutShadowOrCorners(FxRobot robot) {
        robot.interact(() -> menu.show(lanes, Side.BOTTOM, 0, 0));
        Region frame = frameOf(showingPopup(), ".context-menu");
        assertNotNull(frame.getEffect(), "the theme gives the menu a shadow, drawn in the popup's margin");

        robot.interact(() -> OpaquePopups.fillTheWindow(showingPopup()));
        robot.interact(frame::applyCss);

        assertNull(frame.getEffect());
        assertEquals(0, frame.getBackground().getFills().get(0).getRadii().getTopLeftHorizontalRadius());
    }

    private static Window showingPopup() {
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing())
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no popup showing"));
    }

    /** The innermost node the selector finds: a menu's stand-in and its content share its style class. */
    private static Region frameOf(Window popup, String selector) {
        Node frame = popup.getScene().getRoot().lookupAll(selector).stream()
                .reduce((outer, inner) -> inner).orElse(null);
        assertNotNull(frame, "no " + selector + " in the popup");
        return (Region) frame;
    }
}
