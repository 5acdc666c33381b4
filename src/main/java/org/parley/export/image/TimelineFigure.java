package org.parley.export.image;

import java.time.ZoneId;
import java.util.Set;
import java.util.function.Function;
import org.parley.layout.LaneMode;
import org.parley.layout.RowGeometry;
import org.parley.layout.TimeScale;
import org.parley.layout.TimelineLayout;
import org.parley.render.Painter;
import org.parley.render.Theme;
import org.parley.render.timeline.Decorations;
import org.parley.render.timeline.TimelineMetrics;
import org.parley.render.timeline.TimelinePainter;
import org.parley.render.timeline.TimelineScene;

/** The timeline as an image: every lane at full height, the whole range or the requested window. */
record TimelineFigure(TimelineScene scene, Theme theme) implements ScenePicture {

    static TimelineFigure of(Selection sel, double width, Theme theme, Decorations decorations) {
        // Dated events in the axis's day columns, as the screen draws them, in the dataset's own zone.
        ZoneId zone = sel.data().zone();
        TimelineLayout layout = TimelineLayout.of(sel.events(), LaneMode.TRACK, zone, Function.identity(), false,
                RowGeometry.DEFAULT);
        TimelineScene whole = TimelineScene.wholeRange(layout, width, zone, sel::event, decorations);
        TimeScale scale = whole.scale();
        if (sel.window() != null) {
            scale = TimeScale.fit(sel.window().start(), sel.window().end(), width - TimelineMetrics.GUTTER,
                    TimelineMetrics.FIT_PADDING);
        }
        TimelineScene scene = new TimelineScene(layout, scale, zone, whole.width(), whole.height(), 0,
                sel::event, sel.selectedEvent(), Set.of(), Set.of(), whole.decorations());
        return new TimelineFigure(scene, theme);
    }

    static TimelineFigure standalone(Selection sel, double width, Theme theme) {
        return of(sel, width, theme, new Decorations(sel.title(), sel.credit(), true, true));
    }

    @Override
    public void paint(Painter painter) {
        new TimelinePainter().paint(painter, scene, theme);
    }
}
