package org.parley.ui.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Position;
import org.parley.model.SourceFilter;
import org.parley.model.Stance;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.state.Passage;

/**
 * The positions board: every demand, offer, condition and red line on the table that week against
 * every party, each cell the party's stance as the papers report it. Hovering a cell shows the
 * passages behind it; clicking it (or Enter) selects the position's first visible event, so the
 * timeline, the detail pane and the source reader follow. Rows follow the filters like every view.
 *
 * <p>The board needs room: thirteen parties take some 1,400 px, where the Positions tab of a
 * 1280×720 window has 400 and showed two of them, the rest a sideways scroll away from the row
 * they belonged to. Narrower than the whole board, the panel lists the positions instead, each
 * with only the stances the papers report (five in six cells of the week's board are empty).
 */
public final class PositionsPanel extends ScrollPane {

    public static final String STYLE_CLASS = "positions-panel";
    public static final String CELL_STYLE_CLASS = "stance-cell";
    public static final String ROW_HEADER_STYLE_CLASS = "position-title";
    public static final String LIST_STYLE_CLASS = "positions-list";
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    /** The board's measures, in px: a position's title, a party's column, the gap between them. */
    static final double TITLE_WIDTH = 190;
    static final double CELL_WIDTH = 86;
    static final double GAP = 4;
    private static final double PADDING = 8;
    private static final double SCROLL_BAR = 16;

    private final ExplorerState state;
    private final VBox content = new VBox(8);
    private final GridPane grid = new GridPane();
    private final VBox list = new VBox(12);
    private final Label summary = new Label();
    private final List<Label> cells = new ArrayList<>();
    private PositionMatrix matrix = PositionMatrix.EMPTY;
    private boolean asBoard;

