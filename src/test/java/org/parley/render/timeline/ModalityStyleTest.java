package org.parley.render.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.layout.ItemBox;
import org.parley.layout.LegendEntries;
import org.parley.layout.RowGeometry;
import org.parley.model.Dataset;
import org.parley.model.Modality;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;
import org.parley.seed.BundledSeeds;

class ModalityStyleTest {

    private static ItemBox box() {
        return new ItemBox("e", 0, 0, 10, 110, 20, 40, false, false);
    }

    @Test
    void aThingThatHappenedIsLeftAsDrawn() {
        RecordingPainter p = new RecordingPainter();
        ModalityStyle.overlay(p, Theme.LIGHT, box(), Modality.HAPPENED, Theme.LIGHT.text());
        assertTrue(p.ops.isEmpty());
    }

    @Test
    void anythingElseIsHollowedAndRingedWithDashes() {
        RecordingPainter p = new RecordingPainter();
        ModalityStyle.overlay(p, Theme.LIGHT, box(), Modality.SCHEDULED, Theme.LIGHT.text());
        List<RecordingPainter.Op> rings = p.named("strokeRoundRect");
        assertEquals(1, rings.size());
        assertTrue(rings.get(0).dashed());
        assertFalse(p.named("fillRoundRect").isEmpty(), "hollowed");
    }

    /** The week's cards: the scheduled OSCE meeting is hollow and dashed, the NATO–Russia meeting that took place is not. */
    @Test
    void aCardOfAScheduledMeetingIsHollowAndDashedAndOneThatHappenedIsNot() {
        Dataset week = BundledSeeds.dataset();
        RowGeometry cards = new RowGeometry(22, 3, 6, 3, 3, 15, false);
        ItemBox card = new ItemBox("e", 0, 0, 10, 230, 20, 80, false, false);

        RecordingPainter scheduled = new RecordingPainter();
        CardPainter.paint(scheduled, Theme.LIGHT, card, week.event("osce-vienna").orElseThrow(), null, null, false, 900, cards);
        RecordingPainter happened = new RecordingPainter();
        CardPainter.paint(happened, Theme.LIGHT, card, week.event("nrc-meeting").orElseThrow(), null, null, false, 900, cards);

        assertEquals(Modality.SCHEDULED, week.event("osce-vienna").orElseThrow().modality());
        assertTrue(scheduled.named("strokeRoundRect").get(0).dashed(), "ringed with dashes");
        assertEquals(Theme.LIGHT.background(), scheduled.named("fillRoundRect").get(0).colour(), "hollow");
        assertTrue(scheduled.named("fillRect").isEmpty(), "no solid stripe");
        assertFalse(happened.named("strokeRoundRect").get(0).dashed());
        assertEquals(1, happened.named("fillRect").size(), "the kind's stripe");
    }

    @Test
    void eachModalityHasItsOwnDashes() {
        Set<List<Double>> patterns = new HashSet<>();
        for (Modality m : Modality.values()) {
            patterns.add(Arrays.stream(ModalityStyle.dashes(m)).boxed().toList());
        }
        assertEquals(Modality.values().length, patterns.size());
        assertNotEquals(0, ModalityStyle.dashes(Modality.DENIED).length);
    }

    @Test
    void theLegendExplainsIt() {
        RecordingPainter p = new RecordingPainter();
        LegendPainter.paint(p, Theme.LIGHT, 0, 0, 900, LegendEntries.ALL);
        assertTrue(p.texts().contains(ModalityStyle.LEGEND_LABEL));
        assertTrue(LegendPainter.labels(LegendEntries.ALL).contains(ModalityStyle.LEGEND_LABEL));
    }
}
