package org.parley.ui.table;

import javafx.scene.control.Cell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * One tooltip for many cells, holding the text of the cell under the pointer. A tooltip is a
 * popup window with its own scene: one per cell, or a new one per refill, was most of what making
 * the table's cells cost.
 */
final class SharedTooltip {

    private final Tooltip tip = new Tooltip();

    SharedTooltip() {
        // An inferred event's note runs to a paragraph: wrapped, not one line across the screen.
        tip.setWrapText(true);
        tip.setMaxWidth(480);
    }

    /** Shows {@code text} over {@code cell} while it is hovered, or nothing when it is null or empty. */
    void show(Cell<?> cell, String text) {
        boolean any = text != null && !text.isEmpty();
        cell.getProperties().put(SharedTooltip.class, any ? text : null);
        if (any && cell.isHover()) {
            tip.setText(text);
        }
        cell.setTooltip(any ? tip : null);
    }

    /** Makes {@code cell} hand its text to the tooltip as the pointer enters it. */
    void follow(Cell<?> cell) {
        cell.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            Object text = cell.getProperties().get(SharedTooltip.class);
            if (text != null) {
                tip.setText(text.toString());
            }
        });
    }
}
