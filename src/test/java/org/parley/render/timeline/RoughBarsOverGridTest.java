package org.parley.render.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.layout.ItemBox;
import org.parley.model.Dataset;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.seed.BundledSeeds;

/**
 * A bar whose date is known only roughly is translucent: the day grid drawn before it showed through and
 * crossed its title ("U.S. officials cite the 2008 | declaration"). The grid lies under the bar instead, so
 * a bar reads as one tint from end to end, and its text is clear.
 */
class RoughBarsOverGridTest {

    private static final int W = 1600;
    private static final int H = 1500;

    @Test
    void noGridLineShowsThroughARoughBar() {
        Dataset data = BundledSeeds.dataset();
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            TimelineScene scene = WeekScenes.week(data, W, H, null, Set.of());
            BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            new TimelinePainter().paint(new Java2DPainter(g), scene, theme);
            g.dispose();

            List<ItemBox> rough = scene.layout().visible(scene.scale(), 0, scene.bodyHeight()).stream()
                    .filter(ItemBox::soft).toList();
            assertTrue(rough.size() > 10, "the week's background is drawn in rough bars: " + rough.size());
            List<String> crossed = new ArrayList<>();
            for (ItemBox b : rough) {
                // A pixel row between the bar's dashed top edge and its text, past the feathered ends
                // and the kind's mark: one tint from end to end, unless a grid line crosses it.
                int y = (int) Math.round(scene.bodyTop() + b.y0() + 2.5);
                int from = (int) Math.ceil(TimelineMetrics.GUTTER + Math.max(b.x0(), 0) + 30);
                int to = (int) Math.floor(TimelineMetrics.GUTTER + Math.min(b.x1(), W - TimelineMetrics.GUTTER) - 30);
                int tint = image.getRGB(from, y);
                for (int x = from; x <= to; x++) {
                    if (channelGap(image.getRGB(x, y), tint) > 4) {
                        crossed.add(b.eventId() + " at x=" + x);
                        break;
                    }
                }
            }
            assertTrue(crossed.isEmpty(), theme.name() + ": a grid line shows through " + crossed);
        }
    }

    private static int channelGap(int a, int b) {
        int gap = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            gap = Math.max(gap, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return gap;
    }
}
