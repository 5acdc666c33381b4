package org.parley.ui.state;

import java.util.function.Predicate;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parley.model.Dataset;
import org.parley.model.DatasetPreview;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.Precision;
import org.parley.model.TimeSpan;
import org.parley.model.Track;
import org.parley.model.EventFilter;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.LatestResult;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one state every panel observes and changes: the dataset, the selection (event, actor,
 * place), the active filters, the search and the visible time window. Panels never talk to each
 * other; they talk to this. Lives on the JavaFX thread.
 */
public final class ExplorerState {

    /** Events up to which a filter is applied on the JavaFX thread, at once; beyond, in the background. */
    public static final int FILTER_AT_ONCE_LIMIT = 20_000;

    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    /**
     * The events around a large dataset's focus, while the dataset itself is read; null once it is in.
     * Only the timeline draws them, and the status bar says the rest is coming: every other panel
     * waits for the dataset, so nothing counts or lists a part as if it were the whole.
     */
    private final ObjectProperty<DatasetPreview> preview = new SimpleObjectProperty<>(this, "preview");
    private final StringProperty selectedEvent = new SimpleStringProperty(this, "selectedEvent");
    private final StringProperty selectedActor = new SimpleStringProperty(this, "selectedActor");
    private final StringProperty selectedPlace = new SimpleStringProperty(this, "selectedPlace");
    /**
     * The other end of a link chosen in the actor network, with {@link #selectedActor} its first end;
     * null when an actor alone is chosen. Let go of whenever the selected actor changes otherwise.
     */
    private final StringProperty selectedPartner = new SimpleStringProperty(this, "selectedPartner");
    /** True while {@link #chooseLink} sets the actor, whose change would otherwise let go of the partner. */
    private boolean choosingLink;
    /** While an actor is chosen from a search's hit: their event is one the search rings. */
    private boolean choosingFound;
    private final StringProperty selectedDivergence = new SimpleStringProperty(this, "selectedDivergence");
    private final ObjectProperty<Passage> passageToRead = new SimpleObjectProperty<>(this, "passageToRead");
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<SearchResults> search =
            new SimpleObjectProperty<>(this, "search", SearchResults.NONE);
    private final ObjectProperty<TimeWindow> timeWindow = new SimpleObjectProperty<>(this, "timeWindow");
    private final BooleanProperty utc = new SimpleBooleanProperty(this, "utc", false);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    /** Whether the open database cannot be written (its file or folder is read-only). */
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly", false);
    /** Why no data could be opened at all, or null: the panels say so instead of waiting for data that will not come. */
    private final StringProperty openFailure = new SimpleStringProperty(this, "openFailure");
    /** Whether no database is open at all (not even a damaged one): what would read or write one is greyed. */
    private final BooleanProperty noDatabase = new SimpleBooleanProperty(this, "noDatabase", false);
    /** Whether the database that could not be opened is damaged and has backups, one of which can take its place. */
    private final BooleanProperty backupsRestorable = new SimpleBooleanProperty(this, "backupsRestorable", false);
    /** What is being written in the background that the user waits for ("Writing the handout…"), or "". */
    private final StringProperty activity = new SimpleStringProperty(this, "activity", "");
    /** What {@link #beginActivity} was told is under way and has not ended, oldest first: its text and what quitting leaves. */
    private final LinkedHashMap<Object, Activity> underWay = new LinkedHashMap<>();
    /** Set while {@link #endUnfinished} ends a piece of work. */
    private boolean endingUnfinished;
    private final StringProperty activityIfQuit = new SimpleStringProperty(this, "activityIfQuit", DATABASE_UNCHANGED);

