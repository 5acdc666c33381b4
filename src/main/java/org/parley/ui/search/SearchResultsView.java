package org.parley.ui.search;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.parley.store.SearchHit;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;

/** The search hits as a list; choosing one selects its event. */
public final class SearchResultsView extends VBox {

    private final ListView<SearchResults.Hit> list = new ListView<>();
    private final Label summary = new Label("Type in the search box (Ctrl+F) to search events, quotes and both articles.");

    public SearchResultsView(ExplorerState state) {
        super(6);
        setId("search-results");
        setPadding(new Insets(8));
        summary.setWrapText(true);
        list.setPlaceholder(new Label("No results."));
        list.setCellFactory(lv -> new HitCell());
        list.setMinWidth(0);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(summary, list);

        state.searchProperty().addListener((o, was, now) -> show(now));
        show(state.searchProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !now.eventId().isEmpty()) {
                state.selectedEventProperty().set(now.eventId());
            }
        });
    }

    private void show(SearchResults results) {
        list.getItems().setAll(results.hits().stream().filter(h -> !h.kind().equals("match")).toList());
        summary.setText(results.query().isBlank()
                ? "Type in the search box (Ctrl+F) to search events, quotes and both articles."
                : list.getItems().size() + (list.getItems().size() == 1 ? " result" : " results")
                        + " for “" + results.query() + "”");
    }

    /** A hit: its label, then its snippet with the matched words in bold. */
    private static final class HitCell extends ListCell<SearchResults.Hit> {
        @Override
        protected void updateItem(SearchResults.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(hit.kind() + " · " + hit.label());
            title.getStyleClass().add("text-bold");
            // Both lines wrap to the list's width: nothing runs past the right edge.
            title.setWrapText(true);
            title.setMinWidth(0);
            title.maxWidthProperty().bind(widthProperty().subtract(24));
            TextFlow snippet = new TextFlow();
            String s = hit.snippet().replace('\n', ' ');
            boolean inside = false;
            for (String part : s.split("(?=[" + SearchHit.MARK_START + SearchHit.MARK_END + "])")) {
                if (part.startsWith(SearchHit.MARK_START)) {
                    inside = true;
                    part = part.substring(1);
                } else if (part.startsWith(SearchHit.MARK_END)) {
                    inside = false;
                    part = part.substring(1);
                }
                Text t = new Text(part);
                t.getStyleClass().add(inside ? "search-match" : "search-context");
                if (inside) {
                    t.setStyle("-fx-font-weight: bold;");
                }
                snippet.getChildren().add(t);
            }
            snippet.setPrefWidth(1);
            snippet.maxWidthProperty().bind(widthProperty().subtract(24));
            setGraphic(new VBox(2, title, snippet));
            setText(null);
        }
    }
}
