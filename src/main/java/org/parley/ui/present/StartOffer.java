package org.parley.ui.present;

import java.util.List;
import java.util.Optional;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.model.DateRange;

/**
 * Where F5's dialog offers to start: at the step of the selected event (or of the place the last
 * presentation was left at), or, for an event gathered with others onto one slide (the
 * background, what comes next), at that slide. A teacher who clicked "2014 · Annexation of
 * Crimea" on the timeline had been offered nothing, without a word why.
 *
 * @param place      where the presentation opens, as {@link Presentation#place} says it
 * @param title      the step's title, or the gathering slide's heading
 * @param gathered   whether the selected event shares the slide with others
 * @param background whether that slide is the background's, which the dialog's choice may leave out
 */
record StartOffer(String place, String title, boolean gathered, boolean background) {

    /** The offer for {@code place} (an event's id or a context step's place) among {@code steps}; empty when none has it. */
    static Optional<StartOffer> in(List<Step> steps, String place, DateRange focus) {
        for (Step step : steps) {
            if (Presentation.placeOf(step).equals(place)) {
                return Optional.of(new StartOffer(place, step.isContext() ? step.heading() : step.event().title(), false,
                        isBackground(step, focus)));
            }
        }
        for (Step step : steps) {
            if (step.isContext() && step.context().stream().anyMatch(e -> e.id().equals(place))) {
                return Optional.of(new StartOffer(Presentation.placeOf(step), step.heading(), true, isBackground(step, focus)));
            }
        }
        return Optional.empty();
    }

    private static boolean isBackground(Step step, DateRange focus) {
        return step.isContext() && focus != null && Steps.part(step.context().get(0), focus) == Steps.Part.BACKGROUND;
    }
}
