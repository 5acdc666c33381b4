package org.parley.ui.search;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.NumberBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.store.ParleyStore;
import org.parley.store.SearchHit;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.Passage;
import org.parley.ui.state.SearchResults;
import org.parley.ui.support.SentenceStart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The search hits as a list; choosing one selects its actor or event, or opens its passage in the source reader. */
public final class SearchResultsView extends VBox {

    private final ListView<SearchResults.Hit> list = new ListView<>();
    private final Label summary = new Label("Type in the search box (Ctrl+F) to search events, actors, quotes and the articles.");
    private final Label noResults = new Label("No results.");
    /** "Did you mean “Stoltenberg”?" under a search that found nothing; a click searches for it. */
    private final Hyperlink suggestion = new Hyperlink();
    /**
     * Under a list cut to the best hits, "Show 200 more": with thousands of matches the rest had been out of
     * reach. Disabled from its click until the longer list comes.
     */
    private final Button more = new Button();
    private Runnable showMore = () -> { };
    /** The query and the count of hits listed before "Show more": the list then turns to the first new one. */
    private String queryBeforeMore;
    private int listedBeforeMore = -1;
    private final Consumer<String> searchFor;
    private final ExplorerState state;
    /** The listed hits whose events the filters hide: listed after the others, and said to be hidden. */
    private final Set<SearchResults.Hit> hidden = new HashSet<>();
    /** The event selected when the chosen hit was chosen: while it still is, the hit is current (see letGoOfAStaleHit). */
    private String eventWhenChosen;
    /** Whether a hit is being chosen now: the selection it makes is its own, not one made elsewhere. */
    private boolean choosing;

    /** @param searchFor runs a search for the text given, as typed into the search box */
    public SearchResultsView(ExplorerState state, Consumer<String> searchFor) {
        super(6);
        this.searchFor = searchFor;
        this.state = state;
        suggestion.setId("search-suggestion");
        noResults.setId("search-no-results");
        noResults.setWrapText(true);
        suggestion.managedProperty().bind(suggestion.visibleProperty());
        suggestion.setVisible(false);
        suggestion.setWrapText(true);
        setId("search-results");
        setPadding(new Insets(8));
        summary.setWrapText(true);
        summary.setMinHeight(Label.USE_PREF_SIZE); // the hint is two lines in the left pane, not one cut short
        list.setPlaceholder(noResults);
        list.setCellFactory(l -> new HitCell(l, hidden::contains));
        list.getStyleClass().add("search-hits");
        list.setMinWidth(0);
        VBox.setVgrow(list, Priority.ALWAYS);
        more.setId("search-more");
        more.managedProperty().bind(more.visibleProperty());
        more.setVisible(false);
        more.setMaxWidth(Double.MAX_VALUE);
        more.setOnAction(e -> {
            queryBeforeMore = state.searchProperty().get().query();
            listedBeforeMore = list.getItems().size();
            more.setDisable(true);
            showMore.run();
        });
        getChildren().addAll(summary, suggestion, list, more);

        state.searchProperty().addListener((o, was, now) -> show(now));
        // What the filters hide changes with them: the order and the marks follow.
        state.filterProperty().addListener((o, was, now) -> show(state.searchProperty().get()));
        show(state.searchProperty().get());
        state.selectedEventProperty().addListener((o, was, now) -> letGoOfAStaleHit());
        state.selectedActorProperty().addListener((o, was, now) -> letGoOfAStaleHit());
        state.passageToReadProperty().addListener((o, was, now) -> {
            if (now != null) {
                letGoOfAStaleHit();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            choosing = true;
            try {
                choose(now);
            } finally {
                choosing = false;
            }
            eventWhenChosen = state.selectedEventProperty().get();
        });
    }

    /** What "Show more" runs: the same search, listing a page more of its hits. */
    public void setOnShowMore(Runnable showMore) {
        this.showMore = showMore;
    }

    /** Selects the hit's actor or event, or reads its passage, as a click on it does. */
    private void choose(SearchResults.Hit now) {
        if (now != null && !now.actorId().isEmpty()) {
            // The actor, and with them their first event of the talks the search rings (ExplorerState follows).
            state.chooseActorFound(now.actorId());
        } else if (now != null && !now.eventId().isEmpty()) {
            state.selectedEventProperty().set(now.eventId());
        } else if (now != null && now.sourceId() != null && !now.sourceId().isEmpty()) {
            // A passage no event cites has no detail to show: it is read where it stands.
            state.readPassage(new Passage(now.sourceId(), now.start(), now.end()));
        }
    }

    /**
     * A hit stays marked as chosen only while what it chose is: another event, actor or passage chosen elsewhere
     * (the timeline, the map) unmarks it, or it looked current and a click on it, changing nothing, did nothing.
     */
    private void letGoOfAStaleHit() {
        SearchResults.Hit hit = list.getSelectionModel().getSelectedItem();
        if (hit == null || choosing) {
            return;
        }
        boolean current = Objects.equals(eventWhenChosen, state.selectedEventProperty().get())
                && (hit.actorId().isEmpty() || hit.actorId().equals(state.selectedActorProperty().get()))
                && (!hit.eventId().isEmpty() || !hit.actorId().isEmpty() || new Passage(hit.sourceId(), hit.start(), hit.end())
                        .equals(state.passageToReadProperty().get()));
        if (!current) {
            list.getSelectionModel().clearSelection();
        }
    }

    /** Opens the best result, as a click on it would; nothing when there is none. The typing stays in the search box. */
    public void openBest() {
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().clearSelection();
            list.getSelectionModel().selectFirst();
            list.scrollTo(0);
        }
    }

