package org.parley.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.export.image.ImageFormat;

/** The name a save dialog returns gets the chosen format's extension, once. */
class ImageFileChooserTest {

    @Test
    void anotherFormatsExtensionIsReplacedNotKept() {
        Path folder = Path.of("slides");
        assertEquals(folder.resolve("week.pdf"), ImageFileChooser.withExtension(folder.resolve("week.png"), ImageFormat.PDF));
        assertEquals(folder.resolve("week.svg"), ImageFileChooser.withExtension(folder.resolve("week.PDF"), ImageFormat.SVG));
        assertEquals(folder.resolve("week.png"), ImageFileChooser.withExtension(folder.resolve("week.png"), ImageFormat.PNG));
        // An image type Parley does not write, typed by habit: it had saved "week.jpg.png".
        assertEquals(folder.resolve("week.png"), ImageFileChooser.withExtension(folder.resolve("week.jpg"), ImageFormat.PNG));
        assertEquals(folder.resolve("week.svg"), ImageFileChooser.withExtension(folder.resolve("week.JPEG"), ImageFormat.SVG));
        assertEquals(folder.resolve("week.v2.png"), ImageFileChooser.withExtension(folder.resolve("week.v2"), ImageFormat.PNG));
        assertEquals(folder.resolve(".png.pdf"), ImageFileChooser.withExtension(folder.resolve(".png"), ImageFormat.PDF));
    }
}
