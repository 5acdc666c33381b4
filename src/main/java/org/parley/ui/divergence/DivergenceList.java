package org.parley.ui.divergence;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Reading;
import org.parley.model.Source;
import org.parley.model.SourceFilter;
import org.parley.ui.state.ExplorerState;

/**
 * Every fact the papers tell differently, each with the events it concerns and both papers' own words: the researcher's way
 * into comparing the two accounts. Choosing one (click, or Enter on a focused card) selects it and
 * the first event it concerns that the filters show, and the source reader marks the words in which the papers differ.
 * Exactly one card is current at a time, and one card is a Tab stop: the arrow keys (and Home,
 * End) move between the cards, so Tab passes the list in one press rather than twenty. The cards fill the width they are given: one column in
 * a narrow pane, two or three side by side in a wide one, each card putting the papers' readings
 * next to each other once it is wide enough to.
 */
public final class DivergenceList extends ScrollPane {

    public static final String STYLE_CLASS = "divergence-list";
    public static final String CARD_STYLE_CLASS = "divergence-card";
    /** The muted line under a card's topic naming the events its fact concerns. */
    public static final String EVENTS_STYLE_CLASS = "divergence-events";
    /** The note said while the filters keep one paper's events: a comparison needs both. */
    public static final String ONE_PAPER_ID = "divergence-one-paper";
    /** Its link, which sets the papers filter back to both. */
    public static final String BOTH_PAPERS_ID = "divergence-both-papers";
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    /** A card about the event selected elsewhere (the timeline, the map, the table). */
    static final PseudoClass OF_SELECTED_EVENT = PseudoClass.getPseudoClass("of-selected-event");
    /** A card narrower than this would wrap every reading into a column of single words. */
    private static final double MIN_CARD_WIDTH = 320;
    /** A card at least this wide shows the papers' readings side by side. */
    private static final double SIDE_BY_SIDE_WIDTH = 560;
    private static final double GAP = 10;

    private final ExplorerState state;
    private final VBox content = new VBox(GAP);
    private final Label intro = wrapped("", "text-muted");
    private final Label onePaper = wrapped("", "text-muted");
    private final Hyperlink bothPapers = new Hyperlink("Show both papers' events");
    private final GridPane grid = new GridPane();
    /** Every divergence's card, in the dataset's order. */
    private final List<VBox> allCards = new ArrayList<>();
    /** The cards shown: those of the divergences the filters keep an event of. */
    private final List<VBox> cards = new ArrayList<>();
    private int columns = -1;

    public DivergenceList(ExplorerState state) {
        this.state = state;
        setId("divergence-list");
        getStyleClass().add(STYLE_CLASS);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        grid.setHgap(GAP);
        grid.setVgap(GAP);
        content.setPadding(new Insets(8));
        onePaper.setId(ONE_PAPER_ID);
        bothPapers.setId(BOTH_PAPERS_ID);
        bothPapers.setOnAction(e -> state.filterProperty().set(state.filterProperty().get().withSources(SourceFilter.ANY)));
        for (Node n : List.of(onePaper, bothPapers)) {
            n.managedProperty().bind(n.visibleProperty());
            n.setVisible(false);
        }
        content.getChildren().addAll(intro, onePaper, bothPapers, grid);
        setContent(content);
        viewportBoundsProperty().addListener((o, was, now) -> arrange(now.getWidth()));
        state.datasetProperty().addListener((o, was, now) -> show(now));
        // As every panel: a filter to the NYT's statements left all twenty facts here, events hidden or not.
        state.visibleEventsProperty().addListener((o, was, now) -> filter(state.dataset()));
        state.filterProperty().addListener((o, was, now) -> {
            if (state.dataset() != null) {
                sayOnePaper(state.dataset());
            }
        });
        state.selectedDivergenceProperty().addListener((o, was, now) -> markCurrent(now));
        // An event chosen on the timeline had left the list as it was: which facts the papers tell
        // differently about it could be found only by reading every card.
        state.selectedEventProperty().addListener((o, was, now) -> markOfSelectedEvent(true));
        show(state.dataset());
    }

    private void show(Dataset ds) {
        allCards.clear();
        if (ds != null) {
            for (Divergence d : ds.divergences()) {
                allCards.add(card(ds, d));
            }
        }
        filter(ds);
    }

