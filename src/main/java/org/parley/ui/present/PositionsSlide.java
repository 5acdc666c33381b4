package org.parley.ui.present;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.parley.export.handout.PositionsSummary;
import org.parley.model.Dataset;
import org.parley.model.Event;

/**
 * The presentation's summary step: the positions board in words, over the slide, shown and hidden
 * with P. The same rows as the handout's last page, for the same events.
 */
final class PositionsSlide extends StackPane {

    static final String ID = "positions-slide";
    private final ScrollPane scroll;

    private PositionsSlide(List<PositionsSummary.Row> rows) {
        setId(ID);
        getStylesheets().add(PositionsSlide.class.getResource("positions-slide.css").toExternalForm());
        getStyleClass().add("positions-slide");
        VBox list = new VBox(14);
        list.setPadding(new Insets(40, 60, 40, 60));
        // The least type on a slide, as on the slide itself: the style sheet sizes the rest in em.
        heightProperty().addListener((o, was, now) -> {
            double least = SlideView.leastTextPx(now.doubleValue());
            setStyle("-fx-font-size: " + least + "px;");
            list.setSpacing(0.6 * least);
            list.setPadding(new Insets(1.8 * least, 2.7 * least, 1.8 * least, 2.7 * least));
        });
        list.getChildren().add(label(PositionsSummary.HEADING, "positions-slide-heading"));
        if (rows.isEmpty()) {
            list.getChildren().add(label("No position is tied to the events of this presentation.", "positions-slide-kind"));
        }
        for (PositionsSummary.Row row : rows) {
            VBox item = new VBox(2, label(row.title(), "positions-slide-title"), label(row.kindAndBy(), "positions-slide-kind"),
                    label(row.stances(), "positions-slide-stances"));
            list.getChildren().add(item);
        }
        scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("positions-slide-scroll");
        getChildren().add(scroll);
        setAlignment(Pos.TOP_LEFT);
        setVisible(false);
    }

    /** Adds a hidden summary to {@code slide} for the events of the deck. */
    static PositionsSlide attach(StackPane slide, Dataset dataset, List<Event> deck) {
        PositionsSlide summary = new PositionsSlide(PositionsSummary.of(dataset, deck));
        slide.getChildren().add(summary);
        return summary;
    }

    void toggle() {
        setVisible(!isVisible());
        scroll.setVvalue(0);
    }

    /**
     * Scrolls the board a screen down (or up), keeping a line of the last screen in view: at 3 %
     * of the height its rows outgrow one screen, and a clicker has no wheel. False when the board
     * is already at that end.
     */
    boolean page(boolean down) {
        double content = scroll.getContent().getBoundsInLocal().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= view) {
            return false;
        }
        double step = (view - SlideView.leastTextPx(getHeight()) * 2) / (content - view);
        double from = scroll.getVvalue();
        scroll.setVvalue(Math.max(0, Math.min(1, from + (down ? step : -step))));
        return scroll.getVvalue() != from;
    }

    /** How far down the board is scrolled, 0 to 1. */
    double scrolled() {
        return scroll.getVvalue();
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
