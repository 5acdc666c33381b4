package org.parley.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An export never writes over a file that exists unless told to with --force (or --overwrite), the
 * same for every export command; and never over a database, its WAL/SHM/journal or a backup, even then.
 */
class ExportOverwriteTest {

    @TempDir
    static Path shared;
    private static Path db;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeADatabaseWithABackup() {
        db = shared.resolve("p.db");
        assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
    }

    private static final byte[] MINE = "the user's own file\n".getBytes(StandardCharsets.UTF_8);

    private static void assertRefusedUnchanged(CliRun run, Map<Path, byte[]> before, Path folder, String says)
            throws Exception {
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains(says), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        Map<Path, byte[]> after = FileTree.snapshot(folder);
        assertEquals(before.keySet(), after.keySet(), "files made or removed");
        before.forEach((p, b) -> assertArrayEquals(b, after.get(p), p + " changed"));
    }

    @Test
    void everyExportRefusesAnExistingFileAndNamesForce() throws Exception {
        String[][] commands = {
            {"export-data", "--format", "json", "--out", "x.json"},
            {"export-data", "--format", "geojson", "--out", "x.geojson"},
            {"export-data", "--format", "timelinejs", "--out", "x.json"},
            {"export-data", "--format", "html", "--out", "x.html"},
            {"export-image", "--view", "timeline", "--format", "png", "--out", "x.png"},
            {"export-image", "--view", "map", "--format", "svg", "--out", "x.svg"},
            {"export-image", "--view", "actors", "--format", "pdf", "--out", "x.pdf"},
            {"handout", "--out", "x.pdf"},
        };
        for (String[] c : commands) {
            Path out = dir.resolve(c[c.length - 1]);
            Files.write(out, MINE);
            Map<Path, byte[]> before = FileTree.snapshot(dir);
            String[] args = withDb(c, out);

            assertRefusedUnchanged(CliRun.of(args), before, dir, "already exists; nothing was written");
            assertTrue(CliRun.of(args).err().contains("--force"), String.join(" ", c));

            String[] forced = append(args, c[0].equals("handout") ? "--overwrite" : "--force");
            CliRun run = CliRun.of(forced);
            assertEquals(0, run.exit(), String.join(" ", c) + ": " + run.err());
            assertFalse(Arrays.equals(MINE, Files.readAllBytes(out)), String.join(" ", c) + " replaced it");
            Files.delete(out);
        }
    }

    /** A file the user made read-only (0444) is their protection: --force had replaced it with a 0644 file. */
    @Test
    void forceNeverWritesOverAReadOnlyFileAndSaysHowToMakeItWritable() throws Exception {
        String[][] commands = {
            {"export-data", "--format", "json", "--out", "x.json"},
            {"export-data", "--format", "geojson", "--out", "x.geojson"},
            {"export-data", "--format", "html", "--out", "x.html"},
            {"export-image", "--view", "timeline", "--format", "png", "--out", "x.png"},
            {"export-image", "--view", "map", "--format", "svg", "--out", "x.svg"},
            {"handout", "--out", "x.pdf"},
        };
        for (String[] c : commands) {
            Path out = dir.resolve(c[c.length - 1]);
            Files.write(out, MINE);
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
            Map<Path, byte[]> before = FileTree.snapshot(dir);
            String[] args = withDb(c, out);

            for (String[] run : new String[][] {args, append(args, c[0].equals("handout") ? "--overwrite" : "--force")}) {
                CliRun result = CliRun.of(run);
                assertRefusedUnchanged(result, before, dir, "is read-only");
                assertTrue(result.err().contains("chmod u+w"), String.join(" ", run) + ": " + result.err());
                assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
            }
            Files.delete(out);
        }
        Files.write(dir.resolve("events.csv"), MINE);
        Files.setPosixFilePermissions(dir.resolve("events.csv"), PosixFilePermissions.fromString("r--r--r--"));
        Map<Path, byte[]> before = FileTree.snapshot(dir);
        assertRefusedUnchanged(CliRun.of("export-data", "--db", db.toString(), "--format", "csv", "--out",
                dir.toString(), "--force"), before, dir, "events.csv is read-only");
    }

