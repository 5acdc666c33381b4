package org.parley.render.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.cli.SyntheticDataAccess;
import org.parley.layout.PlacedLabel;
import org.parley.model.Dataset;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;

/**
 * A "+3" beside a run of marks whose names did not fit had said neither what it counted nor where: in the
 * web page of 100,000 events, "+1" and "+3" stood here and there among the marks. Each count beside its run
 * is tied to the run's marks by a line along the row's foot, from the run's first mark to the count.
 */
class CountBracketTest {

    @Test
    void aCountBesideItsRunIsTiedToTheRunsMarks() {
        // The generated data's busiest week, as wide as the web page draws it: timed events crowd its rows.
        Dataset data = SyntheticDataAccess.generated(10_000);
        TimelineScene scene = WeekScenes.week(data, 1040, 2200, null, Set.of());
        TimelinePainter painter = new TimelinePainter();
        RecordingPainter p = new RecordingPainter();
        painter.paint(p, scene, Theme.LIGHT);

        List<PlacedLabel> beside = painter.lastLabels().stream().filter(PlacedLabel::isCount)
                .filter(l -> l.x() >= l.runX1() || l.x() + l.width() <= l.runX0()).toList();
        assertFalse(beside.isEmpty(), "no count beside its run: " + painter.lastLabels());
        for (PlacedLabel l : beside) {
            double foot = scene.bodyTop() - scene.scrollY() + l.y() + l.height() - 0.5;
            boolean right = l.x() >= l.runX1();
            double from = TimelineMetrics.GUTTER + (right ? l.runX0() : l.x() + l.width());
            double to = TimelineMetrics.GUTTER + (right ? l.x() : l.runX1());
            assertTrue(p.named("line").stream().anyMatch(o -> !o.dashed() && o.h() == 0
                            && Math.abs(o.y() - foot) < 0.01
                            && Math.min(o.x(), o.x() + o.w()) <= from + 1 && Math.max(o.x(), o.x() + o.w()) >= to - 3),
                    l.text() + " at x=" + l.x() + " is not tied to its run " + l.runX0() + "–" + l.runX1());
        }
    }
}
