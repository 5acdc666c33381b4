package org.parley.ui.filter;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.controlsfx.control.RangeSlider;
import javafx.scene.control.DatePicker;
import org.parley.ui.controls.SearchField;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.FirstControl;
import org.parley.ui.support.LatestResult;
import org.parley.ui.support.ShortcutsThrough;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.parley.model.Actor;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.model.Place;
import org.parley.model.SourceFilter;
import org.parley.seed.Printable;
import org.parley.ui.state.ExplorerState;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The filter controls: kinds, actors and places as check lists, the papers, and a time range.
 * Reads from and writes to the explorer state's filter only, so filters set elsewhere ("filter by
 * this actor", a removed chip) show up here too.
 */
public final class FilterPane extends ScrollPane {

    private final ExplorerState state;
    /** A kind's row in the kinds list, in px. */
    private static final double KIND_ROW = 26;
    /** The actors' and the places' lists at their tallest, where the pane has the room, in px. */
    private static final double ACTORS_HEIGHT = 240;
    private static final double PLACES_HEIGHT = 200;
    /** A list at its shortest, about three names, however short the pane. */
    private static final double LIST_MIN_HEIGHT = 120;
    /** Room left above and below what is brought into view, in px: less than the gap above the field, so no sliver of the row above shows. */
    private static final double VIEW_MARGIN = 4;
    /** The gap between the rows of the actors' section, in px. */
    private static final double ACTOR_ROWS_GAP = 6;
    /** Layout passes left to bring "Find an actor" and the list under it into view (0: none asked). */
    private int revealingFinder;
    private final CheckListView<EventKind> kinds = new CheckListView<>();
    private final CheckListView<Actor> actors = new CheckListView<>();
    /** Narrows the actors' list to the names holding what is typed: 41 names, or 1,000, had to be scrolled through. */
    private final TextField actorFind = SearchField.create("Find an actor");
    /** Under the list, when it cannot show what was typed: who is so named and in no event, or that nobody is. */
    private final Label findNote = new Label();
    /** The actors worth a tick, in look-up order, ready to be narrowed. */
    private ActorFinder actorFinder = ActorFinder.NONE;
    /** The actors in no event, not offered, but looked for by name all the same (the papers' reporters). */
    private ActorFinder inNoEvent = ActorFinder.NONE;
    /** The narrowing over more actors than are matched at once (a list of that size costs more than a keystroke). */
    private final LatestResult<Found> finding =
            new LatestResult<>(BackgroundThread.compute(), this::showFound);
    private final CheckListView<Place> places = new CheckListView<>();
    private final ComboBox<SourceChoice> sources = new ComboBox<>();
    /** Whether the chosen actors are matched any of them or all together (what they share). */
    private final ToggleGroup actorMatch = new ToggleGroup();
    private final RadioButton anyActor = matchChoice("actor-match-any", "any",
            EventFilter.ActorMatch.ANY);
    private final RadioButton allActors = matchChoice("actor-match-all", "all",
            EventFilter.ActorMatch.ALL);
    private final RangeSlider range = new RangeSlider(0, 1, 0, 1);
    private final Label rangeLabel = new Label();
    /** Exact days, both inclusive: over decades the slider's steps are a month wide. */
    /** What is wrong with a day typed that is no day; empty and hidden when both read. */
    private final Label dayProblem = new Label();
    private final DatePicker fromDay = dayPicker("range-from", "First day", dayProblem);
    private final DatePicker toDay = dayPicker("range-to", "Last day", dayProblem);
    private final CheckBox roughlyDated = new CheckBox("Include events dated only to a month or coarser that "
            + "overlap these days");
    private final FilterChips chips;
    private LocalDate first = LocalDate.of(1990, 1, 1);
    private final LatestResult<Choices> choices =
            new LatestResult<>(BackgroundThread.compute(), this::showChoices);
    private boolean syncing;
    /** Beside each kind, actor and place: the events its tick alone in its list keeps, under the other filters. */
    private FacetCounts counts = FacetCounts.NONE;
    /** Told when {@link #counts} change, so each cell names its item again. */
    private final LongProperty countsChanged = new SimpleLongProperty();
    /** The counts again after a filter change, over more events than a filter applies at once. */
    private final LatestResult<Counted> counting =
            new LatestResult<>(BackgroundThread.compute(), this::showCounts);

