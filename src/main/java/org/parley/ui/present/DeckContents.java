package org.parley.ui.present;

import java.util.List;
import org.parley.export.handout.Steps;
import org.parley.model.DateRange;
import org.parley.model.Event;

/**
 * What a deck holds, by the parts of the telling: its events of the focus period (a slide each),
 * its background and what comes next (gathered on slides of their own). Counted off the JavaFX
 * thread, so the Present dialog says what each choice will show: it had promised "the background
 * and what comes next" to a deck of Stoltenberg's events, which has neither.
 *
 * @param story      events told one a slide
 * @param background events before the focus period
 * @param next       events still to come, dated too coarsely to fall after it
 */
record DeckContents(int story, int background, int next) {

    /** The parts of {@code events}, as {@link Steps} tells them around {@code focus} (none: all story). */
    static DeckContents of(List<Event> events, DateRange focus) {
        int story = 0;
        int background = 0;
        int next = 0;
        for (Event e : events) {
            switch (Steps.part(e, focus)) {
                case STORY -> story++;
                case BACKGROUND -> background++;
                case NEXT -> next++;
            }
        }
        return new DeckContents(story, background, next);
    }

    /** How many slides gather the background: as many as keep each legible from the back of a room. */
    int backgroundSlides() {
        return (background + Steps.CONTEXT_PER_STEP - 1) / Steps.CONTEXT_PER_STEP;
    }
}
