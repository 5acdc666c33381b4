package org.parley.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * In an open menu, an item's underlined letter chooses it, as in the menus of every desktop. JavaFX's
 * menus answer only the arrows, Enter and Esc: Alt+F then D did nothing, and a keyboard user had to
 * count arrow presses. A greyed item's letter does nothing and leaves the menu open.
 */
final class MenuLetters {

    private static final String INSTALLED = "parley.menu-letters";

    private MenuLetters() {
    }

    static void install(MenuBar bar) {
        for (Menu menu : bar.getMenus()) {
            // The menu's popup exists once the bar's skin has made it: it is the items' parent popup.
            menu.showingProperty().addListener((o, was, now) -> {
                if (now && !menu.getItems().isEmpty()) {
                    ContextMenu popup = menu.getItems().get(0).getParentPopup();
                    if (popup != null && popup.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) == null) {
                        popup.addEventFilter(KeyEvent.KEY_PRESSED, e -> choose(menu, e));
                    }
                }
            });
        }
    }

    private static void choose(Menu menu, KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.isAltDown() || e.isShortcutDown() || e.isControlDown() || e.isMetaDown()
                || !(code.isLetterKey() || code.isDigitKey())) {
            return;
        }
        char pressed = pressed(code);
        for (MenuItem item : menu.getItems()) {
            Character letter = letterOf(item);
            if (letter != null && letter == pressed && item.isVisible() && !(item instanceof Menu)) {
                e.consume();
                if (!item.isDisable()) {
                    // Closed first: an item that opens a dialog would otherwise leave its menu open behind it.
                    menu.hide();
                    if (item instanceof CheckMenuItem check) {
                        check.setSelected(!check.isSelected());
                    } else if (item instanceof RadioMenuItem radio) {
                        radio.setSelected(true);
                    }
                    item.fire();
                }
                return;
            }
        }
    }

    /**
     * The letter or digit a key stands for. A keypad digit's character is not its digit (Numpad 1's is
     * "a", from its key code), so its name says it: the Go menu's panels are chosen by digit.
     */
    private static char pressed(KeyCode code) {
        String name = code.getName();
        return code.isKeypadKey() ? name.charAt(name.length() - 1) : Character.toUpperCase(code.getChar().charAt(0));
    }

    /** The letter after the item's underscore ({@code "Export _data…"}: D), or null where it has none. */
    static Character letterOf(MenuItem item) {
        String text = item.getText();
        if (item instanceof SeparatorMenuItem || text == null || !item.isMnemonicParsing()) {
            return null;
        }
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '_') {
                if (text.charAt(i + 1) != '_') {
                    return Character.toUpperCase(text.charAt(i + 1));
                }
                i++;
            }
        }
        return null;
    }
}