    private final ReadOnlyObjectWrapper<List<Event>> visibleEvents =
            new ReadOnlyObjectWrapper<>(this, "visibleEvents", List.of());
    /**
     * Whether the filter in force is still being applied in the background, so {@link #visibleEvents}
     * are still the previous filter's: a dialog that counts them says "counting…" until they arrive.
     */
    private final ReadOnlyBooleanWrapper filterPending =
            new ReadOnlyBooleanWrapper(this, "filterPending", false);
    /**
     * When the filter asks for its actors all together and keeps no event: how many it would keep matching any
     * of them, the other filters as they are; -1 otherwise. Found in the filter's own pass, so the views can
     * say what these actors do not share and what "Match any" would show without a pass of their own.
     */
    private final ReadOnlyIntegerWrapper keptMatchingAnyActor =
            new ReadOnlyIntegerWrapper(this, "keptMatchingAnyActor", -1);
    /**
     * How many of the events the other filters keep overlap the time range while dated only to a month or
     * coarser, whether the range keeps them or not (decision 0167): found in the filter's own pass.
     */
    private final ReadOnlyIntegerWrapper roughlyDatedInRange =
            new ReadOnlyIntegerWrapper(this, "roughlyDatedInRange", 0);
    /** Every dataset or filter change goes through refilter, so an answer for a replaced one never arrives. */
    private final LatestResult<Filtered> filtering;
    private final FilterHistory filterHistory;
    private boolean reloading;
    /** The event the filter change in hand let go of, for {@link FilterHistory} to bring back with the filter. */
    private String letGoByFilter;

    public ExplorerState() {
        this(BackgroundThread.compute());
    }

    /** @param worker where filters over more than {@link #FILTER_AT_ONCE_LIMIT} events are applied */
    public ExplorerState(BackgroundThread worker) {
        // A failed filter leaves the previous events shown (the log has why); it is no longer counting.
        filtering = new LatestResult<>(worker, true, this::show).onFailure(failure -> filterPending.set(false));

        dataset.addListener((o, was, now) -> {
            preview.set(null);
            selectedEvent.set(null);
            selectedActor.set(null);
            selectedPlace.set(null);
            selectedDivergence.set(null);
            passageToRead.set(null);
            filter.set(EventFilter.NONE);
            searchText.set("");
            search.set(SearchResults.NONE);
            refilter();
        });
        filter.addListener((o, was, now) -> refilter());
        // After the dataset's listener above, which resets the filter before the history starts afresh.
        filterHistory = new FilterHistory(this, filter);
        selectedEvent.addListener((o, was, now) -> {
            // A passage asked for belongs to the moment: a source reader built later turned to it, away from
            // the event chosen since (a stance's words, read behind the positions board).
            passageToRead.set(null);
            dropSelectionsUnrelatedTo(now);
        });
        selectedPlace.addListener((o, was, now) -> followPlace(now));
        selectedActor.addListener((o, was, now) -> {
            if (!choosingLink) {
                selectedPartner.set(null);
            }
            followActor(now);
        });
    }

    /*
     * One selection everywhere: choosing a place or an actor also chooses one of its events, the
     * first of the talks (unless the selected event already is one of theirs), so the table, the detail and the
     * source reader follow a map or network click; choosing an event that is not theirs lets go
     * of the place or actor, so no view keeps showing a stale one.
     */

    /**
     * A click on a place (map, menu): selects it and, as {@link #selectedPlaceProperty} does, one of
     * its events, even when the place was selected already and the event since let go (a second
     * click on the same marker had changed nothing and moved no view).
     */
    public void choosePlace(String place) {
        if (place != null && place.equals(selectedPlace.get())) {
            followPlace(place);
        } else {
            selectedPlace.set(place);
        }
    }

    /** As {@link #choosePlace}, for an actor (network, list, search). */
    public void chooseActor(String actor) {
        // The actor list echoes a link's first actor back through here while the link is chosen: kept.
        if (!choosingLink) {
            selectedPartner.set(null);
        }
        if (actor != null && actor.equals(selectedActor.get())) {
            followActor(actor);
        } else {
            selectedActor.set(actor);
        }
    }

