package org.parley.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.FileEnding;

/** A save dialog's answer with its extension, and what the note then says of the name it was given. */
class SavedNameTest {

    @TempDir
    Path tmp;

    @Test
    void aNameGivenAnExtensionIsSaidAndTheFileNamedIsSaidToBeLeftAsItWas() throws Exception {
        Path chosen = Files.writeString(tmp.resolve("parley.db-backup.db"), "a backup");
        Path written = FileEnding.of(chosen, "a PDF", List.of(".pdf"));
        assertEquals("parley.db-backup.db.pdf", written.getFileName().toString());
        assertEquals("Named parley.db-backup.db.pdf (the ending .pdf added to the name given);"
                + " parley.db-backup.db was left as it was.",
                SavedName.renamingNote(chosen, written));
        assertEquals("a backup", Files.readString(chosen));
    }

    @Test
    void aNameThatNamedNothingIsOnlySaidAndOneKeptWholeNotAtAll() {
        Path chosen = tmp.resolve("report");
        // One file was written: the note had said "these files end in .pdf".
        assertEquals("Named report.pdf (the ending .pdf added to the name given).",
                SavedName.renamingNote(chosen, FileEnding.of(chosen, "a PDF", List.of(".pdf"))));
        Path whole = tmp.resolve("report.pdf");
        assertEquals("", SavedName.renamingNote(whole, FileEnding.of(whole, "a PDF", List.of(".pdf"))));
    }
}