    public PositionsPanel(ExplorerState state) {
        this.state = state;
        setId("positions-panel");
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(PositionsPanel.class.getResource("positions.css").toExternalForm());
        grid.getStyleClass().add("positions-grid");
        grid.setHgap(GAP);
        grid.setVgap(GAP);
        list.getStyleClass().add(LIST_STYLE_CLASS);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("text-muted");
        // Wrapped to the pane, not to the board: the board scrolls sideways, and the sentence ran off
        // the pane's right edge with it.
        summary.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(120, getViewportBounds().getWidth() - 16), viewportBoundsProperty()));
        content.setPadding(new Insets(PADDING));
        content.getChildren().add(summary);
        setContent(content);
        state.datasetProperty().addListener((o, was, now) -> refresh());
        state.visibleEventsProperty().addListener((o, was, now) -> refresh());
        // A papers filter changes the stances shown even where it leaves the same events.
        state.filterProperty().addListener((o, was, now) -> {
            if (!was.sources().equals(now.sources())) {
                refresh();
            }
        });
        state.selectedEventProperty().addListener((o, was, now) -> markCurrent(now));
        viewportBoundsProperty().addListener((o, was, now) -> {
            if (fitsBoard(now.getWidth()) != asBoard) {
                refresh();
            }
        });
        refresh();
    }

    /** The width the whole board takes with {@code parties} columns, padding included. */
    static double boardWidth(int parties) {
        return 2 * PADDING + TITLE_WIDTH + parties * (CELL_WIDTH + GAP);
    }

    /**
     * Whether the board has room in a viewport {@code width} px wide (before the first layout, it has).
     * From the list it takes a scroll bar's width more: the board's scroll bar coming or going must
     * not switch the two back and forth.
     */
    private boolean fitsBoard(double width) {
        return width <= 0 || width >= boardWidth(matrix.columns().size()) + (asBoard ? 0 : SCROLL_BAR);
    }

    /** Whether the positions are shown as the board (else as a list). */
    public boolean showsBoard() {
        return asBoard;
    }

    private void refresh() {
        Dataset ds = state.dataset();
        SourceFilter papers = state.filterProperty().get().sources();
        matrix = PositionMatrix.of(ds, state::isVisible, papers);
        grid.getChildren().clear();
        list.getChildren().clear();
        cells.clear();
        if (ds == null) {
            summary.setText("");
            content.getChildren().setAll(summary);
            return;
        }
        asBoard = fitsBoard(getViewportBounds().getWidth());
        // The list wraps to the pane and never scrolls sideways; the board keeps its measures and may.
        setFitToWidth(!asBoard);
        // Both counts named as what they count: "5 of 25 positions on the table, against 9 parties" had read as
        // nine parties opposing them.
        String counts = matrix.rows().size() + " of " + CountText.count(ds.positions().size(), "position") + " shown · "
                + matrix.columns().size() + " " + (matrix.columns().size() == 1 ? "party" : "parties");
        boolean anyPaper = papers.mode() == SourceFilter.Mode.ANY;
        summary.setText(ds.positions().isEmpty() ? "This dataset records no positions."
                // No row, no cell: "0 parties. Hover a cell…" asked to hover what was not there.
                : matrix.rows().isEmpty() ? "0 of " + CountText.count(ds.positions().size(), "position")
                        + " shown: the filters hide the events of all of them"
                        + (anyPaper ? "." : ", or the stances taken on them.")
                : asBoard ? counts + (anyPaper ? "" : " · only " + stancesReported(ds, papers))
                        + ". Hover a cell for the papers' words; click to select."
                : counts + " · " + stancesReported(ds, papers) + ". Hover a stance for the papers' words; "
                        + "click to select.");
        if (asBoard) {
            fillBoard(ds);
        } else {
            fillList(ds);
        }
        content.getChildren().setAll(summary, asBoard ? grid : list);
        markCurrent(state.selectedEventProperty().get());
    }

    /** Which stances the board shows, as the papers filter has them. */
    private static String stancesReported(Dataset ds, SourceFilter papers) {
        boolean two = ds.sources().size() <= 2;
        return switch (papers.mode()) {
            case ANY -> "the stances the papers report";
            case INCLUDES -> "the stances " + ds.sourceName(papers.sourceId()) + " reports";
            case ALL_SOURCES -> two ? "the stances both papers report" : "the stances every source reports";
            case SINGLE_SOURCE -> two ? "the stances only one paper reports" : "the stances only one source reports";
        };
    }

    private void fillBoard(Dataset ds) {
        for (int c = 0; c < matrix.columns().size(); c++) {
            Label head = wrapped(StanceText.actorName(ds, matrix.columns().get(c)), "party-header");
            head.setPrefWidth(CELL_WIDTH);
            keepWordsWhole(head);
            grid.add(head, c + 1, 0);
        }
        for (int r = 0; r < matrix.rows().size(); r++) {
            Position p = matrix.rows().get(r);
            Label title = wrapped(p.title(), ROW_HEADER_STYLE_CLASS);
            title.setPrefWidth(TITLE_WIDTH);
            grid.add(new VBox(2, title, kind(p)), 0, r + 1);
            for (int c = 0; c < matrix.columns().size(); c++) {
                String actor = matrix.columns().get(c);
                Label cell = cell(ds, p, actor, matrix.cell(p, actor).map(s -> s.stance().label()).orElse("—"));
                cell.setPrefWidth(CELL_WIDTH);
                grid.add(cell, c + 1, r + 1);
            }
        }
    }

    /** Each position, its kind, and a party's stance where the papers report one, in the board's column order. */
    private void fillList(Dataset ds) {
        for (Position p : matrix.rows()) {
            FlowPane stances = new FlowPane(6, 4);
            for (String actor : matrix.columns()) {
                matrix.cell(p, actor).ifPresent(s -> {
                    Label cell = cell(ds, p, actor, StanceText.actorName(ds, actor) + ": " + s.stance().label());
                    // A flow gives each its preferred width: a long name wraps within the pane instead.
                    cell.maxWidthProperty().bind(stances.widthProperty());
                    stances.getChildren().add(cell);
                });
            }
            VBox entry = new VBox(3, wrapped(p.title(), ROW_HEADER_STYLE_CLASS), kind(p));
            if (!stances.getChildren().isEmpty()) {
                entry.getChildren().add(stances);
            }
            entry.getStyleClass().add("position-entry");
            list.getChildren().add(entry);
        }
    }

    private static Label kind(Position p) {
        return wrapped(p.kind().label(), "position-kind", "position-kind-" + p.kind().id());
    }

    private Label cell(Dataset ds, Position p, String actor, String text) {
        Optional<Stance> stance = matrix.cell(p, actor);
        Label cell = new Label(text);
        cell.getStyleClass().add(CELL_STYLE_CLASS);
        cell.setUserData(new Cell(p, actor));
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setWrapText(true);
        cell.setMinHeight(Region.USE_PREF_SIZE);
        cells.add(cell);
        Tooltip tip = new Tooltip(stance.map(s -> StanceText.tooltip(ds, p, s))
                .orElseGet(() -> StanceText.noStance(ds, p, actor)));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(250));
        cell.setTooltip(tip);
        if (stance.isPresent()) {
            cell.getStyleClass().add("stance-" + stance.get().stance().id());
            cell.setFocusTraversable(true);
            cell.setAccessibleText(tip.getText());
            cell.setOnMouseClicked(e -> choose(p, stance, cell));
            cell.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    choose(p, stance, cell);
                    e.consume();
                }
            });
        } else {
            cell.getStyleClass().add("stance-none");
        }
        return cell;
    }

    private void choose(Position p, Optional<Stance> stance, Label cell) {
        cell.requestFocus();
        Dataset ds = state.dataset();
        if (ds != null) {
            PositionMatrix.eventToSelect(p, stance, ds::event, state::isVisible).ifPresent(state.selectedEventProperty()::set);
            // The reader turns to the stance's own words, not to whichever of the event's passages it last
            // showed: the NYT's "rejected outright" was never scrolled to. The board stays in front.
            // Under a papers filter, the words of the paper the board speaks for.
            stance.flatMap(s -> matrix.passageToRead(s, id -> ds.source(id).isPresent()))
                    .ifPresent(e -> state.readPassage(new Passage(e.source(), e.span().start(), e.span().end())));
        }
    }

    private void markCurrent(String eventId) {
        cells.forEach(n -> n.pseudoClassStateChanged(CURRENT,
                eventId != null && n.getUserData() instanceof Cell c && c.position().events().contains(eventId)));
    }

    private static Label wrapped(String text, String... styleClasses) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /**
     * A party's column is at least as wide as the longest word of its name: "Stoltenberg" was broken
     * into "Stoltenber" and "g". Measured in the font the style sheet gives the header.
     */
    private static void keepWordsWhole(Label header) {
        Runnable fit = () -> {
            Text probe = new Text();
            probe.setFont(header.getFont());
            double widest = 0;
            for (String word : header.getText().split("\\s+")) {
                probe.setText(word);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            header.setMinWidth(Math.ceil(widest + header.snappedLeftInset() + header.snappedRightInset()) + 1);
        };
        header.fontProperty().addListener((o, was, now) -> fit.run());
        fit.run();
    }

    /** What a cell stands for: a position and a party. */
    public record Cell(Position position, String actor) {
    }
}