    /**
     * As {@link #chooseActor}, for a search's hit: their first event the search rings, when it rings any of theirs.
     * "Sherman NOT Geneva" and Enter opened the Geneva talks, her first event, which the search had left out.
     */
    public void chooseActorFound(String actor) {
        choosingFound = true;
        try {
            chooseActor(actor);
        } finally {
            choosingFound = false;
        }
    }

    /**
     * A click on the link between two actors (the network's edge): selects {@code actor} with
     * {@code partner} beside it and, as {@link #chooseActor} does for one, the first event they share
     * ({@link #sharedBy}), unless the selected event already is one. The timeline rings what they share.
     */
    public void chooseLink(String actor, String partner) {
        choosingLink = true;
        try {
            selectedPartner.set(partner);
            if (actor.equals(selectedActor.get())) {
                followActor(actor);
            } else {
                selectedActor.set(actor);
            }
        } finally {
            choosingLink = false;
        }
    }

    /**
     * Lets go of the link chosen in the network, keeping its first actor and the selected event: the rings go
     * back to that actor's events. Nothing changes when no link is chosen.
     */
    public void letGoOfPartner() {
        selectedPartner.set(null);
    }

    /**
     * Filters to the events the chosen link's two actors share: the two, matched all together, in place of the
     * actors filtered before; the other filters stay. One filter change, so Undo takes it back. Nothing when no
     * link is chosen.
     */
    public void filterToChosenLink() {
        String actor = selectedActor.get();
        String partner = selectedPartner.get();
        if (actor != null && partner != null) {
            filter.set(filter.get().withActors(Set.of(actor, partner)).withActorMatch(EventFilter.ActorMatch.ALL));
        }
    }

    /**
     * How many events the filter would keep matching any of its actors, when it asks for them all together and
     * keeps none (-1 otherwise): what the views offer when the actors share nothing.
     */
    public ReadOnlyIntegerProperty keptMatchingAnyActorProperty() {
        return keptMatchingAnyActor.getReadOnlyProperty();
    }

    /**
     * How many events overlap the time range dated only to a month or coarser, among those the other filters keep:
     * left out unless the filter asks for them ({@link EventFilter#roughlyDated()}); 0 without a range.
     */
    public ReadOnlyIntegerProperty roughlyDatedInRangeProperty() {
        return roughlyDatedInRange.getReadOnlyProperty();
    }

    /** Keeps, or leaves out, the events dated only to a month or coarser that overlap the time range; undoable. */
    public void keepRoughlyDated(boolean keep) {
        filter.set(filter.get().withRoughlyDated(keep));
    }

    /** Keeps the events with any of the filtered actors rather than only those they share; one undoable filter change. */
    public void matchAnyActor() {
        filter.set(filter.get().withActorMatch(EventFilter.ActorMatch.ANY));
    }

    /** Whether the filter already keeps only what the chosen link's two actors share (false with no link chosen). */
    public boolean isFilteredToChosenLink() {
        String actor = selectedActor.get();
        String partner = selectedPartner.get();
        EventFilter f = filter.get();
        return actor != null && partner != null && f.wantsAllActors() && f.actors().equals(Set.of(actor, partner));
    }

    /**
     * Whether {@code e} is one {@code a} and {@code b} share ({@link Dataset#sharedBy}: as the actor network's
     * lines and the filter matching all actors count it). Reads only the immutable dataset, so any thread may test it.
     */
    public static Predicate<Event> sharedBy(Dataset ds, String a, String b) {
        return ds.sharedBy(a, b);
    }

    private void followPlace(String place) {
        if (place != null) {
            followWith(e -> isAtOrWithin(e, place));
        }
    }

    private void followActor(String actor) {
        String partner = selectedPartner.get();
        Dataset ds = dataset.get();
        if (actor != null && partner != null && ds != null) {
            followWith(sharedBy(ds, actor, partner));
        } else if (actor != null && ds != null) {
            Predicate<Event> theirs = e -> ds.involves(e, actor);
            Set<String> rung = choosingFound ? search.get().eventIds() : Set.of();
            Predicate<Event> theirsFound = theirs.and(e -> rung.contains(e.id()));
            followWith(!rung.isEmpty() && firstOf(theirsFound).isPresent() ? theirsFound : theirs);
        }
    }

