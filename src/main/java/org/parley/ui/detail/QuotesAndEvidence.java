package org.parley.ui.detail;

import javafx.scene.layout.VBox;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Quote;
import org.parley.model.Source;

import java.util.List;

/** The event's quotations with their speakers, and the passages it rests on. */
final class QuotesAndEvidence {

    private QuotesAndEvidence() {
    }

    static VBox quotes(List<Quote> quotes, Dataset dataset) {
        VBox box = new VBox(DetailText.heading("Quotes"));
        box.getStyleClass().add("detail-section");
        for (Quote q : quotes) {
            String speaker = dataset.actor(q.speaker()).map(Actor::name).orElse(q.speaker());
            box.getChildren().add(DetailText.of(DetailText.quoted(q.text()) + " — " + speaker + ", "
                    + publisher(dataset, q.source()), "detail-quote"));
        }
        return box;
    }

    static VBox evidence(Event event, Dataset dataset) {
        VBox box = new VBox(DetailText.heading("Evidence"));
        box.getStyleClass().add("detail-section");
        for (Evidence e : event.evidence()) {
            box.getChildren().add(DetailText.of(DetailText.quoted(e.text()) + " — " + publisher(dataset, e.source()),
                    "detail-evidence"));
        }
        return box;
    }

    static String publisher(Dataset dataset, String sourceId) {
        return dataset.source(sourceId).map(Source::publisher).orElse(sourceId);
    }
}
