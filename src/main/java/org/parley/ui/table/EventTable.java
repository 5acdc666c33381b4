package org.parley.ui.table;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.input.KeyCode;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Place;
import org.parley.model.Source;
import org.parley.ui.filter.NothingShared;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.LatestResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every visible event as a sortable table: the keyboard-first, screen-reader-friendly way to all
 * the data. Selection goes both ways through the explorer state.
 */
public final class EventTable extends TableView<Event> {

    public static final String STYLE_CLASS = "event-table";

    /** "Thu 20 May 2016" whole. */
    private static final double DATE_MIN = 150;
    private static final double TITLE_MIN = 180;
    private static final double SOURCES_MIN = 78;
    private static final double OTHER_MIN = 70;
    /**
     * The longest single word of a kind ("declaration") and of a lane ("NATO–Russia"): a wrapped
     * cell narrower than its longest word breaks inside it ("Stateme" / "nt").
     */
    private static final double KIND_MIN = 96;
    private static final double LANE_MIN = 108;
    /** The six minimums, with room for the vertical scroll bar. */
    private static final double ALL_COLUMNS_MIN = DATE_MIN + TITLE_MIN + SOURCES_MIN + OTHER_MIN + KIND_MIN + LANE_MIN + 20;

    /** Rows sorted at once, on the JavaFX thread; more are sorted on the compute thread (11,000 by title: 18–28 ms). */
    static final int SORT_AT_ONCE_LIMIT = 5_000;

    private final ExplorerState state;
    /** Each text column's text for an event, which is also what it sorts by. */
    private final Map<TableColumn<Event, ?>, BiFunction<Dataset, Event, String>> texts = new IdentityHashMap<>();
    /** The rows shown: the visible events, sorted as the columns say. */
    private EventRows rows = EventRows.inStoryOrder(List.of());
    private final LatestResult<EventRows> sorting = new LatestResult<>(BackgroundThread.compute(), true, this::show);
    /** The sort order the rows shown are in: columns and directions, as {@link #shownOrder()} names them. */
    private List<String> orderShown = List.of();
    private boolean syncing;
    /** The row to scroll to once the table is back in a window, or -1. */
    private int rowWhenBack = -1;

    public EventTable(ExplorerState state) {
        this.state = state;
        getStyleClass().add(STYLE_CLASS);
        setId("event-table");
        Label placeholder = new Label();
        placeholder.setId("event-table-empty");
        placeholder.setWrapText(true);
        placeholder.setTextAlignment(TextAlignment.CENTER);
        // Before the dataset is in (a large one is read for seconds), "no match" would be false.
        Runnable sayWhyEmpty = () -> placeholder.setText(state.datasetProperty().get() == null ? "Reading the events…"
                : NothingShared.note(state).orElse("No events match the filters."));
        state.datasetProperty().addListener(o -> sayWhyEmpty.run());
        state.visibleEventsProperty().addListener(o -> sayWhyEmpty.run());
        state.filterProperty().addListener(o -> sayWhyEmpty.run());
        state.keptMatchingAnyActorProperty().addListener(o -> sayWhyEmpty.run());
        sayWhyEmpty.run();
        VBox empty = new VBox(4, placeholder,
                NothingShared.link(state, "event-table-match-any"));
        empty.setAlignment(Pos.CENTER);
        empty.setPadding(new Insets(8));
        setPlaceholder(empty);
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Event, DateCell> date = EventTable.<DateCell>column("Date", 150, e -> new ReadOnlyObjectWrapper<>(new DateCell(e)),
                Comparator.naturalOrder());
        TableColumn<Event, String> title = textColumn("Title", 320, (ds, e) -> e.title());
        TableColumn<Event, String> kind = textColumn("Kind", 110, (ds, e) -> e.kind().label());
        TableColumn<Event, String> place = textColumn("Place", 120, EventTable::placeName);
        TableColumn<Event, String> sources = textColumn("Papers", 70, EventTable::sources);
        TableColumn<Event, String> lane = textColumn("Lane", 140, (ds, e) -> e.track().label());
        // A date and a title must read whole, whatever gives way: "Sun 9 J…" and "U.S.–Russia talks i…"
        // was all a 1280×720 window showed when every column shrank alike.
        date.setMinWidth(DATE_MIN);
        SharedTooltip tips = new SharedTooltip();
        date.setCellFactory(c -> {
            TableCell<Event, DateCell> cell = new TableCell<>() {
                @Override
                protected void updateItem(DateCell item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.toString());
                    tips.show(this, empty || item == null ? null : item.tip());
                }
            };
            // A time takes the row's second line: "Sat 7 Oct 2017, …" was all a timed event showed.
            cell.setWrapText(true);
            tips.follow(cell);
            return cell;
        });
        title.setMinWidth(TITLE_MIN);
        // A title wraps onto the row's second line, where it ended in "…" after one; so do a kind,
        // a place and a lane in a narrow column ("Decisi…" at 1920×1080).
        for (TableColumn<Event, String> words : List.of(title, kind, place, lane)) {
            words.setCellFactory(c -> new WrappingCell(tips));
        }
        sources.setMinWidth(SOURCES_MIN);
        place.setMinWidth(OTHER_MIN);
        kind.setMinWidth(KIND_MIN);
        lane.setMinWidth(LANE_MIN);
        getColumns().addAll(List.of(date, title, kind, place, sources, lane));
        // Where even the minimums do not fit, the kind (the timeline's colour) and the lane (its row)
        // step aside for the date, title, place and papers.
        widthProperty().addListener((o, was, now) -> {
            boolean roomy = now.doubleValue() >= ALL_COLUMNS_MIN;
            kind.setVisible(roomy);
            lane.setVisible(roomy);
        });