    private void followWith(Predicate<Event> belongs) {
        Optional<Event> current = selectedEvent();
        if (current.isPresent() && belongs.test(current.get())) {
            return;
        }
        selectedEvent.set(firstOf(belongs).map(Event::id).orElse(null));
    }

    /*
     * Their first event of the talks while the focus is in the timeline's window, else their first
     * begun within the window, else the talks' or their first at all. Among 100,000 events over 24
     * years a click on a place while reading 2015 chose its first event of 2000, and the timeline
     * left the years being read.
     */
    private Optional<Event> firstOf(Predicate<Event> belongs) {
        Dataset ds = dataset.get();
        TimeWindow window = timeWindow.get();
        DateRange focus = ds == null ? null : ds.focus().orElse(null);
        Optional<Event> ofTheTalks = firstOfTheTalks(belongs, focus);
        boolean focusInView = window == null || focus == null || ds == null || focus.overlaps(
                LocalDateTime.ofInstant(window.start(), ds.zone()).toLocalDate(),
                LocalDateTime.ofInstant(window.end(), ds.zone()).toLocalDate());
        if (focusInView && ofTheTalks.isPresent()) {
            return ofTheTalks;
        }
        if (window != null) {
            for (Event e : visibleEvents.get()) {
                if (belongs.test(e) && e.time().startInstant().isBefore(window.end())
                        && !e.time().startInstant().isBefore(window.start())) {
                    return Optional.of(e);
                }
            }
        }
        return ofTheTalks.or(() -> visibleEvents.get().stream().filter(belongs).findFirst());
    }

    /*
     * Their first event of the focus period dated to the day, else their first touching the period
     * (a month that holds it); none when no event of theirs touches it. The story's order starts with
     * the background: a click on Brussels chose the missions shut in the fall of 2021, one on the
     * United States a situation dated only "Jan 2022", and the timeline left the week to show them;
     * "U.S. officials", with no event dated to a day of the week, chose 2008 over their "Jan 2022".
     */
    private Optional<Event> firstOfTheTalks(Predicate<Event> belongs, DateRange focus) {
        if (focus == null) {
            return Optional.empty();
        }
        Event inFocus = null;
        Event inFocusOfTheTalks = null;
        for (Event e : visibleEvents.get()) {
            if (!belongs.test(e) || !focus.overlaps(e.time().startDate(), e.time().lastDate())) {
                continue;
            }
            if (focus.contains(e.time().startDate()) && e.time().precision().atLeast(Precision.DAY)) {
                return Optional.of(e);
            }
            inFocus = inFocus == null ? e : inFocus;
            // Of two "Jan 2022" events, one on a lane of the talks before one of the background's.
            if (inFocusOfTheTalks == null && e.track() != Track.BACKGROUND) {
                inFocusOfTheTalks = e;
            }
        }
        return Optional.ofNullable(inFocusOfTheTalks != null ? inFocusOfTheTalks : inFocus);
    }

