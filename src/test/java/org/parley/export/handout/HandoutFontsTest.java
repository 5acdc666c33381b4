package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutFontsTest {

    @Test
    void withoutDejaVuTheStandardFontGetsPlainSubstitutes(@TempDir Path empty) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            HandoutFonts fonts = HandoutFonts.load(doc, empty);
            assertFalse(fonts.embedded());
            // Helvetica's WinAnsi has curly quotes and dashes; it has no Cyrillic or arrows.
            assertEquals("\u201CNATO\u201D \u2014 ?? ?",
                    fonts.printable("\u201CNATO\u201D \u2014 \u0414\u0430 \u2192", fonts.regular()));
        }
    }
}
