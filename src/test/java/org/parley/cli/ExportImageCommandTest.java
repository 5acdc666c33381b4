package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;
import org.parley.seed.ExchangeFormatWriter;

/** {@code parley export-image} as a user drives it: exit codes, messages, and what lands on disk. */
class ExportImageCommandTest {

    @TempDir
    Path tmp;

    private Path db;
    private Path out;

    @BeforeEach
    void seed() {
        db = tmp.resolve("p.db");
        assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
        out = tmp.resolve("out");
    }

    private CliRun run(String... args) {
        return CliRun.on(db, "export-image", args);
    }

    @Test
    void writesAWeekPngAtTheExactWidthAndSaysWhere() throws Exception {
        Path png = tmp.resolve("week.png");
        CliRun r = run("--view", "timeline", "--format", "png", "--width", "3840", "--from", "2022-01-09",
                "--to", "2022-01-14", "--out", png.toString());
        assertEquals(0, r.exit(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(3840, image.getWidth());
        assertTrue(r.out().contains(png.toAbsolutePath().toString()), r.out());
        assertTrue(r.out().contains("3840 × " + image.getHeight()), r.out());
    }

    /** "notes.txt/x.png" with notes.txt a file: said so, not "the folder does not exist". */
    @Test
    void anOutInsideAFileSaysItIsAFile() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "mine");
        CliRun r = run("--view", "timeline", "--format", "png", "--out", notes.resolve("x.png").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(notes + " is a file, not a folder"), r.err());
        assertEquals("mine", Files.readString(notes));
    }

    @Test
    void scaleTwoDoublesTheDashboard() throws Exception {
        Path png = tmp.resolve("dash.png");
        CliRun r = run("--view", "DASHBOARD", "--format", "png", "--scale", "2", "--theme", "dark",
                "--out", png.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(3840, ImageIO.read(png.toFile()).getWidth());
    }

    /**
     * A large PNG says it is at work before the long silence of drawing it, on the error stream so that
     * "Wrote …" stays the only line of output; an ordinary one says nothing until it is written.
     */
    @Test
    void aLargePngSaysItIsAtWorkAndAnOrdinaryOneDoesNot() throws Exception {
        CliRun large = run("--view", "map", "--format", "png", "--width", "6400", "--out", tmp.resolve("big.png").toString());
        assertEquals(0, large.exit(), large.err());
        assertEquals("Drawing a large PNG (6,400 px wide); this may take a while…", large.err().strip());
        assertTrue(large.out().startsWith("Wrote "), large.out());
        CliRun small = run("--view", "map", "--format", "png", "--out", tmp.resolve("small.png").toString());
        assertEquals("", small.err());
    }

    /** A title longer than the image is cut at a word with an ellipsis in every view, never run off its edge. */
    /**
     * Found by a helper, 2026-12-05: the dialog warns of a picture many screens tall, and the command wrote a
     * 64 MB SVG of twenty thousand events in one week with only "Wrote". It now says so on the error stream,
     * with what to choose instead, and still writes it; the week says nothing more.
     */
    @Test
    void aPictureManyScreensTallIsSaidToBeSoOnTheErrorStreamAndStillWritten() throws Exception {
        Path crowded = tmp.resolve("crowded");
        Files.createDirectories(crowded);
        Dataset many = BundledSeeds.copiedUntilOver(500);
        ExchangeFormatWriter writer = new ExchangeFormatWriter();
        writer.write(many, crowded.resolve("dataset.json"));
        for (var text : writer.sourceTexts(many).entrySet()) {
            Files.write(crowded.resolve(text.getKey()), text.getValue());
        }
        Path tall = tmp.resolve("tall.db");
        assertEquals(0, CliRun.of("import", crowded.toString(), "--db", tall.toString()).exit());
        Path svg = tmp.resolve("tall.svg");
        CliRun r = CliRun.on(tall, "export-image", "--view", "timeline", "--format", "svg", "--out", svg.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.size(svg) > 0);
        assertTrue(r.out().startsWith("Wrote "), r.out());
        assertTrue(r.err().strip().matches("The image is 1600 × \\d+ px, about \\d+ screens tall\\. --format pdf cuts it "
                + "into pages; --from/--to, --kind, --actor or --place draw less\\."), r.err());

        CliRun week = run("--view", "timeline", "--format", "svg", "--out", tmp.resolve("week.svg").toString());
        assertEquals(0, week.exit(), week.err());
        assertEquals("", week.err());
    }

    @Test
    void aTitleTooLongForTheImageEndsInAnEllipsis() throws Exception {
        String title = "A very long title for a slide that goes on and on about the week of talks in Geneva, Brussels and Vienna"
                .repeat(3);
        for (String view : List.of("timeline", "map", "dashboard")) {
            Path svg = tmp.resolve("long-" + view + ".svg");
            CliRun r = run("--view", view, "--format", "svg", "--title", title, "--out", svg.toString());
            assertEquals(0, r.exit(), r.err());
            String text = Files.readString(svg);
            assertFalse(text.contains(title.substring(0, 160)), view + ": the whole title was drawn");
            assertTrue(text.contains("A very long title for a slide") && text.contains("\u2026"), view);
        }
    }

    @Test
    void kindAndTitleReachTheSvg() throws Exception {
        Path svg = tmp.resolve("m.svg");
        CliRun r = run("--view", "timeline", "--format", "svg", "--kind", "meeting", "--title", "Meetings only",
                "--from", "2022-01-09", "--to", "2022-01-14", "--out", svg.toString());
        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(svg);
        assertTrue(text.contains(">Meetings only<"));
        // Cards wrap titles over several <text> lines: read the drawing's words in order.
        String words = text.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertTrue(words.contains("NATO–Russia meeting in Brussels"), words);
        assertFalse(words.contains("Grushko warns of counter-measures"));
    }

    @Test
    void unknownActorIsAUsageErrorAndWritesNothing() throws Exception {
        CliRun r = run("--view", "map", "--format", "pdf", "--actor", "sherman", "--actor", "gandalf",
                "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--actor: \"gandalf\" is not an id in the dataset"), r.err());
        assertTrue(r.err().contains("sherman"), "lists the known ids: " + r.err());
        assertNothingWritten();
    }