        state.visibleEventsProperty().addListener((o, was, now) -> reload(now));
        state.selectedEventProperty().addListener((o, was, now) -> showSelected(now));
        sceneProperty().addListener((o, was, now) -> {
            if (now != null && rowWhenBack >= 0) {
                int row = rowWhenBack;
                rowWhenBack = -1;
                // Styled and laid out with its new rows first: a position given to a flow sized for the old
                // ones had shown an actor's last rows, her first out of reach.
                Platform.runLater(() -> {
                    if (getScene() != null && row < getItems().size()) {
                        applyCss();
                        layout();
                        scrollTo(row);
                    }
                });
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                state.selectedEventProperty().set(now.id());
            }
        });
        RowCopy.install(this, state, e -> {
            Dataset ds = state.dataset();
            return List.of(new DateCell(e).toString(), e.title(), e.kind().label(), placeName(ds, e), sources(ds, e),
                    e.track().label());
        });
        setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                state.selectedEventProperty().set(null);
            }
        });
        // A click on a header sorts here too: the rows are this table's own, never sorted in place.
        setSortPolicy(table -> {
            reload(state.visibleEventsProperty().get());
            return true;
        });
        reload(state.visibleEventsProperty().get());
    }

    /*
     * The rows are sorted here, not by the SortedList the table shows: sorted by it, 100,000
     * events were sorted on the JavaFX thread at every filter change (0.15–0.45 s by title). Over a large
     * dataset the sort runs on the compute thread and the table keeps its rows until it is done;
     * in the story's order the visible events are wrapped as they are (decision 0091).
     */
    private void reload(List<Event> events) {
        List<EventRows.Key> keys = sortKeys();
        if (keys.isEmpty() || events.size() <= SORT_AT_ONCE_LIMIT) {
            sorting.discard();
            show(EventRows.sorted(events, keys));
        } else {
            sorting.request(() -> EventRows.sorted(events, keys));
        }
    }

    /** What the sort order asks for, with the dataset the texts are read from taken now, on the JavaFX thread. */
    private List<EventRows.Key> sortKeys() {
        Dataset ds = state.dataset();
        List<EventRows.Key> keys = new ArrayList<>();
        for (TableColumn<Event, ?> c : getSortOrder()) {
            BiFunction<Dataset, Event, String> text = texts.get(c);
            keys.add(new EventRows.Key(text == null ? null : e -> text.apply(ds, e),
                    c.getSortType() == TableColumn.SortType.DESCENDING));
        }
        return keys;
    }

    private void show(EventRows sortedRows) {
        // The reader's place, when only the rows changed (a filter), not their order: the row number
        // was kept, so among 100,000 events a kind ticked while reading October 2017 showed December 2024.
        List<String> order = shownOrder();
        Event top = order.equals(orderShown) ? firstShown() : null;
        orderShown = order;
        rows = sortedRows;
        syncing = true;
        try {
            // Let go first: given new items, the selection and focus models look for their old
            // row among them with equals, a deep comparison of every event (40 ms at 100,000).
            getSelectionModel().clearSelection();
            getFocusModel().focus(-1);
            // A SortedList that keeps its source's order: TableView clears the sort order the user
            // chose whenever its items are anything else.
            setItems(new SortedList<>(
                    FXCollections.unmodifiableObservableList(FXCollections.observableList(sortedRows.events()))));
        } finally {
            syncing = false;
        }
        String selected = state.selectedEventProperty().get();
        Dataset ds = state.dataset();
        boolean selectedAmongRows = selected != null && ds != null
                && ds.event(selected).map(rows::rowOf).orElse(-1) >= 0;
        if (top != null && !selectedAmongRows) {
            int row = rows.rowAtOrAfter(top);
            if (row >= 0 && !scrollWhenBack(row)) {
                // Once the skin has taken the new rows in: it sets the row count at its next layout,
                // and a position given before that is lost.
                layout();
                scrollTo(row);
            }
        }
        showSelected(selected);
    }

    /** The sort order as the columns now ask for it: each sorting column's name and direction. */
    private List<String> shownOrder() {
        return getSortOrder().stream().map(c -> c.getText() + " " + c.getSortType()).toList();
    }

    /** The event in the first row on screen, or null before any row is. */
    private Event firstShown() {
        if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            List<Event> shown = rows.events();
            if (first != null && first.getIndex() >= 0 && first.getIndex() < shown.size()) {
                return shown.get(first.getIndex());
            }
        }
        return null;
    }

    private void showSelected(String id) {
        syncing = true;
        try {
            if (id == null) {
                getSelectionModel().clearSelection();
                return;
            }
            Dataset ds = state.dataset();
            int row = ds == null ? -1 : ds.event(id).map(rows::rowOf).orElse(-1);
            if (row < 0) {
                getSelectionModel().clearSelection();
                return;
            }
            getSelectionModel().clearAndSelect(row);
            // Brought into view only when out of it: a row clicked in the middle of the table had
            // jumped two rows down, leaving another row under the pointer.
            if (!inView(row) && !scrollWhenBack(Math.max(0, row - 3))) {
                scrollTo(Math.max(0, row - 3));
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Out of the window (at 1280×720 the table has a tab of its own, and leaves the window while
     * another is chosen) a scroll goes to a flow that cannot lay its new rows out: it is kept for
     * the table's return instead. Returns whether it was kept.
     */
    private boolean scrollWhenBack(int row) {
        if (getScene() != null) {
            return false;
        }
        rowWhenBack = row;
        return true;
    }

    /** Whether row {@code row} is shown whole, not only cut at the top or bottom edge. */
    private boolean inView(int row) {
        if (getScene() != null && lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            return first != null && last != null && row > first.getIndex() && row < last.getIndex();
        }
        return false;
    }

    private static String placeName(Dataset ds, Event e) {
        return ds == null ? e.place() : ds.place(e.place()).map(Place::name).orElse("");
    }

    private static String sources(Dataset ds, Event e) {
        Set<String> ids = e.evidence().stream().map(Evidence::source).collect(Collectors.toSet());
        if (ds == null) {
            return String.join(", ", ids);
        }
        return ds.sources().stream().filter(s -> ids.contains(s.id())).map(EventTable::shortName)
                .collect(Collectors.joining(", "));
    }

    private static String shortName(Source s) {
        // "The Washington Post" → "WP": the table column is narrow and both papers are well known.
        return s.publisher().replaceFirst("^The ", "").chars().filter(Character::isUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static <T> TableColumn<Event, T> column(String name, double width,
                                                    Function<Event, ObservableValue<T>> value,
                                                    Comparator<T> order) {
        TableColumn<Event, T> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setComparator(order);
        return c;
    }

    private TableColumn<Event, String> textColumn(String name, double width, BiFunction<Dataset, Event, String> text) {
        TableColumn<Event, String> c = EventTable.<String>column(name, width,
                e -> new ReadOnlyStringWrapper(text.apply(state.dataset(), e)), (a, b) -> EventRows.readingKey(a).compareTo(EventRows.readingKey(b)));
        texts.put(c, text);
        return c;
    }

    /** A date shown at its own precision but sorted in the story's order (date, then position in the day). */
    record DateCell(Event event) implements Comparable<DateCell> {
        @Override
        public int compareTo(DateCell o) {
            return Dataset.NARRATIVE_ORDER.compare(event, o.event);
        }

        /** "≈" before a day the curator inferred, as on the timeline's cards. */
        @Override
        public String toString() {
            return (event.inferred() ? "\u2248 " : "") + event.time().compactLabel();
        }

        /**
         * What the compact date leaves out: the venue's time zone, a range's repeats, and for an
         * inferred event, why it stands on that day. Null when the cell already says it all.
         */
        String tip() {
            String full = event.time().label();
            if (event.inferred()) {
                return full + "\n\u2248 inferred: " + event.note();
            }
            return full.equals(toString()) ? null : full;
        }
    }

    /**
     * A cell whose text wraps onto the row's second line; the rare text longer still keeps rows
     * even (a projector's table shows five of them) and says itself whole in a tooltip.
     */
    private static final class WrappingCell extends TableCell<Event, String> {

        private final SharedTooltip tips;

        WrappingCell(SharedTooltip tips) {
            this.tips = tips;
            setWrapText(true);
            tips.follow(this);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            tips.show(this, empty ? null : item);
        }

        /**
         * Wrapping breaks a word wider than the column inside it ("Brussel" over "s", at 1280×720):
         * such a text stays on one line and ends in "…" instead, its whole in the tooltip.
         */
        @Override
        protected void layoutChildren() {
            boolean wrap = getText() == null || everyWordFits(getText());
            if (wrap != isWrapText()) {
                setWrapText(wrap);
            }
            super.layoutChildren();
        }

        private boolean everyWordFits(String text) {
            double room = getWidth() - snappedLeftInset() - snappedRightInset();
            WORD_PROBE.setFont(getFont());
            for (String word : text.split("\\s+")) {
                WORD_PROBE.setText(word);
                if (WORD_PROBE.getLayoutBounds().getWidth() > room) {
                    return false;
                }
            }
            return true;
        }

        /** Measures words; cells are laid out on the JavaFX thread only. */
        private static final Text WORD_PROBE = new Text();
    }
}
