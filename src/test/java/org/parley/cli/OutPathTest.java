package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every writing command says about an --out it cannot or will not write, with nothing written. */
class OutPathTest {

    @TempDir
    Path tmp;

    /** Every path under {@code tmp}, folders too, with the bytes of each file: a refused --out leaves all of it. */
    private Map<Path, byte[]> everything() throws Exception {
        Map<Path, byte[]> all = FileTree.snapshot(tmp);
        try (Stream<Path> walk = Files.walk(tmp)) {
            walk.filter(Files::isDirectory).forEach(d -> all.put(d, new byte[0]));
        }
        return all;
    }

    /** {@code --out $'out/a\nb.html'} made a file whose name holds a line break; each command now refuses it. */
    @Test
    void aControlCharacterInOutIsRefusedByEveryWritingCommand() throws Exception {
        String db = CliRun.seeded(tmp.resolve("p.db"));
        Files.createDirectories(tmp.resolve("out"));
        String bad = tmp.resolve("out") + "/a\nb";
        String shown = tmp.resolve("out") + "/a\\u000Ab";
        int at = tmp.resolve("out").toString().length() + 3;
        List<String[]> commands = List.of(
                new String[] {"export-data", "--db", db, "--format", "html", "--out", bad + ".html"},
                new String[] {"export-data", "--db", db, "--format", "csv", "--out", bad},
                new String[] {"export-data", "--db", db, "--format", "json", "--out", bad + ".json", "--force"},
                new String[] {"export-image", "--db", db, "--view", "timeline", "--format", "png", "--out", bad + ".png"},
                new String[] {"handout", "--db", db, "--out", bad + ".pdf"},
                new String[] {"generate", "--events", "1", "--out", bad});
        Map<Path, byte[]> before = everything();
        for (String[] command : commands) {
            CliRun run = CliRun.of(command);
            String out = command[command.length - (command[command.length - 1].equals("--force") ? 2 : 1)];
            String ending = out.substring(bad.length());
            assertEquals(2, run.exit(), run.err());
            assertEquals("parley: --out " + shown + ending + " holds a control character (U+000A, a line break) at character "
                    + at + "; Parley does not make file or folder names with one. Nothing was written.",
                    run.err().lines().findFirst().orElseThrow(), String.join(" ", command));
            assertEquals("", run.out());
            assertEquals(before.keySet(), everything().keySet(), String.join(" ", command));
        }
        Map<Path, byte[]> after = everything();
        before.forEach((p, bytes) -> Assertions.assertArrayEquals(bytes, after.get(p), p.toString()));
    }

    /** A tab, an escape or a right-to-left override is refused as well; a plain name with spaces is not. */
    @Test
    void otherControlCharactersAreRefusedAndOrdinaryNamesPass() throws Exception {
        String db = CliRun.seeded(tmp.resolve("p.db"));
        for (String name : List.of("a\tb.html", "a\u001B[31mb.html", "notes\u202Elmth.txt")) {
            CliRun run = CliRun.of("export-data", "--db", db, "--format", "html", "--out", tmp.resolve(name).toString());
            assertEquals(2, run.exit(), run.err());
            assertEquals(true, run.err().contains(name.contains("\u202E")
                    ? " holds the direction control U+202E (right-to-left override: it shows the text after it in another order)"
                    : " holds a control character (U+"), run.err());
        }
        CliRun fine = CliRun.of("export-data", "--db", db, "--format", "html", "--out", tmp.resolve("my week.html").toString());
        assertEquals(0, fine.exit(), fine.err());
        assertEquals(List.of("Wrote " + tmp.resolve("my week.html")), fine.out().lines().toList());
    }

