package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.render.Theme;
import org.parley.render.label.Rect;
import org.parley.render.map.MapPainter;
import org.parley.render.map.MapScene;
import org.parley.seed.BundledSeeds;

/**
 * The scale bar and its "500 km" are never drawn over Crimea's dashed outline. It kept clear of the markers only: on
 * the A4 one-a-page handout's Kallas page and on the Letter compact overview map the bar lay across the peninsula,
 * the outline's dashes through its words.
 */
class ScaleBarClearOfCrimeaTest {

    private static final ProjectedBasemap BASEMAP = ProjectedBasemap.europe();
    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final List<Step> STEPS = Steps.all(WEEK);

    /** The handout's maps in its own points: the overview maps (A4 landscape, Letter and A4 compact), step 37 on A4. */
    @Test
    void theHandoutsMapsKeepTheBarOffTheOutline() {
        List<String> over = new ArrayList<>();
        check("A4 one-a-page opening", OpeningPage.map(BASEMAP, WEEK, STEPS, 304.756, 420.68), over);
        check("Letter compact overview", OpeningPage.map(BASEMAP, WEEK, STEPS, 532.0, 260.595), over);
        check("A4 compact overview", OpeningPage.map(BASEMAP, WEEK, STEPS, 515.28, 283.046), over);
        check("A4 step 37 (Kallas)", StepMap.scene(BASEMAP, WEEK, STEPS, 36, 383.703, 373.58).orElseThrow(), over);
        assertEquals(List.of(), over);
    }

    /** Every slide map of a 1280×720 presentation (sizes as {@code SlideMapFurnitureTest} measured them). */
    @Test
    void everySlideMapKeepsTheBarOffTheOutline() {
        List<String> over = new ArrayList<>();
        for (int step = 1; step <= STEPS.size(); step++) {
            for (double[] size : new double[][] {{312, 177}, {312, 157}, {268, 177}, {268, 157}, {224, 157}}) {
                int index = step - 1;
                StepMap.scene(BASEMAP, WEEK, STEPS, index, size[0], size[1])
                        .ifPresent(scene -> check("step " + (index + 1) + " at " + (int) size[0] + "x" + (int) size[1],
                                scene, over));
            }
        }
        assertEquals(List.of(), over);
    }

    private static void check(String what, MapScene scene, List<String> over) {
        MapPainter painter = PaintedMap.of(scene, Theme.PRINT);
        Optional<Rect> outline = MapPainter.crimeaOutline(scene.viewport());
        Optional<Rect> bar = painter.lastScaleBar();
        if (outline.isPresent() && bar.isPresent() && bar.get().overlaps(outline.get())) {
            over.add(what + ": bar " + bar.get() + " over outline " + outline.get());
        }
    }
}
