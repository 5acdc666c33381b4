package org.parley.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an attacker or a careless user can hand the command line: hostile datasets, paths that
 * name the database or the dataset's own files, foreign databases and out-of-range values. Every
 * case must end with the expected exit status, a message that says what is wrong, no stack trace,
 * and every file in the working folder byte for byte as it was (nothing created, nothing changed).
 * Works as root: nothing relies on permissions.
 */
class HostileCasesTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));
    private static final String FIRST_TEXT = "000_9ba955ac96357edf.txt";

    @TempDir
    static Path shared;
    private static Path baseDb;

    @TempDir
    Path dir;

    /** Prepares the case's files inside its folder. */
    @FunctionalInterface
    interface Setup {
        void in(Path dir) throws Exception;
    }

    record Case(String name, Setup setup, String[] args, int exit, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void makeADatabase() {
        baseDb = shared.resolve("base.db");
        assertEquals(0, CliRun.of("import", "--db", baseDb.toString()).exit());
    }

    /** A case run in a folder holding data/ (a copy of the seeds) and p.db (the seeds imported); args may use DIR. */
    private static Case run(String name, Setup setup, int exit, String message, String... args) {
        return new Case(name, setup, args, exit, message);
    }

    private static Setup none() {
        return d -> { };
    }

    /** A link {@code name} to {@code target} in the case's folder: another spelling of that file. */
    private static Setup link(String name, String target) {
        return d -> Files.createSymbolicLink(d.resolve(name), d.resolve(target));
    }

    /** The first source's "file" replaced by {@code jsonString} (as written inside JSON quotes). */
    private static Case fileName(String name, String jsonString, String message) {
        return run("source file " + name, d -> editJson(d, "\"" + FIRST_TEXT + "\"", "\"" + jsonString + "\""),
                1, message, "import", "--db", "DIR/p.db", "DIR/data");
    }

    /** The first source's text replaced by what {@code setup} makes under the same name. */
    private static Case sourceFile(String name, Setup setup, String message) {
        return run("source text " + name, d -> {
            Files.delete(d.resolve("data").resolve(FIRST_TEXT));
            setup.in(d.resolve("data"));
        }, 1, message, "import", "--db", "DIR/p.db", "DIR/data");
    }

    private static Case json(String name, String find, String replace, String message) {
        return run("dataset " + name, d -> editJson(d, find, replace), 1, message,
                "import", "--db", "DIR/p.db", "DIR/data");
    }

    /** A dataset begun, one source and no events yet: it imports, and what needs events says so. */
    private static void writeWithoutEvents(Path json) throws IOException {
        Files.writeString(json.resolveSibling("s.txt"), "A first article.");
        Files.writeString(json, "{\"title\": \"Nothing yet\", \"sources\": [{\"id\": \"s\", \"publisher\": \"P\", "
                + "\"title\": \"T\", \"published\": \"2022-01-12\", \"language\": \"en\", \"file\": \"s.txt\"}], \"actors\": [], \"places\": [], "
                + "\"events\": []}");
    }

    private static void editJson(Path d, String find, String replace) throws IOException {
        Path json = d.resolve("data/week.json");
        String text = Files.readString(json);
        assertTrue(text.contains(find), "the seeds do not contain " + find);
        Files.writeString(json, text.replaceFirst(Pattern.quote(find),
                Matcher.quoteReplacement(replace)));
    }

    private static void writeBytes(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
    }

    private static void fifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor(), "mkfifo");
    }

    private static void sqlite(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    static Stream<Case> cases() {
        String exportImage = "export-image";
        List<Case> c = new ArrayList<>();
        // Source file names that would be hidden, climb out, or mean something else on some OS.
        c.add(fileName(".bashrc", ".bashrc", "hidden file"));
        // The second paper's file named as the first's in capitals: one file on Windows and macOS.
        c.add(run("source files differing only in case", d -> {
            editJson(d, "\"file\": \"003_c2d23156fd46c7ba.txt\"", "\"file\": \"000_9BA955AC96357EDF.TXT\"");
            Files.copy(d.resolve("data/003_c2d23156fd46c7ba.txt"), d.resolve("data/000_9BA955AC96357EDF.TXT"));
        }, 1, "only in case or in how an accent is written: on Windows and macOS they are one file", "import", "--db",
                "DIR/p.db", "DIR/data"));
        // "café.txt" with the accent as one character and as "e" and a combining accent: one file on macOS.
        c.add(run("source files differing only in how an accent is written", d -> {
            editJson(d, "\"file\": \"000_9ba955ac96357edf.txt\"", "\"file\": \"caf\u00e9.txt\"");
            editJson(d, "\"file\": \"003_c2d23156fd46c7ba.txt\"", "\"file\": \"cafe\u0301.txt\"");
            Files.copy(d.resolve("data/000_9ba955ac96357edf.txt"), d.resolve("data/caf\u00e9.txt"));
            Files.copy(d.resolve("data/003_c2d23156fd46c7ba.txt"), d.resolve("data/cafe\u0301.txt"));
        }, 1, "in how an accent is written", "import", "--db", "DIR/p.db", "DIR/data"));
        c.add(fileName("../escape", "../x.txt", "not a path"));
        c.add(fileName("absolute", "/etc/passwd", "not a path"));
        c.add(fileName("backslash", "a\\\\b.txt", "not a path"));
        c.add(fileName(".", ".", "not a path"));
        c.add(fileName("..", "..", "not a path"));
        c.add(fileName("NUL inside", "a\\u0000b.txt", "control or invisible character (U+0000, a control character)"));
        c.add(fileName("ESC inside", "a\\u001b[31m.txt", "control or invisible character (U+001B, a control character)"));
        c.add(fileName("right-to-left override", "x\\u202Etxt.exe", "control or invisible character (U+202E, a right-to-left override)"));
        c.add(fileName("no-break space at the end", "a.txt\\u00A0", "control or invisible character (U+00A0, a no-break space)"));
        c.add(fileName("Hangul filler alone", "\\u3164.txt", "control or invisible character (U+3164, a hangul filler)"));
        c.add(fileName("variation selector", "a\\uFE0F.txt", "control or invisible character (U+FE0F, a variation selector-16)"));
        c.add(fileName("a combining mark first", "\\u0301a.txt", "begins with a combining mark (U+0301)"));
        c.add(fileName("CON.txt", "CON.txt", "device name on Windows"));
        c.add(fileName("nul", "nul", "device name on Windows"));
        c.add(fileName("aux.txt", "aux.txt", "device name on Windows"));
        c.add(fileName("COM1.log", "COM1.log", "device name on Windows"));
        c.add(fileName("colon", "a:b.txt", "Windows does not allow"));
        c.add(fileName("star", "a*b.txt", "Windows does not allow"));
        c.add(fileName("question mark", "a?.txt", "Windows does not allow"));
        c.add(fileName("trailing dot", "name.", "Windows silently drops"));
        c.add(fileName("trailing space", "name.txt ", "Windows silently drops"));
        c.add(fileName("leading dash", "-rf.txt", "shells and tools misread"));
        c.add(fileName("leading tilde", "~x.txt", "shells and tools misread"));
        c.add(fileName("300 characters", "a".repeat(300) + ".txt", "longer than 255 bytes"));
        c.add(fileName("empty", "", "must not be blank"));
        c.add(fileName("lone surrogate", "\\ud800.txt", "lone UTF-16 surrogate"));
        // The dataset's own file holds every passage it cites: as a "source", it proved made-up evidence.
        c.add(fileName("the dataset's own file", "week.json", "is a JSON file, as the dataset and its schema are"));
        c.add(fileName("the schema", "dataset.schema.json", "is a JSON file"));
        // Followed, a link to nothing failed as "the system does not allow a folder there".
        c.add(run("an export into links in a loop", d -> {
            Files.createSymbolicLink(d.resolve("loop1"), d.resolve("loop2"));
            Files.createSymbolicLink(d.resolve("loop2"), d.resolve("loop1"));
        }, 1, "loop1 is a link that leads to no folder", "export-data", "--db", "DIR/p.db", "--format", "geojson",
                "--out", "DIR/loop1", "--force"));
        c.add(run("a CSV export into a link to nothing", d -> Files.createSymbolicLink(d.resolve("dangling"),
                d.resolve("nowhere")), 1, "dangling is a link that leads to no folder", "export-data", "--db", "DIR/p.db",
                "--format", "csv", "--out", "DIR/dangling"));
        c.add(run("two databases named, before and after the command", none(), 2, "--db is given twice",
                "--db", "DIR/p.db", "import", "--db", "DIR/other.db", "DIR/data"));
        // Names a command would make that are blank, lose their end on Windows, read as an option or hide a character.
        c.add(run("an export named blank", none(), 2, "\" \" is blank", "export-data", "--db", "DIR/p.db", "--format",
                "html", "--out", "DIR/ "));
        c.add(run("an export whose name ends with a dot", none(), 2, "ends with '.', which Windows drops",
                "export-data", "--db", "DIR/p.db", "--format", "html", "--out", "DIR/x.html."));
        c.add(run("an export named with a leading dash", none(), 2, "begins with '-'", "export-data", "--db", "DIR/p.db",
                "--format", "html", "--out", "DIR/-x.html"));
        c.add(run("an export named with a right-to-left mark", none(), 2, "holds an invisible character (U+200F, a right-to-left mark)",
                "export-image", "--db", "DIR/p.db", "--view", "map", "--format", "png", "--out", "DIR/a\u200Fb.png"));
        c.add(run("a new database named \"-\"", none(), 2, "begins with '-'", "import", "--db", "DIR/-", "DIR/data"));
        // Source texts that are not regular files inside the folder.
        c.add(sourceFile("linked to /etc/passwd", d -> Files.createSymbolicLink(d.resolve(FIRST_TEXT), Path.of("/etc/passwd")),
                "leads out of the dataset's folder"));
        c.add(sourceFile("linked to /dev/zero", d -> Files.createSymbolicLink(d.resolve(FIRST_TEXT), Path.of("/dev/zero")),
                "leads out of the dataset's folder"));
        c.add(sourceFile("linked to a file in the parent folder", d -> {
            Files.writeString(d.resolveSibling("secret.txt"), "secret");
            Files.createSymbolicLink(d.resolve(FIRST_TEXT), Path.of("../secret.txt"));
        }, "leads out of the dataset's folder"));
        c.add(sourceFile("a dangling link", d -> Files.createSymbolicLink(d.resolve(FIRST_TEXT), Path.of("gone.txt")),
                "symbolic link to nothing"));
        c.add(sourceFile("a FIFO", d -> fifo(d.resolve(FIRST_TEXT)), "a pipe, device or socket"));
        c.add(sourceFile("a folder", d -> Files.createDirectory(d.resolve(FIRST_TEXT)), "a folder"));
        c.add(sourceFile("invalid UTF-8", d -> writeBytes(d.resolve(FIRST_TEXT), new byte[] {'o', 'k', '\n', (byte) 0xC3, '('}),
                "invalid UTF-8 at byte 3 (line 2, column 1)"));
        c.add(sourceFile("a lone surrogate encoded as CESU bytes", d -> writeBytes(d.resolve(FIRST_TEXT),
                new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}), "invalid UTF-8 at byte 1"));
        c.add(sourceFile("missing", d -> { }, "not found"));
        // The dataset's JSON itself.
        c.add(json("title with a lone surrogate", "\"title\": \"The week", "\"title\": \"\\ud800The week",
                "lone UTF-16 surrogate"));
        // A line break in an id would let a problem line print a fake "OK: …" of its own.
        c.add(json("id with line breaks", "\"id\": \"wapo\"", "\"id\": \"wapo\\n\\nOK: 2 sources\"",
                "(id \"wapo\\u000A\\u000AOK: 2 sources\")"));
        // Evidence copied from the record above keeps its paper: "not found" had not said which paper holds it.
        c.add(json("evidence naming the other paper", "\"source\": \"wapo\",\n          \"text\": \"the Soviet Union\u2019s",
                "\"source\": \"nyt\",\n          \"text\": \"the Soviet Union\u2019s", "text not found in source \"nyt\" "
                        + "(003_c2d23156fd46c7ba.txt); it is in source \"wapo\" (000_9ba955ac96357edf.txt), at offset 6504: "
                        + "name that source"));
        c.add(json("number whose exponent overflows", "\"order\": 1,", "\"order\": 1e2147483648,",
                "whose exponent is too large to read"));
        c.add(json("event title with a lone low surrogate", "\"title\": \"Collapse of", "\"title\": \"\\udc00Collapse of",
                "lone UTF-16 surrogate"));
        c.add(run("dataset not UTF-8", d -> {
            Path json = d.resolve("data/week.json");
            byte[] b = Files.readAllBytes(json);
            b[40] = (byte) 0xFF;
            Files.write(json, b);
        }, 1, "the file is not valid UTF-8: invalid UTF-8 at byte 40", "import", "--db", "DIR/p.db", "DIR/data"));
        // One NUL after the brace is no UTF-16: that needs a zero in every pair, and had been "saved as UTF-16".
        c.add(run("dataset with a NUL byte after its brace", d -> {
            Path json = d.resolve("data/week.json");
            String text = Files.readString(json);
            Files.writeString(json, "{\u0000" + text.substring(1));
        }, 1, "the control character U+0000 stands between the JSON's values", "import", "--db", "DIR/p.db", "DIR/data"));
        c.add(run("dataset empty", d -> Files.write(d.resolve("data/week.json"), new byte[0]), 1, "the file is empty",
                "import", "--db", "DIR/p.db", "DIR/data"));
        c.add(run("dataset cut short", d -> {
            Path json = d.resolve("data/week.json");
            byte[] b = Files.readAllBytes(json);
            Files.write(json, Arrays.copyOf(b, b.length / 2));
        }, 1, "malformed JSON", "import", "--db", "DIR/p.db", "DIR/data"));
        c.add(run("dataset nested 100,000 deep", d -> Files.writeString(d.resolve("data/week.json"),
                "[".repeat(100_000) + "]".repeat(100_000)), 1, "arrays and objects here are nested more than 1,000 deep, "
                + "deeper than Parley reads", "import", "--db", "DIR/p.db", "DIR/data"));
        // Jackson's own words had been "Document nesting depth (1001) exceeds the maximum allowed (1000)".
        c.add(run("dataset nested 1,001 deep", d -> Files.writeString(d.resolve("data/week.json"),
                "{\"title\": " + "[".repeat(1001) + "]".repeat(1001) + "}"), 1,
                ": arrays and objects here are nested more than 1,000 deep, deeper than Parley reads; "
                        + "a dataset nests them fewer than ten deep", "validate", "DIR/data"));
        c.add(run("dataset with a 5,000-digit number", d -> editJson(d, "\"lat\": 50.8", "\"lat\": 5" + "0".repeat(5000)),
                1, "a number after this point is written with more than 1,000 characters", "import", "--db", "DIR/p.db", "DIR/data"));
        c.add(run("dataset with NaN for a latitude", d -> editJson(d, "\"lat\": 50.8786", "\"lat\": NaN"),
                1, "week.json:536:17: malformed JSON: NaN where a number should be: JSON has no NaN or Infinity; "
                        + "write the number in digits, e.g. 50.88",
                "import", "--db", "DIR/p.db", "DIR/data"));
        c.add(run("dataset with -Infinity for a latitude", d -> editJson(d, "\"lat\": 50.8786", "\"lat\": -Infinity"),
                1, "malformed JSON: -Infinity where a number should be: JSON has no NaN or Infinity",
                "import", "--db", "DIR/p.db", "DIR/data"));
        c.add(run("dataset with a comment", d -> editJson(d, "\"lat\": 50.8", "// north\n\"lat\": 50.8"),
                1, "malformed JSON: JSON has no comments (// or /* */)",
                "import", "--db", "DIR/p.db", "DIR/data"));
        c.add(run("dataset with a 25-million-character title", d -> editJson(d, "\"title\": \"The week",
                "\"title\": \"" + "x".repeat(25_000_000)), 1, "longer than Parley reads (over 20,000,000 characters",
                "validate", "DIR/data"));
        c.add(run("dataset is a FIFO", d -> {
            Files.delete(d.resolve("data/week.json"));
            fifo(d.resolve("data/week.json"));
        }, 1, "not a regular file", "import", "--db", "DIR/p.db", "DIR/data/week.json"));
        c.add(run("dataset is /dev/zero", d -> Files.createSymbolicLink(d.resolve("zero.json"), Path.of("/dev/zero")),
                1, "not a regular file", "import", "--db", "DIR/p.db", "DIR/zero.json"));
        c.add(run("dataset folder without a dataset", d -> Files.createDirectory(d.resolve("empty")), 1,
                "holds no dataset", "import", "--db", "DIR/p.db", "DIR/empty"));
        // Named whole, a folder of exports made one line of some 35,000 characters.
        c.add(run("dataset folder of 3,000 JSON files", d -> {
            Path many = Files.createDirectory(d.resolve("many"));
            for (int i = 1; i <= 3000; i++) {
                Files.writeString(many.resolve("d" + i + ".json"), "{}");
            }
        }, 1, "holds several datasets, name one: [d1.json, d10.json, d100.json, d1000.json, d1001.json] and 2995 more "
                + "*.json files", "validate", "DIR/many"));
        c.add(run("validate a hidden source name", d -> editJson(d, "\"" + FIRST_TEXT + "\"", "\".profile\""), 1,
                "hidden file", "validate", "DIR/data"));
        // Replacing what the user has.
        c.add(run("import over the user's own dataset without --replace", d -> {
            editJson(d, "\"title\": \"The week", "\"title\": \"My week");
            assertEquals(0, CliRun.of("import", "--db", d.resolve("p.db").toString(), d.resolve("data").toString()).exit());
            editJson(d, "\"title\": \"My week", "\"title\": \"Another week");
        }, 1, "importing would replace it", "import", "--db", "DIR/p.db", "DIR/data"));
        c.add(run("import the seeds over the user's own dataset", d -> {
            editJson(d, "\"title\": \"The week", "\"title\": \"My week");
            assertEquals(0, CliRun.of("import", "--db", d.resolve("p.db").toString(), d.resolve("data").toString()).exit());
        }, 1, "Run again with --replace", "import", "--db", "DIR/p.db"));
        // Databases that are not Parley's.
        Setup browser = d -> sqlite(d.resolve("places.sqlite"), "PRAGMA journal_mode = WAL",
                "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)", "INSERT INTO moz_places (url) VALUES ('x')");
        c.add(run("stats on a browser's history", browser, 1, "not Parley's", "stats", "--db", "DIR/places.sqlite"));
        c.add(run("search in a browser's history", browser, 1, "not Parley's", "search", "--db", "DIR/places.sqlite", "x"));
        c.add(run("import into a browser's history", browser, 1, "not Parley's", "import", "--db", "DIR/places.sqlite"));
        c.add(run("check a browser's history", browser, 1, "not Parley's", "check", "--db", "DIR/places.sqlite"));
        c.add(run("repair a browser's history", browser, 1, "not Parley's", "repair", "--db", "DIR/places.sqlite"));
        c.add(run("backups of a browser's history", browser, 1, "not Parley's", "backups", "--db", "DIR/places.sqlite"));
        c.add(run("export from a browser's history", browser, 1, "not Parley's",
                "export-data", "--db", "DIR/places.sqlite", "--format", "csv", "--out", "DIR/csv"));
        // A 0-byte file (a database a crash emptied, or `touch`): read commands must not write the week into it.
        c.add(run("stats on an empty file", d -> Files.write(d.resolve("empty.db"), new byte[0]), 1,
                "is an empty file, not a database", "stats", "--db", "DIR/empty.db"));
        c.add(run("check of an empty file", d -> Files.write(d.resolve("empty.db"), new byte[0]), 1,
                "is an empty file, not a database", "check", "--db", "DIR/empty.db"));
        c.add(run("backups of an empty file", d -> Files.write(d.resolve("empty.db"), new byte[0]), 0,
                "it is an empty file, not a database", "backups", "--db", "DIR/empty.db"));
        c.add(run("repair of an empty file", d -> Files.write(d.resolve("empty.db"), new byte[0]), 1,
                "is an empty file, not a database", "repair", "--db", "DIR/empty.db"));
        Setup tableless = d -> sqlite(d.resolve("blank.db"), "CREATE TABLE t (x)", "DROP TABLE t");
        c.add(run("stats on an SQLite file with no tables", tableless, 1, "an SQLite database with no tables",
                "stats", "--db", "DIR/blank.db"));
        c.add(run("search in an SQLite file with no tables", tableless, 1, "an SQLite database with no tables",
                "search", "--db", "DIR/blank.db", "talks"));
        c.add(run("repair of an SQLite file with no tables", tableless, 1, "an SQLite database with no tables",
                "repair", "--db", "DIR/blank.db"));
        c.add(run("search with a mistyped option", none(), 2, "--dbb is not an option of parley search",
                "search", "--dbb", "DIR/p.db", "talks"));
        c.add(run("a new database with a name too long", none(), 2, "is 303 bytes long; file systems take at most 255",
                "import", "--db", "DIR/" + "0".repeat(300) + ".db"));
        c.add(run("a new database named with a line break", none(), 2, "--db",
                "import", "--db", "DIR/new\nline.db"));
        c.add(run("a texts folder that is a symbolic link", d -> {
            Path real = Files.createDirectory(d.resolve("elsewhere"));
            Files.move(d.resolve("data").resolve(FIRST_TEXT), real.resolve(FIRST_TEXT));
            Files.createSymbolicLink(d.resolve("data/week-sources"), real);
        }, 1, "week-sources beside it is a symbolic link, which Parley does not follow",
                "import", "--db", "DIR/p.db", "DIR/data"));
        c.add(run("stats on a text file", d -> Files.writeString(d.resolve("notes.txt"), "my notes"), 1,
                "not an SQLite file", "stats", "--db", "DIR/notes.txt"));
        c.add(run("stats on a folder", d -> Files.createDirectory(d.resolve("folder.db")), 1, "is not a file",
                "stats", "--db", "DIR/folder.db"));
        c.add(run("export into a pipe", d -> fifo(d.resolve("pipe")), 1, "pipe: it is not a regular file (a device, pipe or socket",
                "export-data", "--db", "DIR/p.db", "--format", "geojson", "--out", "DIR/pipe"));
        c.add(run("stats on a database below a file", d -> Files.writeString(d.resolve("plain"), "x"), 1,
                "plain is a file, not a folder; check the path", "stats", "--db", "DIR/plain/p.db"));
        c.add(run("stats on a database further below a file", d -> Files.writeString(d.resolve("plain"), "x"), 1,
                "plain is a file, not a folder; check the path", "stats", "--db", "DIR/plain/sub/p.db"));
        Setup cutShort = d -> {
            byte[] b = Files.readAllBytes(d.resolve("p.db"));
            Files.write(d.resolve("p.db"), Arrays.copyOf(b, 5000));
        };
        // No backup beside it: the message promises none.
        c.add(run("stats on a database cut short", cutShort, 1, "damaged beyond opening; it has no sound backup",
                "stats", "--db", "DIR/p.db"));
        c.add(run("check a database cut short", cutShort, 1, "damaged beyond opening", "check", "--db", "DIR/p.db"));
        c.add(run("repair a database cut short that has no backup", cutShort, 1, "has no sound backup",
                "repair", "--db", "DIR/p.db"));
        c.add(run("stats on a database from a newer Parley", d -> sqlite(d.resolve("p.db"), "PRAGMA user_version = 99"),
                1, "newer Parley", "stats", "--db", "DIR/p.db"));
        // A table another program removed (DB Browser, the sqlite3 shell): each command had said SQLite's own
        // "[SQLITE_ERROR] SQL error or missing database (no such table: quotes)", and repair failed the same way.
        Setup noQuotes = d -> sqlite(d.resolve("p.db"), "DROP TABLE quotes");
        String missing = "the table \"quotes\" is missing from it (another program removed it); it has no sound backup";
        c.add(run("stats on a database missing a table", noQuotes, 1, missing, "stats", "--db", "DIR/p.db"));
        c.add(run("handout of a database missing a table", noQuotes, 1, missing, "handout", "--db", "DIR/p.db",
                "--out", "DIR/h.pdf"));
        c.add(run("import over a database missing a table", noQuotes, 1, missing, "import", "--db", "DIR/p.db",
                "--replace", "DIR/data"));
        c.add(run("check a database missing a table", noQuotes, 1, missing, "check", "--db", "DIR/p.db"));
        c.add(run("repair a database missing a table that has no backup", noQuotes, 1, "has no sound backup",
                "repair", "--db", "DIR/p.db"));
        c.add(run("search a database missing its search index", d -> sqlite(d.resolve("p.db"), "DROP TABLE search_index"),
                1, "the table \"search_index\" is missing from it", "search", "--db", "DIR/p.db", "nato"));
        // Rows changed by another program into values Parley never writes: a message, not Java's.
        c.add(run("export of events whose precision was changed by hand",
                d -> sqlite(d.resolve("p.db"), "UPDATE events SET precision = 'BOGUS' WHERE rowid = 1"),
                1, "cannot read (unknown value \"BOGUS\")", "export-data", "--db", "DIR/p.db", "--format", "csv",
                "--out", "DIR/out"));
        c.add(run("handout of events whose zone was changed by hand",
                d -> sqlite(d.resolve("p.db"), "UPDATE events SET zone = 'Mars/X' WHERE rowid = 2"),
                1, "cannot read (unknown time zone \"Mars/X\")", "handout", "--db", "DIR/p.db", "--out", "DIR/h.pdf"));
        c.add(run("image to the root folder", none(), 1, "/ is a folder; --out needs the name of a file",
                exportImage, "--db", "DIR/p.db", "--view", "map", "--format", "svg", "--out", "/"));
        // --out naming the database, its companions or the dataset's own files. "--out p.db" is "p.db.png" beside
        // the database (decision 0154), so the database is reached by a name in the format's ending: a link.
        c.add(run("image over the open database", link("t.png", "p.db"), 1, "it is the open database",
                exportImage, "--db", "DIR/p.db", "--view", "timeline", "--format", "png", "--out", "DIR/t.png"));
        c.add(run("SVG over the database's WAL", link("w.svg", "p.db-wal"), 1, "belongs to the open database",
                exportImage, "--db", "DIR/p.db", "--view", "map", "--format", "svg", "--out", "DIR/w.svg"));
        c.add(run("PDF over the database's shared memory", link("s.pdf", "p.db-shm"), 1, "belongs to the open database",
                exportImage, "--db", "DIR/p.db", "--view", "actors", "--format", "pdf", "--out", "DIR/s.pdf"));
        c.add(run("handout over the open database", link("h.pdf", "p.db"), 1, "it is the open database",
                "handout", "--db", "DIR/p.db", "--out", "DIR/h.pdf"));
        c.add(run("GeoJSON over the database through a link", d -> Files.createSymbolicLink(d.resolve("link.geojson"),
                d.resolve("p.db")), 1, "it is the open database",
                "export-data", "--db", "DIR/p.db", "--format", "geojson", "--out", "DIR/link.geojson"));
        c.add(run("TimelineJS over the database through ..", d -> {
            Files.createDirectory(d.resolve("sub"));
            Files.createSymbolicLink(d.resolve("t.json"), d.resolve("p.db"));
        }, 1,
                "it is the open database",
                "export-data", "--db", "DIR/p.db", "--format", "timelinejs", "--out", "DIR/sub/../t.json"));
        c.add(run("JSON over the database", link("p.json", "p.db"), 1, "it is the open database",
                "export-data", "--db", "DIR/p.db", "--format", "json", "--out", "DIR/p.db.json/../p.json"));
        c.add(run("JSON into a sources folder the user made", d -> {
            Files.createDirectories(d.resolve("out/week-sources"));
            Files.writeString(d.resolve("out/week-sources/mine.txt"), "mine");
        }, 1, "holds files this export did not write",
                "export-data", "--db", "DIR/p.db", "--format", "json", "--out", "DIR/out/week.json"));
        // A file where the texts' folder goes holds no files: it had been said to "hold files this export did not write".
        c.add(run("JSON where week-sources is a file", d -> {
            Files.createDirectories(d.resolve("out"));
            Files.writeString(d.resolve("out/week-sources"), "mine");
        }, 1, "out/week-sources is a file, where this export writes a folder; move it away or choose another name. "
                + "Nothing was written.",
                "export-data", "--db", "DIR/p.db", "--format", "json", "--out", "DIR/out/week.json"));
        c.add(run("JSON whose sources folder is a link to home", d -> {
            Files.createDirectories(d.resolve("out"));
            Files.createDirectories(d.resolve("home"));
            Files.createSymbolicLink(d.resolve("out/week-sources"), d.resolve("home"));
        }, 1, "holds files this export did not write",
                "export-data", "--db", "DIR/p.db", "--format", "json", "--out", "DIR/out/week.json"));
        c.add(run("CSV where events.csv is a folder", d -> Files.createDirectories(d.resolve("csv/events.csv")), 1,
                "is a folder", "export-data", "--db", "DIR/p.db", "--format", "csv", "--out", "DIR/csv"));
        c.add(run("CSV into a file", d -> Files.writeString(d.resolve("plainfile"), "x"), 1, "is a file",
                "export-data", "--db", "DIR/p.db", "--format", "csv", "--out", "DIR/plainfile"));
        c.add(run("CSV into a folder named like a file", none(), 2, "ends in .csv, but --format csv writes its files into "
                + "the folder", "export-data", "--db", "DIR/p.db", "--format", "csv", "--out", "DIR/x/events.csv"));
        c.add(run("GeoJSON named .csv", none(), 2, "\"g.csv\" ends in .csv, but this file is GeoJSON: name it .geojson.",
                "export-data", "--db", "DIR/p.db", "--format", "geojson", "--out", "DIR/g.csv"));
        c.add(run("import of an empty path", none(), 2, "PATH is empty; name the dataset folder or JSON file",
                "import", "--db", "DIR/p.db", "--replace", ""));
        c.add(run("validate of an empty path", none(), 2, "PATH is empty", "validate", ""));
        c.add(run("image below a file", d -> Files.writeString(d.resolve("plain"), "x"), 1, "plain is a file, not a folder",
                exportImage, "--db", "DIR/p.db", "--view", "timeline", "--format", "png", "--out", "DIR/plain/x.png"));
        // Values out of range.
        c.add(run("--from in the year -999999999", none(), 2, "out of range",
                exportImage, "--db", "DIR/p.db", "--view", "timeline", "--format", "png", "--from", "-999999999-01-01",
                "--out", "DIR/x.png"));
        c.add(run("--to in the year +999999999", none(), 2, "out of range",
                exportImage, "--db", "DIR/p.db", "--view", "timeline", "--format", "png", "--to", "+999999999-12-31",
                "--out", "DIR/x.png"));
        c.add(run("--from not a date", none(), 2, "is not a date",
                exportImage, "--db", "DIR/p.db", "--view", "timeline", "--format", "png", "--from", "2022-13-45",
                "--out", "DIR/x.png"));
        c.add(run("--to before --from", none(), 2, "is before --from",
                exportImage, "--db", "DIR/p.db", "--view", "timeline", "--format", "png", "--from", "2022-01-12",
                "--to", "2022-01-10", "--out", "DIR/x.png"));
        c.add(run("image of a dataset without events", d -> {
            Files.delete(d.resolve("p.db"));
            Path json = d.resolve("empty.json");
            writeWithoutEvents(json);
            assertEquals(0, CliRun.of("import", "--db", d.resolve("p.db").toString(), json.toString()).exit());
        }, 1, "the dataset has no events; there is nothing to draw.",
                exportImage, "--db", "DIR/p.db", "--view", "map", "--format", "png", "--out", "DIR/x.png"));
        c.add(run("handout of a dataset without events", d -> {
            Files.delete(d.resolve("p.db"));
            Path json = d.resolve("empty.json");
            writeWithoutEvents(json);
            assertEquals(0, CliRun.of("import", "--db", d.resolve("p.db").toString(), json.toString()).exit());
        }, 1, "no events to put in the handout: the dataset has none.", "handout", "--db", "DIR/p.db", "--out", "DIR/h.pdf"));
        c.add(run("PNG named .svg", none(), 2,
                "--out \"x.svg\" ends in .svg, but this file is a PNG image: name it .png. Nothing was written. Or use --format svg.",
                exportImage, "--db", "DIR/p.db", "--view", "map", "--format", "png", "--out", "DIR/x.svg"));
        c.add(run("a title longer than a figure", none(), 2, "--title is 600 characters long; at most 500 fit a figure.",
                exportImage, "--db", "DIR/p.db", "--view", "map", "--format", "png", "--title", "T".repeat(600),
                "--out", "DIR/x.png"));
        c.add(run("a title with a terminal's colour codes", none(), 2,
                "--title holds the control character U+001B at character 2; a title is one line of text.",
                exportImage, "--db", "DIR/p.db", "--view", "map", "--format", "png", "--title", "A\u001B[31mRED\u0007",
                "--out", "DIR/x.png"));
        c.add(run("a title reordered by a right-to-left override", none(), 2,
                "--title holds the direction control U+202E (right-to-left override: it shows the text after it in another order) "
                        + "at character 7; leave it out.",
                exportImage, "--db", "DIR/p.db", "--view", "map", "--format", "png", "--title", "Talks \u202Eevil",
                "--out", "DIR/x.png"));
        // Found by h305: a blank title was taken for "the default title", in all three formats, and said nothing.
        for (String[] blank : new String[][] {{"an empty title", ""}, {"a title of spaces", "   "},
                {"a title of a zero-width space", "\u200B"}}) {
            for (String format : new String[] {"png", "svg", "pdf"}) {
                c.add(run(blank[0] + " (" + format + ")", none(), 2, "--title is blank: it would draw no words. Leave "
                        + "--title out for the default title (the view and the dataset's title).",
                        exportImage, "--db", "DIR/p.db", "--view", "map", "--format", format, "--title", blank[1],
                        "--out", "DIR/x." + format));
            }
        }
        c.add(run("a PDF given a width", none(), 2, "--width and --scale are for png and svg; a PDF takes the size of its paper",
                exportImage, "--db", "DIR/p.db", "--view", "map", "--format", "pdf", "--width", "3840", "--out", "DIR/x.pdf"));
        c.add(run("a PDF given a scale", none(), 2, "--width and --scale are for png and svg",
                exportImage, "--db", "DIR/p.db", "--view", "dashboard", "--format", "pdf", "--scale", "2", "--out", "DIR/x.pdf"));
        c.add(run("--width 0", none(), 2, "width must be 16 to 16384 px, not 0",
                exportImage, "--db", "DIR/p.db", "--view", "map", "--format", "png", "--width", "0", "--out", "DIR/x.png"));
        // Under LANG=C, Java hands "Genève" on as "Gen\uFFFD\uFFFDve": not a search for it, nor a title to draw.
        c.add(run("search for a word the locale could not pass", none(), 2, "each shown as \\uFFFD",
                "search", "--db", "DIR/p.db", "Gen\uFFFD\uFFFDve"));
        c.add(run("search for a Cyrillic name the locale could not pass", none(), 2, "each shown as \\uFFFD",
                "search", "--db", "DIR/p.db", "\uFFFD".repeat(12)));
        c.add(run("a title the locale could not pass", none(), 2, "--title: \"Gen\\uFFFD\\uFFFDve talks\" ",
                exportImage, "--db", "DIR/p.db", "--view", "map", "--format", "svg", "--title", "Gen\uFFFD\uFFFDve talks",
                "--out", "DIR/x.svg"));
        c.add(run("search --limit 0", none(), 2, "--limit must be at least 1, not 0",
                "search", "--db", "DIR/p.db", "-n", "0", "nato"));
        c.add(run("search --limit -5", none(), 2, "--limit must be at least 1, not -5",
                "search", "--db", "DIR/p.db", "-n", "-5", "nato"));
        c.add(run("generate into a link to nothing", d -> Files.createSymbolicLink(d.resolve("nowhere-link"),
                d.resolve("nowhere")), 2, "is a link that leads to no folder",
                "generate", "--events", "5", "--out", "DIR/nowhere-link"));
        c.add(run("generate below a file", d -> Files.writeString(d.resolve("plain"), "x"), 2,
                "plain is a file, not a folder", "generate", "--events", "5", "--out", "DIR/plain/sub/gen"));
        c.add(run("stats on a database that does not exist", none(), 1, "no database at",
                "stats", "--db", "DIR/no/such.db"));
        c.add(run("stats on links in a loop", d -> {
            Files.createSymbolicLink(d.resolve("loop1"), d.resolve("loop2"));
            Files.createSymbolicLink(d.resolve("loop2"), d.resolve("loop1"));
        }, 1, "it is a link that leads to no file", "stats", "--db", "DIR/loop1"));
        // "import" follows a link to a name not yet taken, and makes the database there; a loop ends nowhere.
        c.add(run("import into links in a loop", d -> {
            Files.createSymbolicLink(d.resolve("loop1"), d.resolve("loop2"));
            Files.createSymbolicLink(d.resolve("loop2"), d.resolve("loop1"));
        }, 1, "/loop1: it is a link that leads to no file (its target is missing, or links "
                + "lead back to it); check the path. Nothing was created.", "import", "--db", "DIR/loop1"));
        // A '/' after a file's name: Java drops it, and stats read p.db as if it had not been typed.
        c.add(run("stats on a database typed as a folder", none(), 2, "p.db/ ends in '/', a folder's name, but a "
                + "database is one file: type its name without the '/'", "stats", "--db", "DIR/p.db/"));
        c.add(run("stats on a database typed as a folder before the command", none(), 2, "p.db/ ends in '/', a folder's "
                + "name, but a database is one file", "--db", "DIR/p.db/", "stats"));
        c.add(run("a new database typed as a folder", none(), 2, "new.db/ ends in '/', a folder's name, but a database "
                + "is one file", "import", "--db", "DIR/new.db/", "DIR/data"));
        c.add(run("stats on an empty --db", none(), 2, "--db is empty; name a database file.", "stats", "--db", ""));
        // procfs says 0 bytes of a file that holds text: it had been "an empty file".
        c.add(run("stats on a /proc file", none(), 1, "/proc/self/status is not a Parley database (not an SQLite file)",
                "stats", "--db", "/proc/self/status"));
        c.add(run("an export under folders that do not exist", none(), 1, "does not exist",
                "export-data", "--db", "DIR/p.db", "--format", "html", "--out", "DIR/no/such/week.html"));
        c.add(run("an image under folders that do not exist", none(), 1, "does not exist",
                "export-image", "--db", "DIR/p.db", "--view", "timeline", "--format", "png", "--out", "DIR/no/such/t.png"));
        c.add(run("bench --events -5", none(), 2, "--events must be at least 1", "bench", "--events", "-5"));
        c.add(run("bench --runs 0", none(), 2, "--runs must be at least 1", "bench", "--runs", "0"));
        c.add(run("bench --places 2000000", none(), 2, "--places must be at most 1000000", "bench", "--places", "2000000"));
        // A path through a file: each had its own words, and some the system's ("Not a directory"),
        // a wrong reason ("does not exist") or a hidden working file's name.
        c.add(run("validate a dataset below a file", none(), 1, "week.json is a file, not a folder; check the path",
                "validate", "DIR/data/week.json/x"));
        c.add(run("import a dataset below a file", none(), 1, "week.json is a file, not a folder; check the path",
                "import", "--db", "DIR/p.db", "--replace", "DIR/data/week.json/x.json"));
        // A '/' after the dataset file's name: Java drops it, and "week.json/" had been read as week.json.
        c.add(run("validate a dataset file typed as a folder", none(), 2, "week.json/ ends in '/', a folder's name, "
                + "but week.json is a file: type its name without the '/'", "validate", "DIR/data/week.json/"));
        c.add(run("import a dataset file typed as a folder", none(), 2, "week.json/ ends in '/', a folder's name",
                "import", "--db", "DIR/new.db", "DIR/data/week.json/"));
        c.add(run("import over a database a dataset file typed as a folder", none(), 2, "week.json/ ends in '/'",
                "import", "--db", "DIR/p.db", "--replace", "DIR/data/week.json/"));
        c.add(run("a new database just below a file", none(), 1, "p.db is a file, not a folder. Nothing was created.",
                "import", "--db", "DIR/p.db/x.db", "DIR/data"));
        c.add(run("a CSV export below a file", d -> Files.writeString(d.resolve("plain"), "x"), 1,
                "plain is a file, not a folder", "export-data", "--db", "DIR/p.db", "--format", "csv",
                "--out", "DIR/plain/csv"));
        c.add(run("restore a backup that does not exist", none(), 1, "no backup called",
                "backups", "--db", "DIR/p.db", "--restore", "nope.db"));
        c.add(run("restore a backup by a path", none(), 1, "no backup called",
                "backups", "--db", "DIR/p.db", "--restore", "../p.db"));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedClearlyAndChangesNothing(Case c) throws Exception {
        copySeeds(dir.resolve("data"));
        Files.copy(baseDb, dir.resolve("p.db"));
        c.setup().in(dir);
        Map<String, String> before = snapshot(dir);
        String[] args = Stream.of(c.args()).map(a -> a.replace("DIR", dir.toString())).toArray(String[]::new);

        CliRun run = CliRun.of(args);

        String said = run.err() + run.out();
        assertEquals(c.exit(), run.exit(), said);
        assertTrue(said.contains(c.message()), "expected \"" + c.message() + "\" in:\n" + said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), "no stack trace:\n" + said);
        assertFalse(said.chars().anyMatch(ch -> ch == 0x1B || ch == 0), "no raw control characters:\n" + said);
        assertFalse(said.contains("JsonReadFeature") || said.contains("StreamReadConstraints") || said.contains("ALLOW_"),
                "no parser switches the user cannot reach:\n" + said);
        assertEquals(before, snapshot(dir), "every file is as it was");
    }

    /** The links a case made point outside its folder; removed here, JUnit's clean-up would warn about each. */
    @AfterEach
    void removeLinks() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isSymbolicLink).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void copySeeds(Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(SEEDS)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    /** Every entry under {@code root}: links and special files by what they are, regular files by their bytes. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    all.put(key, "link to " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    all.put(key, "folder");
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    all.put(key, Base64.getEncoder().encodeToString(sha256(Files.readAllBytes(p))));
                } else {
                    all.put(key, "special file");
                }
            }
        }
        return all;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
