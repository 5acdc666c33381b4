package org.parley.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.parley.ui.state.ExplorerState;

/**
 * Covers the panels when no data could be opened: empty panels round a blank week read as data
 * still loading, or as a week without events. It says why, and how to open other data.
 */
final class NoDataNotice extends VBox {

    static final String REMEDY = "To open other data, quit Parley and start it again with --db and another file "
            + "(a new file starts with the bundled week).";

    NoDataNotice(ExplorerState state) {
        setId("no-data-notice");
        getStyleClass().add("no-data-notice");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        Label heading = new Label("No data open");
        heading.getStyleClass().add("title-2");
        Label why = new Label();
        why.setId("no-data-why");
        why.textProperty().bind(Bindings.createStringBinding(() -> {
            String failure = state.openFailureProperty().get();
            return failure == null ? "" : failure;
        }, state.openFailureProperty()));
        Label remedy = new Label(REMEDY);
        for (Label l : new Label[] {why, remedy}) {
            l.setWrapText(true);
            l.setMaxWidth(640);
        }
        getChildren().addAll(heading, why, remedy);
        visibleProperty().bind(state.openFailureProperty().isNotNull().and(state.datasetProperty().isNull()));
        managedProperty().bind(visibleProperty());
    }
}
