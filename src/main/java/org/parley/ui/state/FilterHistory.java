package org.parley.ui.state;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.parley.model.EventFilter;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The filters the user had before each change, so that a change can be taken back (Go → Undo filter
 * change) and made again. One "Clear all filters", a chip's cross or a stray click in a check list
 * threw away a filter built over minutes, with no way back but building it again. A new dataset
 * starts afresh: its actors and places are not the old ones. A reload (another program changed the
 * database) is no change of the user's either, and starts afresh too.
 *
 * <p>Each step keeps the event selected before it too: a filter that hid the selected event let go of
 * it, and taking the filter back left the researcher's event unselected, the detail and the source
 * reader blank, with no way back to it but finding it again.
 */
public final class FilterHistory {

    /** Changes kept: far more than anyone takes back, and a bound on what a long session holds. */
    static final int LIMIT = 200;

    private final ObjectProperty<EventFilter> filter;
    private final ExplorerState state;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private boolean stepping;

    /** Follows {@code state}'s filter; made after the state's own dataset listener, which resets the filter first. */
    FilterHistory(ExplorerState state, ObjectProperty<EventFilter> filter) {
        this.state = state;
        this.filter = filter;
        filter.addListener((o, was, now) -> {
            if (!stepping && !state.isReloading() && !was.equals(now)) {
                push(undo, new Step(was, state.selectionBeforeFilterChange()));
                redo.clear();
                update();
            }
        });
        state.datasetProperty().addListener((o, was, now) -> {
            undo.clear();
            redo.clear();
            update();
        });
    }

    /** Brings back the filters as they were before the last change; nothing when there is none. */
    public void undo() {
        step(undo, redo);
    }

    /** Makes again the change last taken back; nothing when there is none. */
    public void redo() {
        step(redo, undo);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void step(Deque<Step> from, Deque<Step> to) {
        if (from.isEmpty()) {
            return;
        }
        push(to, new Step(filter.get(), state.selectedEventProperty().get()));
        Step back = from.pop();
        stepping = true;
        try {
            filter.set(back.filter());
        } finally {
            stepping = false;
        }
        state.bringBackSelection(back.selectedEvent());
        update();
    }

    /** The filters before a change, and the event then selected (null when none was). */
    private record Step(EventFilter filter, String selectedEvent) {
    }

    private static void push(Deque<Step> stack, Step f) {
        stack.push(f);
        if (stack.size() > LIMIT) {
            stack.removeLast();
        }
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
