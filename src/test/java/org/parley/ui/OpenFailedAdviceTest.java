package org.parley.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.Workspace;
import org.parley.store.OnReadOnlyDisk;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the window says after "Parley could not open its data" when no backup can help. Found by a
 * tester, 2026-12-05: with a data folder that could not be made (a read-only disk), the dialog sent
 * the user to "the log file in your user-data folder", which could not be made either, and spoke
 * only of the database file.
 */
class OpenFailedAdviceTest {

    @TempDir
    Path dir;

    @Test
    void withoutALogFileNoneIsPromised() {
        String advice = ParleyApp.openFailedAdvice(new StoreException("cannot open database x.db"), null, null);
        assertFalse(advice.contains("log file"), advice);
        assertTrue(advice.contains("data folder"), advice);
        assertTrue(advice.contains("--db"), advice);
    }

    @Test
    void aLogFileIsNamedByItsPath() {
        Path log = Path.of("/home/ana/.local/share/parley/parley.log");
        String advice = ParleyApp.openFailedAdvice(new StoreException("cannot open database x.db"), null, log);
        assertTrue(advice.contains("Details are in " + log + "."), advice);
    }

    /**
     * Found by a tester, 2026-12-05: a database from a newer Parley (the user went back to an older
     * version) was refused rightly, but the advice under it said to check that the folder and file can
     * be written and that the file is a Parley database, all of which they are.
     */
    @Test
    void aDatabaseFromANewerParleyIsToldToUpdateNotToCheckTheFile() throws Exception {
        Path file = dir.resolve("parley.db");
        ParleyStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 999");
        }
        Throwable refused = assertThrows(StoreException.class, () -> Workspace.open(file));
        Path log = Path.of("/home/ana/.local/share/parley/parley.log");

        String advice = ParleyApp.openFailedAdvice(refused, null, log);

        assertFalse(advice.contains("can be written"), advice);
        assertFalse(advice.contains("is a Parley database"), advice);
        assertTrue(advice.contains("newer Parley"), advice);
        assertTrue(advice.contains("--db"), advice);
        assertTrue(advice.contains("Details are in " + log + "."), advice);
    }

    /**
     * Found by a hostile-input helper: with Parley's data folder on a disk mounted read-only, the message
     * said so and where to go, and the advice under it sent the user to check that the folder can be written
     * and that the file is a Parley database, neither of which any check could mend.
     */
    @Test
    void aReadOnlyDiskIsNotToldToCheckTheFolderOrTheFile() {
        Throwable refused = new OnReadOnlyDisk("cannot create Parley's data folder /media/live/parley: /media/live is "
                + "on a read-only disk (its file system is mounted read-only). Set XDG_DATA_HOME to a folder that can be "
                + "written, or name a database elsewhere with --db.", null);

        String advice = ParleyApp.openFailedAdvice(refused, null, null);

        assertFalse(advice.contains("can be written"), advice);
        assertFalse(advice.contains("is a Parley database"), advice);
        assertTrue(advice.contains("--db"), advice);
    }

    /**
     * Found by h295: a database another program removed a table from (SchemaTables) was refused as damaged beyond
     * opening, with no sound backup, and the advice under it sent the user to check that the folder and the file can
     * be written and that the file is a Parley database: the folder is fine and the file is Parley's, damaged.
     */
    @Test
    void aDamagedDatabaseIsToldWhereItsBackupsAreAndHowToBeginAfresh() throws Exception {
        Path file = dir.resolve("parley.db");
        ParleyStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("DROP TABLE quotes");
        }
        StoreException refused = assertThrows(StoreException.class, () -> Workspace.open(file));
        assertTrue(refused.unopenable(), refused.getMessage());
        Path backups = ParleyStore.backupsOf(file).folder();
        Path log = Path.of("/home/ana/.local/share/parley/parley.log");

        String advice = ParleyApp.openFailedAdvice(refused, backups, log);

        assertFalse(advice.contains("can be written"), advice);
        assertFalse(advice.contains("is a Parley database"), advice);
        assertTrue(advice.contains("Its backups are kept in " + backups + "; none of them is sound."), advice);
        // The message above already says to move the file away; the advice says how, not the same words again.
        assertFalse(advice.contains("import your dataset again"), advice);
        assertTrue(advice.contains("--db"), advice);
        assertTrue(advice.contains("Details are in " + log + "."), advice);
    }

    /**
     * Found by h305: a database another program held (a transaction begun with BEGIN EXCLUSIVE) was said to be
     * locked, and the advice under it sent the user to check that the folder and the file can be written and
     * that the file is a Parley database: all of which they are. Only closing the other program mends it.
     */
    @Test
    void aDatabaseAnotherProgramHoldsIsToldToCloseItThereNotToCheckTheFile() throws Exception {
        Path file = dir.resolve("parley.db");
        ParleyStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("BEGIN EXCLUSIVE");
            StoreException refused = assertThrows(StoreException.class, () -> Workspace.open(file));
            Path log = Path.of("/home/ana/.local/share/parley/parley.log");

            String advice = ParleyApp.openFailedAdvice(refused, null, log);

            assertTrue(refused.heldByAnotherProgram(), refused.getMessage());
            assertFalse(advice.contains("can be written"), advice);
            assertFalse(advice.contains("is a Parley database"), advice);
            assertTrue(advice.contains("Nothing is wrong with the file"), advice);
            assertTrue(advice.contains("start Parley again"), advice);
            assertTrue(advice.contains("Details are in " + log + "."), advice);
            st.execute("ROLLBACK");
        }
    }
}
