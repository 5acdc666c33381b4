package org.parley.render.graph;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.layout.GraphDrawing;
import org.parley.model.ActorGroup;
import org.parley.model.Dataset;
import org.parley.render.RecordingPainter;
import org.parley.render.Rgba;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.seed.BundledSeeds;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorGraphPainterTest {

    private static final int W = 900;
    private static final int H = 700;
    private static ActorGraphScene scene;

    @BeforeAll
    static void layOut() throws Exception {
        Dataset ds = BundledSeeds.dataset();
        scene = ActorGraphScene.layOut(ActorNetwork.of(ds), W, H, Theme.LIGHT);
    }

    @Test
    void everyNodeIsFilledAtItsPlaceInItsGroupColour() {
        RecordingPainter p = new RecordingPainter();
        new ActorGraphPainter().paint(p, scene);
        for (GraphDrawing.Node n : scene.drawing().nodes()) {
            Rgba colour = GroupColours.of(scene.network().node(n.id()).orElseThrow().actor().group(), Theme.LIGHT);
            assertTrue(p.ovals().stream().anyMatch(o -> o.filled() && near(o.cx(), n.x()) && near(o.cy(), n.y())
                    && near(o.r(), scene.radius(n.id())) && o.colour().equals(colour)), n.id());
        }
    }

    @Test
    void biggerNodesForActorsInMoreEvents() {
        assertTrue(scene.radius("sherman") > scene.radius("kallas"));
    }

    @Test
    void selectedActorIsRingedInTheSelectionColour() {
        RecordingPainter p = new RecordingPainter();
        ActorGraphScene selected = scene.withSelected("grushko");
        new ActorGraphPainter().paint(p, selected);
        GraphDrawing.Node g = selected.position("grushko").orElseThrow();
        assertTrue(p.ovals().stream().anyMatch(o -> !o.filled() && near(o.cx(), g.x()) && near(o.cy(), g.y())
                && o.r() > selected.radius("grushko") && o.colour().equals(Theme.LIGHT.selection())));
    }

    @Test
    void othersFadeWhileNeighboursKeepTheirColour() {
        RecordingPainter p = new RecordingPainter();
        ActorGraphScene selected = scene.withSelected("grushko");
        new ActorGraphPainter().paint(p, selected);
        Rgba us = GroupColours.of(ActorGroup.UNITED_STATES, Theme.LIGHT);
        GraphDrawing.Node sherman = selected.position("sherman").orElseThrow();
        assertTrue(p.ovals().stream().anyMatch(o -> o.filled() && near(o.cx(), sherman.x()) && o.colour().equals(us)));
        assertFalse(selected.network().neighbours("grushko").contains("kallas"), "fixture: Kallas is no neighbour");
        GraphDrawing.Node kallas = selected.position("kallas").orElseThrow();
        Rgba allies = GroupColours.of(ActorGroup.NATO_AND_ALLIES, Theme.LIGHT);
        assertTrue(p.ovals().stream().anyMatch(o -> o.filled() && near(o.cx(), kallas.x()) && !o.colour().equals(allies)));
    }

    @Test
    void labelsNeverOverlapAndTheSelectedOneIsAlwaysShown() {
        RecordingPainter p = new RecordingPainter();
        new ActorGraphPainter().paint(p, scene.withSelected("fomin"));
        assertTrue(p.textOps().stream().anyMatch(t -> t.text().equals("Fomin")));
        List<double[]> boxes = new ArrayList<>();
        for (RecordingPainter.Op t : p.textOps()) {
            if (scene.network().nodes().stream().noneMatch(n -> ShortNames.of(n.actor()).equals(t.text()))) {
                continue;   // legend entries
            }
            boxes.add(new double[] {t.x(), t.y() - 8, p.textWidth(t.text()), 11.3});
        }
        assertTrue(boxes.size() > scene.drawing().nodes().size() / 2, "most labels fit: " + boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean overlap = a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
                assertFalse(overlap, p.textOps().get(i).text() + " / " + p.textOps().get(j).text());
            }
        }
    }

    @Test
    void java2dImageShowsTheRingInSelectionColour() throws Exception {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        ActorGraphScene selected = scene.withSelected("grushko");
        try {
            new ActorGraphPainter().paint(new Java2DPainter(g), selected);
        } finally {
            g.dispose();
        }
        GraphDrawing.Node n = selected.position("grushko").orElseThrow();
        double ringRadius = selected.radius("grushko") + 3.5;
        int rgb = image.getRGB((int) Math.round(n.x()), (int) Math.round(n.y() - ringRadius)) & 0xffffff;
        assertEquals(Theme.LIGHT.selection().toHex(), String.format("#%06x", rgb));
        int centre = image.getRGB((int) Math.round(n.x()), (int) Math.round(n.y())) & 0xffffff;
        assertNotEquals(0xffffff, centre, "node filled");
        String out = System.getProperty("parley.actors.png");
        if (out != null) {
            ImageIO.write(image, "png", Path.of(out).toFile());
        }
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 1e-6;
    }
}