    private void dropSelectionsUnrelatedTo(String eventId) {
        Optional<Event> event = selectedEvent();
        if (eventId == null || event.isEmpty()) {
            // Let go of (Escape, Clear selection, a filter hiding it): the fact chosen with it goes too, or
            // its Compare card stayed marked and the articles kept marking its readings with nothing selected.
            // A fact naming no event is chosen without one, and stays.
            String divergence = selectedDivergence.get();
            Dataset ds = dataset.get();
            if (divergence != null && ds != null && ds.divergences().stream()
                    .anyMatch(d -> d.id().equals(divergence) && !d.events().isEmpty())) {
                selectedDivergence.set(null);
            }
            return;
        }
        String place = selectedPlace.get();
        if (place != null && !isAtOrWithin(event.get(), place)) {
            selectedPlace.set(null);
        }
        String actor = selectedActor.get();
        String partner = selectedPartner.get();
        if (actor != null && partner != null) {
            // A chosen link stays while the event is one the two share, one of them only quoted there too.
            if (!sharedBy(dataset.get(), actor, partner).test(event.get())) {
                selectedActor.set(null);
            }
        } else if (actor != null && !dataset.get().involves(event.get(), actor)) {
            selectedActor.set(null);
        }
        String divergence = selectedDivergence.get();
        if (divergence != null && dataset.get().divergences().stream()
                .noneMatch(d -> d.id().equals(divergence) && d.events().contains(eventId))) {
            selectedDivergence.set(null);
        }
    }

    /** An event is at a place when it happened there or is about it. */
    public static boolean isAt(Event e, String place) {
        return place.equals(e.place()) || e.refers().contains(place);
    }

    /** As {@link #isAt}, also counting a venue inside the place (NATO headquarters is in Brussels). */
    private boolean isAtOrWithin(Event e, String place) {
        if (isAt(e, place)) {
            return true;
        }
        Dataset ds = dataset.get();
        return ds != null && ds.place(e.place()).map(p -> place.equals(p.within())).orElse(false);
    }

    /*
     * A filter over a few thousand events takes well under a millisecond: it is applied at once,
     * so every view changes in the same pulse as the click. Over a large dataset it is a pass over
     * every event, which belongs on the compute thread; the views keep the previous events until
     * the new ones arrive, and an answer to a filter or dataset since replaced is dropped.
     */
    private void refilter() {
        letGoByFilter = null;
        Dataset ds = dataset.get();
        if (ds == null) {
            filtering.discard();
            show(new Filtered(List.of(), -1, 0));
            return;
        }
        EventFilter f = filter.get();
        // No filter keeps the dataset's own list, so views can tell "everything" without comparing.
        if (f.equals(EventFilter.NONE) || ds.events().size() <= FILTER_AT_ONCE_LIMIT) {
            filtering.discard();
            show(f.equals(EventFilter.NONE) ? new Filtered(ds.eventsInNarrativeOrder(), -1, 0) : filtered(ds, f));
        } else {
            filterPending.set(true);
            filtering.request(() -> filtered(ds, f));
        }
    }

    /**
     * What a filter keeps, what it would keep matching any of its actors when matching all of them keeps none, and
     * how many events overlap its range dated only to a month or coarser.
     */
    private record Filtered(List<Event> kept, int matchingAnyActor, int roughlyDatedInRange) {
    }

    private static Filtered filtered(Dataset ds, EventFilter f) {
        List<Event> kept = kept(ds, f);
        int matchingAny = kept.isEmpty() && f.wantsAllActors()
                ? (int) ds.events().stream().filter(f.withActorMatch(EventFilter.ActorMatch.ANY).in(ds)).count() : -1;
        int rough = (int) ds.events().stream().filter(f.withRoughlyDated(false).leftOutAsRoughlyDated(ds)).count();
        return new Filtered(kept, matchingAny, rough);
    }

    private static List<Event> kept(Dataset ds, EventFilter f) {
        return ds.eventsInNarrativeOrder().stream().filter(f.in(ds)).toList();
    }

    private void show(Filtered filtered) {
        // Cleared before the events are set: a listener to them reads the count as known.
        filterPending.set(false);
        keptMatchingAnyActor.set(filtered.matchingAnyActor());
        roughlyDatedInRange.set(filtered.roughlyDatedInRange());
        visibleEvents.set(filtered.kept());
        Dataset ds = dataset.get();
        Optional<Event> selected = selectedEvent();
        if (selected.isPresent() && !filter.get().in(ds).test(selected.get())) {
            letGoByFilter = selected.get().id();
            selectedEvent.set(null);
        }
    }

