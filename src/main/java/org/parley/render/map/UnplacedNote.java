package org.parley.render.map;

import java.util.Optional;
import org.parley.model.CountText;

/**
 * What the map says of the events shown that it has no mark for (background events about "post-Soviet space", a
 * conditional event about nowhere): said the same way whether none or only some of them have a place on it.
 */
public final class UnplacedNote {

    private UnplacedNote() {
    }

    /** Nothing when every event shown has a mark, or none is shown; else how many have none, out of how many. */
    public static Optional<String> of(int shown, int placed) {
        int unplaced = shown - placed;
        if (shown <= 0 || unplaced <= 0) {
            return Optional.empty();
        }
        if (placed <= 0) {
            return Optional.of(shown == 1 ? "The 1 event shown has no place on the map."
                    : "None of the " + CountText.number(shown) + " events shown has a place on the map.");
        }
        return Optional.of(CountText.number(unplaced) + " of the " + CountText.number(shown) + " events shown "
                + (unplaced == 1 ? "has" : "have") + " no place on the map.");
    }
}
