package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.handout.HandoutLayout;
import org.parley.export.handout.HandoutPdf;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.SourceFilter;
import org.parley.seed.BundledSeeds;

/**
 * Text copied from a PDF, or searched in it, has the letters printed: PDFBox joined DejaVu Sans's "fi", "fl"
 * and "ff" into one ligature glyph each, and a handout's "(filtered)" and "significant" came out as "(\uFB01ltered)"
 * and "signi\uFB01cant", which a search for the word does not find.
 */
class PdfLettersTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    @TempDir
    Path dir;

    @Test
    void aHandoutsTextHasItsLettersNotLigatures() throws Exception {
        assumeTrue(ImageExport.pdfTextIsText(), "DejaVu Sans is installed (the CI installs it)");
        Path out = dir.resolve("nyt.pdf");
        EventFilter times = EventFilter.NONE.withSources(SourceFilter.includes("nyt"));
        new HandoutPdf().reportedBy(times.sources()).write(WEEK, WEEK.events().stream().filter(times.in(WEEK)).toList(),
                HandoutLayout.COMPACT, out);

        String text = textOf(out);

        assertTrue(text.contains("significant") && text.contains("conflict") && text.contains("officials"), text);
        assertFalse(text.matches("(?s).*[\uFB00-\uFB06].*"), "no ligature glyph in the text");
    }

    @Test
    void aPdfPicturesTextHasItsLettersNotLigatures() throws Exception {
        assumeTrue(ImageExport.pdfTextIsText(), "DejaVu Sans is installed (the CI installs it)");
        Path out = dir.resolve("dashboard.pdf");
        new ImageExport().export(WeekData.seeds(), WeekData.week(View.DASHBOARD, ImageFormat.PDF), out);

        String text = textOf(out);

        assertTrue(text.contains("conflict"), text);
        assertFalse(text.matches("(?s).*[\uFB00-\uFB06].*"), "no ligature glyph in the text");
    }

    /**
     * The text as a reader copies it: each glyph's own Unicode (its ToUnicode entry), as poppler's
     * pdftotext gives it; PDFBox's own stripper writes a ligature's letters out and would hide one.
     */
    private static String textOf(Path pdf) throws Exception {
        StringBuilder glyphs = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(p -> glyphs.append(p.getUnicode()));
                glyphs.append(' ');
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            stripper.getText(doc);
        }
        return glyphs.toString();
    }
}
