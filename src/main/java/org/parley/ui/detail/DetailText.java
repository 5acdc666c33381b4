package org.parley.ui.detail;

import javafx.scene.control.Label;

/** Wrapped labels with a style class: the detail pane's only kind of text. */
final class DetailText {

    private DetailText() {
    }

    static Label of(String text, String... styleClasses) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE); // wrapped text must grow, never be elided
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    static Label heading(String text) {
        return of(text, "detail-heading");
    }

    static String quoted(String text) {
        return "“" + text + "”";
    }
}
