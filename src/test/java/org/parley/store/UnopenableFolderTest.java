package org.parley.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The folder's permission is given, not read: root, as on CI, may write anywhere. */
class UnopenableFolderTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseInAFolderThatCannotBeWrittenBlamesTheFolder() {
        Path file = dir.resolve("new.db");
        assertEquals(Optional.of("the folder " + dir + " cannot be written (permission denied), so no database can be "
                + "created in it; choose another folder"), UnopenableFolder.why(file, f -> false));
    }

    @Test
    void aWritableFolderOrAnExistingFileLeavesTheCauseUnknown() throws Exception {
        assertEquals(Optional.empty(), UnopenableFolder.why(dir.resolve("new.db"), f -> true));
        Path existing = Files.writeString(dir.resolve("old.db"), "");
        assertEquals(Optional.empty(), UnopenableFolder.why(existing, f -> false));
        assertEquals(Optional.empty(), UnopenableFolder.why(dir.resolve("gone").resolve("new.db"), f -> false));
    }
}
