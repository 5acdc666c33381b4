package org.parley.render.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;

/** For map tests here and in the handout's: the labels of a frame, as placed, against its rings, as drawn. */
public final class LabelsOffRings {

    private LabelsOffRings() {
    }

    /** Asserts that no label placed in {@code scene} covers a ring drawn round a marker; says how many rings there were. */
    public static int assertNoLabelOnARing(MapScene scene, String where) {
        MapPainter painter = new MapPainter();
        RecordingPainter recording = new RecordingPainter();
        painter.paint(recording, scene, Theme.LIGHT);
        // The selection ring is stroked 3 px wide, a highlight ring 2 px: half of each lies outside its circle.
        List<double[]> rings = new ArrayList<>();
        for (RecordingPainter.Op op : recording.named("strokeOval")) {
            if (op.colour().equals(Theme.LIGHT.selection())) {
                rings.add(new double[] {op.cx(), op.cy(), op.r() + 1.5});
            } else if (op.colour().equals(Theme.LIGHT.highlight())) {
                rings.add(new double[] {op.cx(), op.cy(), op.r() + 1});
            }
        }
        for (MapLabel label : painter.lastLabels()) {
            for (double[] ring : rings) {
                double reach = MapLabels.distance(label.box(), ring[0], ring[1]);
                assertTrue(reach >= ring[2] - 1e-6, label.oneLine() + " lies on the ring round " + ring[0] + "," + ring[1]
                        + " (" + reach + " px from its centre, ring to " + ring[2] + ") at " + where);
            }
        }
        return rings.size();
    }
}