    /**
     * The event selected before the filter change in hand: the one selected still, or the one the
     * change hid (a filter over a few events is applied, and the selection let go of, before the
     * history hears of the change).
     */
    String selectionBeforeFilterChange() {
        return selectedEvent.get() != null ? selectedEvent.get() : letGoByFilter;
    }

    /**
     * Selects {@code event} again once the filters it was selected under are back (Undo filter
     * change), unless another event has been chosen since or the filters hide it.
     */
    void bringBackSelection(String event) {
        Dataset ds = dataset.get();
        if (event == null || ds == null || selectedEvent.get() != null) {
            return;
        }
        ds.event(event).filter(filter.get().in(ds)).ifPresent(e -> selectedEvent.set(e.id()));
    }

    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    /**
     * Shows {@code changed}, what the open database holds now that another program or a repair
     * changed it, keeping what the user was doing: filters, search, selections and the article
     * being read carry over as far as their actors, places, events and articles still exist, and
     * the views keep their place ({@link #isReloading()}). Another dataset (an import, a restored
     * backup) is set through {@link #datasetProperty()}, which starts afresh.
     */
    public void reload(Dataset changed) {
        EventFilter keptFilter = filter.get();
        String event = selectedEvent.get();
        String divergence = selectedDivergence.get();
        String place = selectedPlace.get();
        String actor = selectedActor.get();
        Passage reading = passageToRead.get();
        reloading = true;
        try {
            dataset.set(changed);
            if (changed == null) {
                return;
            }
            filter.set(keptFilter
                    .withActors(existing(keptFilter.actors(), id -> changed.actor(id).isPresent()))
                    .withPlaces(existing(keptFilter.places(), id -> changed.place(id).isPresent())));
            if (event != null && changed.event(event).filter(filter.get().in(changed)).isPresent()) {
                selectedEvent.set(event);
            }
            // As a selection let go of takes its fact with it: the fact stays only with its event, or with none.
            String kept = selectedEvent.get();
            if (divergence != null && changed.divergences().stream().anyMatch(d -> d.id().equals(divergence)
                    && (d.events().isEmpty() || kept != null && d.events().contains(kept)))) {
                selectedDivergence.set(divergence);
            }
            if (place != null && changed.place(place).isPresent()) {
                selectedPlace.set(place);
            }
            if (actor != null && changed.actor(actor).isPresent()) {
                selectedActor.set(actor);
            }
            if (reading != null && changed.source(reading.sourceId())
                    .filter(s -> reading.end() <= s.text().length()).isPresent()) {
                passageToRead.set(reading);
            }
        } finally {
            reloading = false;
        }
    }

    /**
     * True while {@link #reload} replaces the dataset: a view that starts afresh for a new dataset
     * (fits its week, empties the search box) keeps its place instead.
     */
    public boolean isReloading() {
        return reloading;
    }

    private static Set<String> existing(Set<String> ids, Predicate<String> exists) {
        return ids.stream().filter(exists).collect(Collectors.toUnmodifiableSet());
    }

    public Dataset dataset() {
        return dataset.get();
    }

    public ObjectProperty<DatasetPreview> previewProperty() {
        return preview;
    }

    public StringProperty selectedEventProperty() {
        return selectedEvent;
    }

    public StringProperty activityProperty() {
        return activity;
    }

    /** What quitting during a change to the database loses, as the quit question says it. */
    public static final String DATABASE_UNCHANGED = "the database stays as it was before";

    /**
     * Says in {@link #activityProperty} that {@code what} is under way (the status bar shows it, and quitting
     * asks) until the returned action is run, which may be run more than once. Two at once (an import
     * started while a restore or a handout is written) each keep their place: the first to end had set
     * the activity to "" while the other went on, and quitting then asked nothing and cut it short.
     */
    public Runnable beginActivity(String what) {
        return beginActivity(what, DATABASE_UNCHANGED);
    }

