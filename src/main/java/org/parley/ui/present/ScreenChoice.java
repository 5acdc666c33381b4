package org.parley.ui.present;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a presentation goes when more than one screen is connected: the slides full screen on the
 * first screen that is not the teacher's primary one (the projector), the presenter view on the
 * primary. Generic over the screen type so the choice is tested with plain values: JavaFX's
 * {@code Screen} cannot be made up in a test.
 *
 * @param audience  the screen the class sees
 * @param presenter the teacher's screen, for the presenter view
 */
record ScreenChoice<S>(S audience, S presenter) {

    /**
     * @param screens every connected screen, in the order the system lists them
     * @param primary the system's primary screen
     * @return empty with a single screen (or none): the slides then take the only screen and there
     *         is no presenter view
     */
    static <S> Optional<ScreenChoice<S>> of(List<S> screens, S primary) {
        Objects.requireNonNull(primary, "primary");
        return screens.stream().filter(s -> !s.equals(primary)).findFirst()
                .map(audience -> new ScreenChoice<>(audience, primary));
    }
}
