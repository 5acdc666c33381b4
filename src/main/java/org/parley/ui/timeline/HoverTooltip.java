package org.parley.ui.timeline;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import org.parley.layout.ItemBox;
import org.parley.layout.PlacedLabel;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Modality;
import org.parley.ui.support.HideWithWindow;

/**
 * One tooltip for the whole timeline, re-texted for the event under the pointer: a tooltip per
 * event would mean a node per event.
 */
final class HoverTooltip {

    private final TimelineView view;
    private final Tooltip tooltip = new Tooltip();
    private final HideWithWindow leaving = new HideWithWindow(tooltip);
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
        leaving.watch(owner);
        tooltip.show(owner, screenX + 14, screenY + 18);
    }

    /** For a cluster or a density cell: how many events it stands for, and what a click does. */
    void showForCluster(ItemBox cluster, String period, Node owner, double screenX, double screenY) {
        String key = "cluster:" + cluster.lane() + ":" + cluster.row() + ":" + cluster.x0();
        if (key.equals(shownFor) && tooltip.isShowing()) {
            return;
        }
        tooltip.setText(cluster.count() + (cluster.count() == 1 ? " event" : " events") + ", " + period
                + "\nClick to zoom in and see them one by one.");
        shownFor = key;
        leaving.watch(owner);
        tooltip.show(owner, screenX + 14, screenY + 18);
    }

    /** Over a "+N": what it stands for, and that a click shows them. */
    void showForCount(PlacedLabel count, Node owner, double screenX, double screenY) {
        String key = "count:" + count.eventId() + ":" + count.x() + ":" + count.y();
        if (key.equals(shownFor) && tooltip.isShowing()) {
            return;
        }
        tooltip.setText(CountText.count(count.hiddenCount(), "more event")
                + " here, too close together for their titles.\nClick to zoom in and see them one by one.");
        shownFor = key;
        leaving.watch(owner);
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
        // The key may be folded away, so the tooltip names what the shape and style stand for.
        String what = e.kind().label() + (e.modality() == Modality.HAPPENED ? "" : " · " + e.modality().label());
        return e.title() + "\n" + e.time().label() + (place.isEmpty() ? "" : " · " + place) + "\n" + what;
    }
}