    public FilterPane(ExplorerState state) {
        this.state = state;
        this.chips = new FilterChips(state);
        setId("filter-pane");
        getStyleClass().add("filter-pane");
        setFitToWidth(true);
        // Off the Mac, JavaFX lets Enter tick a focused check box. After a dialog the focus is back on
        // the box last clicked, and an Enter meant for nothing in particular filtered again unseen.
        // Space ticks, as in every toolkit.
        addEventFilter(KeyEvent.ANY, e -> {
            if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof CheckBox) {
                e.consume();
            }
        });

        kinds.setId("kind-filter");
        actors.setId("actor-filter");
        places.setId("place-filter");
        sources.setId("source-filter");
        range.setId("range-filter");
        // Every kind in view, so the list does not scroll inside the scrolling pane: the wheel over it had
        // moved the list by one kind instead of the pane to the filters below.
        kinds.setFixedCellSize(KIND_ROW);
        kinds.setPrefHeight(EventKind.values().length * KIND_ROW + 4);
        kinds.setMinHeight(Region.USE_PREF_SIZE);
        // No taller than the pane shows under "Find an actor" (and the places' list than the pane): at a
        // projector's 1280×720 the tab is about 230 px tall, and the 240 px list ran on below its edge, its own
        // scroll bar's lower end out of sight, while the pane had to be scrolled to see the names typing left.
        actors.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> fitted(ACTORS_HEIGHT, actorFind.getHeight() + ACTOR_ROWS_GAP
                        + (findNote.isVisible() ? findNote.getHeight() + ACTOR_ROWS_GAP : 0)),
                viewportBoundsProperty(), actorFind.heightProperty(), findNote.heightProperty(),
                findNote.visibleProperty()));
        actorFind.setId("actor-find");
        actorFind.textProperty().addListener((o, was, now) -> find(now));
        // Focused by Ctrl+Shift+F, a click or Tab: the field and the names under it in view, however the pane
        // stood (Tab had scrolled it just far enough to show the field at its bottom edge).
        actorFind.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                revealFinder();
            }
        });
        findNote.setId("actor-find-note");
        findNote.setWrapText(true);
        findNote.setMinHeight(Label.USE_PREF_SIZE);
        findNote.getStyleClass().add("text-muted");
        findNote.managedProperty().bind(findNote.visibleProperty());
        findNote.setVisible(false);
        // Empty: the line under the list says why (ListView's own "No content in table" would not).
        actors.setPlaceholder(new Label());
        places.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> fitted(PLACES_HEIGHT, 0),
                viewportBoundsProperty()));
        kinds.setCellFactory(lv -> new NamedCheckCell<>(kinds, k -> counted(k.label(), counts.kind(k)), countsChanged));
        actors.setCellFactory(lv -> new NamedCheckCell<>(actors, a -> counted(a.name(), counts.actor(a.id())), countsChanged));
        places.setCellFactory(lv -> new NamedCheckCell<>(places, p -> counted(p.name(), counts.place(p.id())), countsChanged));
        kinds.getItems().setAll(EventKind.values());

        range.setShowTickLabels(false);
        range.setBlockIncrement(30);
        range.lowValueChangingProperty().addListener((o, was, now) -> { if (!now) { pushRange(); } });
        range.highValueChangingProperty().addListener((o, was, now) -> { if (!now) { pushRange(); } });
        // The arrow keys move a thumb without a drag's "changing" flag: applied once the keys rest.
        PauseTransition keysRest = new PauseTransition(Duration.millis(250));
        keysRest.setOnFinished(e -> pushRange());
        InvalidationListener moved = o -> {
            updateRangeLabel();
            if (!syncing && !range.isLowValueChanging() && !range.isHighValueChanging()) {
                keysRest.playFromStart();
            }
        };
        range.lowValueProperty().addListener(moved);
        range.highValueProperty().addListener(moved);
        ShortcutsThrough.install(range);
        // The dataset's own focus period, not a week written into the program: another dataset's
        // "week" button jumped to January 2022 and showed nothing.
        Button week = new Button("Focus period");
        week.setId("range-focus");
        week.setOnAction(e -> focus().ifPresent(f -> setRange(f.first(), f.last().plusDays(1))));
        week.disableProperty().bind(Bindings.createBooleanBinding(
                () -> focus().isEmpty(), state.datasetProperty()));
        Button all = new Button("All time");
        all.setOnAction(e -> setRange(null, null));

        Button clear = new Button("Clear all filters", new FontIcon(Material2AL.CLEAR_ALL));
        clear.setId("clear-filters");
        clear.setOnAction(e -> state.filterProperty().set(EventFilter.NONE));
        clear.disableProperty().bind(Bindings.createBooleanBinding(
                () -> state.filterProperty().get().isEmpty(), state.filterProperty()));

        VBox content = new VBox(8,
                chips, clear,
                section("Papers", sources),
                section("Time", new VBox(6, range, rangeLabel, new HBox(6, fromDay, new Label("\u2013"), toDay),
                        dayProblem, new HBox(6, week, all), roughlyDatedChoice())),
                section("Kinds", kinds),
                section("Actors", new VBox(ACTOR_ROWS_GAP, matchRow(), actorFind, actors, findNote)),
                section("Places", places));
        content.setPadding(new Insets(8));
        setContent(content);
        chips.heightProperty().addListener((o, was, now) -> keepInPlaceBelow(content, now.doubleValue() - was.doubleValue()));
        // On a short pane the message under the day fields lay below its edge, and a bad day typed
        // showed only as a red border.
        dayProblem.visibleProperty().addListener((o, was, shown) -> {
            if (shown) {
                Platform.runLater(() -> scrollToShow(dayProblem));
            }
        });

        listenToChecks(kinds, Function.identity(), EventFilter::kinds, (f, s) -> f.withKinds(s));
        listenToChecks(actors, Actor::id, EventFilter::actors, (f, s) -> f.withActors(s));
        listenToChecks(places, Place::id, EventFilter::places, (f, s) -> f.withPlaces(s));
        actorMatch.selectedToggleProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                state.filterProperty().set(state.filterProperty().get()
                        .withActorMatch((EventFilter.ActorMatch) now.getUserData()));
            }
        });
        sources.valueProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                state.filterProperty().set(state.filterProperty().get().withSources(now.filter()));
            }
        });

        fromDay.valueProperty().addListener((o, was, now) -> pushDays());
        toDay.valueProperty().addListener((o, was, now) -> pushDays());
        state.datasetProperty().addListener((o, was, now) -> loadChoices(now));
        state.filterProperty().addListener((o, was, now) -> {
            showFilter(now);
            recount(now);
        });
        loadChoices(state.dataset());
    }

    /** Brings "Find an actor" and the list under it into sight with the keyboard in it, its text chosen to be typed over. */
    public void findActor() {
        // Made a moment ago by the tab's first showing and not styled yet: the pane holds its content only once it
        // has its skin, and until then the field is in no scene and cannot take the keyboard. The first
        // Ctrl+Shift+F of a session had left the keyboard on the pane, and the typing went nowhere.
        FirstControl.styleNow(this);
        actorFind.requestFocus();
        actorFind.selectAll();
        revealFinder();
    }

    /**
     * Asks the coming layout passes to scroll "Find an actor" to the top of the pane when it or the list under
     * it is out of view. At the layout, not now: the Filters tab just chosen has not been laid out at its size
     * yet, and the list takes its height from the pane's.
     */
    private void revealFinder() {
        revealingFinder = 3;
        requestLayout();
    }

    /** A list's height: {@code tallest}, or what the pane shows under {@code above} px of what goes with it. */
    private double fitted(double tallest, double above) {
        double view = getViewportBounds().getHeight();
        if (view <= 0) {
            return tallest;
        }
        return Math.max(LIST_MIN_HEIGHT, Math.min(tallest, view - above - 2 * VIEW_MARGIN));
    }

    private static TitledPane section(String title, Node body) {
        TitledPane pane = new TitledPane(title, body);
        pane.setAnimated(false);
        return pane;
    }

    private RadioButton matchChoice(String id, String text, EventFilter.ActorMatch match) {
        RadioButton choice = new RadioButton(text);
        choice.setId(id);
        choice.setUserData(match);
        choice.setToggleGroup(actorMatch);
        choice.setSelected(match == EventFilter.ActorMatch.ANY);
        return choice;
    }

    /**
     * "Match: any / all of the chosen actors". Ticking two actors keeps either one's events; a researcher
     * following two of them wants the events they share, what a line of the actor network stands for.
     */
    private Node matchRow() {
        Label match = new Label("Match:");
        Label rest = new Label("of the chosen actors");
        HBox row = new HBox(6, match, anyActor, allActors, rest);
        row.setId("actor-match");
        row.setAlignment(Pos.CENTER_LEFT);
        anyActor.setTooltip(new Tooltip("Keep events with any one of the actors ticked"));
        allActors.setTooltip(new Tooltip(
                "Keep only events every actor ticked takes part in: what they share"));
        return row;
    }

    /**
     * Keeps what lies below the chips where it was on the screen when they take more rows or fewer.
     * Scrolled down to the actors, ticking some made the chips wrap: the list slid down under the
     * pointer, and the next click ticked the actor above the one meant. At the top the chips stay in
     * sight instead. The chips are laid out after the scroll pane has placed its content for the new
     * height (keeping or clamping the distance from the top as it sees fit), so the distance is taken
     * from before that pass.
     */
    private void keepInPlaceBelow(Region content, double grown) {
        double hidden = content.getHeight() - getViewportBounds().getHeight();
        if (grown == 0 || scrolledAtLayout <= 0 || hidden <= 0) {
            return;
        }
        setVvalue(Math.max(0, Math.min(1, (scrolledAtLayout + grown) / hidden)));
    }

    /** How far down the content was scrolled, in pixels, as the pass that lays out the chips began. */
    private double scrolledAtLayout;

    @Override
    protected void layoutChildren() {
        if (getContent() instanceof Region content) {
            scrolledAtLayout = getVvalue() * Math.max(0, content.getHeight() - getViewportBounds().getHeight());
        }
        super.layoutChildren();
        // Once the pane and its content have their sizes (a tab shown for the first time is laid out over more than
        // one pass). Checked again at the next pass after a move, as the list's height follows the pane's and may
        // change the content's; done when a pass finds them in view, so a scroll of the user's is never undone later.
        if (revealingFinder > 0 && getViewportBounds().getHeight() > 0 && getContent() instanceof Region content
                && content.getHeight() > 0) {
            if (PaneScroll.showFromTop(this, actorFind, findNote.isVisible() ? findNote : actors, VIEW_MARGIN)) {
                revealingFinder = 0;
            } else {
                revealingFinder--;
                requestLayout();
            }
        }
    }

    /** "Meeting (12)": the name, and how many events its tick alone keeps under the other filters, once counted. */
    private String counted(String name, int events) {
        return counts == FacetCounts.NONE ? name : name + " (" + CountText.number(events) + ")";
    }

    /** The actors and places worth a tick (those of some event). */
    private record Choices(ActorFinder actors, ActorFinder inNoEvent, List<Place> places) {
    }

    /** The actors whose names hold what was typed, for that finder's list, and those so named in no event. */
    private record Found(ActorFinder finder, String typed, List<Actor> actors, List<Actor> inNoEvent) {
        static Found of(ActorFinder finder, ActorFinder inNoEvent, String typed) {
            return new Found(finder, typed, finder.matching(typed),
                    typed.isBlank() ? List.of() : inNoEvent.matching(typed));
        }
    }

    /** The counts of one dataset under one filter. */
    private record Counted(Dataset data, FacetCounts counts) {
    }

    /**
     * Counts what each tick would keep with the other filters as {@code f} has them: the time range narrowed
     * to one day, "Russia (29)" had still counted the whole week. At once over as many events as a filter is
     * applied at once, otherwise on the compute thread, the numbers shown until then staying.
     */
    private void recount(EventFilter f) {
        Dataset ds = state.dataset();
        if (ds == null) {
            return;
        }
        if (ds.events().size() <= ExplorerState.FILTER_AT_ONCE_LIMIT) {
            counting.discard();
            showCounts(new Counted(ds, FacetCounts.of(ds, f)));
        } else {
            counting.request(() -> new Counted(ds, FacetCounts.of(ds, f)));
        }
    }

    private void showCounts(Counted c) {
        if (c.data() != state.dataset()) {
            return;
        }
        counts = c.counts();
        countsChanged.set(countsChanged.get() + 1);
    }

    /*
     * Only what some event involves (an actor taking part or quoted): the bylines' Belgrade, Bratislava and Washington were offered
     * and, ticked, kept nothing. A place that holds a venue of some event stays (Brussels, for NATO
     * headquarters).
     */
    private static Choices choicesOf(Dataset ds) {
        Set<String> involved = new HashSet<>();
        Set<String> placed = new HashSet<>();
        for (Event e : ds.events()) {
            // As the filter counts them (Dataset.involves): a speaker quoted at an event and not listed among its
            // participants is in it, and had not been offered. The week lists every speaker; the ten actors it
            // leaves out are the papers' reporters and photographer, in no event.
            involved.addAll(ds.involved(e));
            placed.add(e.place());
            placed.addAll(e.refers());
        }
        ActorFinder actorList = new ActorFinder(ds.actors().stream().filter(a -> involved.contains(a.id())).toList());
        ActorFinder left = new ActorFinder(ds.actors().stream().filter(a -> !involved.contains(a.id())).toList());
        // Each place of an event, and what it lies within.
        Set<String> offered = new HashSet<>();
        for (String id : placed) {
            String up = id;
            while (!up.isEmpty() && offered.add(up)) {
                up = ds.place(up).map(Place::within).orElse("");
            }
        }
        List<Place> placeList = ds.places().stream().filter(p -> offered.contains(p.id()))
                .sorted(Comparator.comparing(Place::name)).toList();
        return new Choices(actorList, left, placeList);
    }

    private void showChoices(Choices c) {
        syncing = true;
        try {
            actorFinder = c.actors();
            inNoEvent = c.inNoEvent();
            places.getItems().setAll(c.places());
        } finally {
            syncing = false;
        }
        showFound(Found.of(actorFinder, inNoEvent, actorFind.getText()));
        showFilter(state.filterProperty().get());
        recount(state.filterProperty().get());
    }

    /**
     * Narrows the actors' list to the names holding {@code typed}: at once over as many actors as a filter
     * is applied at once (a substring test each, their spellings folded beforehand), otherwise on the compute
     * thread, the list as it was until then.
     */
    private void find(String typed) {
        if (syncing) {
            return;
        }
        ActorFinder finder = actorFinder;
        ActorFinder left = inNoEvent;
        if (finder.all().size() + left.all().size() <= ExplorerState.FILTER_AT_ONCE_LIMIT) {
            finding.discard();
            showFound(Found.of(finder, left, typed));
        } else {
            finding.request(() -> Found.of(finder, left, typed));
        }
    }

    private void showFound(Found found) {
        if (found.finder() != actorFinder) {
            return;
        }
        syncing = true;
        try {
            showActors(found.actors());
        } finally {
            syncing = false;
        }
        Optional<String> note = NoEventNote.line(found.typed(), found.actors(), found.inNoEvent());
        findNote.setText(note.orElse(""));
        findNote.setVisible(note.isPresent());
        // The ticks of the actors shown, from the filter, which keeps those hidden by the typing too.
        showFilter(state.filterProperty().get());
    }

    /**
     * The check model keeps ticks by index and not by actor, and a list replaced kept the old indices' ticks
     * (an index past the new end read as a null actor): cleared first, then ticked again from the filter.
     */
    private void showActors(List<Actor> shown) {
        actors.getCheckModel().clearChecks();
        actors.getItems().setAll(shown);
    }

    /**
     * A tick changes the filter for the items the list shows and keeps what it holds of the others: with the
     * actors narrowed to "grush", ticking Grushko had to keep Putin, ticked before and hidden by the typing.
     */
    private <T, K> void listenToChecks(CheckListView<T> list, Function<T, K> key, Function<EventFilter, Set<K>> chosen,
                                       BiFunction<EventFilter, Set<K>, EventFilter> apply) {
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            if (!syncing) {
                EventFilter f = state.filterProperty().get();
                Set<K> shown = list.getItems().stream().map(key).collect(Collectors.toSet());
                Set<K> keys = chosen.apply(f).stream().filter(k -> !shown.contains(k))
                        .collect(Collectors.toCollection(HashSet::new));
                list.getCheckModel().getCheckedItems().stream().filter(Objects::nonNull)
                        .forEach(item -> keys.add(key.apply(item)));
                state.filterProperty().set(apply.apply(f, keys));
            }
        });
    }

    private void loadChoices(Dataset ds) {
        syncing = true;
        try {
            showActors(List.of());
            places.getItems().clear();
            actorFinder = ActorFinder.NONE;
            inNoEvent = ActorFinder.NONE;
            finding.discard();
            findNote.setVisible(false);
            // Another dataset's actors: what was typed to find one of the last is no help.
            actorFind.clear();
            counts = FacetCounts.NONE;
            counting.discard();
            countsChanged.set(countsChanged.get() + 1);
            if (ds != null && ds.events().size() <= ExplorerState.FILTER_AT_ONCE_LIMIT) {
                choices.discard();
                Choices c = choicesOf(ds);
                actorFinder = c.actors();
                inNoEvent = c.inNoEvent();
                showActors(actorFinder.all());
                places.getItems().setAll(c.places());
            } else if (ds != null) {
                // A pass over 100,000 events' participants and places: on the compute thread, the lists following.
                choices.request(() -> choicesOf(ds));
            }
            sources.getItems().setAll(SourceChoice.all(ds));
            sources.getSelectionModel().selectFirst();
            Optional<DateRange> span = ds == null ? Optional.empty() : ds.span();
            if (span.isPresent()) {
                first = span.get().first();
                // The slider's high end is the first day after the range.
                range.setMax(first.until(span.get().last().plusDays(1), ChronoUnit.DAYS));
                range.setLowValue(0);
                range.setHighValue(range.getMax());
            }
        } finally {
            syncing = false;
        }
        showFilter(state.filterProperty().get());
        if (ds != null && ds.events().size() <= ExplorerState.FILTER_AT_ONCE_LIMIT) {
            recount(state.filterProperty().get());
        }
    }

    private void showFilter(EventFilter f) {
        syncing = true;
        try {
            check(kinds, k -> f.kinds().contains(k));
            check(actors, a -> f.actors().contains(a.id()));
            actorMatch.selectToggle(f.actorMatch() == EventFilter.ActorMatch.ALL ? allActors : anyActor);
            check(places, p -> f.places().contains(p.id()));
            sources.getItems().stream().filter(c -> c.filter().equals(f.sources())).findFirst()
                    .ifPresent(c -> sources.getSelectionModel().select(c));
            range.setLowValue(f.from() == null ? range.getMin() : dayIndex(f.from()));
            range.setHighValue(f.to() == null ? range.getMax() : dayIndex(f.to()));
            updateRangeLabel();
            fromDay.setValue(f.from() == null ? null : LocalDate.ofInstant(f.from(), zone()));
            // The filter's end is the first instant after the range; the picker names the last day in it.
            toDay.setValue(f.to() == null ? null : LocalDate.ofInstant(f.to(), zone()).minusDays(1));
            roughlyDated.setSelected(f.roughlyDated());
        } finally {
            syncing = false;
        }
    }

    private static <T> void check(CheckListView<T> list, Predicate<T> checked) {
        Set<T> want = list.getItems().stream().filter(checked).collect(Collectors.toCollection(HashSet::new));
        for (T item : list.getItems()) {
            if (want.contains(item) != list.getCheckModel().isChecked(item)) {
                if (want.contains(item)) {
                    list.getCheckModel().check(item);
                } else {
                    list.getCheckModel().clearCheck(item);
                }
            }
        }
    }

    private double dayIndex(Instant t) {
        return Math.max(range.getMin(), Math.min(range.getMax(),
                first.until(LocalDate.ofInstant(t, zone()), ChronoUnit.DAYS)));
    }

    /**
     * Days begin at midnight in the dataset's zone, as its focus period does: at midnight UTC, a day
     * chosen as Wednesday 12 January also let through an event of Thursday the 13th in Vienna.
     */
    private void setRange(LocalDate from, LocalDate to) {
        state.filterProperty().set(state.filterProperty().get().withRange(
                from == null ? null : from.atStartOfDay(zone()).toInstant(),
                to == null ? null : to.atStartOfDay(zone()).toInstant()));
    }

    private ZoneId zone() {
        Dataset ds = state.dataset();
        return ds == null ? ZoneOffset.UTC : ds.zone();
    }

    /** A day typed or picked: the range from its first day to the end of its last, an empty end open. */
    private void pushDays() {
        if (syncing) {
            return;
        }
        LocalDate from = fromDay.getValue();
        LocalDate to = toDay.getValue();
        if (from != null && to != null && to.isBefore(from)) {
            // Two days typed the wrong way round still name the days between them: "No days" kept
            // month-dated events and looked like a filter that let things through.
            LocalDate last = from;
            from = to;
            to = last;
        }
        setRange(from, to == null ? null : to.plusDays(1));
    }

    private static final PseudoClass UNREADABLE = PseudoClass.getPseudoClass("danger");

    /**
     * A day field that reads YYYY-MM-DD. Text that is no day keeps the filter as it was and says so
     * under the fields, the field outlined, until a day is typed: "13/01/2022" and "yesterday" had
     * been dropped or kept in the field in silence, the filter unchanged.
     */
    private static DatePicker dayPicker(String id, String prompt, Label problem) {
        problem.setId("range-day-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Label.USE_PREF_SIZE);
        problem.getStyleClass().add(Styles.DANGER);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(150);
        picker.setEditable(true);
        // Text that is no date keeps the day shown instead of throwing out of the picker.
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : day.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    said(picker, problem, null);
                    return null;
                }
                try {
                    LocalDate day = LocalDate.parse(text.strip());
                    if (DateRange.readable(day)) {
                        said(picker, problem, null);
                        return day;
                    }
                    // The day after +999999999-12-31 is no date; far years overflow the timeline's scale.
                    said(picker, problem, "\u201C" + Printable.brief(text.strip()) + "\u201D is beyond the days Parley "
                            + "draws: type a day between " + DateRange.EARLIEST + " and " + DateRange.LATEST
                            + ". The filter is as it was.");
                } catch (DateTimeParseException e) {
                    said(picker, problem, "\u201C" + Printable.brief(text.strip()) + "\u201D is not a day: type it as "
                            + "YYYY-MM-DD, e.g. 2022-01-12. The filter is as it was.");
                }
                // The picker writes its day back into the field after this; the typing stays, to be mended.
                String typed = text;
                Platform.runLater(() -> {
                    picker.getEditor().setText(typed);
                    picker.getEditor().positionCaret(typed.length());
                });
                return picker.getValue();
            }
        });
        return picker;
    }

    /** Scrolls the pane as little as shows all of {@code node}, or its top when it is taller than the pane. */
    private void scrollToShow(Node node) {
        layout();
        PaneScroll.showWhole(this, node);
    }

    /** One line under both fields, about the field typed in last that is no day; a good day clears its own only. */
    private static void said(DatePicker picker, Label problem, String message) {
        picker.pseudoClassStateChanged(UNREADABLE, message != null);
        if (message == null && problem.getProperties().get(UNREADABLE) != picker) {
            return;
        }
        problem.getProperties().put(UNREADABLE, message == null ? null : picker);
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
    }

    private void pushRange() {
        if (syncing) {
            return;
        }
        boolean full = range.getLowValue() <= range.getMin() && range.getHighValue() >= range.getMax();
        if (full) {
            setRange(null, null);
        } else {
            setRange(first.plusDays(Math.round(range.getLowValue())), first.plusDays(Math.round(range.getHighValue())));
        }
    }

    /**
     * The days the range lets through, both named inclusively: the slider's high end is the first day
     * after it, and the label once said "– 2022-01-14" for a range that ends with the 13th.
     */
    private void updateRangeLabel() {
        LocalDate from = first.plusDays(Math.round(range.getLowValue()));
        LocalDate to = first.plusDays(Math.round(range.getHighValue())).minusDays(1);
        rangeLabel.setText(to.isBefore(from) ? "No days" : from.equals(to) ? from.toString() : from + " – " + to);
    }

    /**
     * The one switch for the events a range overlaps that the papers date only to a month or coarser, and why they
     * are out by default: "Jan 2022" may be any of its days, so it does not answer what happened on the 12th
     * (decision 0167). A one-day range had kept them all, unsaid but for a note.
     */
    private Node roughlyDatedChoice() {
        roughlyDated.setId("range-roughly-dated");
        roughlyDated.setWrapText(true);
        roughlyDated.setMinHeight(Label.USE_PREF_SIZE);
        roughlyDated.selectedProperty().addListener((o, was, now) -> {
            if (!syncing) {
                state.keepRoughlyDated(now);
            }
        });
        Label note = new Label("An event dated \u201CJanuary 2022\u201D may be any of its days: a range keeps it when "
                + "it holds the whole month, or when this is ticked.");
        note.setId("range-overlap-note");
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE);
        note.getStyleClass().add("text-muted");
        return new VBox(4, roughlyDated, note);
    }

    private Optional<DateRange> focus() {
        Dataset ds = state.dataset();
        return ds == null ? Optional.empty() : ds.focus();
    }

    /** One entry of the papers menu. */
    record SourceChoice(String label, SourceFilter filter) {
        static List<SourceChoice> all(Dataset ds) {
            List<SourceChoice> choices = new ArrayList<>();
            // The week's two papers read as such; a dataset of many sources is not "either" or "both".
            boolean two = ds == null || ds.sources().size() <= 2;
            choices.add(new SourceChoice(two ? "Either paper" : "Any source", SourceFilter.ANY));
            if (ds != null) {
                ds.sources().forEach(s -> choices.add(new SourceChoice("Reported by " + ds.sourceName(s.id()),
                        SourceFilter.includes(s.id()))));
            }
            choices.add(new SourceChoice(two ? "Reported by both" : "Reported by every source", SourceFilter.ALL_SOURCES));
            choices.add(new SourceChoice("Reported by only one", SourceFilter.SINGLE_SOURCE));
            return choices;
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
