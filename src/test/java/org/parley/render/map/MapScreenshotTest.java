package org.parley.render.map;

import org.parley.seed.BundledSeeds;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.layout.map.LambertAzimuthalEqualArea;
import org.parley.layout.map.LonLatBox;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;

/**
 * Writes the week's map to /tmp/map-light.png and /tmp/map-dark.png for a person to look at.
 * Off in the normal build; run it with {@code -Dtest=MapScreenshotTest -Dparley.screenshots=true}.
 */
@Tag("screenshot")
@EnabledIfSystemProperty(named = "parley.screenshots", matches = "true")
class MapScreenshotTest {

    @Test
    void writesLightAndDarkPng() throws IOException {
        ProjectedBasemap basemap = ProjectedBasemap.europe();
        Dataset week = BundledSeeds.dataset();
        MapViewport viewport = MapViewport.fit(LambertAzimuthalEqualArea.ETRS89_LAEA,
                LonLatBox.EUROPE.projectedBounds(LambertAzimuthalEqualArea.ETRS89_LAEA), 1200, 800);
        MapScene scene = new MapSceneBuilder(basemap, viewport, week)
                .selectedEvent("nrc-nato-rejects-demands").selectedPlace("vienna").selectedActor("sherman")
                .title("NATO–Russia talks, 9–13 January 2022").legend(true).build();
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            Path out = Path.of("/tmp/map-" + theme.name() + ".png");
            write(scene, theme, out);
            assertTrue(Files.size(out) > 10_000);
        }
    }

    private static void write(MapScene scene, Theme theme, Path out) throws IOException {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            new MapPainter().paint(new Java2DPainter(g), scene, theme);
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", out.toFile());
    }
}
