package org.parley.ui.table;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Place;
import org.parley.model.Source;
import org.parley.ui.state.ExplorerState;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every visible event as a sortable table: the keyboard-first, screen-reader-friendly way to all
 * the data. Selection goes both ways through the explorer state.
 */
public final class EventTable extends TableView<Event> {

    public static final String STYLE_CLASS = "event-table";

    private static final double DATE_MIN = 140;
    private static final double TITLE_MIN = 180;
    private static final double SOURCES_MIN = 78;
    private static final double OTHER_MIN = 70;
    /** The six minimums, with room for the vertical scroll bar. */
    private static final double ALL_COLUMNS_MIN = DATE_MIN + TITLE_MIN + SOURCES_MIN + 3 * OTHER_MIN + 20;

    private final ExplorerState state;
    /** The visible events as the table's rows, sorted as its columns say. */
    private SortedList<Event> sorted;
    private boolean syncing;

    public EventTable(ExplorerState state) {
        this.state = state;
        getStyleClass().add(STYLE_CLASS);
        setId("event-table");
        setPlaceholder(new Label("No events match the filters."));
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Event, DateCell> date = EventTable.<DateCell>column("Date", 150, e -> new ReadOnlyObjectWrapper<>(new DateCell(e)),
                Comparator.naturalOrder());
        TableColumn<Event, String> title = textColumn("Title", 320, Event::title);
        TableColumn<Event, String> kind = textColumn("Kind", 110, e -> e.kind().label());
        TableColumn<Event, String> place = textColumn("Place", 120, e -> placeName(e));
        TableColumn<Event, String> sources = textColumn("Papers", 70, e -> sources(e));
        TableColumn<Event, String> lane = textColumn("Lane", 140, e -> e.track().label());
        // A date and a title must read whole, whatever gives way: "Sun 9 J…" and "U.S.–Russia talks i…"
        // was all a 1280×720 window showed when every column shrank alike.
        date.setMinWidth(DATE_MIN);
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DateCell item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toString());
                // The compact date leaves out what the full label says: the venue's time zone, a range's repeats.
                setTooltip(empty || item == null || item.toString().equals(item.event().time().label()) ? null
                        : new Tooltip(item.event().time().label()));
            }
        });
        title.setMinWidth(TITLE_MIN);
        sources.setMinWidth(SOURCES_MIN);
        place.setMinWidth(OTHER_MIN);
        kind.setMinWidth(OTHER_MIN);
        lane.setMinWidth(OTHER_MIN);
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
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                state.selectedEventProperty().set(now.id());
            }
        });
        setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                state.selectedEventProperty().set(null);
            }
        });
        reload(state.visibleEventsProperty().get());
    }

    /*
     * The visible events are wrapped, not copied: setAll on a list of 100,000 rows first reports
     * every old row removed, then every new one added, and the sorted view replays both, all on
     * the JavaFX thread.
     */
    private void reload(List<Event> events) {
        syncing = true;
        try {
            if (sorted != null) {
                sorted.comparatorProperty().unbind();
            }
            sorted = new SortedList<>(FXCollections.unmodifiableObservableList(FXCollections.observableList(events)));
            sorted.comparatorProperty().bind(comparatorProperty());
            setItems(sorted);
        } finally {
            syncing = false;
        }
        showSelected(state.selectedEventProperty().get());
    }

    private void showSelected(String id) {
        syncing = true;
        try {
            if (id == null) {
                getSelectionModel().clearSelection();
                return;
            }
            // The sorted view maps the event's place among the visible events (found by binary search) to its row.
            int source = state.visibleIndexOf(id);
            List<? extends Event> shown = sorted.getSource();
            if (source < 0 || source >= shown.size() || !shown.get(source).id().equals(id)) {
                getSelectionModel().clearSelection();
                return;
            }
            int row = sorted.getViewIndex(source);
            getSelectionModel().clearAndSelect(row);
            scrollTo(Math.max(0, row - 3));
        } finally {
            syncing = false;
        }
    }

    private String placeName(Event e) {
        Dataset ds = state.dataset();
        return ds == null ? e.place() : ds.place(e.place()).map(Place::name).orElse("");
    }

    private String sources(Event e) {
        Dataset ds = state.dataset();
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
                                                    java.util.function.Function<Event, javafx.beans.value.ObservableValue<T>> value,
                                                    Comparator<T> order) {
        TableColumn<Event, T> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setComparator(order);
        return c;
    }

    private static TableColumn<Event, String> textColumn(String name, double width,
                                                         java.util.function.Function<Event, String> value) {
        return EventTable.<String>column(name, width, e -> new ReadOnlyStringWrapper(value.apply(e)),
                Comparator.naturalOrder());
    }

    /** A date shown at its own precision but sorted in the story's order (date, then position in the day). */
    record DateCell(Event event) implements Comparable<DateCell> {
        @Override
        public int compareTo(DateCell o) {
            return Dataset.NARRATIVE_ORDER.compare(event, o.event);
        }

        @Override
        public String toString() {
            return event.time().compactLabel();
        }
    }
}