    @Test
    void aFolderGivenForTheDefaultNameDoesNotLetItBeReplaced() throws Exception {
        Files.write(dir.resolve("parley.geojson"), MINE);
        Map<Path, byte[]> before = FileTree.snapshot(dir);

        CliRun run = CliRun.of("export-data", "--db", db.toString(), "--format", "geojson", "--out", dir.toString());

        assertRefusedUnchanged(run, before, dir, "parley.geojson already exists");
    }

    @Test
    void csvNamesEveryFileThatExistsAndWritesNone() throws Exception {
        Files.write(dir.resolve("events.csv"), MINE);
        Files.write(dir.resolve("positions.csv"), MINE);
        Map<Path, byte[]> before = FileTree.snapshot(dir);

        CliRun run = CliRun.of("export-data", "--db", db.toString(), "--format", "csv", "--out", dir.toString());

        assertRefusedUnchanged(run, before, dir, "events.csv");
        assertTrue(run.err().contains("positions.csv") && run.err().contains("already exist;"), run.err());
        assertTrue(run.err().contains("replace them"), run.err());
        assertEquals(0, CliRun.of("export-data", "--db", db.toString(), "--format", "csv", "--out", dir.toString(),
                "--force").exit());
        assertFalse(Arrays.equals(MINE, Files.readAllBytes(dir.resolve("events.csv"))), "replaced with --force");
        assertTrue(Files.readString(dir.resolve("events.csv")).contains("Grushko"), "replaced with --force");
    }

    @Test
    void theJsonExportsSourcesFolderIsAskedAboutToo() throws Exception {
        Path json = dir.resolve("week.json");
        assertEquals(0, CliRun.of("export-data", "--db", db.toString(), "--format", "json", "--out", json.toString()).exit());
        Files.delete(json);
        Map<Path, byte[]> before = FileTree.snapshot(dir);

        CliRun run = CliRun.of("export-data", "--db", db.toString(), "--format", "json", "--out", json.toString());

        assertRefusedUnchanged(run, before, dir, "week-sources already exists");
    }

    @Test
    void forceNeverWritesOverADatabaseItsWalOrABackup() throws Exception {
        Path other = dir.resolve("other.db");
        assertEquals(0, CliRun.of("import", "--db", other.toString()).exit());
        // A backup: replacing the seeds with a copy of themselves titled otherwise.
        Path mine = dir.resolve("mine");
        copySeeds(mine);
        Path weekJson = mine.resolve("week.json");
        Files.writeString(weekJson, Files.readString(weekJson).replaceFirst("\"title\": \"The week of", "\"title\": \"My week of"));
        assertEquals(0, CliRun.of("import", "--db", other.toString(), mine.toString()).exit());
        Path backup;
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            backup = backups.findFirst().orElseThrow();
        }
        Files.write(dir.resolve("other.db-wal"), MINE);
        Files.write(dir.resolve("other.db-journal"), MINE);

        String[][] targets = {
            {other.toString(), "it is an SQLite database"},
            {backup.toString(), "it is an SQLite database"},
            {dir.resolve("other.db-wal").toString(), "belongs to the SQLite database"},
            {dir.resolve("other.db-journal").toString(), "belongs to the SQLite database"},
            {db.toString(), "it is the open database"},
        };
        // Named as they are, "other.db" is given the format's ending and written beside it (decision 0154); each is
        // reached by a link named in the format's ending, another spelling of that file.
        for (int i = 0; i < targets.length; i++) {
            Files.createSymbolicLink(dir.resolve("to-" + i + ".png"), Path.of(targets[i][0]));
            Files.createSymbolicLink(dir.resolve("to-" + i + ".pdf"), Path.of(targets[i][0]));
        }
        Map<Path, byte[]> before = FileTree.snapshot(dir);
        for (int i = 0; i < targets.length; i++) {
            assertRefusedUnchanged(CliRun.of("export-image", "--db", db.toString(), "--view", "timeline", "--format",
                    "png", "--out", dir.resolve("to-" + i + ".png").toString(), "--force"), before, dir, targets[i][1]);
            assertRefusedUnchanged(CliRun.of("handout", "--db", db.toString(), "--out",
                    dir.resolve("to-" + i + ".pdf").toString(), "--force"), before, dir, targets[i][1]);
        }