    /** Shows the cards of the divergences the filters keep an event of, and says how many that is. */
    private void filter(Dataset ds) {
        cards.clear();
        if (ds == null) {
            intro.setText("");
        } else {
            for (VBox card : allCards) {
                Divergence d = (Divergence) card.getUserData();
                if (d.concernsAny(state::isVisible)) {
                    cards.add(card);
                }
            }
            // No divergence recorded is not agreement: a dataset may simply not have compared its sources.
            int n = allCards.size();
            intro.setText(n == 0
                    ? "This dataset records no fact that its sources report differently."
                    : cards.size() < n
                    ? cards.size() + " of the " + CountText.count(n, "fact") + " the papers report differently: the "
                            + "filters hide the events of the others."
                    : CountText.count(n, "fact") + " the papers report differently, each in the papers' own words.");
            sayOnePaper(ds);
            if (!cards.isEmpty() && cards.stream().noneMatch(Node::isFocusTraversable)) {
                rove(cards.get(0));
            }
        }
        columns = -1;
        arrange(getViewportBounds() == null ? 0 : getViewportBounds().getWidth());
        markCurrent(state.selectedDivergenceProperty().get());
        markOfSelectedEvent(false);
    }

    /**
     * Filtered to one paper's events, the cards still quote both papers: a fact told differently needs the two. Said
     * under the count, with the way back to both; the count alone had read as if the filter did nothing here.
     */
    private void sayOnePaper(Dataset ds) {
        SourceFilter papers = state.filterProperty().get().sources();
        String kept = switch (papers.mode()) {
            case INCLUDES -> "what " + ds.sourceName(papers.sourceId()) + " reports";
            case SINGLE_SOURCE -> "what only one paper reports";
            default -> "";
        };
        boolean shown = !kept.isEmpty() && !allCards.isEmpty();
        onePaper.setText(shown ? "Filtered to " + kept + ". A comparison needs both papers: each card still gives "
                + "both papers' words." : "");
        onePaper.setVisible(shown);
        bothPapers.setVisible(shown);
    }

    /**
     * Marks the cards about the selected event and, with {@code scroll}, brings the first into view
     * unless one already is or a card was chosen (that card is the one to keep in view).
     */
    private void markOfSelectedEvent(boolean scroll) {
        String event = state.selectedEventProperty().get();
        VBox first = null;
        for (VBox card : cards) {
            boolean about = event != null && card.getUserData() instanceof Divergence d && d.events().contains(event);
            card.pseudoClassStateChanged(OF_SELECTED_EVENT, about);
            first = first == null && about ? card : first;
        }
        if (scroll && first != null) {
            VBox shown = first;
            // After this pulse's layout, when the card's place is known; and not when the event came with a
            // card chosen here, which sets the event first and then its own card, to be kept in view.
            Platform.runLater(() -> {
                if (state.selectedDivergenceProperty().get() == null) {
                    showWhole(shown);
                }
            });
        }
    }

