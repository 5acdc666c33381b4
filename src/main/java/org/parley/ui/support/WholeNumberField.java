package org.parley.ui.support;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * Makes an editable integer {@link Spinner} safe to type into: only digits can be typed, and what
 * is committed is clamped to the spinner's range, or left as it was when the field is empty. The
 * stock converter threw on "abc" and let 99999 reach listeners before its own clamp, with a stack
 * trace on the JavaFX thread and a saved file of another size than the field said.
 */
public final class WholeNumberField {

    private WholeNumberField() {
    }

    public static void limit(Spinner<Integer> spinner) {
        if (!(spinner.getValueFactory() instanceof SpinnerValueFactory.IntegerSpinnerValueFactory factory)) {
            throw new IllegalArgumentException("not an integer spinner");
        }
        int digits = String.valueOf(factory.getMax()).length();
        spinner.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0," + digits + "}") ? change : null));
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                String t = text == null ? "" : text.strip();
                if (!t.matches("\\d{1,9}")) {
                    return factory.getValue();
                }
                return Math.max(factory.getMin(), Math.min(factory.getMax(), Integer.parseInt(t)));
            }
        });
        // What the field shows after a commit (Enter, or leaving it) is the value kept, clamped or restored.
        Runnable showKept = () -> spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
        spinner.getEditor().addEventHandler(ActionEvent.ACTION, e -> Platform.runLater(showKept));
        spinner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                showKept.run();
            }
        });
    }
}
