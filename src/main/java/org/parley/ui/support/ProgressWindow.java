package org.parley.ui.support;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The small window long work shows over the window that started it: what is being done, a bar, and
 * a Cancel. The import and the data export each say and cancel in their own way; the window is one.
 * Owned and not resizable, so {@link WindowSizeFix} sizes it to its content and centres it on its owner.
 */
public final class ProgressWindow {

    private final Stage stage = new Stage();
    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Button cancel = new Button("Cancel");

    /** @param idPrefix the nodes' ids are this and "-text", "-bar", "-cancel" */
    public ProgressWindow(Window owner, String title, String idPrefix) {
        stage.initOwner(owner);
        stage.initStyle(StageStyle.UTILITY);
        stage.setTitle(title);
        stage.setResizable(false);
        text.setId(idPrefix + "-text");
        text.setWrapText(true);
        text.setMaxWidth(420);
        text.setMinHeight(Label.USE_PREF_SIZE);
        bar.setId(idPrefix + "-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        cancel.setId(idPrefix + "-cancel");
        cancel.setCancelButton(true);
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, text, bar, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(440);
        stage.setScene(new Scene(root));
    }

    public Stage stage() {
        return stage;
    }

    public Label text() {
        return text;
    }

    public ProgressBar bar() {
        return bar;
    }

    public Button cancel() {
        return cancel;
    }

    /** Shows it over its owner, once. */
    public void show() {
        if (!stage.isShowing()) {
            CentredOnOwner.place(stage);
            stage.show();
        }
    }

    public void close() {
        stage.close();
    }
}
