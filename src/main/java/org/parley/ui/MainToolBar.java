package org.parley.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.layout.LaneMode;
import org.parley.ui.state.ExplorerState;

/** The toolbar: the most used actions of the menu, with icons and tooltips naming their shortcuts. */
final class MainToolBar {

    private MainToolBar() {
    }

    static HBox create(ExplorerState state, WindowActions a, TextField search,
                          javafx.beans.property.ObjectProperty<LaneMode> laneMode,
                          javafx.beans.property.BooleanProperty timelineKey) {
        ComboBox<LaneMode> lanes = new ComboBox<>();
        lanes.setId("lane-mode");
        lanes.getItems().setAll(LaneMode.values());
        lanes.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LaneMode mode) {
                return mode == null ? "" : switch (mode) {
                    case TRACK -> "Lanes by track";
                    case ACTOR -> "Lanes by actor";
                    case PLACE -> "Lanes by place";
                };
            }

            @Override
            public LaneMode fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        lanes.setTooltip(new Tooltip("Lanes by track, actor or place (Ctrl+Shift+T / A / P)"));
        lanes.valueProperty().bindBidirectional(laneMode);

        ToggleButton utc = new ToggleButton("UTC");
        utc.setId("utc-toggle");
        utc.setTooltip(new Tooltip("Show times in UTC instead of the venue's local time (Ctrl+U)"));
        utc.selectedProperty().bindBidirectional(state.utcProperty());

        ToggleButton key = new ToggleButton("Key");
        key.setId("timeline-key-toggle");
        key.setTooltip(new Tooltip("Show what the timeline's shapes and styles mean (Ctrl+K)"));
        key.selectedProperty().bindBidirectional(timelineKey);

        ToggleButton dark = new ToggleButton(null, new FontIcon(Material2MZ.NIGHTS_STAY));
        dark.setId("dark-toggle");
        dark.setTooltip(new Tooltip("Dark theme (Ctrl+D)"));
        dark.selectedProperty().bindBidirectional(state.darkProperty());

        ToolBar bar = new ToolBar(
                button("fit-week", Material2AL.DATE_RANGE, "Fit the week (Ctrl+1)", a::fitWeek),
                button("fit-all", Material2AL.ALL_OUT, "Fit everything, 1990–2022 (Ctrl+2)", a::fitAll),
                button("zoom-in", Material2MZ.ZOOM_IN, "Zoom in (Ctrl+=)", a::zoomIn),
                button("zoom-out", Material2MZ.ZOOM_OUT, "Zoom out (Ctrl+−)", a::zoomOut),
                lanes, utc, key,
                separator(),
                button("previous", Material2AL.ARROW_BACK, "Previous event (Alt+←)", a::previousEvent),
                button("next", Material2AL.ARROW_FORWARD, "Next event (Alt+→)", a::nextEvent),
                separator(),
                button("present", Material2MZ.SLIDESHOW, "Present (F5)", a::present),
                button("export-image", Material2AL.IMAGE, "Export image (Ctrl+Shift+E)", a::exportImage),
                button("export-data", Material2MZ.SAVE_ALT, "Export data (Ctrl+E)", a::exportData));
        bar.setId("tool-bar");
        // The actions give way first: what does not fit goes into the toolbar's overflow menu (»),
        // while the search box and the theme switch keep their place at the right.
        bar.setMinWidth(0);
        HBox.setHgrow(bar, Priority.ALWAYS);
        search.setMinWidth(160);
        ToolBar always = new ToolBar(search, dark);
        always.setId("tool-bar-fixed");
        always.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(bar, always);
        top.getStyleClass().add("main-tool-bar");
        return top;
    }

    private static Separator separator() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }

    private static Node button(String id, Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }
}
