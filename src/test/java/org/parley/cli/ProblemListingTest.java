package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.ProblemList;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A dataset with hundreds of problems: the terminal gets the first 50, a count and the file with all of them. */
class ProblemListingTest {

    private static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));
    private static final Pattern SAVED = Pattern.compile("all ([\\d,]+) are in (\\S+parley-problems-\\S+\\.txt)");

    @TempDir
    Path dir;

    private final List<Path> saved = new ArrayList<>();

    @AfterEach
    void removeSavedLists() throws Exception {
        for (Path p : saved) {
            Files.deleteIfExists(p);
        }
    }

    /** The bundled week plus {@code bad} events that have nothing but an id. */
    private Path datasetWithBadEvents(int bad) throws Exception {
        Path folder = dir.resolve("many");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(folder.resolve("week.json").toFile());
        ArrayNode events = (ArrayNode) root.get("events");
        for (int i = 0; i < bad; i++) {
            events.addObject().put("id", "bad-" + i);
        }
        json.writeValue(folder.resolve("week.json").toFile(), root);
        return folder;
    }

    private int problemCount(CliRun run) {
        String first = run.err().lines().findFirst().orElseThrow();
        // "parley: " as every failure's first line, which the count's had lacked.
        assertTrue(first.matches("parley: [\\d,]+ problems:"), first);
        String count = first.substring("parley: ".length());
        return Integer.parseInt(count.substring(0, count.indexOf(' ')).replace(",", ""));
    }

    /** What validate printed for the week with {@code bad} broken events: the problems it counted, and its lines. */
    private record Validated(int total, List<String> lines) {
        String last() {
            return lines.get(lines.size() - 1);
        }
    }

    /** Runs validate and checks what every long listing has: its first 50, then how many more. */
    private Validated validateWithBadEvents(int bad) throws Exception {
        CliRun run = CliRun.of("validate", datasetWithBadEvents(bad).toString());
        assertEquals(1, run.exit());
        int total = problemCount(run);
        List<String> lines = run.err().lines().toList();
        assertEquals(1 + ProblemList.SHOWN_IN_TERMINAL + 1, lines.size(), run.err());
        String last = lines.get(lines.size() - 1);
        assertTrue(last.contains("… and " + String.format("%,d", total - ProblemList.SHOWN_IN_TERMINAL) + " more"), last);
        return new Validated(total, lines);
    }

    @Test
    void validatePrintsTheFirstFiftyAndSavesTheWholeList() throws Exception {
        Validated v = validateWithBadEvents(200);
        int total = v.total();
        List<String> lines = v.lines();
        assertTrue(total > 200, "each bad event has several problems: " + total);
        String last = v.last();
        assertTrue(last.contains("--all-problems"), last);
        Matcher m = SAVED.matcher(last);
        assertTrue(m.find(), last);
        Path file = Path.of(m.group(2));
        saved.add(file);
        assertEquals(String.format("%,d", total), m.group(1));
        List<String> all = Files.readAllLines(file);
        assertEquals(total, all.size());
        assertEquals(lines.get(1).strip(), all.get(0));
    }

    /** Past the 10,000 problems kept, the rest are only counted: the lines say so rather than "all … are in". */
    @Test
    void beyondTheProblemsKeptTheCountAndTheFileSayHowManyThereWere() throws Exception {
        Validated v = validateWithBadEvents(4_000);
        int total = v.total();
        assertTrue(total > 10_001, "more problems than are kept: " + total);
        String last = v.last();
        assertTrue(last.contains("the first 10,000 and a count of the rest are in "), last);
        assertFalse(SAVED.matcher(last).find(), "not \"all\": " + last);
        Matcher file = Pattern.compile("(\\S+parley-problems-\\S+\\.txt)").matcher(last);
        assertTrue(file.find(), last);
        saved.add(Path.of(file.group(1)));
        List<String> listed = Files.readAllLines(Path.of(file.group(1)));
        assertEquals(10_001, listed.size());
        assertTrue(listed.get(10_000).contains(String.format("%,d", total - 10_000)), listed.get(10_000));
    }

    @Test
    void allProblemsPrintsEveryOneAndSavesNothing() throws Exception {
        Path data = datasetWithBadEvents(200);

        CliRun run = CliRun.of("validate", "--all-problems", data.toString());

        assertEquals(1, run.exit());
        int total = problemCount(run);
        assertEquals(1 + total, run.err().lines().count());
        assertFalse(run.err().contains("more"), "nothing left out");
    }

    @Test
    void importIsCappedTooAndTheDatabaseIsNotTouched() throws Exception {
        Path data = datasetWithBadEvents(200);
        Path db = dir.resolve("p.db");
        assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
        byte[] before = Files.readAllBytes(db);

        CliRun run = CliRun.of("import", "--replace", "--db", db.toString(), data.toString());

        assertEquals(1, run.exit());
        assertEquals(1 + ProblemList.SHOWN_IN_TERMINAL + 1, run.err().lines().count(), run.err());
        Matcher m = SAVED.matcher(run.err());
        assertTrue(m.find(), run.err());
        saved.add(Path.of(m.group(2)));
        assertTrue(Arrays.equals(before, Files.readAllBytes(db)), "the database is byte-identical");
    }

    @Test
    void aShortListIsPrintedWhole() {
        StringWriter text = new StringWriter();
        List<String> few = IntStream.range(0, ProblemList.SHOWN_IN_TERMINAL).mapToObj(i -> "problem " + i).toList();

        ProblemLines.print(new PrintWriter(text, true), "    ", few, false);

        assertEquals(ProblemList.SHOWN_IN_TERMINAL, text.toString().lines().count());
        assertTrue(text.toString().lines().allMatch(l -> l.startsWith("    problem ")));
    }

    @Test
    void aLongListOfCheckProblemsIsCutTheSameWay() throws Exception {
        StringWriter text = new StringWriter();
        List<String> many = IntStream.range(0, 120).mapToObj(i -> "page " + i + " is damaged\u001b[31m").toList();

        ProblemLines.print(new PrintWriter(text, true), "    ", many, false);

        List<String> lines = text.toString().lines().toList();
        assertEquals(ProblemList.SHOWN_IN_TERMINAL + 1, lines.size());
        assertFalse(text.toString().contains("\u001b"), "no raw escape reaches the terminal");
        Matcher m = SAVED.matcher(lines.get(lines.size() - 1));
        assertTrue(m.find(), lines.get(lines.size() - 1));
        saved.add(Path.of(m.group(2)));
        assertEquals(120, Files.readAllLines(Path.of(m.group(2))).size());
    }
}
