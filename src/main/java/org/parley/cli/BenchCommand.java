package org.parley.cli;

import org.parley.export.image.ImageExport;
import org.parley.export.image.ImageFormat;
import org.parley.export.image.ImageRequest;
import org.parley.export.image.Sizing;
import org.parley.export.image.View;
import org.parley.layout.LaneMode;
import org.parley.layout.TimeScale;
import org.parley.layout.TimelineLayout;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.render.Theme;
import org.parley.render.awt.Java2DPainter;
import org.parley.render.timeline.Decorations;
import org.parley.render.timeline.TimelinePainter;
import org.parley.render.timeline.TimelineScene;
import org.parley.seed.DatasetException;
import org.parley.seed.SeedBundle;
import org.parley.store.Origin;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Measures the budgets of docs/architecture.md on generated data and prints medians: import, layout and paint
 * of a 1920-px viewport at several zooms, filter, search and heap. Numbers, not pass/fail: they
 * depend on the machine, which the report names.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure import, layout+paint, filter and search on a generated dataset, and a 3840-px "
                + "PNG export of the week, and print medians. Numbers depend on the machine; run it on an idle one.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "100000", description = "Events to generate (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--actors", defaultValue = "1000", description = "Actors (default: ${DEFAULT-VALUE}).")
    int actors;

    @Option(names = "--places", defaultValue = "500", description = "Places (default: ${DEFAULT-VALUE}).")
    int places;

    @Option(names = "--runs", defaultValue = "7", description = "Runs per measurement (default: ${DEFAULT-VALUE}).")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, DatasetException {
        PrintWriter out = spec.commandLine().getOut();
        Runtime rt = Runtime.getRuntime();
        out.printf("Machine: %d cores, max heap %d MB, %s %s, Java %s%n", rt.availableProcessors(),
                rt.maxMemory() >> 20, System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"));
        Dataset data = SyntheticData.generate(events, actors, places, 42);
        out.printf("Data: %d events, %d actors, %d places, %d quotes%n", data.events().size(), data.actors().size(),
                data.places().size(), data.quotes().size());

        Path dir = Files.createTempDirectory("parley-bench");
        try {
            double[] imports = new double[runs];
            for (int i = 0; i < runs; i++) {
                Path db = dir.resolve("bench-" + i + ".db");
                long t0 = System.nanoTime();
                try (ParleyStore store = ParleyStore.open(db)) {
                    store.importDataset(data, "hash-" + i, Origin.USER);
                }
                imports[i] = ms(t0);
            }
            report(out, "import (one transaction, FTS included)", imports, 3000);

            long t0 = System.nanoTime();
            TimelineLayout layout = TimelineLayout.of(data.events(), LaneMode.TRACK, null);
            out.printf("  %-44s %8.1f ms (once per dataset and lane mode)%n", "timeline layout build", ms(t0));
            Map<String, Event> byId = data.events().stream().collect(Collectors.toMap(Event::id, e -> e));
            Function<String, Event> eventOf = byId::get;
            BufferedImage img = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_ARGB);
            TimelinePainter painter = new TimelinePainter();
            String[][] zooms = {{"the week", "2022-01-09T00:00:00Z", "2022-01-15T00:00:00Z"},
                    {"a year", "2021-03-01T00:00:00Z", "2022-03-01T00:00:00Z"},
                    {"everything", "1990-01-01T00:00:00Z", "2023-01-01T00:00:00Z"}};
            for (String[] z : zooms) {
                TimeScale scale = TimeScale.fit(Instant.parse(z[1]), Instant.parse(z[2]), 1920 - 184, 0);
                TimelineScene scene = new TimelineScene(layout, scale, java.time.ZoneOffset.UTC, 1920, 1080, 0, eventOf,
                        null, Set.of(), Set.of(), Decorations.SCREEN);
                double[] frames = measure(Math.max(runs, 15), () -> {
                    Graphics2D g = img.createGraphics();
                    painter.paint(new Java2DPainter(g), scene, Theme.LIGHT);
                    g.dispose();
                });
                report(out, "layout+paint 1920×1080, " + z[0], frames, 8);
            }

            EventFilter filter = EventFilter.NONE.withKinds(Set.of(EventKind.MEETING, EventKind.STATEMENT))
                    .withActors(Set.of("a1", "a2", "a3"));
            long kept = data.events().stream().filter(e -> filter.test(e, 2)).count();
            double[] filters = measure(runs, () -> data.events().stream().filter(e -> filter.test(e, 2)).count());
            report(out, "filter (kinds × actors, " + kept + " kept)", filters, 20);

            try (ParleyStore store = ParleyStore.open(dir.resolve("bench-0.db"))) {
                String[] words = {"pipeline", "sanctions troops", "delegat", "summit treaty"};
                int[] next = {0};
                double[] searches = measure(runs, () -> store.search(words[next[0]++ % words.length], 200));
                report(out, "search (FTS5, top 200 of 4 queries)", searches, 20);
            }
            double[] exports = new double[Math.max(runs, 10)];
            Dataset week = SeedBundle.locate().load().dataset();
            ImageRequest request = ImageRequest.of(View.TIMELINE, ImageFormat.PNG).withSizing(Sizing.width(3840))
                    .withRange(Instant.parse("2022-01-08T23:00:00Z"), Instant.parse("2022-01-14T23:00:00Z"));
            ImageExport export = new ImageExport();
            Path png = dir.resolve("week.png");
            exports = measure(exports.length, () -> export.export(week, request, png));
            report(out, "export 3840-px PNG of the week (seeds)", exports, 1000);
            System.gc();
            out.printf("  %-44s %8d MB (budget 512)%n", "heap in use with the dataset loaded",
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
            if (data.events().isEmpty()) {
                out.println("(no events)");
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return 0;
    }

    /** Times {@code work} {@code runs} times after as many unmeasured warm-up runs, so the JIT has done its part. */
    private static double[] measure(int runs, Runnable work) {
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = ms(t0);
        }
        return ms;
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void report(PrintWriter out, String what, double[] ms, double budget) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        out.printf("  %-44s %8.1f ms median (min %.1f, max %.1f; budget %.0f ms)%s%n", what, median, sorted[0],
                sorted[sorted.length - 1], budget, median <= budget ? "" : "  OVER BUDGET");
        out.flush();
    }
}