    /** As {@link #beginActivity(String)}; {@code ifQuit} says what quitting meanwhile leaves ("no file is written"). */
    public Runnable beginActivity(String what, String ifQuit) {
        Object token = new Object();
        underWay.put(token, new Activity(what, ifQuit));
        // What quitting leaves is said first: a listener to the activity reads it.
        activityIfQuit.set(ifQuit);
        activity.set(what);
        return () -> {
            if (underWay.remove(token) != null) {
                Activity latest = NOTHING_UNDER_WAY;
                for (Activity still : underWay.values()) {
                    latest = still;
                }
                activityIfQuit.set(latest.ifQuit());
                activity.set(latest.what());
            }
        };
    }

    /**
     * Ends the work {@code ended} stands for, as running it does, saying it did not finish: it failed, or stopped to
     * ask something. A quit waiting for the work is then called off, for the user to read why.
     */
    public void endUnfinished(Runnable ended) {
        endingUnfinished = true;
        try {
            ended.run();
        } finally {
            endingUnfinished = false;
        }
    }

    /** Whether the work ending now, as a listener to {@link #activityProperty} hears, did not finish. */
    public boolean endingUnfinished() {
        return endingUnfinished;
    }

    /** A piece of work under way: what the status bar says, and what quitting meanwhile leaves. */
    private record Activity(String what, String ifQuit) {
    }

    private static final Activity NOTHING_UNDER_WAY = new Activity("", DATABASE_UNCHANGED);