    /**
     * Opens the result after (1) or before (−1) the one open, as a click on it would; the first when none is.
     * Down and Up in the search box call it, so the results are walked while the typing stays there.
     */
    public void step(int direction) {
        int n = list.getItems().size();
        if (n == 0) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? 0 : Math.max(0, Math.min(n - 1, at + direction));
        if (next != at) {
            list.getSelectionModel().clearAndSelect(next);
        }
        list.scrollTo(Math.max(0, next - 1));
    }

    private void show(SearchResults results) {
        list.getItems().setAll(shownFirst(results.hits().stream().filter(h -> !h.kind().equals("match")).toList()));
        showMoreOffer(results);
        String better = results.suggestion();
        suggestion.setVisible(!better.isEmpty());
        suggestion.setText(better.isEmpty() ? "" : "Did you mean \u201C" + better + "\u201D?");
        suggestion.setOnAction(e -> searchFor.accept(better));
        // Nothing searched is not "no results".
        noResults.setVisible(!results.query().isBlank());
        // Where it looked: "No results." for a name neither paper prints had read as a search that failed.
        noResults.setText("No event, actor or quote, and no sentence of the articles, holds " + results.quotedQuery() + ".");
        Optional<String> problem = ParleyStore.searchProblem(results.query());
        summary.setText(results.query().isBlank()
                ? "Type in the search box (Ctrl+F) to search events, actors, quotes and the articles."
                : problem.isPresent() ? SentenceStart.of(problem.get()) + "."
                : (results.isCapped()
                        ? (results.isUnranked() ? "The first " : "The best ") + CountText.number(list.getItems().size())
                                + " of " + results.matchesSaid() + " results for " + results.quotedQuery()
                                + (results.isUnranked() ? ", " + SearchResults.UNRANKED : "")
                        : CountText.count(list.getItems().size(), "result") + " for " + results.quotedQuery()
                                + breakdown(list.getItems()))
                        + marked(list.getItems(), results.eventIds().size(), hidden(results))
                        + cut(results.query()));
    }

    /** "Show 200 more" while more matched than are listed; after a click, the list at the first hit it added. */
    private void showMoreOffer(SearchResults results) {
        int left = results.matches() - results.listed();
        more.setVisible(results.isCapped() && left > 0);
        more.setDisable(false);
        // While the count is made, how many are left is not known: no number that could be wrong.
        more.setText(results.counting() ? "Show more" : "Show " + CountText.number(Math.min(left, SearchService.PAGE)) + " more");
        if (results.query().equals(queryBeforeMore) && listedBeforeMore >= 0 && list.getItems().size() > listedBeforeMore) {
            list.scrollTo(listedBeforeMore);
        }
        queryBeforeMore = null;
        listedBeforeMore = -1;
    }

    /** Says that a sentence pasted whole was searched by its first words only, where its mark in the article stops. */
    private static String cut(String query) {
        int left = ParleyStore.searchWordsLeftOut(query);
        int most = ParleyStore.SEARCHED_WORDS_AT_MOST;
        return left == 0 ? "" : "; only its first " + most + " of " + (most + left) + " words are searched";
    }

