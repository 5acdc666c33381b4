package org.parley.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.parley.layout.LaneMode;
import org.parley.ui.state.ExplorerState;

/** The menu bar: every action the window offers, each with its keyboard shortcut. */
final class MainMenu {

    static final String[] PANELS = {"Timeline", "Map", "Events table", "Actors", "Filters", "Detail", "Source",
        "Search results", "Compare", "Positions"};

    private MainMenu() {
    }

    static MenuBar create(ExplorerState state, WindowActions a, ObjectProperty<LaneMode> laneMode, BooleanProperty timelineKey) {
        MenuItem importItem = item("_Import dataset…", "Shortcut+O", a::importDataset);
        MenuItem restoreWeek = item("_Restore the bundled week", "Shortcut+Shift+R", a::restoreSeeds);
        // A database that cannot be written: what would write to it is offered greyed, not refused later.
        importItem.disableProperty().bind(state.readOnlyProperty().or(state.noDatabaseProperty()));
        restoreWeek.disableProperty().bind(state.readOnlyProperty().or(state.noDatabaseProperty()));
        // With no database open this could only fail ("No database is open"), unless the one that would not
        // open is damaged and has backups: then one of them is the cure, and the window is where to choose it.
        MenuItem restoreBackup = item("Restore a _backup…", "Shortcut+Shift+B", a::restoreBackup);
        // A read-only database cannot be replaced by its backup either: greyed, not refused after a confirmation.
        restoreBackup.disableProperty().bind(state.readOnlyProperty()
                .or(state.noDatabaseProperty().and(state.backupsRestorableProperty().not())));
        Menu file = new Menu("_File", null,
                importItem,
                restoreWeek,
                restoreBackup,
                new SeparatorMenuItem(),
                needsData(state, item("Export _data…", "Shortcut+E", a::exportData)),
                needsData(state, item("Export i_mage…", "Shortcut+Shift+E", a::exportImage)),
                new SeparatorMenuItem(),
                needsEvents(state, item("_Present", "F5", a::present)),
                needsEvents(state, item("_Handout (PDF)…", "Shortcut+P", a::handout)),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", a::quit));

        ToggleGroup lanes = new ToggleGroup();
        RadioMenuItem byTrack = radio("Lanes by _track", "Shortcut+Shift+T", lanes, LaneMode.TRACK, laneMode);
        RadioMenuItem byActor = radio("Lanes by _actor", "Shortcut+Shift+A", lanes, LaneMode.ACTOR, laneMode);
        RadioMenuItem byPlace = radio("Lanes by _place", "Shortcut+Shift+P", lanes, LaneMode.PLACE, laneMode);
        CheckMenuItem utc = new CheckMenuItem("Times in _UTC");
        utc.setAccelerator(KeyCombination.keyCombination("Shortcut+U"));
        utc.selectedProperty().bindBidirectional(state.utcProperty());
        CheckMenuItem key = new CheckMenuItem("Timeline _key");
        key.setId("menu-timeline-key");
        key.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
        key.selectedProperty().bindBidirectional(timelineKey);
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setId("menu-dark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        dark.selectedProperty().bindBidirectional(state.darkProperty());
        Menu view = new Menu("_View", null,
                item("Fit the _focus period", "Shortcut+1", a::fitWeek),
                item("Fit _everything", "Shortcut+2", a::fitAll),
                item("Zoom _in", "Shortcut+EQUALS", a::zoomIn),
                item("Zoom _out", "Shortcut+MINUS", a::zoomOut),
                new SeparatorMenuItem(),
                byTrack, byActor, byPlace,
                new SeparatorMenuItem(), key, utc, dark,
                new SeparatorMenuItem(),
                // The panel the keyboard is in, over the whole work area; the same again puts the panels back.
                item("Enla_rge the panel, or restore the panels", "Shortcut+M", a::togglePanelEnlarged));

        Menu go = new Menu("_Go", null,
                item("_Previous event", "Alt+LEFT", a::previousEvent),
                item("_Next event", "Alt+RIGHT", a::nextEvent),
                item("_Clear selection", "Shortcut+Backspace", a::clearSelection),
                new SeparatorMenuItem(),
                item("_Search", "Shortcut+F", a::focusSearch),
                // Greyed only without data: greyed with no actor selected, the key had done nothing and said nothing.
                needsData(state, item("Filter by _actor", "Shortcut+Shift+F", a::filterByActor)),
                item("Clear all _filters", "Shortcut+Shift+X", a::clearFilters),
                // A text field's own Ctrl+Z (the search box, a day typed) comes first: the field takes the key.
                greyedUnless(state.filterHistory().canUndoProperty(),
                        item("_Undo filter change", "Shortcut+Z", a::undoFilterChange)),
                greyedUnless(state.filterHistory().canRedoProperty(),
                        item("_Redo filter change", "Shortcut+Shift+Z", a::redoFilterChange)),
                new SeparatorMenuItem());
        for (int i = 0; i < PANELS.length; i++) {
            int index = i;
            // Alt+1 … Alt+9, then Alt+0 for the tenth, as on the keyboard's row of digits; the same digit
            // chooses it in the open menu, the letters having gone to the items above.
            int digit = (i + 1) % 10;
            go.getItems().add(item("_" + digit + " " + PANELS[i], "Alt+" + digit, () -> a.focusPanel(index)));
        }

        Menu help = new Menu("_Help", null, item("_Keyboard shortcuts", "F1", a::showShortcuts),
                item("_About this dataset", "Shortcut+I", a::showDatasetInfo),
                item("About _Parley", "Shortcut+Shift+I", a::showAbout));
        MenuBar bar = new MenuBar(file, view, go, help);
        bar.setId("menu-bar");
        keepMenusOpenedByLetter(bar);
        MenuLetters.install(bar);
        return bar;
    }

    /**
     * A menu opened by Alt and its letter stays open when Alt is let go. JavaFX's menu bar takes an Alt
     * release for a lone Alt tap unless it saw a key in between, and the letter that opened the menu is
     * used up before it is seen: let go of Alt before the letter, and the menu just opened was closed again
     * (Alt+F flashed the File menu). The release is consumed while a menu is open, before the bar sees it;
     * Alt pressed while a menu is open still closes it, on the press.
     */
    private static void keepMenusOpenedByLetter(MenuBar bar) {
        EventHandler<KeyEvent> keepOpen = e -> {
            if (e.getCode() == KeyCode.ALT && bar.getMenus().stream().anyMatch(Menu::isShowing)) {
                e.consume();
            }
        };
        // Added as the bar enters its scene, before the bar's own skin (made when the scene is first styled) adds its filter.
        bar.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_RELEASED, keepOpen);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_RELEASED, keepOpen);
            }
        });
    }

    /** Greyed while there is nothing to take back or make again. */
    private static MenuItem greyedUnless(ObservableBooleanValue can, MenuItem item) {
        item.disableProperty().bind(Bindings.not(can));
        return item;
    }

    /** Greyed until the dataset is in: a large one is read for seconds, and these had nothing to work on. */
    private static MenuItem needsData(ExplorerState state, MenuItem item) {
        item.disableProperty().bind(state.datasetProperty().isNull());
        return item;
    }

    /** Greyed for a dataset of no events too: F5 did nothing, and the handout asked for a file name only to refuse. */
    private static MenuItem needsEvents(ExplorerState state, MenuItem item) {
        item.disableProperty().bind(noEvents(state));
        return item;
    }

    static BooleanBinding noEvents(ExplorerState state) {
        return Bindings.createBooleanBinding(
                () -> state.dataset() == null || state.dataset().events().isEmpty(), state.datasetProperty());
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A lane-mode choice that sets the mode and shows it, however it was changed. */
    private static RadioMenuItem radio(String text, String accelerator, ToggleGroup group, LaneMode mode,
                                       ObjectProperty<LaneMode> laneMode) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setSelected(laneMode.get() == mode);
        item.setOnAction(e -> laneMode.set(mode));
        laneMode.addListener((o, was, now) -> item.setSelected(now == mode));
        return item;
    }
}
