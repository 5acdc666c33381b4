package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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

    @Test
    void charactersTheFontLacksComeFromASystemFont(@TempDir Path empty) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            // Helvetica as the handout's font and DejaVu as "the system": Cyrillic must come from DejaVu.
            HandoutFonts fonts = HandoutFonts.load(doc, empty, List.of(HandoutFonts.DEJAVU_DIR));
            String text = fonts.printable("Talks \u0414\u0430", fonts.regular());
            assertEquals("Talks \u0414\u0430", text);
            List<HandoutFonts.Run> runs = fonts.runs(text, fonts.regular());
            assertEquals(2, runs.size(), runs.toString());
            assertEquals("\u0414\u0430", runs.get(1).text());
            assertTrue(runs.get(1).font().getName().contains("DejaVu"), runs.get(1).font().getName());
            assertTrue(TextBlock.width(text, fonts.regular(), 12) > 0);
            assertTrue(fonts.missing().isEmpty());
        }
    }

    @Test
    void whatNoFontHasBecomesAVisiblePlaceholderNotACrash(@TempDir Path empty) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            HandoutFonts fonts = HandoutFonts.load(doc, HandoutFonts.DEJAVU_DIR, List.of(empty));
            assertTrue(fonts.embedded());
            String text = fonts.printable("\u5317\u4eac \u092e\u0941\u0902\u092c\u0908\u001b[31m", fonts.bold());
            assertTrue(text.startsWith(HandoutFonts.PLACEHOLDER + HandoutFonts.PLACEHOLDER + " "), text);
            assertFalse(text.contains("\u001b"), "control characters are dropped");
            assertTrue(fonts.missing().contains(0x5317));
            assertTrue(TextBlock.width(text, fonts.bold(), 12) > 0);
        }
    }
}
