package org.parley.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.layout.LaneMode;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every menu item does what its label says: each plain item reaches its own window action, once. */
@ExtendWith(FxThreadRobot.class)
class MainMenuTest {

    private final ExplorerState state = new ExplorerState();
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(LaneMode.TRACK);
    private final List<String> calls = new ArrayList<>();
    private MenuBar bar;

    @Start
    void start(Stage stage) {
        WindowActions recorder = (WindowActions) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {WindowActions.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + (args == null ? "" : Arrays.toString(args)));
                    return null;
                });
        bar = MainMenu.create(state, recorder, laneMode, new SimpleBooleanProperty(true));
        stage.setScene(new Scene(new StackPane(bar), 400, 200));
        stage.show();
    }

    /**
     * Alt and a menu's underlined letter open that menu and leave it open, whichever key is let go first.
     * Let go of Alt before the letter (as quick typists do, and xdotool does), JavaFX took the release
     * for a lone Alt tap and closed the menu it had just opened: Alt+F flashed the File menu and left the
     * bar highlighted.
     */
    @Test
    void altAndALetterOpenItsMenuThoughAltIsReleasedFirst(FxRobot robot) {
        Menu file = bar.getMenus().get(0);
        Menu help = bar.getMenus().get(bar.getMenus().size() - 1);
        robot.press(KeyCode.ALT).press(KeyCode.F).release(KeyCode.ALT).release(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(file.isShowing(), "Alt+F leaves the File menu open");

        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.ALT).press(KeyCode.H).release(KeyCode.ALT).release(KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(help.isShowing(), "Alt+H leaves the Help menu open");
        assertFalse(file.isShowing());
        robot.type(KeyCode.ESCAPE);
    }

    /**
     * In an open menu, an item's underlined letter chooses it, as in every desktop's menus: Alt+F then I
     * imports a dataset. JavaFX's menus took only the arrows and Enter, and the letters did nothing.
     */
    @Test
    void anItemsLetterInTheOpenMenuChoosesIt(FxRobot robot) {
        Menu file = bar.getMenus().get(0);
        robot.press(KeyCode.ALT).press(KeyCode.F).release(KeyCode.F).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(file.isShowing());
        robot.type(KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("importDataset"), calls);
        assertFalse(file.isShowing(), "the menu closes on its choice");

        Menu view = bar.getMenus().get(1);
        robot.press(KeyCode.ALT).press(KeyCode.V).release(KeyCode.V).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.darkProperty().get(), "a check item's letter ticks it");
        robot.press(KeyCode.ALT).press(KeyCode.V).release(KeyCode.V).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LaneMode.ACTOR, laneMode.get(), "a lane choice's letter chooses it");
        assertFalse(view.isShowing());
    }

    /** A greyed item's letter does nothing, and the menu stays open for another choice. */
    @Test
    void aGreyedItemsLetterLeavesTheMenuOpen(FxRobot robot) {
        Menu go = bar.getMenus().get(2);
        robot.press(KeyCode.ALT).press(KeyCode.G).release(KeyCode.G).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(go.isShowing(), "no dataset yet: Filter by actor is greyed");
        assertTrue(calls.isEmpty(), calls.toString());
        robot.type(KeyCode.ESCAPE);
    }

    /**
     * The Go menu's panels are chosen by their digit, the digit of their Alt shortcut: Alt+G then 3 goes
     * to the events table, 0 to the tenth panel, from the keypad too. They had no letter (the Go menu's
     * first items take P, N, C, S, A, F, U and R), so once Go was open only the arrows reached them.
     */
    @Test
    void aPanelsDigitInTheGoMenuGoesToIt(FxRobot robot) {
        Menu go = bar.getMenus().get(2);
        robot.press(KeyCode.ALT).press(KeyCode.G).release(KeyCode.G).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("focusPanel[2]"), calls);
        assertFalse(go.isShowing(), "the menu closes on its choice");

        robot.press(KeyCode.ALT).press(KeyCode.G).release(KeyCode.G).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.NUMPAD0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("focusPanel[2]", "focusPanel[9]"), calls, "the keypad's 0 is the tenth panel's, not a letter's");
        assertFalse(go.isShowing());
    }

    /** An item with no underlined letter is reached only by counting arrow presses. */
    @Test
    void everyItemHasAnUnderlinedLetter() {
        for (MenuItem item : items()) {
            if (!(item instanceof SeparatorMenuItem)) {
                assertTrue(MenuLetters.letterOf(item) != null, item.getText() + " has no underlined letter");
            }
        }
    }

    /** Two items of one menu with one letter: the letter could choose only one of them. */
    @Test
    void noTwoItemsOfAMenuShareALetter() {
        for (Menu menu : bar.getMenus()) {
            Set<Character> seen = new HashSet<>();
            for (MenuItem item : menu.getItems()) {
                Character letter = MenuLetters.letterOf(item);
                if (letter != null) {
                    assertTrue(seen.add(letter), menu.getText() + " gives " + letter + " to two items, one " + item.getText());
                }
            }
        }
    }

    @Test
    void everyPlainItemFiresItsOwnAction(FxRobot robot) {
        List<MenuItem> plain = items().stream()
                .filter(i -> !(i instanceof SeparatorMenuItem || i instanceof CheckMenuItem || i instanceof RadioMenuItem))
                .toList();
        for (MenuItem item : plain) {
            int before = calls.size();
            robot.interact(item::fire);
            assertEquals(before + 1, calls.size(), item.getText() + " fired " + calls.subList(before, calls.size()));
        }

        Set<String> expected = Arrays.stream(WindowActions.class.getMethods()).map(Method::getName)
                .filter(n -> !n.equals("focusPanel")).collect(Collectors.toCollection(TreeSet::new));
        for (int i = 0; i < MainMenu.PANELS.length; i++) {
            expected.add("focusPanel[" + i + "]");
        }
        assertEquals(expected, new TreeSet<>(calls), "each action reached by exactly one item");
        assertEquals(expected.size(), calls.size());
    }

    /**
     * Filter by actor is there whenever there is data, with nothing selected too: greyed until an actor was
     * chosen, its Ctrl+Shift+F had done nothing with an event selected, and said nothing.
     */
    @Test
    void filteringByActorIsOfferedWheneverThereIsData(FxRobot robot) {
        MenuItem byActor = items().stream().filter(i -> "Filter by _actor".equals(i.getText())).findFirst().orElseThrow();
        assertTrue(byActor.isDisable(), "no dataset yet: nothing to filter");
        robot.interact(() -> state.datasetProperty().set(BundledSeeds.dataset()));
        assertFalse(byActor.isDisable(), "nothing selected, and still offered");
        robot.interact(() -> state.datasetProperty().set(null));
    }

    /** No database open: what would write to one is greyed, but a damaged one's backups can still be restored. */
    @Test
    void withNoDatabaseOnlyADamagedOnesBackupsAreOffered(FxRobot robot) {
        MenuItem restore = items().stream().filter(i -> "Restore a _backup…".equals(i.getText())).findFirst().orElseThrow();
        MenuItem importItem = items().stream().filter(i -> "_Import dataset…".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(() -> state.noDatabaseProperty().set(true));
        assertTrue(restore.isDisable() && importItem.isDisable());
        robot.interact(() -> state.backupsRestorableProperty().set(true));
        assertFalse(restore.isDisable(), "the backups of a database too damaged to open are its cure");
        assertTrue(importItem.isDisable());
    }

    /** A read-only database: restoring a backup over it could only fail after its confirmation, so it is greyed. */
    @Test
    void aReadOnlyDatabaseOffersNoBackupToRestore(FxRobot robot) {
        MenuItem restore = items().stream().filter(i -> "Restore a _backup…".equals(i.getText())).findFirst().orElseThrow();
        assertFalse(restore.isDisable());
        robot.interact(() -> state.readOnlyProperty().set(true));
        assertTrue(restore.isDisable());
    }

    @Test
    void laneItemsSetTheLaneModeAndCheckItemsTheirSetting(FxRobot robot) {
        RadioMenuItem byActor = (RadioMenuItem) item("Lanes by _actor");
        robot.interact(byActor::fire);
        assertEquals(LaneMode.ACTOR, laneMode.get());
        robot.interact(() -> ((RadioMenuItem) item("Lanes by _place")).fire());
        assertEquals(LaneMode.PLACE, laneMode.get());
        assertFalse(byActor.isSelected(), "one lane mode shown at a time");

        // A check item toggles when clicked in the open menu; here its tick is set as that click sets it.
        CheckMenuItem dark = (CheckMenuItem) item("_Dark theme");
        robot.interact(() -> dark.setSelected(!dark.isSelected()));
        assertTrue(state.darkProperty().get());
        CheckMenuItem utc = (CheckMenuItem) item("Times in _UTC");
        boolean utcBefore = state.utcProperty().get();
        robot.interact(() -> utc.setSelected(!utc.isSelected()));
        assertEquals(!utcBefore, state.utcProperty().get());
        assertTrue(calls.isEmpty(), "settings change state, not window actions: " + calls);
    }

    /**
     * A shortcut named by a key the parser does not know (say {@code BACK_SPACE} for Backspace)
     * becomes a character that no key types: the menu shows it and pressing it does nothing.
     */
    @Test
    void everyItemHasItsOwnShortcutOnARealKey() {
        Set<KeyCombination> seen = new HashSet<>();
        for (MenuItem item : items()) {
            if (!(item instanceof SeparatorMenuItem)) {
                KeyCombination shortcut = item.getAccelerator();
                assertTrue(shortcut instanceof KeyCodeCombination, item.getText() + " has no shortcut on a key: " + shortcut);
                assertTrue(seen.add(shortcut), shortcut.getDisplayText() + " is given to two items");
                assertFalse(shortcut.getDisplayText().contains("_"), item.getText() + " shows " + shortcut.getDisplayText());
            }
        }
    }

    @Test
    void pressingAShortcutRunsItsAction(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertEquals(List.of("clearSelection", "fitAll"), calls);
    }

    private List<MenuItem> items() {
        List<MenuItem> all = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            all.addAll(menu.getItems());
        }
        return all;
    }

    private MenuItem item(String text) {
        return items().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }
}
