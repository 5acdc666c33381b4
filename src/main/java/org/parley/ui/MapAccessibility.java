package org.parley.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.ui.state.ExplorerState;

/**
 * What a screen reader says for the map, which is drawn on a canvas and so has no text of its
 * own: the selected place, or the place of the selected event. Kept out of the map's code so the
 * map can be redrawn freely.
 */
final class MapAccessibility {

    private MapAccessibility() {
    }

    static void follow(Node map, ExplorerState state) {
        map.setAccessibleRole(AccessibleRole.TEXT);
        map.setAccessibleRoleDescription("Map");
        map.setAccessibleHelp("Plus and minus zoom, arrow keys pan, 0 resets the view");
        map.accessibleTextProperty().bind(Bindings.createStringBinding(() -> describe(state),
                state.selectedPlaceProperty(), state.selectedEventProperty(), state.datasetProperty()));
    }

    static String describe(ExplorerState state) {
        Dataset ds = state.dataset();
        if (ds == null) {
            return "Map, loading";
        }
        String placeId = state.selectedPlaceProperty().get();
        if (placeId == null) {
            placeId = state.selectedEvent().map(Event::place).orElse(null);
        }
        if (placeId == null || placeId.isEmpty()) {
            return "Map of " + ds.places().size() + " places; none selected";
        }
        String id = placeId;
        long events = ds.events().stream().filter(e -> id.equals(e.place())).count();
        return ds.place(placeId).map(Place::name).map(n -> "Selected: " + n + ", "
                + StatusBar.count((int) events, "event")).orElse("Map");
    }
}
