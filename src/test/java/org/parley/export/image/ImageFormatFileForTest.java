package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.export.ExportException;

/** The name an image is written under, the Export image dialog's and export-image's alike (decision 0154). */
class ImageFormatFileForTest {

    private final Path folder = Path.of("slides");

    @Test
    void theFormatsEndingIsAddedOnceAndKeptInAnyCase() {
        assertEquals(folder.resolve("week.png"), ImageFormat.PNG.fileFor(folder.resolve("week.png")));
        assertEquals(folder.resolve("week.SVG"), ImageFormat.SVG.fileFor(folder.resolve("week.SVG")));
        assertEquals(folder.resolve("week.pdf"), ImageFormat.PDF.fileFor(folder.resolve("week")));
        assertEquals(folder.resolve("week.v2.png"), ImageFormat.PNG.fileFor(folder.resolve("week.v2")));
    }

    /** The dialog had renamed these ("week.png" as a PDF was "week.pdf") where the command refused them. */
    @Test
    void anotherImageTypesEndingIsRefusedSayingWhatToType() {
        String pdf = assertThrows(ExportException.class, () -> ImageFormat.PDF.fileFor(folder.resolve("week.png")))
                .getMessage();
        assertEquals("\"week.png\" ends in .png, but this file is a PDF document: name it .pdf. Nothing was written.", pdf);
        assertTrue(assertThrows(ExportException.class, () -> ImageFormat.PNG.fileFor(folder.resolve("week.JPEG")))
                .getMessage().contains("ends in .jpeg, but this file is a PNG image"));
        assertTrue(assertThrows(ExportException.class, () -> ImageFormat.SVG.fileFor(folder.resolve("week.PDF")))
                .getMessage().contains("an SVG drawing"));
    }
}
