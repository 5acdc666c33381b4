package org.parley.ui.timeline;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import org.parley.model.Dataset;
import org.parley.model.Event;

/**
 * One tooltip for the whole timeline, re-texted for the event under the pointer: a tooltip per
 * event would mean a node per event.
 */
final class HoverTooltip {

    private final TimelineView view;
    private final Tooltip tooltip = new Tooltip();
    private String shownFor;

    HoverTooltip(TimelineView view) {
        this.view = view;
        tooltip.getStyleClass().add("timeline-tooltip");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
    }

    void showFor(String eventId, Node owner, double screenX, double screenY) {
        if (eventId.equals(shownFor) && tooltip.isShowing()) {
            return;
        }
        Dataset data = view.state().dataset();
        Event e = data == null ? null : data.event(eventId).orElse(null);
        if (e == null) {
            hide();
            return;
        }
        tooltip.setText(text(data, e));
        shownFor = eventId;
        tooltip.show(owner, screenX + 14, screenY + 18);
    }

    void hide() {
        shownFor = null;
        tooltip.hide();
    }

    String text() {
        return tooltip.getText();
    }

    static String text(Dataset data, Event e) {
        String place = e.place().isEmpty() ? "" : data.place(e.place()).map(p -> p.name()).orElse(e.place());
        return e.title() + "\n" + e.time().label() + (place.isEmpty() ? "" : " · " + place);
    }
}
