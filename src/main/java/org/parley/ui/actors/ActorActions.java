package org.parley.ui.actors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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
    static final String UNFILTER_TEXT = "Remove this actor from the filter";
    static final String CLEAR_FILTER_TEXT = "Show every actor's events (clear the actor filter)";
    static final String CLEAR_TEXT = "Clear selection";

    private final ExplorerState state;
    private final BooleanBinding nothingSelected;
    private final StringBinding filterText;
    private final BooleanBinding nothingToFilter;
    /** The actors in no event, as the list counts them: filtering by one would leave every panel empty. */
    private final ObjectProperty<Set<String>> inNoEvent = new SimpleObjectProperty<>(Set.of());

    ActorActions(ExplorerState state) {
        this.state = state;
        this.nothingSelected = Bindings.isNull(state.selectedActorProperty());
        // One button filters by the selected actor, takes them out again, or, with no one selected,
        // clears the actors a filter kept: the panel that set the filter can also undo it.
        this.filterText = Bindings.createStringBinding(() -> {
            String id = state.selectedActorProperty().get();
            Set<String> filtered = state.filterProperty().get().actors();
            return id != null ? (filtered.contains(id) ? UNFILTER_TEXT : FILTER_TEXT)
                    : filtered.isEmpty() ? FILTER_TEXT : CLEAR_FILTER_TEXT;
        }, state.selectedActorProperty(), state.filterProperty());
        this.nothingToFilter = Bindings.createBooleanBinding(() -> {
            String id = state.selectedActorProperty().get();
            Set<String> filtered = state.filterProperty().get().actors();
            return id == null ? filtered.isEmpty() : !filtered.contains(id) && inNoEvent.get().contains(id);
        }, state.selectedActorProperty(), state.filterProperty(), inNoEvent);
    }

    /** Set by the list when it has counted each actor's events. */
    ObjectProperty<Set<String>> inNoEventProperty() {
        return inNoEvent;
    }

    /**
     * Adds the selected actor to the filter's actor facet (keeping the actors already there), or
     * takes them out when they are in it; with no one selected, empties the facet.
     */
    void toggleFilter() {
        String id = state.selectedActorProperty().get();
        EventFilter f = state.filterProperty().get();
        Set<String> actors = new HashSet<>(f.actors());
        if (id == null) {
            actors.clear();
        } else if (!actors.remove(id)) {
            actors.add(id);
        }
        if (!actors.equals(f.actors())) {
            state.filterProperty().set(f.withActors(actors));
        }
    }

    /** What the filter button would do now, for its tooltip and a screen reader. */
    StringBinding filterText() {
        return filterText;
    }

    /** Nothing selected and no actor filtered, or the one selected is in no event: the filter button has nothing to do. */
    BooleanBinding nothingToFilter() {
        return nothingToFilter;
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
        filter.textProperty().bind(filterText);
        filter.setOnAction(e -> toggleFilter());
        filter.disableProperty().bind(nothingToFilter);
        MenuItem clear = new MenuItem(CLEAR_TEXT, clearIcon());
        clear.setOnAction(e -> clearSelection());
        clear.disableProperty().bind(nothingSelected);
        return new ContextMenu(filter, clear);
    }
}
