package org.parley.render.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.cli.SyntheticDataAccess;
import org.parley.layout.GraphDrawing;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.render.Painter;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;

/**
 * A leader line joins a name set away from its disc to that disc, and crosses no other name: on the 4:3
 * dashboard of the generated 10,000 events, whose four busiest actors of the focus week stand in a row, the
 * line from "Clara Adler 2" to its disc ran through "Anna Adler 0", which then read as the orange disc's name; kept
 * off it, "Clara Adler 2" lay over Boris Adler's disc instead, until names that meet such trouble are placed first.
 */
class LeaderLinesTest {

    @Test
    void noLeaderLineCrossesAnotherName() {
        Dataset many = SyntheticDataAccess.generated(10_000);
        LocalDateTime first = LocalDateTime.of(2018, 6, 4, 0, 0);
        LocalDateTime after = LocalDateTime.of(2018, 6, 11, 0, 0);
        List<Event> week = many.events().stream()
                .filter(e -> e.time().start().isBefore(after) && e.time().end().isAfter(first)).toList();
        ActorNetwork network = ActorNetwork.of(many, week).busiest(4);
        assertEquals(Set.of("a0", "a1", "a2", "a4"), network.nodes().stream().map(ActorNode::id)
                .collect(java.util.stream.Collectors.toSet()), "fixture: the dashboard's four actors");
        // Where the 4:3 dashboard's network drew them, in its own units.
        GraphDrawing row = new GraphDrawing(List.of(
                new GraphDrawing.Node("a0", 144.73, 44.63, 14, 3),
                new GraphDrawing.Node("a1", 60.65, 44.63, 12.16, 2),
                new GraphDrawing.Node("a2", 102.99, 44.63, 14, 3),
                new GraphDrawing.Node("a4", 181.96, 30.0, 12.16, 2)), List.of());
        ActorGraphScene scene = ActorGraphScene.of(network, row, 242.61, 74.63, Theme.LIGHT);
        Painter measuring = Java2DPainter.measuring();
        measuring.setFont(ActorGraphPainter.LABEL_FONT);
        double ascent = measuring.ascent();
        Map<String, Double> radii = scene.radii();
        List<LabelBox> labels = GraphLabels.place(scene, radii, Set.of(), measuring::textWidth, ascent,
                ascent + ActorGraphPainter.LABEL_FONT.size() * 0.3);
        assertEquals(4, labels.size(), "every key actor is named: " + labels);
        for (LabelBox label : labels) {
            for (GraphDrawing.Node n : row.nodes()) {
                double r = radii.get(n.id());
                assertTrue(n.id().equals(label.actorId()) || !label.overlaps(n.x() - r, n.y() - r, 2 * r, 2 * r),
                        label.text() + " lies over " + n.id() + "'s disc");
            }
        }
        for (LabelBox led : labels) {
            if (!led.leader()) {
                continue;
            }
            GraphDrawing.Node own = scene.position(led.actorId()).orElseThrow();
            double[] end = LeaderLine.end(own, led);
            for (LabelBox other : labels) {
                assertFalse(other != led && LeaderLine.crosses(own.x(), own.y(), end[0], end[1], other.x(), other.top(),
                        other.width(), other.height()), "the line to " + led.text() + " crosses " + other.text());
            }
        }
    }
}
