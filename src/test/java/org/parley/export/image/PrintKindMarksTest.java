package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;

/**
 * A dashboard printed in black and white tells the kinds apart by the marks' shapes, and its key shows the
 * marks the rows draw: a dot in each kind's grey had made "+ 30 more" thirty dots nobody could sort.
 */
class PrintKindMarksTest {

    private static Selection focusWeek() {
        return Selection.of(WeekData.seeds(), ImageRequest.of(View.DASHBOARD, ImageFormat.PNG)
                .resolvedFor(WeekData.seeds()));
    }

    @Test
    void onPaperTheKeyShowsOneMarkPerKindAndTheRowsDrawNoOtherMarks() {
        DashboardFigure slide = DashboardFigure.of(focusWeek(), Theme.PRINT, DashboardShape.WIDE);
        MarkRecorder key = new MarkRecorder(slide.type());
        slide.key().paint(key);
        MarkRecorder rows = new MarkRecorder(slide.type());
        slide.timeline().paint(rows);
        int kinds = slide.key().lines().stream().mapToInt(List::size).sum();

        assertEquals(kinds, key.marks.size(), "one mark per kind in the key: " + key.marks);
        assertEquals(kinds, new LinkedHashSet<>(key.marks).size(), "no two kinds share a mark: " + key.marks);
        assertEquals(new LinkedHashSet<>(key.marks), rows.shapes(), "the rows draw the key's marks");
    }

    /** Remembers the outline of every small filled mark: "oval", "rect" or a polygon's corners and bearing. */
    private static final class MarkRecorder extends RecordingPainter {

        final List<String> marks = new ArrayList<>();
        private final double type;

        MarkRecorder(double type) {
            this.type = type;
        }

        Set<String> shapes() {
            return new LinkedHashSet<>(marks);
        }

        @Override
        public void fillOval(double x, double y, double w, double h) {
            small("oval", w, h);
            super.fillOval(x, y, w, h);
        }

        @Override
        public void fillRect(double x, double y, double w, double h) {
            small("rect", w, h);
            super.fillRect(x, y, w, h);
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, int n) {
            double left = Arrays.stream(xs, 0, n).min().orElse(0);
            double top = Arrays.stream(ys, 0, n).min().orElse(0);
            double w = Arrays.stream(xs, 0, n).max().orElse(0) - left;
            double h = Arrays.stream(ys, 0, n).max().orElse(0) - top;
            // Its first corner's bearing from the middle tells a triangle up from one down or one left.
            long bearing = Math.round(Math.toDegrees(Math.atan2(ys[0] - top - h / 2, xs[0] - left - w / 2)));
            small("polygon of " + n + " from " + bearing + "°", w, h);
            super.fillPolygon(xs, ys, n);
        }

        private void small(String shape, double w, double h) {
            if (w < type && h < type) {
                marks.add(shape);
            }
        }
    }
}
