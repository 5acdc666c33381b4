package org.parley.ui.actors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.parley.model.EventFilter;
import org.parley.ui.state.ExplorerState;

import java.util.HashSet;
import java.util.Set;

/** What the panel can do with the selected actor, shared by its buttons and context menus. */
final class ActorActions {

    static final String FILTER_TEXT = "Filter by this actor";
    static final String CLEAR_TEXT = "Clear selection";

    private final ExplorerState state;
    private final BooleanBinding nothingSelected;

    ActorActions(ExplorerState state) {
        this.state = state;
        this.nothingSelected = Bindings.isNull(state.selectedActorProperty());
    }

    /** Adds the selected actor to the filter's actor facet (keeping the actors already there). */
    void filterBySelected() {
        String id = state.selectedActorProperty().get();
        if (id == null) {
            return;
        }
        EventFilter f = state.filterProperty().get();
        Set<String> actors = new HashSet<>(f.actors());
        if (actors.add(id)) {
            state.filterProperty().set(f.withActors(actors));
        }
    }

    void clearSelection() {
        state.selectedActorProperty().set(null);
    }

    BooleanBinding nothingSelected() {
        return nothingSelected;
    }

    static FontIcon filterIcon() {
        return new FontIcon(Material2AL.FILTER_ALT);
    }

    static FontIcon clearIcon() {
        return new FontIcon(Material2AL.CLEAR);
    }

    ContextMenu menu() {
        MenuItem filter = new MenuItem(FILTER_TEXT, filterIcon());
        filter.setOnAction(e -> filterBySelected());
        filter.disableProperty().bind(nothingSelected);
        MenuItem clear = new MenuItem(CLEAR_TEXT, clearIcon());
        clear.setOnAction(e -> clearSelection());
        clear.disableProperty().bind(nothingSelected);
        return new ContextMenu(filter, clear);
    }
}
