package org.parley.ui.source;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Reading;
import java.util.Optional;
import org.parley.model.Source;
import org.parley.model.Span;
import org.parley.render.Theme;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles as given, one at a time or side by side, with every evidence and quotation span
 * highlighted. Clicking a span selects its event; selecting an event anywhere scrolls each article
 * to it; search hits are marked. Observes and changes only the {@link ExplorerState}.
 */
public final class SourceReader extends BorderPane {

    public static final String STYLE_CLASS = "source-reader";
    /** Id of the toggle that shows all articles in columns. */
    public static final String SIDE_BY_SIDE_ID = "side-by-side";

    private final ExplorerState state;
    private final Map<String, ArticleView> views = new LinkedHashMap<>();
    private final Map<String, ToggleButton> sourceButtons = new LinkedHashMap<>();
    private final ToggleGroup sourceGroup = new ToggleGroup();
    private final ToggleButton sideBySide = new ToggleButton("Side by side");
    /** The papers' buttons and "Side by side", each whole, wrapping to as many rows as the pane needs. */
    private final FlowPane toolbar = new FlowPane();
    private final HBox columns = new HBox();

    public SourceReader(ExplorerState state) {
        this.state = state;
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(SourceReader.class.getResource("source.css").toExternalForm());
        sideBySide.setId(SIDE_BY_SIDE_ID);
        // Wraps rather than cuts: in a narrow pane "Side by side" goes to a second row, and the
        // papers' names stay whole (they were "The Washingto…" at 1280×720). Each button wraps on
        // its own: kept in one row, the two names claimed 340 px and ran past a 1024-px window.
        sideBySide.setMinWidth(Region.USE_PREF_SIZE);
        toolbar.getChildren().add(sideBySide);
        toolbar.getStyleClass().add("source-toolbar");
        setTop(toolbar);
        columns.getStyleClass().add("source-columns");

        sourceGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true); // one article is always showing
            } else {
                arrange();
            }
        });
        sideBySide.selectedProperty().addListener((o, was, now) -> arrange());
        state.datasetProperty().addListener((o, was, now) -> rebuild(now));
        state.selectedEventProperty().addListener((o, was, now) -> showEvent(now));
        state.searchProperty().addListener((o, was, now) -> showHits(now));
        state.selectedDivergenceProperty().addListener((o, was, now) -> showDifferences(now));
        state.darkProperty().addListener((o, was, now) -> applyTheme());
        rebuild(state.dataset());
    }

    private void rebuild(Dataset dataset) {
        views.clear();
        sourceButtons.clear();
        sourceGroup.getToggles().clear();
        toolbar.getChildren().retainAll(sideBySide);
        if (dataset == null || dataset.sources().isEmpty()) {
            Label empty = new Label("No articles loaded.");
            empty.getStyleClass().add("source-empty");
            setCenter(empty);
            return;
        }
        for (Source s : dataset.sources()) {
            ArticleView view = new ArticleView(s, ArticleMarks.of(dataset, s.id()), state.selectedEventProperty()::set);
            views.put(s.id(), view);
            ToggleButton b = new ToggleButton(s.publisher());
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setToggleGroup(sourceGroup);
            b.setUserData(s.id());
            b.getStyleClass().add("source-button");
            sourceButtons.put(s.id(), b);
            toolbar.getChildren().add(toolbar.getChildren().size() - 1, b);
        }
        applyTheme();
        sourceButtons.values().iterator().next().setSelected(true);
        arrange();
        showEvent(state.selectedEventProperty().get());
        showHits(state.searchProperty().get());
        // A reader built after a Compare card was chosen marks that card's words too.
        showDifferences(state.selectedDivergenceProperty().get());
    }

    private void arrange() {
        if (views.isEmpty()) {
            return;
        }
        sourceButtons.values().forEach(b -> b.setDisable(sideBySide.isSelected()));
        if (sideBySide.isSelected()) {
            List<ArticleView> all = new ArrayList<>(views.values());
            for (ArticleView v : all) {
                HBox.setHgrow(v, Priority.ALWAYS);
                v.setPrefWidth(0); // equal columns, whatever each article's natural width
                v.setMaxWidth(Double.MAX_VALUE);
            }
            columns.getChildren().setAll(all);
            setCenter(columns);
        } else {
            columns.getChildren().clear();
            setCenter(views.get(shownSourceId()));
        }
    }

    private String shownSourceId() {
        Object selected = sourceGroup.getSelectedToggle() == null ? null : sourceGroup.getSelectedToggle().getUserData();
        return selected == null ? views.keySet().iterator().next() : (String) selected;
    }

    private void showEvent(String eventId) {
        if (eventId != null && !sideBySide.isSelected() && !views.get(shownSourceId()).mentions(eventId)) {
            views.entrySet().stream().filter(e -> e.getValue().mentions(eventId)).findFirst()
                    .ifPresent(e -> sourceButtons.get(e.getKey()).setSelected(true));
        }
        views.values().forEach(v -> v.markCurrent(eventId));
    }

    private void showHits(SearchResults results) {
        Map<String, List<Span>> bySource = new LinkedHashMap<>();
        for (SearchResults.Hit hit : results == null ? List.<SearchResults.Hit>of() : results.hits()) {
            ArticleView view = hit.sourceId() == null ? null : views.get(hit.sourceId());
            // A hit from an index built on other texts may not fit this article; show none rather than a wrong one.
            if (view != null && hit.start() >= 0 && hit.end() > hit.start()
                    && hit.end() <= view.source().text().length()) {
                bySource.computeIfAbsent(hit.sourceId(), k -> new ArrayList<>()).add(new Span(hit.start(), hit.end()));
            }
        }
        if (!bySource.isEmpty() && !sideBySide.isSelected() && !bySource.containsKey(shownSourceId())) {
            sourceButtons.get(bySource.keySet().iterator().next()).setSelected(true);
        }
        views.forEach((id, v) -> v.markHits(bySource.getOrDefault(id, List.of())));
    }

    /** Marks, in each paper, its reading of the chosen divergence and the words where the two differ. */
    private void showDifferences(String divergenceId) {
        Dataset ds = state.dataset();
        Optional<Divergence> chosen = ds == null || divergenceId == null ? Optional.empty()
                : ds.divergences().stream().filter(d -> d.id().equals(divergenceId)).findFirst();
        views.values().forEach(v -> v.markDifferences(null, List.of()));
        if (chosen.isEmpty()) {
            return;
        }
        List<Reading> readings = chosen.get().readings();
        for (int i = 0; i < readings.size(); i++) {
            Reading mine = readings.get(i);
            ArticleView view = views.get(mine.source());
            if (view == null) {
                continue;
            }
            // Against the first reading from another paper: a divergence compares two papers.
            Optional<Reading> other = readings.stream().filter(r -> !r.source().equals(mine.source())).findFirst();
            List<Span> differing = other.map(o -> WordDiff.of(mine.text(), o.text()).inA()).orElse(List.of())
                    .stream().map(s -> new Span(mine.span().start() + s.start(), mine.span().start() + s.end()))
                    .filter(s -> s.end() <= view.source().text().length()).toList();
            view.markDifferences(mine.span(), differing);
        }
        if (views.size() > 1 && readings.stream().map(Reading::source).distinct().count() > 1) {
            sideBySide.setSelected(true);
        }
    }

    private void applyTheme() {
        Theme theme = state.darkProperty().get() ? Theme.DARK : Theme.LIGHT;
        views.values().forEach(v -> v.setTheme(theme));
    }

    /** The article shown for a source, for tests and for the window's "show source" actions. */
    ArticleView view(String sourceId) {
        return views.get(sourceId);
    }
}
