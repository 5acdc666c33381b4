package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.layout.map.ScreenPoint;
import org.parley.model.Dataset;
import org.parley.render.Theme;
import org.parley.render.label.Rect;
import org.parley.render.map.MapLabel;
import org.parley.render.map.MapPainter;
import org.parley.render.map.MapScene;
import org.parley.seed.BundledSeeds;

/**
 * "Crimea (annexed 2014)" by the peninsula touches its dashed outline, or is a key at the map's edge with a dashed
 * stroke before it: on the Letter compact overview map it stood above Southern Russia's circle, two lines out on a
 * faint leader, and a class read it as that circle's name.
 */
class CrimeaNoteBesideItsOutlineTest {

    private static final ProjectedBasemap BASEMAP = ProjectedBasemap.europe();
    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final List<Step> STEPS = Steps.all(WEEK);
    /** From the note's box to the outline's line: the few px a label keeps from what it names, and no more. */
    private static final double TOUCHING = 6;

    @Test
    void theHandoutsMapsSetTheNoteAgainstTheOutline() {
        List<String> away = new ArrayList<>();
        check("A4 one-a-page opening", OpeningPage.map(BASEMAP, WEEK, STEPS, 304.756, 420.68), away);
        check("Letter compact overview", OpeningPage.map(BASEMAP, WEEK, STEPS, 532.0, 260.595), away);
        check("A4 compact overview", OpeningPage.map(BASEMAP, WEEK, STEPS, 515.28, 283.046), away);
        for (int index = 0; index < STEPS.size(); index++) {
            int number = index + 1;
            StepMap.scene(BASEMAP, WEEK, STEPS, index, 383.703, 373.58)
                    .ifPresent(scene -> check("A4 step " + number, scene, away));
        }
        assertEquals(List.of(), away);
    }

    @Test
    void everySlideMapSetsTheNoteAgainstTheOutline() {
        List<String> away = new ArrayList<>();
        for (int index = 0; index < STEPS.size(); index++) {
            int number = index + 1;
            for (double[] size : new double[][] {{312, 177}, {312, 157}, {268, 177}, {268, 157}, {224, 157}}) {
                StepMap.scene(BASEMAP, WEEK, STEPS, index, size[0], size[1])
                        .ifPresent(scene -> check("step " + number + " at " + (int) size[0] + "x" + (int) size[1],
                                scene, away));
            }
        }
        assertEquals(List.of(), away);
    }

    private static void check(String what, MapScene scene, List<String> away) {
        MapPainter painter = PaintedMap.of(scene, Theme.PRINT);
        List<ScreenPoint> outline = MapPainter.crimeaOutlinePoints(scene.viewport());
        painter.lastLabels().stream()
                .filter(l -> l.kind() == MapLabel.Kind.NOTE)
                .filter(l -> !on(l.box(), outline) && fromLine(l.box(), outline) > TOUCHING)
                .forEach(l -> away.add(what + ": " + Math.round(fromLine(l.box(), outline)) + " px from the outline"));
    }

    /** Whether the box lies over the peninsula: within the outline's bounds. */
    private static boolean on(Rect box, List<ScreenPoint> outline) {
        return outline.stream().anyMatch(p -> p.x() <= box.x()) && outline.stream().anyMatch(p -> p.y() <= box.y())
                && outline.stream().anyMatch(p -> p.x() >= box.x() + box.w())
                && outline.stream().anyMatch(p -> p.y() >= box.y() + box.h());
    }

    /** From the box to the nearest point of the outline's line, measured every px along it. */
    private static double fromLine(Rect box, List<ScreenPoint> outline) {
        double nearest = Double.MAX_VALUE;
        for (int i = 0; i < outline.size(); i++) {
            ScreenPoint a = outline.get(i);
            ScreenPoint b = outline.get((i + 1) % outline.size());
            int steps = (int) Math.ceil(Math.hypot(b.x() - a.x(), b.y() - a.y())) + 1;
            for (int k = 0; k <= steps; k++) {
                double x = a.x() + (b.x() - a.x()) * k / steps;
                double y = a.y() + (b.y() - a.y()) * k / steps;
                double dx = Math.max(0, Math.max(box.x() - x, x - (box.x() + box.w())));
                double dy = Math.max(0, Math.max(box.y() - y, y - (box.y() + box.h())));
                nearest = Math.min(nearest, Math.hypot(dx, dy));
            }
        }
        return nearest;
    }
}
