package org.parley.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The choice of screens with made-up screen lists: JavaFX cannot fake a second monitor. */
class ScreenChoiceTest {

    @Test
    void oneScreenMeansNoPresenterView() {
        assertTrue(ScreenChoice.of(List.of("laptop"), "laptop").isEmpty());
        assertTrue(ScreenChoice.of(List.of(), "laptop").isEmpty(), "no screen listed at all");
    }

    @Test
    void twoScreensPutTheSlidesOnTheSecondAndThePresenterOnThePrimary() {
        ScreenChoice<String> choice = ScreenChoice.of(List.of("laptop", "projector"), "laptop").orElseThrow();
        assertEquals("projector", choice.audience());
        assertEquals("laptop", choice.presenter());
    }

    @Test
    void thePrimaryNeedNotBeListedFirst() {
        ScreenChoice<String> choice = ScreenChoice.of(List.of("projector", "laptop"), "laptop").orElseThrow();
        assertEquals("projector", choice.audience());
        assertEquals("laptop", choice.presenter());
    }

    @Test
    void withThreeScreensTheFirstOtherThanThePrimaryShowsTheSlides() {
        ScreenChoice<String> choice = ScreenChoice.of(List.of("laptop", "left", "right"), "laptop").orElseThrow();
        assertEquals("left", choice.audience());
    }
}
