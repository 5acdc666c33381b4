package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;

/**
 * The export layer refuses a control character in a path to write, whoever asks: the command line
 * refuses it as a usage error before it opens anything, and the app's export dialogs reach this.
 */
class OutputNameTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    @TempDir
    Path tmp;

    @Test
    void aWebPageNamedWithALineBreakIsNotWritten() throws Exception {
        Path out = tmp.resolve("a\nb.html");
        ExportException e = assertThrows(ExportException.class, () -> new DataExport().export(WEEK, DataFormat.HTML, out));
        int at = tmp.toString().length() + 3;
        assertEquals("cannot write " + tmp + "/a\\u000Ab.html holds a control character (U+000A, a line break) at character "
                + at + "; Parley does not make file or folder names with one. Nothing was written.", e.getMessage());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aCsvFolderNamedWithAnEscapeLeavesNoFolderBehind() throws Exception {
        Path out = tmp.resolve("csv\u001B");
        assertThrows(ExportException.class, () -> new DataExport().export(WEEK, DataFormat.CSV, out));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void plainNamesHaveNoProblem() {
        assertEquals(Optional.empty(), OutputName.problem(Path.of("/tmp/my week (draft) – é.html")));
    }

    /** "--db=~/week.db" reaches Parley unexpanded: it made a folder named "~" in the current one. */
    @Test
    void aPathBeginningWithATildeTheShellLeftIsRefused() {
        String said = OutputName.problem(Path.of("~/week.db")).orElseThrow();
        Assertions.assertTrue(said.contains("begins with '~'") && said.contains("$HOME/week.db")
                && said.contains("Nothing was written"), said);
        Assertions.assertTrue(OutputName.problem(Path.of("notes~/week.db")).isEmpty());
    }
}
