package org.parley.ui.detail;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.Quote;
import org.parley.render.Theme;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.Passage;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.FirstControl;
import org.parley.ui.support.LatestResult;
import org.parley.ui.support.PapersWords;

import java.util.List;
import java.util.Optional;

/**
 * Everything known about the selected event: when, where, who, what was said, the passages it
 * rests on and how each paper told it; with no event, the actor chosen, when there is one ({@link ActorCard}).
 * Observes and changes only the {@link ExplorerState} (a click on a participant selects that actor).
 */
public final class DetailPane extends StackPane {

    public static final String STYLE_CLASS = "detail-pane";
    /** Style class of the notice over an event the filters hide. */
    public static final String HIDDEN_STYLE_CLASS = "detail-hidden";
    /** Style class of the hint shown when no event is selected. */
    public static final String EMPTY_STYLE_CLASS = "detail-empty";
    /** Style class of the focus ring drawn over the pane (the window's stylesheet draws it). */
    public static final String RING_STYLE_CLASS = "focus-ring";

    private final ExplorerState state;
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final Node hiddenNotice;
    private final Label hint = DetailText.of("Select an event on the timeline, the map or in an article "
            + "to see its details and how each paper reported it.", EMPTY_STYLE_CLASS);
    /**
     * The ring over the pane while it holds the keys itself (reached by Alt+6 or Tab), as the map and the
     * timeline have one: the scroll takes the focus so arrows scroll it, and nothing showed where the focus was.
     * Drawn over the pane, not as its border, so the text does not move when the focus comes and goes.
     */
    private final Region ring = new Region();
    /** An actor chosen with no event of theirs selected: counted on the compute thread, then said ({@link ActorCard}). */
    private final LatestResult<ActorCard.Counts> actorCounts = new LatestResult<>(BackgroundThread.compute(), this::showActor);

    public DetailPane(ExplorerState state) {
        this.state = state;
        this.hiddenNotice = buildHiddenNotice();
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(DetailPane.class.getResource("detail.css").toExternalForm());
        content.getStyleClass().add("detail-content");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("detail-scroll");
        // Reached by its shortcut, the pane takes the keys: arrows and Page Down scroll what is read, even
        // for an event with no link to land on, where the focus had stayed on the tab row and Down changed tabs.
        scroll.setFocusTraversable(true);
        FirstControl.markMain(this, scroll);
        ring.getStyleClass().add(RING_STYLE_CLASS);
        ring.setMouseTransparent(true);
        ring.visibleProperty().bind(scroll.focusedProperty().or(focusedProperty()));
        CopyMenu.install(content, () -> state.selectedEvent()
                .map(e -> PapersWords.of(state.dataset(), e)).orElse(""));
        state.selectedEventProperty().addListener((o, was, now) -> refresh());
        state.datasetProperty().addListener((o, was, now) -> refresh());
        // Only the notice follows the filters: the detail stays as it is, scrolled where it was.
        state.filterProperty().addListener((o, was, now) -> showWhetherHidden());
        // With no event shown, the card follows the actor chosen and counts the events the filters keep; an event
        // shown stays as it is, scrolled where it was, when one of its participants is chosen.
        InvalidationListener actorCard = o -> {
            if (state.selectedEvent().isEmpty()) {
                refresh();
            }
        };
        state.selectedActorProperty().addListener(actorCard);
        state.visibleEventsProperty().addListener(actorCard);
        state.darkProperty().addListener((o, was, now) -> refresh());
        // In a small pane the title takes a smaller size: at 900×560 a long one filled the whole pane in six lines.
        InvalidationListener size = o -> pseudoClassStateChanged(COMPACT,
                getWidth() > 0 && (getWidth() < COMPACT_WIDTH || getHeight() < COMPACT_HEIGHT));
        widthProperty().addListener(size);
        heightProperty().addListener(size);
        refresh();
    }

    /** The pane is small: its title is set smaller (detail.css). */
    static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    private static final double COMPACT_WIDTH = 380;
    private static final double COMPACT_HEIGHT = 220;

    private void refresh() {
        Optional<Event> selected = state.selectedEvent();
        if (selected.isEmpty()) {
            askAboutActor();
            return;
        }
        actorCounts.discard();
        show(selected.get(), state.dataset());
        getChildren().setAll(scroll, ring);
        scroll.setVvalue(0);
    }

    /**
     * With no event selected: the hint, or, for an actor chosen without one (in no event, or the filters hide theirs),
     * the actor's card once their events are counted.
     */
    private void askAboutActor() {
        Dataset ds = state.dataset();
        String actor = state.selectedActorProperty().get();
        if (ds == null || actor == null || ds.actor(actor).isEmpty()) {
            actorCounts.discard();
            getChildren().setAll(hint, ring);
            return;
        }
        List<Event> visible = state.visibleEventsProperty().get();
        actorCounts.request(() -> ActorCard.Counts.of(ds, visible, actor));
    }

    private void showActor(ActorCard.Counts counts) {
        Dataset ds = state.dataset();
        if (state.selectedEvent().isPresent() || ds == null || !counts.actorId().equals(state.selectedActorProperty().get())) {
            return;
        }
        ds.actor(counts.actorId()).ifPresent(a -> {
            content.getChildren().setAll(ActorCard.of(a, counts, () -> state.filterProperty().set(EventFilter.NONE)));
            getChildren().setAll(scroll, ring);
            scroll.setVvalue(0);
        });
    }

    /** Says that the filters hide the shown event from the other panels, with the way to show it. */
    private Node buildHiddenNotice() {
        Label what = DetailText.of("The filters hide this event: the timeline, the map and the table do not show it.",
                HIDDEN_STYLE_CLASS + "-text");
        Button clear = new Button("Clear filters");
        clear.setId("detail-clear-filters");
        clear.setOnAction(e -> state.filterProperty().set(EventFilter.NONE));
        VBox notice = new VBox(6, what, clear);
        notice.getStyleClass().add(HIDDEN_STYLE_CLASS);
        return notice;
    }

    /** The shown event as plain text, one line per label, as "Copy all details" gives it. */
    String asText() {
        return CopyMenu.textOf(content);
    }

    private void show(Event event, Dataset dataset) {
        Theme theme = state.darkProperty().get() ? Theme.DARK : Theme.LIGHT;
        content.getChildren().setAll(EventHeader.build(event, dataset, theme, state.selectedActorProperty()::set));
        List<Quote> quotes = dataset.quotesOf(event.id());
        if (!quotes.isEmpty()) {
            content.getChildren().add(QuotesAndEvidence.quotes(quotes, dataset, q -> state.readPassage(
                    new Passage(q.source(), q.span().start(), q.span().end()))));
        }
        content.getChildren().add(QuotesAndEvidence.evidence(event, dataset, e -> state.readPassage(
                new Passage(e.source(), e.span().start(), e.span().end()))));
        content.getChildren().add(PapersSection.build(event, dataset));
        showWhetherHidden();
    }

    /**
     * Puts the notice over an event the filters hide, or takes it away. Such an event is reached from
     * a search hit or an article: without a word, the empty timeline, map and table look like a fault.
     */
    private void showWhetherHidden() {
        Dataset dataset = state.dataset();
        boolean hidden = dataset != null && state.selectedEvent()
                .filter(e -> !state.filterProperty().get().in(dataset).test(e)).isPresent();
        if (!hidden) {
            content.getChildren().remove(hiddenNotice);
        } else if (!content.getChildren().contains(hiddenNotice)) {
            content.getChildren().add(0, hiddenNotice);
        }
    }
}
