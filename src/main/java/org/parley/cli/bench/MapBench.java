package org.parley.cli.bench;

import org.parley.layout.NormalisedGraph;
import org.parley.layout.map.LonLatBox;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.render.graph.ActorGraphPainter;
import org.parley.render.graph.ActorGraphScene;
import org.parley.render.graph.ActorNetwork;
import org.parley.render.map.MapData;
import org.parley.render.map.MapPainter;
import org.parley.render.map.MapScene;
import org.parley.render.map.MapSceneBuilder;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The map's and the actor network's budgets, on the bench's generated data: what runs in the
 * background once per dataset or filter (map aggregates, network and layout), and what runs on
 * every frame (a map pan, a network repaint, a network resize). Frames are painted with Java2D at
 * 1920×1080, the same painters the screen uses.
 */
public final class MapBench {

    private static final int W = 1920;
    private static final int H = 1080;
    private static final double FRAME_BUDGET_MS = 8;
    private static final double BACKGROUND_BUDGET_MS = 1000;

    private MapBench() {
    }

    public static void run(PrintWriter out, Dataset data, int runs) {
        int frames = Math.max(runs, 30);
        ProjectedBasemap basemap = ProjectedBasemap.europe();
        MapViewport europe = MapViewport.fit(basemap.projection(),
                LonLatBox.EUROPE.projectedBounds(basemap.projection()), W, H);

        double[] aggregates = measure(runs, i -> MapData.of(data, data.events()));
        report(out, "map aggregates (background, per filter)", aggregates, BACKGROUND_BUDGET_MS);

        MapData cached = MapData.of(data, data.events());
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        MapPainter mapPainter = new MapPainter();
        // On screen a pan moves the cached basemap image and repaints only what lies over it.
        double[] pans = measure(frames, i -> {
            MapViewport v = europe.pan(7 * (i % 40) - 140, 3 * (i % 20) - 30);
            MapScene scene = new MapSceneBuilder(basemap, v, data).data(cached).sizeKey(true).build();
            paint(image, g -> mapPainter.paintOverlay(new Java2DPainter(g), scene, Theme.LIGHT));
        });
        report(out, "map pan frame 1920×1080 (scene + overlay)", pans, FRAME_BUDGET_MS);
        MapViewport wide = new MapViewport(europe.projection(), europe.centerX(), europe.centerY(),
                europe.metresPerPixel(), W + 512, H + 512);
        MapScene base = new MapSceneBuilder(basemap, wide, data).data(cached).build();
        BufferedImage baseImage = new BufferedImage(W + 512, H + 512, BufferedImage.TYPE_INT_ARGB);
        double[] bases = measure(Math.min(runs, 7), i -> paint(baseImage,
                g -> mapPainter.paintBase(new Java2DPainter(g), base, Theme.LIGHT)));
        out.printf("  %-44s %8.1f ms median (per zoom step or 256 px of pan, not per frame)%n",
                "map basemap layer 2432×1592", median(bases));

        ActorNetwork[] network = new ActorNetwork[1];
        NormalisedGraph[] layout = new NormalisedGraph[1];
        double[] layouts = measure(Math.min(runs, 5), i -> {
            network[0] = ActorNetwork.of(data);
            layout[0] = ActorGraphScene.normalise(network[0]);
        });
        report(out, "network + layout, " + network[0].nodes().size() + " actors (background)", layouts,
                BACKGROUND_BUDGET_MS);

        double[] resizes = measure(frames, i -> ActorGraphScene.fit(network[0], layout[0], W - i, H - i, Theme.LIGHT));
        report(out, "network resize (rescale the cached layout)", resizes, FRAME_BUDGET_MS);

        ActorGraphScene scene = ActorGraphScene.fit(network[0], layout[0], W, H, Theme.LIGHT);
        String[] hover = network[0].nodeIds().toArray(String[]::new);
        ActorGraphPainter graphPainter = new ActorGraphPainter();
        double[] repaints = measure(frames, i -> paint(image,
                g -> graphPainter.paint(new Java2DPainter(g), scene.withHovered(hover[i % hover.length]))));
        report(out, "network hover frame 1920×1080 (paint)", repaints, FRAME_BUDGET_MS);
    }

    private interface Drawing {
        void draw(Graphics2D g);
    }

    private static void paint(BufferedImage image, Drawing drawing) {
        Graphics2D g = image.createGraphics();
        try {
            drawing.draw(g);
        } finally {
            g.dispose();
        }
    }

    /** Runs {@code work} as many times unmeasured (warm-up), then measured; index passed for variety. */
    private static double[] measure(int runs, IntConsumer work) {
        for (int i = 0; i < runs; i++) {
            work.accept(i);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.accept(i);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    private static double median(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void report(PrintWriter out, String what, double[] ms, double budget) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        out.printf("  %-44s %8.1f ms median (min %.1f, max %.1f; budget %.0f ms)%s%n", what, median, sorted[0],
                sorted[sorted.length - 1], budget, median <= budget ? "" : "  OVER BUDGET");
        out.flush();
    }
}
