package org.parley.ui.filter;

import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.parley.model.ActorOrder;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.Place;
import org.parley.model.SourceFilter;
import org.parley.ui.state.ExplorerState;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** The active filters as removable chips: one click on a chip drops that one value. */
public final class FilterChips extends FlowPane {

    public static final String STYLE_CLASS = "filter-chips";
    static final String PLACEHOLDER_STYLE_CLASS = "chip-placeholder";

    private final ExplorerState state;

    public FilterChips(ExplorerState state) {
        super(6, 6);
        this.state = state;
        setId("filter-chips");
        getStyleClass().add(STYLE_CLASS);
        state.filterProperty().addListener((o, was, now) -> rebuild());
        state.datasetProperty().addListener((o, was, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        EventFilter f = state.filterProperty().get();
        Dataset ds = state.dataset();
        // The filter's sets have no order of their own: the chips would swap places from one run to the next.
        f.kinds().stream().sorted().forEach(k -> chip("Kind: " + k.label(), () -> f.withKinds(without(f.kinds(), k))));
        List<String> actors = ds == null ? f.actors().stream().sorted().toList() : ActorOrder.ids(f.actors(), ds);
        actors.forEach(a -> chip("Actor: " + (ds == null ? a : ds.actor(a).map(x -> x.name()).orElse(a)),
                () -> f.withActors(without(f.actors(), a))));
        if (f.wantsAllActors()) {
            // Without it the chips read as for any of the actors, and the few events kept looked like a fault.
            chip("Actors: all together", () -> f.withActorMatch(EventFilter.ActorMatch.ANY));
        }
        placesInOrder(f.places(), ds).forEach(p -> chip("Place: " + (ds == null ? p : ds.place(p).map(x -> x.name()).orElse(p)),
                () -> f.withPlaces(without(f.places(), p))));
        if (f.sources().mode() != SourceFilter.Mode.ANY) {
            chip("Papers: " + describe(f.sources(), ds), () -> f.withSources(SourceFilter.ANY));
        }
        if (f.from() != null || f.to() != null) {
            // Days in the dataset's zone, as the time filter sets them.
            ZoneId zone = ds == null ? ZoneOffset.UTC : ds.zone();
            String from = f.from() == null ? null : LocalDate.ofInstant(f.from(), zone).toString();
            // The filter's end is the first moment after the range: the chip names the range's last day.
            String to = f.to() == null ? null : LocalDate.ofInstant(f.to().minusNanos(1), zone).toString();
            String range = from == null ? "up to " + to : to == null ? "from " + from : from.equals(to) ? from : from + " – " + to;
            // The range keeps the events dated only to a month or coarser that overlap it: said, as it was asked for.
            chip("Time: " + range + (f.roughlyDated() ? ", with the roughly dated" : ""), () -> f.withRange(null, null));
        }
        if (getChildren().isEmpty()) {
            // A row as tall as a chip holds the place: the first filter, ticked below, used to push
            // every list down a row, and a second quick click landed on the box above the one meant.
            FontIcon room = new FontIcon(Material2AL.CLOSE);
            room.setOpacity(0);   // a chip's own shape, so the row is exactly a chip's height
            Button none = new Button("No filters", room);
            none.setContentDisplay(ContentDisplay.RIGHT);
            none.getStyleClass().addAll(PLACEHOLDER_STYLE_CLASS, "small", "flat");
            none.setDisable(true);
            none.setFocusTraversable(false);
            getChildren().add(none);
        }
    }

    private static List<String> placesInOrder(Set<String> ids, Dataset ds) {
        Function<String, String> name = id -> ds == null ? id : ds.place(id).map(Place::name).orElse(id);
        return ids.stream().sorted(Comparator.comparing(name).thenComparing(Comparator.naturalOrder())).toList();
    }

    static String describe(SourceFilter s, Dataset ds) {
        return switch (s.mode()) {
            case ANY -> "either";
            case INCLUDES -> ds == null ? s.sourceId() : ds.sourceName(s.sourceId());
            case ALL_SOURCES -> ds == null || ds.sources().size() <= 2 ? "both" : "every source";
            case SINGLE_SOURCE -> "only one";
        };
    }

    private static <T> Set<T> without(Set<T> set, T value) {
        Set<T> copy = new HashSet<>(set);
        copy.remove(value);
        return copy;
    }

    private void chip(String text, Supplier<EventFilter> removed) {
        Button chip = new Button(text, new FontIcon(Material2AL.CLOSE));
        chip.getStyleClass().addAll("chip", "small");
        chip.setContentDisplay(ContentDisplay.RIGHT);
        chip.setAccessibleText("Remove filter " + text);
        chip.setOnAction(e -> state.filterProperty().set(removed.get()));
        getChildren().add(chip);
    }
}
