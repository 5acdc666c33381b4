package org.parley.ui;

import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.parley.model.Actor;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.DatasetPreview;
import org.parley.model.EventFilter;
import org.parley.model.RoughlyDatedText;
import org.parley.model.SourceFilter;
import org.parley.seed.Printable;
import org.parley.ui.filter.NothingShared;
import org.parley.ui.search.FoundEvents;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.SearchResults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Counts shown of total, the active filters and the search, always in view. */
public final class StatusBar extends HBox {

    private final ExplorerState state;
    private final Label counts = new Label();
    /** The events a time range holds only when asked, dated only to a month or coarser, and the one switch. */
    private final Label roughlyDated = new Label();
    private final Hyperlink roughlyDatedSwitch = new Hyperlink();
    private final Label filters = new Label();
    private final Label search = new Label();
    /** Work the user waits for, with a spinner: a handout takes some seconds and wrote nothing visible meanwhile. */
    private final Label activity = new Label();

    public StatusBar(ExplorerState state) {
        super(16);
        this.state = state;
        setId("status-bar");
        getStyleClass().add("status-bar");
        setPadding(new Insets(4, 10, 4, 10));
        counts.setId("status-counts");
        filters.setId("status-filters");
        search.setId("status-search");
        // The counts and filters are what the bar is for: a long search text gives way, not they.
        counts.setMinWidth(Region.USE_PREF_SIZE);
        filters.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        activity.setId("status-activity");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.setMaxSize(14, 14);
        activity.setGraphic(spinner);
        activity.setMinWidth(Region.USE_PREF_SIZE);
        activity.textProperty().bind(state.activityProperty());
        activity.visibleProperty().bind(state.activityProperty().isNotEmpty());
        activity.managedProperty().bind(activity.visibleProperty());
        Label readOnly = new Label("Read-only database");
        readOnly.setId("status-read-only");
        readOnly.getStyleClass().add("status-read-only");
        readOnly.setMinWidth(Region.USE_PREF_SIZE);
        readOnly.setTooltip(new Tooltip("The database's file or folder cannot be written: you can explore "
                + "and export, but not import or restore. Copy it somewhere writable to change it."));
        readOnly.visibleProperty().bind(state.readOnlyProperty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        // The actors filtered all together share nothing: the views say so, and this undoes it from anywhere.
        Hyperlink matchAny = NothingShared.link(state, "status-match-any");
        matchAny.setMinWidth(Region.USE_PREF_SIZE);
        roughlyDated.setId("status-roughly-dated");
        roughlyDated.setMinWidth(Region.USE_PREF_SIZE);
        roughlyDatedSwitch.setId("status-roughly-dated-switch");
        roughlyDatedSwitch.setMinWidth(Region.USE_PREF_SIZE);
        roughlyDatedSwitch.setOnAction(e -> state.keepRoughlyDated(!state.filterProperty().get().roughlyDated()));
        HBox rough = new HBox(4, roughlyDated, roughlyDatedSwitch);
        rough.setAlignment(Pos.CENTER_LEFT);
        rough.visibleProperty().bind(roughlyDated.textProperty().isNotEmpty());
        rough.managedProperty().bind(rough.visibleProperty());
        getChildren().addAll(counts, rough, filters, matchAny, pair(), readOnly, activity, spacer, search);
        InvalidationListener update = o -> update();
        state.visibleEventsProperty().addListener(update);
        state.filterProperty().addListener(update);
        state.keptMatchingAnyActorProperty().addListener(update);
        state.roughlyDatedInRangeProperty().addListener(update);
        state.searchProperty().addListener(update);
        state.previewProperty().addListener(update);
        state.openFailureProperty().addListener(update);
        update();
    }

    /**
     * Which line of the actor network is chosen, while one is, and a way to let go of it: the timeline and the map
     * ring only what the two share, and once the network was left nothing said why, nor how to have the first
     * actor's rings back (Esc did, only in the network).
     */
    private HBox pair() {
        Label chosen = new Label();
        chosen.setId("status-pair");
        chosen.setMinWidth(Region.USE_PREF_SIZE);
        Hyperlink letGo = new Hyperlink("Let go");
        letGo.setId("status-pair-let-go");
        letGo.setOnAction(e -> state.letGoOfPartner());
        letGo.setMinWidth(Region.USE_PREF_SIZE);
        // The rings show what the two share among all the events; this keeps only those, undoably.
        Hyperlink only = new Hyperlink("Show only what they share");
        only.setId("status-pair-filter");
        only.setOnAction(e -> state.filterToChosenLink());
        only.setMinWidth(Region.USE_PREF_SIZE);
        only.managedProperty().bind(only.visibleProperty());
        HBox box = new HBox(4, chosen, only, letGo);
        box.setAlignment(Pos.CENTER_LEFT);
        Runnable say = () -> {
            Dataset ds = state.dataset();
            String a = state.selectedActorProperty().get();
            String b = state.selectedPartnerProperty().get();
            boolean on = ds != null && a != null && b != null;
            chosen.setText(on ? "Line chosen: " + name(ds, a) + " and " + name(ds, b) + ", what they share ringed" : "");
            box.setVisible(on);
            box.setManaged(on);
            only.setVisible(on && !state.isFilteredToChosenLink());
        };
        state.filterProperty().addListener(o -> say.run());
        state.selectedPartnerProperty().addListener(o -> say.run());
        state.selectedActorProperty().addListener(o -> say.run());
        state.datasetProperty().addListener(o -> say.run());
        say.run();
        return box;
    }

    private static String name(Dataset ds, String actorId) {
        return Printable.oneLine(ds.actor(actorId).map(Actor::name).orElse(actorId));
    }

    private void update() {
        Dataset ds = state.dataset();
        DatasetPreview preview = state.previewProperty().get();
        int total = ds == null ? 0 : ds.events().size();
        counts.setText(ds == null && state.openFailureProperty().get() != null ? "No data open"
                : ds == null && preview != null
                ? "Reading " + CountText.count(preview.events(), "event") + "… the timeline shows the "
                        + CountText.count(preview.focusWindow().events().size(), "event") + " around the focus meanwhile"
                : CountText.number(state.visibleEventsProperty().get().size()) + " of " + CountText.count(total, "event") + " shown");
        EventFilter f = state.filterProperty().get();
        int rough = ds == null ? 0 : state.roughlyDatedInRangeProperty().get();
        roughlyDated.setText(rough == 0 ? "" : "(" + (f.roughlyDated() ? RoughlyDatedText.kept(rough)
                : RoughlyDatedText.leftOut(rough)) + ")");
        roughlyDatedSwitch.setText(f.roughlyDated() ? "Leave them out" : "Include them");
        List<String> active = new ArrayList<>();
        if (!f.kinds().isEmpty()) {
            active.add(f.kinds().size() + (f.kinds().size() == 1 ? " kind" : " kinds"));
        }
        if (!f.actors().isEmpty()) {
            active.add(f.actors().size() + (f.actors().size() == 1 ? " actor" : " actors")
                    + (f.wantsAllActors() ? " together" : ""));
        }
        Optional<String> nothingShared = NothingShared.note(state);
        if (!f.places().isEmpty()) {
            active.add(f.places().size() + (f.places().size() == 1 ? " place" : " places"));
        }
        if (f.sources().mode() != SourceFilter.Mode.ANY) {
            active.add("papers");
        }
        if (f.from() != null || f.to() != null) {
            active.add("time range");
        }
        filters.setText(nothingShared.orElse(active.isEmpty() ? "No filters" : "Filtered by " + String.join(", ", active)));
        var s = state.searchProperty().get();
        long actors = s.hits().stream().filter(h -> !h.actorId().isEmpty()).count();
        // Events found may be hidden by the filters; the count says how many, so the two numbers agree.
        long hidden = FoundEvents.hidden(state.dataset(), state.filterProperty().get(),
                s.eventIds());
        String found = FoundEvents.said(s.eventIds().size(), hidden)
                + (actors == 0 ? "" : ", " + CountText.count(actors, "actor"));
        search.setText(s.query().isBlank() ? "" : "Search " + s.quotedQuery() + ": " + (s.isCapped()
                ? (s.isUnranked() ? "the first " : "the best ") + CountText.number(s.listed()) + " of "
                        + s.matchesSaid() + " results"
                        // The results count actors and the articles' sentences too: a list of its own, not the events'.
                        + (s.isUnranked() ? " " + SearchResults.UNRANKED : "") + "; " + found
                : found));
    }
}
