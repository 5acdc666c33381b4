package org.parley.cli;

import org.parley.export.Overwrite;
import org.parley.export.image.ImageExport;
import org.parley.export.image.ImageFormat;
import org.parley.export.image.ImageRequest;
import org.parley.export.image.Sizing;
import org.parley.export.image.View;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.render.Theme;
import org.parley.render.graph.ActorGraphScene;
import org.parley.render.graph.ActorNetwork;
import org.parley.seed.ExchangeFormatReader;
import org.parley.seed.ExchangeFormatWriter;
import org.parley.seed.LoadedDataset;
import org.parley.seed.SeedBundle;
import org.parley.store.Origin;
import org.parley.store.ParleyStore;
import org.parley.ui.bench.CanvasBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Measures the budgets of docs/architecture.md on the real paths and prints one line per budget, with
 * medians after warm-up and the machine named: a whole `import` of a generated file in a child
 * JVM, the first frame with data of the app in a child JVM (bundled week and the generated data),
 * search and window lookups in the imported database, heap with the data loaded, the screen's
 * paths on a JavaFX canvas ({@link CanvasBench}), the actor network's layout and an image export.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the real paths on generated data (import from a file and start-up in child JVMs, "
                + "search, canvas frames, map pan, network layout, heap) and print medians against the budgets. "
                + "Numbers depend on the machine; run it on an idle one. The start-up and canvas lines need a "
                + "display (e.g. xvfb-run).")
final class BenchCommand implements Callable<Integer> {

    private static final double IMPORT_BUDGET_MS = 3_000;
    private static final double WEEK_START_BUDGET_MS = 1_500;
    private static final double LARGE_START_BUDGET_MS = 2_000;
    private static final double SEARCH_BUDGET_MS = 20;
    private static final double FRAME_BUDGET_MS = 8;
    private static final long HEAP_BUDGET_MB = 512;

    @Option(names = "--events", defaultValue = "100000", paramLabel = "N",
            description = "Events to generate (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--actors", defaultValue = "1000", paramLabel = "N", description = "Actors, 1 to 1,000,000 (default: ${DEFAULT-VALUE}).")
    int actors;

    @Option(names = "--places", defaultValue = "500", paramLabel = "N", description = "Places, 1 to 1,000,000 (default: ${DEFAULT-VALUE}).")
    int places;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N",
            description = "Measured runs per line, after warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    /** For the bench's own child JVMs: measure one canvas line on the data in {@link #canvasData}, print it, stop. */
    @Option(names = "--canvas-line", hidden = true, paramLabel = "N")
    Integer canvasLine;

