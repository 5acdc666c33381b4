package org.parley.ui.positions;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.parley.model.Dataset;
import org.parley.model.Position;
import org.parley.model.Stance;
import org.parley.ui.state.ExplorerState;

/**
 * The positions board: every demand, offer, condition and red line on the table that week against
 * every party, each cell the party's stance as the papers report it. Hovering a cell shows the
 * passages behind it; clicking it (or Enter) selects the position's first visible event, so the
 * timeline, the detail pane and the source reader follow. Rows follow the filters like every view.
 */
public final class PositionsPanel extends ScrollPane {

    public static final String STYLE_CLASS = "positions-panel";
    public static final String CELL_STYLE_CLASS = "stance-cell";
    public static final String ROW_HEADER_STYLE_CLASS = "position-title";
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final ExplorerState state;
    private final VBox content = new VBox(8);
    private final GridPane grid = new GridPane();
    private final Label summary = new Label();
    private PositionMatrix matrix = PositionMatrix.EMPTY;

    public PositionsPanel(ExplorerState state) {
        this.state = state;
        setId("positions-panel");
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(PositionsPanel.class.getResource("positions.css").toExternalForm());
        grid.getStyleClass().add("positions-grid");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("text-muted");
        // Wrapped to the pane, not to the board: the board scrolls sideways, and the sentence ran off
        // the pane's right edge with it.
        summary.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(120, getViewportBounds().getWidth() - 16), viewportBoundsProperty()));
        content.setPadding(new Insets(8));
        content.getChildren().addAll(summary, grid);
        setContent(content);
        state.datasetProperty().addListener((o, was, now) -> refresh());
        state.visibleEventsProperty().addListener((o, was, now) -> refresh());
        state.selectedEventProperty().addListener((o, was, now) -> markCurrent(now));
        refresh();
    }

    private void refresh() {
        Dataset ds = state.dataset();
        matrix = PositionMatrix.of(ds, state::isVisible);
        grid.getChildren().clear();
        if (ds == null) {
            summary.setText("");
            return;
        }
        summary.setText(ds.positions().isEmpty() ? "This dataset records no positions."
                : matrix.rows().size() + " of " + ds.positions().size() + " positions on the table, against "
                        + matrix.columns().size() + " parties. Hover a cell for the papers' words; click to select.");
        for (int c = 0; c < matrix.columns().size(); c++) {
            Label head = wrapped(StanceText.actorName(ds, matrix.columns().get(c)), "party-header");
            keepWordsWhole(head);
            grid.add(head, c + 1, 0);
        }
        for (int r = 0; r < matrix.rows().size(); r++) {
            Position p = matrix.rows().get(r);
            Label title = wrapped(p.title(), ROW_HEADER_STYLE_CLASS);
            Label kind = wrapped(p.kind().label(), "position-kind", "position-kind-" + p.kind().id());
            grid.add(new VBox(2, title, kind), 0, r + 1);
            for (int c = 0; c < matrix.columns().size(); c++) {
                grid.add(cell(ds, p, matrix.columns().get(c)), c + 1, r + 1);
            }
        }
        markCurrent(state.selectedEventProperty().get());
    }

    private Label cell(Dataset ds, Position p, String actor) {
        Optional<Stance> stance = matrix.cell(p, actor);
        Label cell = new Label(stance.map(s -> s.stance().label()).orElse("—"));
        cell.getStyleClass().add(CELL_STYLE_CLASS);
        cell.setUserData(new Cell(p, actor));
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setWrapText(true);
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
        }
    }

    private void markCurrent(String eventId) {
        grid.getChildren().forEach(n -> n.pseudoClassStateChanged(CURRENT,
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
