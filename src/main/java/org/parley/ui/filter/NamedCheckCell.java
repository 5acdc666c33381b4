package org.parley.ui.filter;

import javafx.scene.control.cell.CheckBoxListCell;
import org.controlsfx.control.CheckListView;

import java.util.function.Function;

/** A check-list cell that shows an item by name rather than by {@code toString()}. */
final class NamedCheckCell<T> extends CheckBoxListCell<T> {

    NamedCheckCell(CheckListView<T> list, Function<T, String> name) {
        super(list::getItemBooleanProperty);
        setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("read-only");
            }
        });
    }
}
