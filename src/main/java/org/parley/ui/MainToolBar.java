package org.parley.ui;

import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Orientation;
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
import javafx.util.StringConverter;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.parley.layout.LaneMode;
import org.parley.model.DateRange;
import org.parley.ui.state.ExplorerState;

/** The toolbar: the most used actions of the menu, with icons and tooltips naming their shortcuts. */
final class MainToolBar {

    private MainToolBar() {
    }

    static HBox create(ExplorerState state, WindowActions a, TextField search,
                          ObjectProperty<LaneMode> laneMode,
                          BooleanProperty timelineKey) {
        ComboBox<LaneMode> lanes = new ComboBox<>();
        lanes.setId("lane-mode");
        lanes.getItems().setAll(LaneMode.values());
        lanes.setConverter(new StringConverter<>() {
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

        Button fitFocus = button("fit-week", Material2AL.DATE_RANGE, "Fit the focus period (Ctrl+1)", a::fitWeek);
        Button fitAll = button("fit-all", Material2AL.ALL_OUT, "Fit everything (Ctrl+2)", a::fitAll);
        // The tips name the open dataset's own days and years: the week's, or a year of coded events'.
        state.datasetProperty().addListener((o, was, now) -> {
            fitFocus.getTooltip().setText(now == null || now.focus().isEmpty() ? "Fit the focus period (Ctrl+1)"
                    : "Fit the focus period, " + now.focus().get().label() + " (Ctrl+1)");
            fitAll.getTooltip().setText(now == null || now.span().isEmpty() ? "Fit everything (Ctrl+2)"
                    : "Fit everything, " + years(now.span().get()) + " (Ctrl+2)");
        });
        Node present = button("present", Material2MZ.SLIDESHOW, "Present (F5)", a::present);
        Node exportImage = button("export-image", Material2AL.IMAGE, "Export image (Ctrl+Shift+E)", a::exportImage);
        Node exportData = button("export-data", Material2MZ.SAVE_ALT, "Export data (Ctrl+E)", a::exportData);
        // Until the dataset is in (a large one takes seconds) there is nothing to present or export.
        for (Node n : List.of(exportImage, exportData)) {
            n.disableProperty().bind(state.datasetProperty().isNull());
        }
        present.disableProperty().bind(MainMenu.noEvents(state));
        ToolBar bar = new ToolBar(
                fitFocus,
                fitAll,
                button("zoom-in", Material2MZ.ZOOM_IN, "Zoom in (Ctrl+=)", a::zoomIn),
                button("zoom-out", Material2MZ.ZOOM_OUT, "Zoom out (Ctrl+−)", a::zoomOut),
                lanes, utc, key);
        bar.setId("tool-bar");
        // The view's settings give way first: what does not fit goes into the toolbar's overflow menu
        // (»), from the right, and each is in the menus too. The previous and next event, the way
        // through the week, keep their place side by side with Present and the exports, what a class
        // is shown and takes away, the search box and the theme: as the last of the settings' bar, →
        // had gone into the menu first, the » between it and ← (at 2× on 1920×1080).
        bar.setMinWidth(0);
        HBox.setHgrow(bar, Priority.ALWAYS);
        search.setMinWidth(SEARCH_MIN);
        ToolBar always = new ToolBar(separator(),
                button("previous", Material2AL.ARROW_BACK, "Previous event (Alt+←)", a::previousEvent),
                button("next", Material2AL.ARROW_FORWARD, "Next event (Alt+→)", a::nextEvent),
                present, exportImage, exportData, separator(), search, dark);
        always.setId("tool-bar-fixed");
        always.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(bar, always);
        top.getStyleClass().add("main-tool-bar");
        searchGivesWayFirst(top, bar, always, search);
        return top;
    }

    /** The search box's narrowest: its icon, a short prompt and a word or two typed. */
    static final double SEARCH_MIN = 170;
    static final String SHORT_PROMPT = "Search (Ctrl+F)";

    /**
     * Below the width where everything fits, the search box narrows before any action goes into the
     * overflow menu, down to {@link #SEARCH_MIN}, and says "Search (Ctrl+F)" where its long prompt
     * would be cut. An HBox takes the shortfall from both toolbars alike, which sent Present into
     * the overflow menu at 1024 px while the search box kept its 300.
     */
    private static void searchGivesWayFirst(HBox top, ToolBar bar, ToolBar always, TextField search) {
        String prompt = search.getPromptText();
        double[] wanted = {-1};
        InvalidationListener fit = o -> {
            if (wanted[0] < 0) {
                wanted[0] = search.prefWidth(-1);
            }
            double others = always.prefWidth(-1) - search.prefWidth(-1);
            double room = top.getWidth() - top.snappedLeftInset() - top.snappedRightInset() - bar.prefWidth(-1) - others;
            double width = Math.max(SEARCH_MIN, Math.min(wanted[0], Math.floor(room)));
            search.setPrefWidth(width);
            search.setPromptText(width < wanted[0] - 0.5 ? SHORT_PROMPT : prompt);
        };
        top.widthProperty().addListener(fit);
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    /** "1990–2022", or one year. */
    static String years(DateRange r) {
        int a = r.first().getYear();
        int b = r.last().getYear();
        return a == b ? String.valueOf(a) : a + "–" + b;
    }

    private static Button button(String id, Ikon icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }
}
