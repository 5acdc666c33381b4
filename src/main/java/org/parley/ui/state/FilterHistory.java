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
 */
public final class FilterHistory {

    /** Changes kept: far more than anyone takes back, and a bound on what a long session holds. */
    static final int LIMIT = 200;

    private final ObjectProperty<EventFilter> filter;
    private final Deque<EventFilter> undo = new ArrayDeque<>();
    private final Deque<EventFilter> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private boolean stepping;

    /** Follows {@code state}'s filter; made after the state's own dataset listener, which resets the filter first. */
    FilterHistory(ExplorerState state, ObjectProperty<EventFilter> filter) {
        this.filter = filter;
        filter.addListener((o, was, now) -> {
            if (!stepping && !state.isReloading() && !was.equals(now)) {
                push(undo, was);
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

    private void step(Deque<EventFilter> from, Deque<EventFilter> to) {
        if (from.isEmpty()) {
            return;
        }
        push(to, filter.get());
        stepping = true;
        try {
            filter.set(from.pop());
        } finally {
            stepping = false;
        }
        update();
    }

    private static void push(Deque<EventFilter> stack, EventFilter f) {
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