    /** Lays the cards out in as many columns as the width holds. */
    private void arrange(double width) {
        double usable = Math.max(0, width - content.getPadding().getLeft() - content.getPadding().getRight());
        int n = Math.max(1, (int) ((usable + GAP) / (MIN_CARD_WIDTH + GAP)));
        double cardWidth = (usable - (n - 1) * GAP) / n;
        for (VBox card : cards) {
            boolean sideBySide = cardWidth >= SIDE_BY_SIDE_WIDTH;
            for (Node child : card.getChildren()) {
                if (child instanceof GridPane readings && readings.getColumnCount() != (sideBySide ? 2 : 1)) {
                    layoutReadings(readings, sideBySide);
                }
            }
        }
        if (n == columns) {
            return;
        }
        columns = n;
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        for (int c = 0; c < n; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / n);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < cards.size(); i++) {
            grid.add(cards.get(i), i % n, i / n);
        }
    }

    private VBox card(Dataset ds, Divergence d) {
        VBox card = new VBox(4);
        card.getStyleClass().add(CARD_STYLE_CLASS);
        card.setUserData(d);
        // One Tab stop for the whole list (see #rove): the card focused last, else the first.
        card.setFocusTraversable(allCards.isEmpty());
        card.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                rove(card);
            }
        });
        card.setPadding(new Insets(6, 8, 6, 8));
        card.setMaxWidth(Double.MAX_VALUE);
        card.getChildren().add(wrapped(d.topic(), "text-bold"));
        String about = ConcernedEvents.line(ds, d);
        if (!about.isEmpty()) {
            Label events = wrapped(about, "text-muted");
            events.getStyleClass().add(EVENTS_STYLE_CLASS);
            events.setTooltip(new Tooltip(ConcernedEvents.tip(ds, d)));
            card.getChildren().add(events);
        }
        GridPane readings = new GridPane();
        readings.setHgap(12);
        readings.setVgap(4);
        for (Reading r : d.readings()) {
            String paper = ds.source(r.source()).map(Source::publisher).orElse(r.source());
            Label l = wrapped(paper + ": “" + r.text().strip() + "”", "reading");
            readings.getChildren().add(l);
        }
        layoutReadings(readings, false);
        card.getChildren().add(readings);
        if (!d.note().isBlank()) {
            card.getChildren().add(wrapped(d.note(), "text-muted"));
        }
        card.setAccessibleText(about.isEmpty() ? d.topic() : d.topic() + ", about " + about);
        card.setOnMouseClicked(e -> choose(d, card));
        card.setOnKeyPressed(e -> {
            int step = switch (e.getCode()) {
                case UP -> -Math.max(1, columns);
                case DOWN -> Math.max(1, columns);
                case LEFT -> -1;
                case RIGHT -> 1;
                case HOME -> Integer.MIN_VALUE;
                case END -> Integer.MAX_VALUE;
                default -> 0;
            };
            if (step != 0) {
                int at = cards.indexOf(card);
                long to = step == Integer.MIN_VALUE ? 0 : step == Integer.MAX_VALUE ? cards.size() - 1 : (long) at + step;
                if (to >= 0 && to < cards.size()) {
                    VBox next = cards.get((int) to);
                    next.requestFocus();
                    showWhole(next);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                choose(d, card);
                e.consume();
            }
        });
        return card;
    }

    private static void layoutReadings(GridPane readings, boolean sideBySide) {
        List<Node> labels = new ArrayList<>(readings.getChildren());
        readings.getChildren().clear();
        readings.getColumnConstraints().clear();
        int n = sideBySide ? Math.max(1, labels.size()) : 1;
        for (int c = 0; c < n; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / n);
            readings.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < labels.size(); i++) {
            readings.add(labels.get(i), sideBySide ? i : 0, sideBySide ? 0 : i);
        }
    }

    private void choose(Divergence d, VBox card) {
        card.requestFocus();
        // The event first, then the divergence: each scrolls the articles, and the last one wins.
        // The other way round the reader showed the event's opening sentence, not the two readings.
        String selected = state.selectedEventProperty().get();
        if (!d.events().isEmpty() && (selected == null || !d.events().contains(selected) || !state.isVisible(selected))) {
            state.selectedEventProperty().set(firstShown(d));
        }
        state.selectedDivergenceProperty().set(d.id());
    }

    /*
     * The first of its events the filters show: the card is listed because one is. Its first event
     * outright may be hidden (under "Reported by The New York Times", the Post's half of a fact), and
     * choosing it had left the timeline, map and table with nothing selected.
     */
    private String firstShown(Divergence d) {
        return d.events().stream().filter(state::isVisible).findFirst().orElse(d.events().get(0));
    }

    /** Makes {@code card} the list's one Tab stop. */
    private void rove(VBox card) {
        for (VBox c : cards) {
            c.setFocusTraversable(c == card);
        }
    }

    /**
     * Scrolls so that {@code card} is in view, whole where it fits; a card taller than the pane shows its top, where
     * the fact and both papers' words are (at 1280 × 720 the arrow down had shown only the end of a long note).
     */
    private void showWhole(VBox card) {
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds b = content.sceneToLocal(card.localToScene(card.getBoundsInLocal()));
        double top = getVvalue() * (contentHeight - viewport);
        if (b.getMinY() < top) {
            setVvalue(b.getMinY() / (contentHeight - viewport));
        } else if (b.getMaxY() > top + viewport) {
            setVvalue(Math.min(1, Math.min(b.getMinY(), b.getMaxY() - viewport) / (contentHeight - viewport)));
        }
    }

    private void markCurrent(String divergenceId) {
        for (VBox card : cards) {
            boolean current = divergenceId != null && card.getUserData() instanceof Divergence d
                    && d.id().equals(divergenceId);
            card.pseudoClassStateChanged(CURRENT, current);
        }
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
