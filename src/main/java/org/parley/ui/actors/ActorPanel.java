package org.parley.ui.actors;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.parley.ui.support.FirstControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.parley.ui.support.BackgroundThread;

import org.parley.ui.state.ExplorerState;

/**
 * The actor panel: who took part, as a searchable list grouped by camp or as a network of who met
 * whom, switched by a segmented toggle. It reads and changes only the explorer state: choosing an
 * actor sets {@code selectedActor}, and "Filter by this actor" adds it to the filter.
 */
public final class ActorPanel extends BorderPane {

    public static final String STYLE_CLASS = "actor-panel";

    private final ActorListView list;
    private final ActorNetworkView network;
    private final ToggleButton listToggle = new ToggleButton("List", new FontIcon(Material2AL.FORMAT_LIST_BULLETED));
    private final ToggleButton networkToggle = new ToggleButton("Network", new FontIcon(Material2AL.BUBBLE_CHART));

    public ActorPanel(ExplorerState state) {
        this(state, BackgroundThread.compute());
    }

    /** @param worker where the network and its layout are computed, off the JavaFX thread */
    public ActorPanel(ExplorerState state, BackgroundThread worker) {
        getStyleClass().add(STYLE_CLASS);
        ActorActions actions = new ActorActions(state);
        list = new ActorListView(state, actions);
        network = new ActorNetworkView(state, actions.menu(), worker);

        listToggle.setId("actorViewList");
        networkToggle.setId("actorViewNetwork");
        listToggle.getStyleClass().add(Styles.LEFT_PILL);
        networkToggle.getStyleClass().add(Styles.RIGHT_PILL);
        ToggleGroup views = new ToggleGroup();
        views.getToggles().addAll(listToggle, networkToggle);
        views.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                views.selectToggle(was);   // a segmented toggle always has one side chosen
            } else {
                setCenter(now == networkToggle ? network : list);
                FirstControl.markMain(this, getCenter());
            }
        });

        Button filter = iconButton("filterByActor", ActorActions.filterIcon(), ActorActions.FILTER_TEXT);
        filter.setOnAction(e -> actions.toggleFilter());
        filter.disableProperty().bind(actions.nothingToFilter());
        filter.getTooltip().textProperty().bind(actions.filterText());
        filter.accessibleTextProperty().bind(actions.filterText());
        // Lit while actors filter the events: a plain funnel looked off with "Filtered by 1 actor" below.
        state.filterProperty().addListener((o, was, now) -> light(filter, !now.actors().isEmpty()));
        light(filter, !state.filterProperty().get().actors().isEmpty());
        Button clear = iconButton("clearActorSelection", ActorActions.clearIcon(), ActorActions.CLEAR_TEXT);
        clear.setOnAction(e -> actions.clearSelection());
        clear.disableProperty().bind(actions.nothingSelected());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(0, listToggle, networkToggle, spacer, filter, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(clear, new Insets(0, 0, 0, 4));
        bar.setPadding(new Insets(0, 0, 6, 0));
        setTop(bar);
        setPadding(new Insets(8));
        listToggle.setSelected(true);
    }

    /** Shows the list of actors. */
    public void showList() {
        listToggle.setSelected(true);
    }

    /** Shows the network of actors. */
    public void showNetwork() {
        networkToggle.setSelected(true);
    }

    public boolean isShowingNetwork() {
        return networkToggle.isSelected();
    }

    ActorListView listView() {
        return list;
    }

    ActorNetworkView networkView() {
        return network;
    }

    private static void light(Button button, boolean on) {
        button.getStyleClass().remove(Styles.ACCENT);
        if (on) {
            button.getStyleClass().add(Styles.ACCENT);
        }
    }

    private static Button iconButton(String id, FontIcon icon, String text) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setTooltip(new Tooltip(text));
        b.setAccessibleText(text);
        return b;
    }
}
