package org.parley.render.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.render.label.Rect;

/** Which marks a name beside its own could be read as naming. */
class NearestMarksTest {

    // Geneva's badge, and Vienna's up and to the right, as on the 1280×720 map filtered to the NATO allies.
    private static final double[] GENEVA = {562, 637, 9};
    private static final double[] VIENNA = {625, 618, 9};

    @Test
    void aNameRunningOnUnderAnotherMarkReadsAsThatMarks() {
        NearestMarks marks = new NearestMarks(List.of(GENEVA, VIENNA));
        Rect rightOfGenevaUnderVienna = new Rect(575, 629, 112, 17);
        assertTrue(marks.nearerToAnother(rightOfGenevaUnderVienna, GENEVA[0], GENEVA[1], GENEVA[2], 6));
    }

    @Test
    void aNameWellClearOfOtherMarksIsItsMarksOwn() {
        NearestMarks marks = new NearestMarks(List.of(GENEVA, VIENNA));
        Rect leftOfGeneva = new Rect(440, 629, 112, 17);
        assertFalse(marks.nearerToAnother(leftOfGeneva, GENEVA[0], GENEVA[1], GENEVA[2], 6));
        Rect rightOfGenevaLower = new Rect(575, 640, 112, 17);
        assertFalse(marks.nearerToAnother(rightOfGenevaLower, GENEVA[0], GENEVA[1], GENEVA[2], 6),
                "Vienna's badge 13 px above the words is not over them");
    }
}