    @Option(names = "--canvas-data", hidden = true, paramLabel = "FILE")
    Path canvasData;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Limits.atLeast(spec, "--events", events, 1);
        Limits.atMost(spec, "--events", events, 10_000_000);
        Limits.atLeast(spec, "--actors", actors, 1);
        Limits.atLeast(spec, "--places", places, 1);
        // As generate's: the benchmarks' child JVMs run generate, and refused there, failed without a reason.
        Limits.atMost(spec, "--actors", actors, 1_000_000);
        Limits.atMost(spec, "--places", places, 1_000_000);
        Limits.atLeast(spec, "--runs", runs, 1);
        Limits.atMost(spec, "--runs", runs, 1_000);
        PrintWriter out = spec.commandLine().getOut();
        if (canvasLine != null) {
            return canvasLineHere(out);
        }
        out.println("Machine: " + Machine.describe());
        Dataset data = SyntheticData.generate(events, actors, places, 42);
        out.printf("Data: %d events, %d actors, %d places, %d quotes, %d source texts (parley generate --seed 42)%n",
                data.events().size(), data.actors().size(), data.places().size(), data.quotes().size(),
                data.sources().size());
        out.flush();
        Path dir = Files.createTempDirectory("parley-bench");
        // Ctrl-C or a signal skips the finally below: the children and the folder (hundreds of MB) go all the same.
        Thread cleanUp = new Thread(() -> {
            ChildJvm.stopAll();
            deleteQuietly(dir);
        }, "parley-bench-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            Path folder = dir.resolve("data");
            new ExchangeFormatWriter().write(data, folder.resolve(GenerateCommand.FILE_NAME));
            ChildJvm child = new ChildJvm(List.of("-Xmx" + HEAP_BUDGET_MB + "m"), 600);
            Path db = importFromFile(out, child, dir, folder);
            validateFile(out, child, dir, folder);
            firstFrames(out, child, dir, db);
            try (ParleyStore store = ParleyStore.open(db)) {
                searchAndWindows(out, store, data);
                heapWithData(out, store);
            }
            Machine.noDisplay().ifPresentOrElse(
                    reason -> Medians.skipped(out, "canvas: filter → layout → paint, frames, map pan", reason),
                    () -> canvas(out, dir, db));
            network(out, data);
            export(out, dir);
        } finally {
            if (withdrawn(cleanUp)) {
                ScratchFolders.remove(dir);
            }
        }
        return 0;
    }

    /** The whole `parley import` of the generated file, as a user runs it, in a JVM held to the heap budget. */
    private Path importFromFile(PrintWriter out, ChildJvm child, Path dir, Path folder) throws Exception {
        int[] n = {0};
        String what = "import from the file (whole CLI run, -Xmx" + HEAP_BUDGET_MB + "m)";
        try {
            double[] ms = Medians.measure(1, runs, () -> {
                Path db = dir.resolve("import-" + n[0]++ + ".db");
                child.run(dir, "import", "--db", db.toString(), folder.toString());
            });
            Medians.report(out, what, ms, IMPORT_BUDGET_MS);
            return dir.resolve("import-0.db");
        } catch (IOException e) {
            String first = e.getMessage().lines().filter(l -> l.contains("OutOfMemory") || l.contains("parley:"))
                    .findFirst().orElse(e.getMessage().lines().findFirst().orElse(""));
            // Out of memory under the heap budget is over budget; any other failure measured nothing.
            out.printf("  %-52s   FAILED: %s%s%n", what, first.strip(),
                    first.contains("OutOfMemory") || first.contains("memory") ? "  OVER BUDGET" : " (not measured)");
            // The rest still needs the data: import it here, without the heap limit.
            Path db = dir.resolve("import-unlimited.db");
            LoadedDataset loaded = new ExchangeFormatReader().load(folder);
            try (ParleyStore store = ParleyStore.open(db)) {
                store.importDataset(loaded.dataset(), loaded.contentHash(), Origin.USER);
            }
            return db;
        }
    }

    /** The whole `parley validate` of the same file: the read half of an import, without the database. */
    private void validateFile(PrintWriter out, ChildJvm child, Path dir, Path folder) throws Exception {
        String what = "validate the file (whole CLI run, -Xmx" + HEAP_BUDGET_MB + "m)";
        try {
            double[] ms = Medians.measure(1, runs, () -> child.run(dir, "validate", folder.toString()));
            Medians.inform(out, what, ms, "the read half of the import line");
        } catch (IOException e) {
            out.printf("  %-52s   FAILED: %s%n", what, e.getMessage().lines().findFirst().orElse("").strip());
        }
    }

    private void firstFrames(PrintWriter out, ChildJvm child, Path dir, Path db) throws Exception {
        var reason = Machine.noDisplay();
        if (reason.isPresent()) {
            Medians.skipped(out, "first frame with data", reason.get());
            return;
        }
        Path week = dir.resolve("week.db");
        // The first warm-up seeds the new database; the measured starts find the week already there.
        double[] weekMs = startUps(child, dir, week);
        Medians.report(out, "first frame with data, bundled week (child JVM)", weekMs, WEEK_START_BUDGET_MS);
        double[] largeMs = startUps(child, dir, db);
        Medians.report(out, "first frame with data, " + events + " events (child JVM)", largeMs, LARGE_START_BUDGET_MS);
    }

    private double[] startUps(ChildJvm child, Path dir, Path db) throws Exception {
        child.run(dir, "--db", db.toString(), "--measure-startup");
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = child.run(dir, "--db", db.toString(), "--measure-startup").reportedMs();
        }
        return ms;
    }

    private void searchAndWindows(PrintWriter out, ParleyStore store, Dataset data) throws Exception {
        String[] queries = {"pipeline", "sanctions troops", "delegat", "summit treaty", "Elena", "ceasefire grain"};
        int[] next = {0};
        double[] search = Medians.measure(queries.length, Math.max(runs, queries.length),
                () -> store.search(queries[next[0]++ % queries.length], 200));
        Medians.report(out, "search (FTS5, top 200, " + queries.length + " queries)", search, SEARCH_BUDGET_MS);
        // A word in every generated title: past ParleyStore.RANKED_AT_MOST matches the first are listed, not ranked.
        double[] common = Medians.measure(3, runs, () -> store.search("report", 200));
        Medians.report(out, "search, a word in every title (first 200, unranked)", common, SEARCH_BUDGET_MS);

        // Words after NOT leave out whole events: each match's event is tested (decision 0169).
        String[] leavingOut = {"pipeline NOT Weber", "sanctions NOT troops", "summit NOT Elena"};
        double[] not = Medians.measure(leavingOut.length, Math.max(runs, leavingOut.length),
                () -> store.search(leavingOut[next[0]++ % leavingOut.length], 200));
        Medians.report(out, "search with NOT (top 200, " + leavingOut.length + " queries)", not, SEARCH_BUDGET_MS);

        // As the window searches while filters hide events (SearchService): the best 200 of all with the best 200 of
        // those shown, one event in 7. The set of the ids shown is made once per filter, as the window makes it.
        Set<String> ids = IntStream.range(0, data.events().size()).filter(i -> i % 7 == 0)
                .mapToObj(i -> data.events().get(i).id()).collect(Collectors.toUnmodifiableSet());
        double[] filtered = Medians.measure(queries.length, Math.max(runs, queries.length),
                () -> store.search(queries[next[0]++ % queries.length], 200, ids::contains));
        Medians.report(out, "search with filters (1 in 7 shown, " + queries.length + " queries)", filtered,
                SEARCH_BUDGET_MS);

        List<Instant> starts = data.events().stream().map(e -> e.time().startInstant()).sorted().toList();
        Instant middle = starts.get(starts.size() / 2);
        for (long days : new long[] {7, 365}) {
            Instant to = middle.plus(days, ChronoUnit.DAYS);
            int found = store.eventIdsBetween(middle, to).size();
            double[] window = Medians.measure(3, runs, () -> store.eventIdsBetween(middle, to));
            Medians.report(out, "events in a " + days + "-day window, from the store (" + found + ")", window,
                    FRAME_BUDGET_MS);
        }
    }

    private void heapWithData(PrintWriter out, ParleyStore store) {
        double[] load = new double[1];
        long t0 = System.nanoTime();
        Dataset loaded = store.loadDataset();
        load[0] = (System.nanoTime() - t0) / 1e6;
        Medians.inform(out, "read the whole dataset back from the store", load, "once per start, off the screen");
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
        out.printf("  %-52s %9d MB (budget %d MB)%s%n", "heap in use with the dataset loaded", used, HEAP_BUDGET_MB,
                used <= HEAP_BUDGET_MB ? "" : "  OVER BUDGET");
        out.flush();
        if (loaded.events().isEmpty()) {
            out.println("  (the store holds no events)");
        }
    }

    /**
     * Each canvas line in a JVM of its own, as JMH forks each benchmark: measured one after another in this
     * JVM, on Java 25 a line ran code the compiler had sent back to its first tier, because the earlier lines'
     * types had made its guesses wrong (decision 0156). The app's own JVM runs none of the bench's other lines.
     */
    private void canvas(PrintWriter out, Path dir, Path db) {
        ChildJvm child = new ChildJvm(List.of(), 600);
        for (int i = 0; i < CanvasBench.LINES; i++) {
            try {
                ChildJvm.Run run = child.run(dir, "bench", "--canvas-line", Integer.toString(i), "--canvas-data",
                        db.toString(), "--runs", Integer.toString(Math.max(runs, 7)));
                Medians.report(out, CanvasBench.what(i), CanvasLineRuns.read(run.out()), CanvasBench.budgetMs(i));
            } catch (Exception e) {
                // The child's own last words say why ("parley: JavaFX could not start…"), not the command it ran.
                String why = e.getMessage() == null ? e.toString()
                        : e.getMessage().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("").strip();
                Medians.skipped(out, CanvasBench.what(i), "failed: " + why);
            }
        }
    }

    /** In the child: the dataset read from the database the bench imported, one line measured and printed. */
    private int canvasLineHere(PrintWriter out) throws Exception {
        if (canvasData == null || canvasLine < 0 || canvasLine >= CanvasBench.LINES) {
            throw new ParameterException(spec.commandLine(), "--canvas-line needs 0 to " + (CanvasBench.LINES - 1)
                    + " and --canvas-data");
        }
        Dataset data;
        // Read as it is, never created, migrated or seeded: the bench's own import made it.
        try (ParleyStore store = ParleyStore.openReadOnly(canvasData)) {
            data = store.loadDataset();
        }
        CanvasBench.Line line = new CanvasBench(data, 3, runs).run(canvasLine);
        out.println(CanvasLineRuns.line(line.ms()));
        out.flush();
        return 0;
    }

    private void network(PrintWriter out, Dataset data) throws Exception {
        List<Event> all = data.events();
        double[] ms = Medians.measure(1, Math.min(runs, 3),
                () -> ActorGraphScene.layOut(ActorNetwork.of(data, all), 800, 600, Theme.LIGHT));
        Medians.inform(out, "actor network layout (" + data.actors().size() + " actors)", ms,
                "in the background, once per dataset or filter");
    }

    private void export(PrintWriter out, Path dir) throws Exception {
        Dataset week = SeedBundle.locate().load().dataset();
        ImageRequest request = ImageRequest.of(View.TIMELINE, ImageFormat.PNG).withSizing(Sizing.width(3840))
                .withRange(Instant.parse("2022-01-08T23:00:00Z"), Instant.parse("2022-01-14T23:00:00Z"));
        ImageExport export = new ImageExport();
        Path png = dir.resolve("week.png");
        double[] ms = Medians.measure(3, Math.max(runs, 5), () -> export.export(week, request, png, Overwrite.ANY));
        Medians.report(out, "export a 3840-px PNG of the week (seeds)", ms, 1000);
    }

    /** Takes the clean-up off the way out; false when the JVM is on its way out already and runs it. */
    private static boolean withdrawn(Thread cleanUp) {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            return true;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            ScratchFolders.remove(dir);
        } catch (IOException | RuntimeException e) {
            // On the way out, nothing is left to tell; the folder's name says whose it was.
            return;
        }
    }

}