        // And the database's own name, as typed, leaves the database as it was.
        assertEquals(0, CliRun.of("export-image", "--db", db.toString(), "--view", "timeline", "--format", "png",
                "--out", other.toString(), "--force").exit());
        assertTrue(Files.isRegularFile(dir.resolve("other.db.png")));
        assertArrayEquals(before.get(other), Files.readAllBytes(other), "the database was written over");
    }

    /**
     * Found by a tester, 2026-12-05: --force onto a link writes the file it leads to (decision 0123), but every
     * command said only "Wrote …/link.png", never which of the user's files it had replaced.
     */
    @Test
    void forceThroughALinkNamesTheFileItReplaced() throws Exception {
        String[][] commands = {
            {"export-data", "--format", "geojson", "--out", "link.geojson"},
            {"export-image", "--view", "timeline", "--format", "png", "--out", "link.png"},
            {"handout", "--out", "link.pdf"},
        };
        for (String[] c : commands) {
            Path link = dir.resolve(c[c.length - 1]);
            Path mine = dir.resolve("mine.txt");
            Files.write(mine, MINE);
            Files.createSymbolicLink(link, Path.of("mine.txt"));

            CliRun run = CliRun.of(append(withDb(c, link), "--force"));
            assertEquals(0, run.exit(), String.join(" ", c) + ": " + run.err());
            String line = run.out().lines().filter(l -> l.startsWith("Wrote ")).findFirst().orElseThrow();
            assertTrue(line.startsWith("Wrote " + link.toAbsolutePath()), line);
            assertTrue(line.endsWith(" through the link to " + mine.toRealPath() + ", which it replaced"), line);
            assertFalse(Arrays.equals(MINE, Files.readAllBytes(mine)), "the linked file was written");
            Files.delete(link);
            Files.delete(mine);
        }
    }

    /**
     * A JSON file written through a link keeps its texts beside the file it is: they had gone beside the link,
     * and the linked file, opened where it lies, could not find its sources.
     */
    @Test
    void aJsonWrittenThroughALinkKeepsItsSourcesBesideTheFileItIs() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Path target = archive.resolve("kept.json");
        Files.write(target, MINE);
        Path link = dir.resolve("d.json");
        Files.createSymbolicLink(link, target);

        CliRun run = CliRun.of(append(withDb(new String[] {"export-data", "--format", "json", "--out", "d.json"}, link), "--force"));
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isDirectory(archive.resolve("kept-sources")), "the texts beside the linked file");
        assertFalse(Files.exists(dir.resolve("d-sources")), "nothing beside the link");
        CliRun reads = CliRun.of("validate", target.toString());
        assertEquals(0, reads.exit(), reads.err());
        Files.delete(link);
    }

    @Test
    void forceNeverReplacesADevicePipeOrLinkToOne() throws Exception {
        Path fifo = dir.resolve("pipe.png");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path toDevice = dir.resolve("null.pdf");
        Files.createSymbolicLink(toDevice, Path.of("/dev/null"));
        Path dangling = dir.resolve("gone.svg");
        Files.createSymbolicLink(dangling, dir.resolve("nothing-here.svg"));
        Path[] targets = {fifo, toDevice, dangling};
        for (Path t : targets) {
            String format = t.getFileName().toString().substring(t.getFileName().toString().indexOf('.') + 1);
            CliRun run = CliRun.of("export-image", "--db", db.toString(), "--view", "timeline", "--format", format,
                    "--out", t.toString(), "--force");
            assertEquals(1, run.exit(), t + ": " + run.out());
            assertTrue(run.err().contains("not a regular file"), run.err());
            assertTrue(Files.isSymbolicLink(t) || !Files.isRegularFile(t), t + " was replaced");
        }
        assertTrue(Files.isSymbolicLink(toDevice) && Files.isSymbolicLink(dangling));
        assertEquals(Path.of("/dev/null"), Files.readSymbolicLink(toDevice));
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the pipe is still a pipe");
    }

    private static String[] withDb(String[] command, Path out) {
        String[] args = new String[command.length + 2];
        args[0] = command[0];
        args[1] = "--db";
        args[2] = db.toString();
        System.arraycopy(command, 1, args, 3, command.length - 1);
        args[args.length - 1] = out.toString();
        return args;
    }

    private static String[] append(String[] args, String more) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }

    private static void copySeeds(Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("parley.seeds", "seeds")))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

}
