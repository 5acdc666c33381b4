package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An --out without the format's ending is given it, as the window's export dialogs give it (decision 0150):
 * "export-image --format pdf --out noext" had written a PDF called "noext" that no viewer opened by its name.
 * The file so named is refused when it exists, unless --force, as a name typed whole is.
 */
class OutEndingTest {

    @TempDir
    Path tmp;

    private record Case(List<String> command, String ending) {
    }

    private List<Case> cases() {
        return List.of(
                new Case(List.of("export-image", "--view", "map", "--format", "pdf"), ".pdf"),
                new Case(List.of("export-image", "--view", "map", "--format", "svg"), ".svg"),
                new Case(List.of("export-image", "--view", "map", "--format", "png"), ".png"),
                new Case(List.of("handout"), ".pdf"));
    }

    private CliRun run(Path db, Case c, Path out, String... more) {
        List<String> args = new ArrayList<>(c.command().subList(1, c.command().size()));
        args.add("--out");
        args.add(out.toString());
        args.addAll(List.of(more));
        return CliRun.on(db, c.command().get(0), args.toArray(String[]::new));
    }

    @Test
    void aNameWithoutTheFormatsEndingIsGivenIt() {
        Path db = Path.of(CliRun.seeded(tmp.resolve("week.db")));
        int i = 0;
        for (Case c : cases()) {
            Path out = tmp.resolve("noext" + i++);
            CliRun run = run(db, c, out);
            assertEquals(0, run.exit(), c + ": " + run.err());
            Path named = out.resolveSibling(out.getFileName() + c.ending());
            assertTrue(Files.isRegularFile(named), c + " wrote " + named + ": " + run.out());
            assertFalse(Files.exists(out), c + " wrote no file without an ending");
            assertTrue(run.out().contains(named.getFileName().toString()), "says the name it wrote: " + run.out());
        }
    }

    @Test
    void theNamedFileIsNotOverwrittenUnlessForced() throws IOException {
        Path db = Path.of(CliRun.seeded(tmp.resolve("week.db")));
        int i = 0;
        for (Case c : cases()) {
            Path out = tmp.resolve("mine" + i++);
            Path named = Files.writeString(out.resolveSibling(out.getFileName() + c.ending()), "mine");
            CliRun refused = run(db, c, out);
            assertEquals(1, refused.exit(), c + ": " + refused.err());
            assertTrue(refused.err().startsWith("parley: "), refused.err());
            assertTrue(refused.err().contains(named.getFileName().toString()), "names the file: " + refused.err());
            assertEquals("mine", Files.readString(named), c + " left the file as it was");
            assertFalse(Files.exists(out), c + " wrote nothing else");
            CliRun forced = run(db, c, out, "--force");
            assertEquals(0, forced.exit(), c + ": " + forced.err());
            assertTrue(Files.size(named) > 4, c + " replaced it when forced");
        }
    }

    /** A name in the format's ending, in any case, is written as typed; another gets it; a folder is not renamed. */
    @Test
    void aNameWithTheEndingIsWrittenAsTypedAndAFolderIsNotRenamed() throws IOException {
        Path db = Path.of(CliRun.seeded(tmp.resolve("week.db")));
        Case pdf = cases().get(0);
        CliRun typed = run(db, pdf, tmp.resolve("map.PDF"));
        assertEquals(0, typed.exit(), typed.err());
        assertTrue(Files.isRegularFile(tmp.resolve("map.PDF")));
        assertFalse(Files.exists(tmp.resolve("map.PDF.pdf")));
        // A dot that names no kind of file is part of the name, as in the window (decision 0154): it had been
        // written as "map.v2", a PDF no viewer opens by its name.
        CliRun v2 = run(db, pdf, tmp.resolve("map.v2"));
        assertEquals(0, v2.exit(), v2.err());
        assertTrue(Files.isRegularFile(tmp.resolve("map.v2.pdf")), "the PDF's ending is added: " + v2.out());
        assertFalse(Files.exists(tmp.resolve("map.v2")));
        Path folder = Files.createDirectory(tmp.resolve("slides"));
        for (Case c : cases()) {
            CliRun refused = run(db, c, folder);
            assertEquals(1, refused.exit(), c + ": " + refused.err());
            assertFalse(Files.exists(tmp.resolve("slides" + c.ending())), c + " wrote nothing beside the folder");
        }
    }

    /**
     * What the save dialogs refuse, the commands refuse in the same words: a name that is only an ending (it had
     * written a hidden file called ".pdf") and another kind's ending; a data file named with a dot that names no
     * kind is given its ending (it had been written as "week.v2").
     */
    @Test
    void theNamesTheWindowRefusesAreRefusedAndADataFileGetsItsEnding() {
        Path db = Path.of(CliRun.seeded(tmp.resolve("week.db")));
        CliRun onlyEnding = CliRun.on(db, "handout", "--out", tmp.resolve(".pdf").toString());
        assertEquals(2, onlyEnding.exit(), onlyEnding.err());
        assertTrue(onlyEnding.err().contains("\".pdf\" is only an ending: name the file, e.g. week.pdf."), onlyEnding.err());
        assertFalse(Files.exists(tmp.resolve(".pdf")));
        CliRun jpeg = CliRun.on(db, "export-image", "--view", "map", "--format", "png", "--out",
                tmp.resolve("map.jpg").toString());
        assertEquals(2, jpeg.exit(), jpeg.err());
        assertTrue(jpeg.err().contains("ends in .jpg, but this file is a PNG image: name it .png."), jpeg.err());
        assertFalse(Files.exists(tmp.resolve("map.jpg")), "no PNG written under a JPEG's name");
        CliRun page = CliRun.on(db, "export-data", "--format", "html", "--out", tmp.resolve("week.v2").toString());
        assertEquals(0, page.exit(), page.err());
        assertTrue(Files.isRegularFile(tmp.resolve("week.v2.html")), page.out());
        assertFalse(Files.exists(tmp.resolve("week.v2")));
    }

    /**
     * A data export's --out without an ending is a folder, the file named in it (its help says so): no file
     * without an ending either; unchanged.
     */
    @Test
    void aDataExportsNameWithoutAnEndingIsStillItsFolder() {
        Path db = Path.of(CliRun.seeded(tmp.resolve("week.db")));
        CliRun run = CliRun.on(db, "export-data", "--format", "html", "--out", tmp.resolve("page").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isRegularFile(tmp.resolve("page").resolve("parley-week.html")), run.out());
    }
}