    @Test
    void unknownKindBadDateAndBackwardRangeAreUsageErrors() throws Exception {
        CliRun kind = run("--view", "map", "--format", "png", "--kind", "picnic", "--out", out.toString());
        assertEquals(2, kind.exit());
        assertTrue(kind.err().contains("--kind: \"picnic\" is not a kind of event"), kind.err());
        CliRun date = run("--view", "map", "--format", "png", "--from", "12/01/2022", "--out", out.toString());
        assertEquals(2, date.exit());
        assertTrue(date.err().contains("YYYY-MM-DD"), date.err());
        CliRun backwards = run("--view", "map", "--format", "png", "--from", "2022-01-14", "--to", "2022-01-09",
                "--out", out.toString());
        assertEquals(2, backwards.exit());
        assertTrue(backwards.err().contains("before --from"), backwards.err());
        // A dataset may date an event in year 0000, so a range may start there; year 10000 is refused.
        CliRun far = run("--view", "map", "--format", "png", "--from", "+10000-01-01", "--out", out.toString());
        assertEquals(2, far.exit());
        assertTrue(far.err().contains("between 0000-01-01 and 9999-12-31"), far.err());
        CliRun zero = run("--view", "map", "--format", "png", "--from", "0000-01-01", "--to", "0000-12-31",
                "--out", out.toString());
        assertFalse(zero.err().contains("out of range"), zero.err());
        assertNothingWritten();
    }

    @Test
    void widthAndScaleTogetherAreRefused() throws Exception {
        CliRun r = run("--view", "timeline", "--format", "png", "--width", "2000", "--scale", "2",
                "--out", out.toString());
        assertEquals(2, r.exit());
        // In Parley's words, as other usage errors are: not "Error: --width=PX, --scale=N are mutually exclusive".
        assertTrue(r.err().startsWith("parley: --width and --scale cannot be given together; give only one."
                + System.lineSeparator() + "Run \"parley export-image --help\""), r.err());
        assertNothingWritten();
    }