    /**
     * Every format says where it wrote as a whole, plain path, a relative --out too: csv had echoed
     * "week/events.csv", and the others kept the ".." of a relative path.
     */
    @Test
    void whatWasWrittenIsNamedByItsWholePath() throws Exception {
        String db = CliRun.seeded(tmp.resolve("w.db"));
        Path here = Path.of("").toAbsolutePath();
        for (String format : List.of("csv", "html", "geojson", "timelinejs", "json")) {
            Path out = tmp.resolve("rel-" + format);
            CliRun run = CliRun.of("export-data", "--db", db, "--format", format, "--out", here.relativize(out).toString());
            assertEquals(0, run.exit(), run.err());
            for (String line : run.out().lines().filter(l -> l.startsWith("Wrote ")).toList()) {
                assertTrue(Path.of(line.substring("Wrote ".length())).isAbsolute(), format + ": " + line);
                // The path as a reader would write it: "/work/main/../../tmp/…" names the file, but not plainly.
                assertTrue(line.startsWith("Wrote " + out.toAbsolutePath().normalize()) && !line.contains("/../"),
                        format + ": " + line);
            }
        }
    }

    /** /dev/null was called "a device or a pipe, not a folder", though a file was what --out named there. */
    @Test
    void aDeviceGivenAsTheFileToWriteIsCalledNoFile() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null")), "a Unix device");
        String db = CliRun.seeded(tmp.resolve("p.db"));
        for (String format : List.of("html", "geojson", "timelinejs", "json")) {
            List<String> args = new ArrayList<>(List.of("export-data", "--db", db, "--format", format, "--out", "/dev/null"));
            args.add("--force");
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(1, run.exit(), run.err());
            assertEquals(List.of("parley: refusing to write /dev/null: it is not a regular file (a device, pipe or socket, "
                    + "or a link to one or to nothing). Choose a file name. Nothing was written."),
                    run.err().lines().toList(), format);
        }
        // CSV writes into a folder: there "not a folder" is the truth, and it stays.
        CliRun csv = CliRun.of("export-data", "--db", db, "--format", "csv", "--out", "/dev/null", "--force");
        assertEquals(1, csv.exit(), csv.err());
        assertEquals(true, csv.err().contains("CSV export needs a folder"), csv.err());
    }
    /**
     * {@code --out slides/} ends in '/', a folder's name; export-image wrote a PNG named "slides", handout a PDF named
     * "slides", export-data an HTML page named "page.html" for "page.html/". Each is refused now, with nothing made.
     */
    @Test
    void anOutEndingInSlashIsAFolderWhereOneFileWasAskedFor() throws Exception {
        String db = CliRun.seeded(tmp.resolve("p.db"));
        String slides = tmp.resolve("slides") + "/";
        String page = tmp.resolve("page.html") + "/";
        Map<String, String[]> commands = Map.of(
                "export-image writes one file: name the file, e.g. " + tmp.resolve("slides") + ".png",
                new String[] {"export-image", "--db", db, "--view", "map", "--format", "png", "--out", slides},
                "handout writes one file: name the file, e.g. " + tmp.resolve("slides") + ".pdf",
                new String[] {"handout", "--db", db, "--out=" + slides},
                "export-data --format html writes page.html as a file: leave out the '/', or name a folder without "
                        + "the ending .html",
                new String[] {"export-data", "--db", db, "--format", "html", "--out", page});
        Map<Path, byte[]> before = everything();
        for (Map.Entry<String, String[]> command : commands.entrySet()) {
            CliRun run = CliRun.of(command.getValue());
            String typed = command.getValue()[0].equals("export-data") ? page : slides;
            assertEquals(2, run.exit(), run.err());
            assertEquals("parley: --out " + typed + " ends in '/', a folder's name, but " + command.getKey()
                    + ". Nothing was written.", run.err().lines().findFirst().orElseThrow());
            assertEquals(before.keySet(), everything().keySet(), String.join(" ", command.getValue()));
        }
        // Where a folder is what the format writes into, the '/' says just that, as before.
        CliRun folder = CliRun.of("export-data", "--db", db, "--format", "json", "--out", tmp.resolve("data") + "/");
        assertEquals(0, folder.exit(), folder.err());
        assertTrue(Files.isRegularFile(tmp.resolve("data").resolve("week.json")), folder.out());
    }
}
