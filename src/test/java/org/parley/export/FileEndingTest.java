package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one rule for the name an export is written under, the save dialogs' and the commands' --out alike
 * (decision 0154): each case the window and the command line had answered differently.
 */
class FileEndingTest {

    private static final List<String> PDF = List.of(".pdf");
    private static final List<String> GEOJSON = List.of(".geojson", ".json");

    @TempDir
    Path tmp;

    private Path pdf(String name) {
        return FileEnding.of(tmp.resolve(name), "a PDF", PDF);
    }

    private String refusal(String name, String what, List<String> endings) {
        return assertThrows(ExportException.class, () -> FileEnding.of(tmp.resolve(name), what, endings),
                name + " is refused").getMessage();
    }

    @Test
    void aNameWithoutAnEndingIsGivenTheFormats() {
        assertEquals(tmp.resolve("report.pdf"), pdf("report"));
        assertEquals(tmp.resolve("parley.geojson"), FileEnding.of(tmp.resolve("parley"), "GeoJSON", GEOJSON));
    }

    /** "talks.jan12" or "p.db" is a name with a dot in it, not a kind of file: the PDF is "talks.jan12.pdf". */
    @Test
    void aDotThatSaysNoKindOfFileIsPartOfTheName() {
        assertEquals(tmp.resolve("talks.jan12.pdf"), pdf("talks.jan12"));
        assertEquals(tmp.resolve("p.db.pdf"), pdf("p.db"));
    }

    @Test
    void theFormatsOwnEndingInAnyCaseIsKeptAsTyped() {
        assertEquals(tmp.resolve("X.PDF"), pdf("X.PDF"));
        assertEquals(tmp.resolve("week.pdf"), pdf("week.pdf"));
        // GeoJSON is JSON: a "g.json" had become "g.json.geojson" in the window, and was kept by export-data.
        assertEquals(tmp.resolve("g.json"), FileEnding.of(tmp.resolve("g.json"), "GeoJSON", GEOJSON));
        assertEquals(tmp.resolve("page.HTM"), FileEnding.of(tmp.resolve("page.HTM"), "a web page", List.of(".html", ".htm")));
    }

    /** The handout dialog had written "x.png.pdf", the image dialog "x.pdf" and the command refused it. */
    @Test
    void anotherKindsEndingIsRefusedNotRenamedNorAppendedTo() {
        assertEquals("\"x.png\" ends in .png, but this file is a PDF: name it .pdf. Nothing was written.",
                refusal("x.png", "a PDF", PDF));
        assertTrue(refusal("week.JPG", "a PNG image", List.of(".png")).contains("ends in .jpg"));
        assertTrue(refusal("g.geojson", "a JSON dataset", List.of(".json")).contains("ends in .geojson,"));
        assertTrue(refusal("t.csv", "GeoJSON", GEOJSON).contains("name it .geojson"));
    }

    /** "x." had been "x..pdf" in the window and refused by the command; ".pdf" a hidden file called ".pdf". */
    @Test
    void aNameThatIsOnlyADotOrOnlyAnEndingIsRefused() {
        assertEquals("\"x.\" ends with '.': name it x.pdf. Nothing was written.", refusal("x.", "a PDF", PDF));
        assertEquals("\".pdf\" is only an ending: name the file, e.g. week.pdf. Nothing was written.",
                refusal(".pdf", "a PDF", PDF));
        assertTrue(refusal(".PNG", "a PDF", PDF).contains("is only an ending"));
    }

    /** An existing folder is left for the writer to refuse as one: nothing is written beside it. */
    @Test
    void anExistingFolderIsNotRenamed() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("slides"));
        assertEquals(folder, pdf("slides"));
    }
}
