package org.parley.ui.divergence;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Reading;
import org.parley.model.Source;
import org.parley.ui.state.ExplorerState;

/**
 * Every fact the papers tell differently, each with both papers' own words: the researcher's way
 * into comparing the two accounts. Choosing one (click, or Enter on a focused card) selects the
 * first event it concerns. A plain column of cards rather than a list view: the readings wrap to
 * several lines, which list cells measure badly.
 */
public final class DivergenceList extends ScrollPane {

    public static final String STYLE_CLASS = "divergence-list";
    public static final String CARD_STYLE_CLASS = "divergence-card";
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final ExplorerState state;
    private final VBox cards = new VBox(10);

    public DivergenceList(ExplorerState state) {
        this.state = state;
        setId("divergence-list");
        getStyleClass().add(STYLE_CLASS);
        setFitToWidth(true);
        cards.setPadding(new Insets(8));
        setContent(cards);
        state.datasetProperty().addListener((o, was, now) -> show(now));
        state.selectedEventProperty().addListener((o, was, now) -> markCurrent(now));
        show(state.dataset());
    }

    private void show(Dataset ds) {
        cards.getChildren().clear();
        if (ds == null) {
            return;
        }
        cards.getChildren().add(wrapped(ds.divergences().isEmpty()
                ? "The papers agree on everything in this dataset."
                : ds.divergences().size() + " facts the papers report differently, each in the papers' own words.",
                "text-muted"));
        for (Divergence d : ds.divergences()) {
            cards.getChildren().add(card(ds, d));
        }
        markCurrent(state.selectedEventProperty().get());
    }

    private VBox card(Dataset ds, Divergence d) {
        VBox card = new VBox(3);
        card.getStyleClass().add(CARD_STYLE_CLASS);
        card.setUserData(d);
        card.setFocusTraversable(true);
        card.setPadding(new Insets(6, 8, 6, 8));
        card.getChildren().add(wrapped(d.topic(), "text-bold"));
        for (Reading r : d.readings()) {
            String paper = ds.source(r.source()).map(Source::publisher).orElse(r.source());
            card.getChildren().add(wrapped(paper + ": “" + r.text().strip() + "”", "reading"));
        }
        if (!d.note().isBlank()) {
            card.getChildren().add(wrapped(d.note(), "text-muted"));
        }
        card.setAccessibleText(d.topic());
        card.setOnMouseClicked(e -> choose(d, card));
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                choose(d, card);
                e.consume();
            }
        });
        return card;
    }

    private void choose(Divergence d, VBox card) {
        card.requestFocus();
        if (!d.events().isEmpty()) {
            state.selectedEventProperty().set(d.events().get(0));
        }
    }

    private void markCurrent(String eventId) {
        cards.getChildren().forEach(n -> n.pseudoClassStateChanged(CURRENT,
                eventId != null && n.getUserData() instanceof Divergence d && d.events().contains(eventId)));
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
