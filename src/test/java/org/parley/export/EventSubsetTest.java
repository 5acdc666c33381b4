package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Evidence;
import org.parley.model.Position;
import org.parley.model.PositionKind;
import org.parley.model.Reading;
import org.parley.model.Span;

/** What a filtered export keeps besides the events: the records that belong to them, and those tied to none. */
class EventSubsetTest {

    /**
     * A divergence or position tied to no event is about the dataset as a whole: the Compare tab and the
     * Positions board show it under any filter, so the filtered CSV, GeoJSON and web page keep it too.
     */
    @Test
    void recordsTiedToNoEventSurviveAnyFilter() {
        Dataset tiny = ExportFixtures.tiny();
        Span span = new Span(0, 5);
        Divergence general = new Divergence("d-general", "Tone", List.of(new Reading("paper", "Talks", span),
                new Reading("paper", "Talks", span)), "", List.of());
        Divergence aboutNowhere = new Divergence("d-nowhere", "Placeless", List.of(new Reading("paper", "Talks", span),
                new Reading("paper", "Talks", span)), "", List.of("nowhere"));
        Position general2 = new Position("p-general", "Talks go on", PositionKind.DEMAND, "spk",
                List.of(new Evidence("paper", "Talks", span)), List.of(), List.of());
        Position aboutNowhere2 = new Position("p-nowhere", "Placeless", PositionKind.DEMAND, "spk",
                List.of(new Evidence("paper", "Talks", span)), List.of(), List.of("nowhere"));
        Dataset data = new Dataset(tiny.title(), tiny.description(), null, null, tiny.sources(), tiny.actors(),
                tiny.places(), tiny.events(), tiny.quotes(), List.of(general, aboutNowhere),
                List.of(general2, aboutNowhere2));

        Dataset kept = EventSubset.of(data, e -> e.id().equals("tricky"));

        assertEquals(List.of("d-general"), kept.divergences().stream().map(Divergence::id).toList());
        assertEquals(List.of("p-general"), kept.positions().stream().map(Position::id).toList());
    }
}
