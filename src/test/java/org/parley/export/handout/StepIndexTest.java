package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;

/** The handout's list of steps says what a step's own page says of it: a scheduled meeting is not listed as held. */
class StepIndexTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    @Test
    void aScheduledStepIsListedAsScheduled() {
        Step osce = Steps.all(WEEK).stream().filter(s -> !s.isContext() && s.event().id().equals("osce-vienna"))
                .findFirst().orElseThrow();
        assertEquals("13 Jan \u00B7 OSCE meeting in Vienna (scheduled)", StepIndex.title(osce));
        Step dinner = Steps.all(WEEK).get(0);
        assertEquals("9 Jan \u00B7 Informal dinner in Geneva opens the week of talks", StepIndex.title(dinner));
    }
}
