package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.export.handout.ContextPlacement;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.model.Dataset;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;
import org.parley.seed.BundledSeeds;

/**
 * A slide of a 1920×1080 screen at twice the scale (960 × 540 logical px) drew 18 of Wednesday's 36 blocks and no
 * "+18": the count stood beside the day's name only when both fitted the column, so nothing said blocks were missing.
 * Growing the strip for a row of its own had cut step 26's summary at 1024×768: the count must take no height.
 */
class StripHiddenCountTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"960, 540", "1024, 768", "1280, 720", "1366, 768", "1920, 1080"})
    void everyDayThatLeavesEventsOutSaysHowMany(double slideWidth, double slideHeight) {
        List<Step> steps = Steps.of(WEEK, WEEK.events(), ContextPlacement.LAST);
        TimelineStrip strip = new TimelineStrip(steps.stream().flatMap(s -> s.events().stream()).distinct().toList(),
                WEEK.zone(), WEEK.focus());
        double zoom = SlideView.leastTextPx(slideHeight) / SlideView.SMALLEST_ART_FONT;
        double width = slideWidth - 8 * slideHeight / 100;
        List<String> unsaid = new ArrayList<>();
        int counted = 0;
        for (Step step : steps) {
            Optional<List<LocalDate>> days = step.isContext() ? Optional.empty() : strip.days().period(step.event());
            if (days.isEmpty()) {
                continue;
            }
            double needed = strip.heightShowingAll(step, width, zoom, slideHeight * SlideView.MAX_STRIP_SHARE,
                    new RecordingPainter());
            double height = SlideView.stripHeight(slideHeight, needed);
            strip.days().paint(new RecordingPainter(), step.event(), days.get(), width / zoom, height / zoom,
                    Theme.LIGHT);
            double column = (width / zoom - 4) / days.get().size();
            for (Map.Entry<LocalDate, Integer> hidden : strip.days().lastHidden().entrySet()) {
                double left = 2 + days.get().indexOf(hidden.getKey()) * column;
                boolean said = strip.days().lastTexts().stream().anyMatch(t -> t.role() == DayStrip.Role.HIDDEN_COUNT
                        && t.text().equals("+" + hidden.getValue()) && t.x() >= left - 0.5
                        && t.x() + t.width() <= left + column + 0.5);
                if (!said) {
                    unsaid.add("step " + step.number() + ", " + hidden.getKey() + " +" + hidden.getValue());
                }
                counted++;
            }
        }
        assertTrue(counted > 0 || slideHeight > 540, "the busy Wednesday leaves blocks out at 540 px");
        assertEquals(List.of(), unsaid, "days whose left-out events no count names");
    }
}
