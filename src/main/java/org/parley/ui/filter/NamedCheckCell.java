package org.parley.ui.filter;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;

import java.util.function.Function;

/**
 * A check-list cell that shows an item by name rather than by {@code toString()}, named again when
 * {@code renamed} changes (the counts beside the names after a filter change). The cell keeps its box:
 * a refreshed list made new cells, and the box a user had just ticked with Space lost the focus.
 */
final class NamedCheckCell<T> extends CheckBoxListCell<T> {

    /** Held by the cell, so the list's longer-lived source of names does not keep old cells alive. */
    private final InvalidationListener rename;

    NamedCheckCell(CheckListView<T> list, Function<T, String> name, Observable renamed) {
        super(list::getItemBooleanProperty);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("read-only");
            }
        });
        rename = o -> {
            if (!isEmpty() && getItem() != null) {
                setText(name.apply(getItem()));
            }
        };
        renamed.addListener(new WeakInvalidationListener(rename));
    }
}
