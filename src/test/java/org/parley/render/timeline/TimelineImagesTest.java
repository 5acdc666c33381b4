package org.parley.render.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.layout.ContextBand;
import org.parley.layout.LaneMode;
import org.parley.layout.LegendEntries;
import org.parley.model.Dataset;
import org.parley.render.Rgba;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.seed.BundledSeeds;

/** The whole week painted through Java2D, as an export paints it: the theme's ground with the week drawn on it. */
class TimelineImagesTest {

    private static final int W = 1600;
    private static final int H = 700;

    @Test
    void paintsTheWeekOnEachThemesGround() {
        Dataset data = BundledSeeds.dataset();
        String selected = data.eventsInNarrativeOrder().stream()
                .filter(e -> e.title().startsWith("NATO–Russia meeting in Brussels")).findFirst().orElseThrow().id();
        BufferedImage[] images = new BufferedImage[2];
        Theme[] themes = {Theme.LIGHT, Theme.DARK};
        for (int t = 0; t < themes.length; t++) {
            Theme theme = themes[t];
            BufferedImage image = canvas();
            images[t] = image;
            Graphics2D g = graphics(image);
            TimelineScene scene = WeekScenes.week(data, W, H - ContextBandPainter.HEIGHT - LegendPainter.height(W, LegendEntries.ALL),
                    selected, Set.of());
            Java2DPainter p = new Java2DPainter(g);
            new TimelinePainter().paint(p, scene, theme);
            LegendPainter.paint(p, theme, 0, scene.height(), W, scene.layout().legendEntries());
            ContextBand band = ContextBand.of(data, W - TimelineMetrics.GUTTER, WeekScenes.BRUSSELS);
            ContextBandPainter.paint(p, theme, band, WeekScenes.BRUSSELS, band.marks(data.events()), scene.scale(),
                    H - ContextBandPainter.HEIGHT, W);
            g.dispose();

            assertDrawnOnGround(image, theme);
        }
        long differing = 0;
        for (int y = 0; y < H; y += 4) {
            for (int x = 0; x < W; x += 4) {
                if (images[0].getRGB(x, y) != images[1].getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertTrue(differing > (W / 4) * (H / 4) * 0.8, "dark repaints the whole picture: " + differing);
    }

    @Test
    void paintsTheWeekByActor() {
        Dataset data = BundledSeeds.dataset();
        BufferedImage image = canvas();
        Graphics2D g = graphics(image);
        new TimelinePainter().paint(new Java2DPainter(g),
                WeekScenes.week(data, LaneMode.ACTOR, W, H, null, Set.of()), Theme.LIGHT);
        g.dispose();

        assertDrawnOnGround(image, Theme.LIGHT);
    }

    /** Mostly the theme's background, yet with boxes, marks and text drawn on it in many colours. */
    private static void assertDrawnOnGround(BufferedImage image, Theme theme) {
        int ground = argb(theme.background());
        long onGround = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int pixel = image.getRGB(x, y);
                colours.add(pixel);
                if (pixel == ground) {
                    onGround++;
                }
            }
        }
        double share = (double) onGround / ((long) image.getWidth() * image.getHeight());
        assertTrue(share > 0.03 && share < 0.97, theme.name() + ": share of background pixels " + share);
        assertTrue(colours.size() > 100, theme.name() + ": only " + colours.size() + " colours drawn");
    }

    private static int argb(Rgba c) {
        return 0xff000000 | (int) Math.round(c.r() * 255) << 16 | (int) Math.round(c.g() * 255) << 8
                | (int) Math.round(c.b() * 255);
    }

    private static BufferedImage canvas() {
        return new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }
}
