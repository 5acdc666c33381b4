package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.export.handout.ContextPlacement;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.model.Dataset;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;
import org.parley.seed.BundledSeeds;

/**
 * A slide 540 px high (a 1920×1080 screen at twice the scale): the strip's share was 64 of its logical px, and
 * step 2's two-line title ("Russian officials say they will wait …", over 9–11 January) was painted over the day's
 * blocks and the step's own ring.
 */
class ShortSlideStripTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final double SLIDE_HEIGHT = 540;
    private static final double SLIDE_WIDTH = 960;

    @Test
    void onAShortSlideEveryStepsTitleStaysUnderItsBlocks() {
        List<Step> steps = Steps.of(WEEK, WEEK.events(), ContextPlacement.LAST);
        TimelineStrip strip = new TimelineStrip(steps.stream().flatMap(s -> s.events().stream()).distinct().toList(),
                WEEK.zone(), WEEK.focus());
        double zoom = SlideView.leastTextPx(SLIDE_HEIGHT) / SlideView.SMALLEST_ART_FONT;
        double width = SLIDE_WIDTH - 8 * SLIDE_HEIGHT / 100;
        List<String> overlapping = new ArrayList<>();
        int checked = 0;
        for (Step step : steps) {
            Optional<List<LocalDate>> days = step.isContext() ? Optional.empty() : strip.days().period(step.event());
            if (days.isEmpty()) {
                continue;
            }
            double needed = strip.heightShowingAll(step, width, zoom, SLIDE_HEIGHT * SlideView.MAX_STRIP_SHARE,
                    new RecordingPainter());
            double height = SlideView.stripHeight(SLIDE_HEIGHT, needed);
            RecordingPainter p = new RecordingPainter();
            strip.days().paint(p, step.event(), days.get(), width / zoom, height / zoom, Theme.LIGHT);
            double ringBottom = p.named("strokeRect").stream().filter(o -> o.colour().equals(Theme.LIGHT.selection()))
                    .mapToDouble(o -> o.y() + o.h()).max().orElseThrow();
            double titleTop = strip.days().lastTexts().stream().filter(t -> t.role() == DayStrip.Role.TITLE)
                    .mapToDouble(t -> t.baseline() - p.ascent()).min().orElseThrow();
            if (titleTop < ringBottom) {
                overlapping.add(step.number() + " " + step.event().title());
            }
            checked++;
        }
        assertTrue(checked > 30, "the week's event steps are drawn on the days: " + checked);
        assertTrue(overlapping.isEmpty(), "titles over their blocks: " + overlapping);
    }
}