    /** What quitting during {@link #activityProperty} leaves as it was, for the quit question. */
    public ReadOnlyStringProperty activityIfQuitProperty() {
        return activityIfQuit;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public StringProperty openFailureProperty() {
        return openFailure;
    }

    public BooleanProperty noDatabaseProperty() {
        return noDatabase;
    }

    public BooleanProperty backupsRestorableProperty() {
        return backupsRestorable;
    }

    public Optional<Event> selectedEvent() {
        Dataset ds = dataset.get();
        String id = selectedEvent.get();
        return ds == null || id == null ? Optional.empty() : ds.event(id);
    }

    public StringProperty selectedActorProperty() {
        return selectedActor;
    }

    /** The other end of a link chosen in the network, beside {@link #selectedActorProperty}; null when none. */
    public ReadOnlyStringProperty selectedPartnerProperty() {
        return selectedPartner;
    }

    public StringProperty selectedPlaceProperty() {
        return selectedPlace;
    }

    /** The divergence chosen in the Compare view, whose differing words the source reader marks. */
    public StringProperty selectedDivergenceProperty() {
        return selectedDivergence;
    }

    /** A passage the reader asked to read (a search hit in an article): the source reader shows it. */
    public ObjectProperty<Passage> passageToReadProperty() {
        return passageToRead;
    }

    /** Asks to read {@code passage}, again too: the same evidence clicked a second time turns to it anew. */
    public void readPassage(Passage passage) {
        passageToRead.set(null);
        passageToRead.set(passage);
    }

    public ObjectProperty<EventFilter> filterProperty() {
        return filter;
    }

    /** The filters before each change, to take a change back and make it again. */
    public FilterHistory filterHistory() {
        return filterHistory;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<SearchResults> searchProperty() {
        return search;
    }

    public ObjectProperty<TimeWindow> timeWindowProperty() {
        return timeWindow;
    }

    public BooleanProperty utcProperty() {
        return utc;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Events passing the filters, in narrative order. */
    /** True while the filter in force is applied in the background and the visible events are the previous filter's. */
    public ReadOnlyBooleanProperty filterPendingProperty() {
        return filterPending.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Event>> visibleEventsProperty() {
        return visibleEvents.getReadOnlyProperty();
    }


    /** True when the event exists and passes the filters; constant time, whatever the dataset's size. */
    public boolean isVisible(String eventId) {
        Dataset ds = dataset.get();
        Optional<Event> e = ds == null || eventId == null ? Optional.empty() : ds.event(eventId);
        return e.isPresent() && filter.get().in(ds).test(e.get());
    }

    /**
     * Selects the event after (step 1) or before (step −1) the selected one among the visible events.
     * With nothing selected, the first (or last) one the timeline shows, so a first press stays where
     * the reader is looking rather than jumping to the story's background decades earlier.
     */
    public void step(int direction) {
        List<Event> events = visibleEvents.get();
        if (events.isEmpty()) {
            return;
        }
        int index = visibleIndexOf(selectedEvent.get());
        int hiddenAt = index >= 0 ? -1 : hiddenIndexOf(events);
        int next = index >= 0 ? Math.max(0, Math.min(events.size() - 1, index + direction))
                // A selected event the filters hide (a search hit chosen anyway): the shown one beside it.
                : hiddenAt >= 0 ? Math.max(0, Math.min(events.size() - 1, direction > 0 ? hiddenAt : hiddenAt - 1))
                : firstInWindow(events, direction);
        selectedEvent.set(events.get(next).id());
    }

    /** Where the selected event, hidden by the filters, would stand among the visible ones; −1 when none is selected. */
    private int hiddenIndexOf(List<Event> events) {
        Optional<Event> e = selectedEvent();
        return e.isEmpty() ? -1 : -Collections.binarySearch(events, e.get(), Dataset.NARRATIVE_ORDER) - 1;
    }

    /**
     * The first (direction 1) or last visible event that begins in the timeline's window; the first
     * or last of all when none does. The events are in narrative order, which sorts by their start
     * day first: a binary search finds the window's first or last day, and only that day's events
     * are looked at one by one, however many the dataset holds.
     */
    private int firstInWindow(List<Event> events, int direction) {
        TimeWindow window = timeWindow.get();
        Dataset ds = dataset.get();
        int fallback = direction > 0 ? 0 : events.size() - 1;
        if (window == null || ds == null) {
            return fallback;
        }
        // Wall-clock times, as the timeline's days are drawn.
        LocalDateTime from = LocalDateTime.ofInstant(window.start(), ds.zone());
        LocalDateTime to = LocalDateTime.ofInstant(window.end(), ds.zone());
        if (direction > 0) {
            for (int i = firstStartingOn(events, from.toLocalDate()); i < events.size(); i++) {
                TimeSpan t = events.get(i).time();
                if (!t.start().isBefore(to)) {
                    break;
                }
                // Begun within it: a month-long background band that merely covers the window is not "in view".
                if (!t.start().isBefore(from)) {
                    return i;
                }
            }
        } else {
            for (int i = firstStartingOn(events, to.toLocalDate().plusDays(1)) - 1; i >= 0; i--) {
                TimeSpan t = events.get(i).time();
                if (t.start().toLocalDate().isBefore(from.toLocalDate())) {
                    break;
                }
                if (!t.start().isBefore(from) && t.start().isBefore(to)) {
                    return i;
                }
            }
        }
        return fallback;
    }

    /** The index of the first event whose start day is {@code day} or later (events in narrative order). */
    private static int firstStartingOn(List<Event> events, LocalDate day) {
        int low = 0;
        int high = events.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (events.get(mid).time().start().toLocalDate().isBefore(day)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Where the event stands among the visible events, or −1 when it is not among them. A binary
     * search, since they are in narrative order: a clicker stepping through 100,000 events does
     * not scan them at every press.
     */
    public int visibleIndexOf(String eventId) {
        Dataset ds = dataset.get();
        Optional<Event> e = ds == null || eventId == null ? Optional.empty() : ds.event(eventId);
        if (e.isEmpty()) {
            return -1;
        }
        int at = Collections.binarySearch(visibleEvents.get(), e.get(), Dataset.NARRATIVE_ORDER);
        return Math.max(at, -1);
    }

    /** A visible span of time, the main timeline's window. */
    public record TimeWindow(Instant start, Instant end) {
    }
}
