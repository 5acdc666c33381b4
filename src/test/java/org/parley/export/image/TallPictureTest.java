package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The note beside the size of a picture many screens tall is read as a sentence, and ends as one. */
class TallPictureTest {

    private static final long HEAP = 4L * 1024 * 1024 * 1024;

    /**
     * Found by a helper, 2026-12-07: the export dialog's Output line for a timeline 40 screens tall ended "… a shorter
     * range, or a filter", with no full stop, where the command line's own warning ends with one.
     */
    @Test
    void theNoteOnATallPictureEndsWithAFullStop() {
        ImageSize tall = new ImageSize(1600, 36_000);
        for (ImageFormat format : new ImageFormat[] {ImageFormat.PNG, ImageFormat.SVG}) {
            String note = TallPicture.note(tall, format, HEAP);
            assertTrue(note.contains("screens tall"), note);
            assertTrue(note.endsWith("a shorter range, or a filter."), format + ": " + note);
        }
        // Too big for the memory given, the PNG's note says so and still ends as a sentence.
        String spare = TallPicture.note(tall, ImageFormat.PNG, 64L * 1024 * 1024);
        assertTrue(spare.contains("more than Parley can spare") && spare.endsWith("."), spare);
        assertTrue(TallPicture.commandLineNote(tall, ImageFormat.PNG).endsWith("."), "the command line's, as before");
        assertEquals("", TallPicture.note(new ImageSize(1600, 900), ImageFormat.PNG, HEAP), "a screen tall says nothing");
    }
}