    /** Picocli's own words had been "Error: expected only one match but got [--width=PX | --scale=N]={--width=800} and …". */
    @Test
    void aWidthOrScaleGivenTwiceIsSaidSo() throws Exception {
        for (String option : List.of("--width", "--scale")) {
            CliRun r = run("--view", "map", "--format", "png", option, "2", option, "3", "--out", out.toString());
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().startsWith("parley: " + option + " is given twice; give it once."
                    + System.lineSeparator() + "Run \"parley export-image --help\""), r.err());
        }
        assertNothingWritten();
    }

    @Test
    void unknownViewAndFormatNameTheChoices() {
        CliRun view = run("--view", "globe", "--format", "png", "--out", out.toString());
        assertEquals(2, view.exit());
        assertTrue(view.err().contains("timeline, map, actors, dashboard or timeline-slide"), view.err());
        CliRun format = run("--view", "map", "--format", "gif", "--out", out.toString());
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("png, svg or pdf"), format.err());
    }

    @Test
    void aFolderAsOutIsAnErrorWithoutAStackTrace() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("folder.png"));
        CliRun r = run("--view", "actors", "--format", "png", "--out", folder.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("is a folder"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void filtersThatMatchNothingFailWithExitOne() {
        CliRun r = run("--view", "timeline", "--format", "png", "--kind", "conflict", "--from", "2022-01-09",
                "--to", "2022-01-14", "--actor", "sherman", "--out", out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no event passes the filters (actor Wendy Sherman; kind "), r.err());
        assertFalse(Files.exists(out));
    }

    /** A focus a year after the events: the default range is empty though no filter or range was given. */
    @Test
    void aFocusWithoutEventsSaysSoAndNamesRangeAll() throws Exception {
        Path data = Files.createDirectory(tmp.resolve("data"));
        try (Stream<Path> seeds = Files.list(Path.of(System.getProperty("parley.seeds", "seeds")))) {
            for (Path f : seeds.toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        Path json = data.resolve("week.json");
        Files.writeString(json, Files.readString(json).replaceFirst(
                "\"from\": \"2022-01-09\",\\s*\"to\": \"2022-01-13\"", "\"from\": \"2023-01-09\", \"to\": \"2023-01-13\""));
        Path later = tmp.resolve("later.db");
        String note = "Note: none of its 64 events falls in its declared focus (9–13 Jan 2023), the days the app and its "
                + "pictures open on; Fit everything (Ctrl+2) in the app, or --range all for export-image, shows them.";
        CliRun validated = CliRun.of("validate", data.toString());
        assertEquals(0, validated.exit(), validated.err());
        assertTrue(validated.out().contains(note), "said at validate: " + validated.out());
        CliRun imported = CliRun.of("import", "--db", later.toString(), data.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains(note), "said at import: " + imported.out());
        assertFalse(CliRun.of("validate").out().contains("Note:"), "the bundled week's focus holds its events");

        CliRun all = CliRun.on(later, "export-image", "--view", "timeline", "--format", "png", "--out", out.toString());
        assertEquals(1, all.exit());
        assertEquals("parley: none of the 64 events falls in the dataset's focus (9–13 Jan 2023), the days an image "
                + "shows unless told otherwise; --range all draws them all, or --from and --to choose the days. "
                + "Nothing was written.", all.err().strip());

        CliRun meetings = CliRun.on(later, "export-image", "--view", "map", "--format", "svg", "--kind", "meeting",
                "--out", out.toString());
        assertEquals(1, meetings.exit());
        assertTrue(meetings.err().contains("none of the 8 events that pass the filters (kind Meeting) falls in the "
                + "dataset's focus (9–13 Jan 2023)"), meetings.err());
        assertFalse(Files.exists(out));

        assertEquals(0, CliRun.on(later, "export-image", "--view", "timeline", "--format", "png", "--range", "all",
                "--out", out.toString()).exit());
    }

    private void assertNothingWritten() throws Exception {
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(0, files.filter(p -> !p.getFileName().toString().startsWith("p.db")).count(),
                    "only the database is there");
        }
        assertFalse(Files.exists(out));
    }
}
