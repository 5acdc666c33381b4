package org.parley.export.handout;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Actor;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Place;
import org.parley.model.Quote;

/** Builds the steps of a deck: one per event, in narrative order, whichever subset was chosen. */
public final class Steps {

    private Steps() {
    }

    /** Every event of the dataset. */
    public static List<Step> all(Dataset dataset) {
        return of(dataset, dataset.events());
    }

    /** The given events (a filtered subset, say) put in narrative order. */
    public static List<Step> of(Dataset dataset, List<Event> events) {
        List<Event> ordered = events.stream().sorted(Dataset.NARRATIVE_ORDER).toList();
        List<Step> steps = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            Event event = ordered.get(i);
            String place = dataset.place(event.place()).map(Place::name).orElse("");
            List<Quote> quotes = dataset.quotesOf(event.id());
            Quote quote = quotes.isEmpty() ? null : quotes.get(0);
            String speaker = quote == null ? "" : dataset.actor(quote.speaker()).map(Actor::name).orElse(quote.speaker());
            steps.add(new Step(i + 1, ordered.size(), event, place, quote == null ? "" : quote.text(), speaker));
        }
        return List.copyOf(steps);
    }
}
