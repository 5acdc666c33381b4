package org.parley.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.parley.model.Dataset;
import org.parley.model.Source;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.ScrollingContent;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What is loaded: the dataset's title, its sources and how many of each record it holds. */
public final class DatasetOverview extends VBox {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM u", Locale.ENGLISH);

    public DatasetOverview(ExplorerState state) {
        super(10);
        setId("dataset-overview");
        setPadding(new Insets(12));
        state.datasetProperty().addListener((o, was, now) -> show(now));
        show(state.dataset());
    }

    /**
     * Help → About this dataset. A dataset of many sources scrolls within the dialog: the week's two
     * already filled a 560-px screen, and a third put the OK button below its edge.
     */
    static Alert show(Window owner, ExplorerState state) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About this dataset");
        about.setHeaderText(null);
        about.getDialogPane().setPrefWidth(560);
        ScrollingContent.set(about.getDialogPane(), new DatasetOverview(state), owner);
        about.show();
        return about;
    }

    private void show(Dataset ds) {
        getChildren().clear();
        if (ds == null) {
            getChildren().add(new Label("Loading…"));
            return;
        }
        Label title = new Label(ds.title());
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        Label description = new Label(ds.description());
        description.setWrapText(true);
        getChildren().addAll(title, description, new Label("Sources"));
        for (Source s : ds.sources()) {
            // A dateline is optional: a source without one had read "“Report 0”, , 28 January 2000".
            String where = s.dateline().isBlank() ? "" : s.dateline() + ", ";
            Label l = new Label(s.publisher() + " — “" + s.title() + "”, " + where + DATE.format(s.published()));
            l.setWrapText(true);
            l.getStyleClass().add("source-line");
            getChildren().add(l);
        }
        GridPane counts = new GridPane();
        counts.setId("dataset-counts");
        counts.setHgap(16);
        counts.setVgap(4);
        int row = 0;
        for (Object[] c : new Object[][] {{"Events", ds.events().size()}, {"Actors", ds.actors().size()},
                {"Places", ds.places().size()}, {"Quotes", ds.quotes().size()},
                {"Divergences", ds.divergences().size()}, {"Positions", ds.positions().size()},
                {"Sources", ds.sources().size()}}) {
            counts.addRow(row++, new Label((String) c[0]), new Label(c[1].toString()));
        }
        getChildren().add(counts);
    }
}
