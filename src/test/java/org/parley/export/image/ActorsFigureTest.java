package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.SyntheticDataAccess;
import org.parley.layout.GraphDrawing;
import org.parley.model.Dataset;
import org.parley.render.Painter;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.render.graph.ActorGraphPainter;
import org.parley.render.graph.ActorGraphScene;
import org.parley.render.graph.ActorNetwork;

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
            ActorGraphScene scene = ActorsFigure.named(week, f[0], f[1], Theme.LIGHT, 12).scene();
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

    @Test
    void aDashboardsCornerDrawsOnlyActorsItCanName() {
        Selection week = Selection.of(WeekData.seeds(), ImageRequest.of(View.DASHBOARD, ImageFormat.PNG)
                .resolvedFor(WeekData.seeds()));
        Painter measuring = new Java2DPainter(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics());
        ActorGraphScene corner = ActorsFigure.named(week, 300, 140, Theme.LIGHT, 12).scene();
        int drawn = corner.drawing().nodes().size();
        assertTrue(drawn >= 4 && drawn < 12, "a 300 × 140 corner cannot name a dozen actors; drew " + drawn);
        assertTrue(ActorGraphPainter.namesEveryNode(measuring, corner), "an actor is drawn without its name");
        // The busiest stay: the slide drops the minor actors first.
        ActorGraphScene roomy = ActorsFigure.named(week, 1600, 900, Theme.LIGHT, 12).scene();
        assertEquals(12, roomy.drawing().nodes().size());
        assertTrue(roomy.drawing().nodes().stream().map(GraphDrawing.Node::id).toList()
                .containsAll(corner.drawing().nodes().stream().map(GraphDrawing.Node::id).toList()));
    }

    /**
     * Two hundred actors: the image draws the busiest, as the Actors panel does, and its credit says how
     * many of how many. Drawn whole, a thousand actors took 20 s to become a tangle pinned to the frame.
     */
    @Test
    void anImageOfManyActorsDrawsTheBusiestAndSaysSo(@TempDir Path tmp)
            throws Exception {
        Dataset many = SyntheticDataAccess.dataset(3_000);
        ImageRequest request = ImageRequest.of(View.ACTORS, ImageFormat.SVG).withEverything();
        Path out = tmp.resolve("actors.svg");
        new ImageExport().export(many, request, out);
        Selection all = Selection.of(many, request.resolvedFor(many));
        assertEquals(200, ActorNetwork.of(many, all.events()).nodes().size());
        List<String> texts = SvgText.of(out);
        String note = "The " + ActorNetwork.MOST_DRAWN + " actors in most events, of 200: "
                + "filter to see others";
        assertTrue(texts.stream().anyMatch(t -> t.endsWith(note)), "the credit says so: " + texts.subList(0, 5));
        ActorsFigure network = ActorsFigure.of(all, 1600, 900, Theme.LIGHT);
        assertEquals(ActorNetwork.MOST_DRAWN, network.scene().network().nodes().size());

        ActorsFigure week = ActorsFigure.of(Selection.of(WeekData.seeds(), WeekData.week(View.ACTORS, ImageFormat.PNG)
                .resolvedFor(WeekData.seeds())), 1600, 900, Theme.LIGHT);
        assertEquals("", week.leftOutNote(), "the week's actors are all drawn");
    }
}
