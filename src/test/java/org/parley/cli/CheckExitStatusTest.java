package org.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code parley check}'s exit status tells a script: sound, damaged, or sound but changed by
 * another program since its import (the user's own edit, which is not damage).
 */
class CheckExitStatusTest {

    @TempDir
    Path tmp;

    @Test
    void aSoundDatabaseExitsZero() {
        Path db = tmp.resolve("p.db");
        CliRun.seeded(db);
        CliRun run = CliRun.of("check", "--db", db.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("The database is sound."), run.out());
    }

    @Test
    void aSoundEditMadeElsewhereHasItsOwnStatusAndChangesNothing() throws Exception {
        Path db = tmp.resolve("p.db");
        CliRun.seeded(db);
        sql(db, "UPDATE events SET title = 'Collapse of the USSR' WHERE id = 'bg-soviet-collapse'");
        byte[] before = Files.readAllBytes(db);
        CliRun run = CliRun.of("check", "--db", db.toString());
        assertEquals(CheckCommand.CHANGED_OUTSIDE, run.exit(), run.err());
        assertTrue(run.err().contains("changed outside Parley") && run.err().contains("is sound"), run.err());
        assertArrayEquals(before, Files.readAllBytes(db), "a check writes nothing");
        CliRun help = CliRun.of("check", "--help");
        assertTrue(help.out().replaceAll("\\s+", " ").contains(CheckCommand.CHANGED_OUTSIDE + " when sound but changed"),
                help.out());
    }

    @Test
    void damageExitsOne() throws Exception {
        Path db = tmp.resolve("p.db");
        CliRun.seeded(db);
        sql(db, "UPDATE event_actors SET actor_id = 'nobody' WHERE event_id = 'antonov-rhetoric'");
        CliRun run = CliRun.of("check", "--db", db.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("has problems"), run.err());
    }

    private static void sql(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }
}
