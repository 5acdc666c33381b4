package org.parley.ui.controls;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * ControlsFX's clearable search field, made to fit AtlantaFX. Its stylesheet derives colours from
 * Modena's looked-up colours, which AtlantaFX does not define, so the field would fall back to
 * broken paints; defining those names from AtlantaFX's variables keeps it in the theme, light or dark.
 * Escape empties it.
 */
public final class SearchField {

    private static final String MODENA_LOOKUPS = String.join(" ",
            "-fx-text-inner-color: -color-fg-default;",
            "-fx-control-inner-background: -color-bg-default;",
            "-fx-text-box-border: -color-border-default;",
            "-fx-focus-color: -color-accent-emphasis;",
            "-fx-faint-focus-color: transparent;",
            "-fx-accent: -color-accent-emphasis;",
            // Modena derives the prompt from the inner background, which is invisible on a dark one.
            "-fx-prompt-text-fill: -color-fg-muted;");

    private SearchField() {
    }

    public static TextField create(String prompt) {
        var field = (CustomTextField) TextFields.createClearableTextField();
        field.setStyle(MODENA_LOOKUPS);
        field.setPromptText(prompt);
        FontIcon icon = new FontIcon(Material2MZ.SEARCH);
        icon.getStyleClass().add("search-icon");
        field.setLeft(icon);
        // Escape empties the box, as a search box does elsewhere; an empty box lets Escape go on (a dialog's cancel).
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
        return field;
    }
}
