package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.render.Theme;

/** PNGs come out at the asked size and actually show something. */
class PngExportTest {

    @TempDir
    Path tmp;

    private final ImageExport export = new ImageExport();

    @Test
    void scaleTwoDoublesTheWidthAndHeight() throws Exception {
        Path one = tmp.resolve("one.png");
        Path two = tmp.resolve("two.png");
        ImageSize s1 = export.export(WeekData.seeds(), WeekData.week(View.TIMELINE, ImageFormat.PNG), one);
        ImageSize s2 = export.export(WeekData.seeds(),
                WeekData.week(View.TIMELINE, ImageFormat.PNG).withSizing(Sizing.scale(2)), two);
        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertEquals(1600, a.getWidth());
        assertEquals(3200, b.getWidth());
        assertEquals(2 * a.getHeight(), b.getHeight(), 1);
        assertEquals(new ImageSize(a.getWidth(), a.getHeight()), s1);
        assertEquals(new ImageSize(b.getWidth(), b.getHeight()), s2);
    }

    @Test
    void exactWidthIsHonoured() throws Exception {
        Path out = tmp.resolve("wide.png");
        export.export(WeekData.seeds(), WeekData.week(View.TIMELINE, ImageFormat.PNG).withSizing(Sizing.width(3840)),
                out);
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(3840, image.getWidth());
        assertNotBlank(image, Theme.LIGHT);
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void everyViewDrawsSomethingInEveryTheme(View view) throws Exception {
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK, Theme.PRINT}) {
            Path out = tmp.resolve(view.id() + "-" + theme.name() + ".png");
            export.export(WeekData.seeds(), ImageRequest.of(view, ImageFormat.PNG).withTheme(theme), out);
            BufferedImage image = ImageIO.read(out.toFile());
            assertEquals(ImageExport.baseWidth(view), image.getWidth());
            assertNotBlank(image, theme);
        }
    }

    static void assertNotBlank(BufferedImage image, Theme theme) {
        int background = toRgb(theme);
        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != background) {
                    ink++;
                }
            }
        }
        assertTrue(colours.size() > 10, "only " + colours.size() + " colours");
        assertTrue(ink > 1000, "only " + ink + " pixels differ from the background");
    }

    private static int toRgb(Theme theme) {
        var c = theme.background();
        return ((int) Math.round(c.r() * 255) << 16) | ((int) Math.round(c.g() * 255) << 8)
                | (int) Math.round(c.b() * 255);
    }
}