    /**
     * The hits of events the filters show first, each group in its order of rank, and those they hide
     * after, marked: with filters on, the best hits of all came first, most of them hidden (all 200 for
     * "talks" among 100,000 events filtered to a month), so the list opened on events the timeline, map
     * and table do not show, and Enter opened one of them. A hit of no event (an actor, a passage) is shown.
     */
    private List<SearchResults.Hit> shownFirst(List<SearchResults.Hit> hits) {
        hidden.clear();
        Dataset ds = state.dataset();
        EventFilter f = state.filterProperty().get();
        if (ds == null || f.isEmpty() || hits.isEmpty()) {
            return hits;
        }
        Predicate<Event> passes = f.in(ds);
        List<SearchResults.Hit> shown = new ArrayList<>();
        List<SearchResults.Hit> rest = new ArrayList<>();
        for (SearchResults.Hit h : hits) {
            Optional<Event> e = h.eventId() == null || h.eventId().isEmpty()
                    ? Optional.empty() : ds.event(h.eventId());
            if (e.isPresent() && !passes.test(e.get())) {
                rest.add(h);
                hidden.add(h);
            } else {
                shown.add(h);
            }
        }
        shown.addAll(rest);
        return shown;
    }

    /** What the results are, so their count can be told from the status bar's count of events: " (6 actors, 20 quotes…)". */
    private static String breakdown(List<SearchResults.Hit> hits) {
        Map<String, Long> byKind = hits.stream().collect(Collectors.groupingBy(
                SearchResults.Hit::kind, Collectors.counting()));
        if (byKind.size() < 2) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String kind : List.of("actor", "event", "quote", "passage")) {
            long n = byKind.getOrDefault(kind, 0L);
            if (n > 0) {
                parts.add(CountText.count(n, kind.equals("passage") ? "article passage" : kind));
            }
        }
        return " (" + String.join(", ", parts) + ")";
    }

    /**
     * The status bar's count of events, in its words ({@link FoundEvents}), where it differs from the event
     * hits or the filters hide some: a quote or a passage marks its events too, and "29 events" here beside
     * "32 events marked" there read as a contradiction; so did "3 events marked" here beside "2 marked,
     * 1 hidden by the filters" there.
     */
    private static String marked(List<SearchResults.Hit> hits, int foundEvents, long hidden) {
        long eventHits = hits.stream().filter(h -> h.kind().equals("event")).count();
        return foundEvents <= eventHits && hidden == 0 ? "" : "; " + FoundEvents.said(foundEvents, hidden);
    }

    /** How many of the events {@code results} found the filters hide. */
    private long hidden(SearchResults results) {
        return FoundEvents.hidden(state.dataset(), state.filterProperty().get(), results.eventIds());
    }

    /**
     * A hit: its label, then its snippet with the matched words in bold. Both wrap to the list's
     * width, which they take as their preferred width too: the list sizes a cell from its preferred
     * height, and text that did not know its width claimed a line per word (a few hits filled the list).
     */
    private static final class HitCell extends ListCell<SearchResults.Hit> {

        /** The cell's padding and the list's scroll bar. */
        private static final double GUTTER = 30;

        private final Label title = new Label();
        private final TextFlow snippet = new TextFlow();
        private final VBox box = new VBox(2, title, snippet);
        private final Predicate<SearchResults.Hit> isHidden;

        HitCell(ListView<SearchResults.Hit> list, Predicate<SearchResults.Hit> isHidden) {
            this.isHidden = isHidden;
            // Inside the list's own padding, which grows as it takes the focus (its ring): a click on a
            // hit made the hits a few pixels too wide, and a sideways scroll bar took a line of the list.
            NumberBinding room = Bindings.createDoubleBinding(() -> Math.max(40,
                    list.getWidth() - list.getInsets().getLeft() - list.getInsets().getRight() - GUTTER),
                    list.widthProperty(), list.insetsProperty());
            title.getStyleClass().add("text-bold");
            title.setWrapText(true);
            title.setMinWidth(0);
            title.setMinHeight(Label.USE_PREF_SIZE);
            title.prefWidthProperty().bind(room);
            title.maxWidthProperty().bind(room);
            snippet.prefWidthProperty().bind(room);
            snippet.maxWidthProperty().bind(room);
            box.prefWidthProperty().bind(room);
            box.maxWidthProperty().bind(room);
        }

        @Override
        protected void updateItem(SearchResults.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            title.setText(hit.kind() + " · " + hit.label() + (isHidden.test(hit) ? " (hidden by the filters)" : ""));
            snippet.getChildren().clear();
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
            setGraphic(box);
        }
    }
}
