package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.layout.GraphDrawing;
import org.parley.render.Theme;
import org.parley.render.graph.ActorGraphScene;

/** The actor network as a still image keeps its circles apart, however small its frame. */
class ActorsFigureTest {

    @Test
    void noTwoCirclesOverlapInADashboardsCornerOrAFullFrame() {
        Selection week = Selection.of(WeekData.seeds(), ImageRequest.of(View.DASHBOARD, ImageFormat.PNG)
                .resolvedFor(WeekData.seeds()));
        // A dashboard's corner (its panel at the network's zoom), and a whole image.
        double[][] frames = {{360, 170}, {480, 230}, {1600, 900}};
        List<String> overlaps = new ArrayList<>();
        for (double[] f : frames) {
            ActorGraphScene scene = ActorsFigure.of(week, f[0], f[1], Theme.LIGHT, 12).scene();
            List<GraphDrawing.Node> nodes = scene.drawing().nodes();
            for (int i = 0; i < nodes.size(); i++) {
                for (int j = i + 1; j < nodes.size(); j++) {
                    GraphDrawing.Node a = nodes.get(i);
                    GraphDrawing.Node b = nodes.get(j);
                    double gap = Math.hypot(a.x() - b.x(), a.y() - b.y()) - scene.radius(a.id()) - scene.radius(b.id());
                    if (gap < 0) {
                        overlaps.add(f[0] + "×" + f[1] + ": " + a.id() + " and " + b.id() + " by " + Math.round(-gap) + " px");
                    }
                }
            }
        }
        assertTrue(overlaps.isEmpty(), String.join("\n", overlaps));
    }
}
