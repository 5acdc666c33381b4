package org.parley.ui.bench;

import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.parley.layout.BandMark;
import org.parley.layout.ContextBand;
import org.parley.layout.LaneMode;
import org.parley.layout.RowGeometry;
import org.parley.layout.TimeScale;
import org.parley.layout.TimelineLayout;
import org.parley.layout.map.LambertAzimuthalEqualArea;
import org.parley.layout.map.LonLatBox;
import org.parley.layout.map.MapViewport;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.render.Theme;
import org.parley.render.graph.ActorGraphPainter;
import org.parley.render.graph.ActorGraphScene;
import org.parley.render.graph.ActorNetwork;
import org.parley.render.map.MapData;
import org.parley.render.map.MapPainter;
import org.parley.render.map.MapScene;
import org.parley.render.map.MapSceneBuilder;
import org.parley.render.timeline.ContextBandPainter;
import org.parley.render.timeline.Decorations;
import org.parley.render.timeline.TimelineMetrics;
import org.parley.render.timeline.TimelinePainter;
import org.parley.render.timeline.TimelineScene;
import org.parley.ui.canvas.FxPainter;

import java.util.ArrayList;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The screen's paths on a real JavaFX canvas, offscreen, on the JavaFX thread: a filter change
 * through layout to paint, a timeline frame at three zooms with the layout already built, and a
 * pan frame of the map, each timed as the JavaFX thread's share of a frame. It uses the timeline and
 * map classes only through their public API; when the views change, this is the one class to
 * adapt.
 */
public final class CanvasBench {

    /** One measured line: what, the runs in ms, and its budget in ms. */
    public record Line(String what, double[] ms, double budgetMs) {
    }

    /** A piece of work timed as one frame. */
    @FunctionalInterface
    private interface Frame {
        void run() throws Exception;
    }


    private static final double FRAME_BUDGET_MS = 8;
    /** At least this long of warm-up frames before a line is measured, and at most this many. */
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final int MAX_WARM_UPS = 400;
    private static final double FILTER_BUDGET_MS = 20;
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;

    private final Dataset data;
    private final int warmUps;
    private final int runs;
    /** The context band and its marks, built once per dataset and width as the view builds them. */
    private final ContextBand band;
    private final List<BandMark> bandMarks;

    public CanvasBench(Dataset data, int warmUps, int runs) {
        this.data = data;
        this.warmUps = warmUps;
        this.runs = runs;
        this.band = ContextBand.of(data, WIDTH - TimelineMetrics.GUTTER, ZoneOffset.UTC);
        this.bandMarks = band.marks(data.events());
    }

    /** What each line measures, in the order {@link #run(int)} numbers them. */
    private static final List<String> WHAT = List.of("filter → layout → paint, timeline (2 kinds)",
            "timeline frame " + WIDTH + "×" + HEIGHT + ", a week (layout built)",
            "timeline frame " + WIDTH + "×" + HEIGHT + ", a year (layout built)",
            "timeline frame " + WIDTH + "×" + HEIGHT + ", everything (layout built)",
            "map pan frame 1200×800 (all events, aggregates built)",
            "network hover frame 1200×800 (" + ActorNetwork.MOST_DRAWN + " busiest actors, layout built)",
            "network selection frame 1200×800 (" + ActorNetwork.MOST_DRAWN + " busiest actors, layout built)");
    public static final int LINES = WHAT.size();

    /** What line {@code index} measures. */
    public static String what(int index) {
        return WHAT.get(index);
    }

    /** Line {@code index}'s budget in ms: a filter's wait for the next frame, or one frame. */
    public static double budgetMs(int index) {
        return index == 0 ? FILTER_BUDGET_MS : FRAME_BUDGET_MS;
    }

    /** Starts JavaFX (a display is needed) and measures every line, one after another in this JVM. */
    public List<Line> run() throws Exception {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            lines.add(run(i));
        }
        return lines;
    }

    /**
     * Starts JavaFX (a display is needed) and measures line {@code index} (0 to {@link #LINES} - 1): the filter
     * round trip, a timeline frame at a week, a year and everything, a map pan frame, a network hover and selection
     * frame.
     */
    public Line run(int index) throws Exception {
        if (index < 0 || index >= LINES) {
            throw new IllegalArgumentException("no canvas line " + index + "; there are " + LINES);
        }
        startToolkit();
        return switch (index) {
            case 0 -> filterLine();
            case 4 -> mapPanLine();
            case 5 -> networkLine(5, ActorGraphScene::withHovered);
            case 6 -> networkLine(6, ActorGraphScene::withSelected);
            default -> frameLine(index - 1);
        };
    }

    /**
     * As the timeline view: the whole dataset's layout is built once (per lane mode) on the compute thread; a
     * filter keeps the matching events of the story's order on the JavaFX thread, restricts that layout in one
     * pass on the compute thread, and the next frame paints it. Timed here back to back, so the line is the
     * whole wait for the next frame.
     */
    private Line filterLine() throws Exception {
        Function<String, Event> eventOf = id -> data.event(id).orElseThrow();
        Instant[] year = busiestYear();
        TimelineLayout whole = layoutAt(year[0], year[1]);
        EventFilter filter = EventFilter.NONE.withKinds(Set.of(EventKind.MEETING, EventKind.STATEMENT));
        double[] filtered = onFx(() -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            WritableImage image = new WritableImage(WIDTH, HEIGHT);
            TimelinePainter painter = new TimelinePainter();
            return drawn(canvas, image, () -> {
                List<Event> kept = data.eventsInNarrativeOrder().stream()
                        .filter(filter.in(data)).toList();
                TimelineLayout layout = whole.restrictedTo(kept);
                paintTimeline(canvas, painter, layout, year[0], year[1], eventOf);
            });
        });
        return new Line(what(0), filtered, budgetMs(0));
    }

    /** A timeline frame at a week (0), the busiest year (1) or everything (2), its layout built beforehand. */
    private Line frameLine(int zoom) throws Exception {
        Function<String, Event> eventOf = id -> data.event(id).orElseThrow();
        Instant[] year = busiestYear();
        Instant first = data.events().stream().map(e -> e.time().startInstant()).min(Instant::compareTo).orElseThrow();
        Instant last = data.events().stream().map(e -> e.time().endInstant()).max(Instant::compareTo).orElseThrow();
        Instant[][] zooms = {{year[0], year[0].plusSeconds(7 * 86_400)}, year, {first, last}};
        Instant from = zooms[zoom][0];
        Instant to = zooms[zoom][1];
        // The layout the view shows at this zoom (cards for a week, density strips for
        // everything), built beforehand as the view's cache would hold it.
        TimelineLayout layout = layoutAt(from, to);
        double[] frames = onFx(() -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            WritableImage image = new WritableImage(WIDTH, HEIGHT);
            TimelinePainter painter = new TimelinePainter();
            return drawn(canvas, image, () -> paintTimeline(canvas, painter, layout, from, to, eventOf));
        });
        return new Line(what(zoom + 1), frames, budgetMs(zoom + 1));
    }

    /**
     * As the map view: the aggregates are built once per dataset and filter on the compute thread, the basemap
     * is painted into a larger canvas that a pan only moves, and a frame builds the scene from the aggregates
     * and paints the markers, routes and labels over it.
     */
    private Line mapPanLine() throws Exception {
        ProjectedBasemap basemap = ProjectedBasemap.europe();
        MapData aggregates = MapData.of(data, data.events());
        double[] pans = onFx(() -> {
            Canvas canvas = new Canvas(1200, 800);
            WritableImage image = new WritableImage(1200, 800);
            MapPainter painter = new MapPainter();
            MapViewport[] viewport = {MapViewport.fit(LambertAzimuthalEqualArea.ETRS89_LAEA,
                    LonLatBox.EUROPE.projectedBounds(LambertAzimuthalEqualArea.ETRS89_LAEA), 1200, 800)};
            int[] step = {0};
            return drawn(canvas, image, () -> {
                // Back and forth, so every frame shows a different viewport over the same area.
                viewport[0] = viewport[0].pan(step[0]++ % 2 == 0 ? 12 : -12, 4);
                MapScene scene = new MapSceneBuilder(basemap, viewport[0], data).data(aggregates).sizeKey(true).build();
                canvas.getGraphicsContext2D().clearRect(0, 0, 1200, 800);
                painter.paintOverlay(new FxPainter(canvas.getGraphicsContext2D()), scene, Theme.LIGHT);
            });
        });
        return new Line(what(4), pans, budgetMs(4));
    }

    /**
     * As the actor network view: the network of every event, cut to the actors the view draws, is laid out once on
     * the compute thread; a hover only repaints, the hovered actor's name found a spot among the names placed for the
     * layout (placed on the first frame, as the view's first paint does); a selection places every name again, the
     * chosen actor's first, and fades all but its neighbours. Each frame hovers or selects another actor.
     */
    private Line networkLine(int index, BiFunction<ActorGraphScene, String, ActorGraphScene> pointAt) throws Exception {
        ActorNetwork network = ActorNetwork.of(data).busiest(ActorNetwork.MOST_DRAWN);
        ActorGraphScene scene = ActorGraphScene.fit(network, ActorGraphScene.normalise(network), 1200, 800, Theme.LIGHT);
        String[] actors = network.nodeIds().toArray(String[]::new);
        double[] frames = onFx(() -> {
            Canvas canvas = new Canvas(1200, 800);
            WritableImage image = new WritableImage(1200, 800);
            ActorGraphPainter painter = new ActorGraphPainter();
            int[] step = {0};
            return drawn(canvas, image, () -> painter.paint(new FxPainter(canvas.getGraphicsContext2D()),
                    pointAt.apply(scene, actors[step[0]++ % actors.length])));
        });
        return new Line(what(index), frames, budgetMs(index));
    }

    /**
     * Times what the JavaFX thread does for a frame: everything up to the canvas's drawing
     * commands. JavaFX rasterises those on its render thread; the snapshot after each run (not
     * timed: in software rendering its read-back alone costs more than a frame) makes it do so,
     * so commands never pile up in the canvas.
     */
    private double[] drawn(Canvas canvas, WritableImage image, Frame frame) throws Exception {
        // Warmed up as JMH would, for a while rather than a few runs: three frames left the code
        // interpreted or half compiled, where a second of panning in the app compiles it.
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 0; i < warmUps || (System.nanoTime() < warmUntil && i < MAX_WARM_UPS); i++) {
            frame.run();
            canvas.snapshot(new SnapshotParameters(), image);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            frame.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            canvas.snapshot(new SnapshotParameters(), image);
        }
        return ms;
    }

    /** The whole dataset's layout as the timeline view builds it for a zoom showing {@code from}–{@code to}. */
    private TimelineLayout layoutAt(Instant from, Instant to) {
        double dayWidth = 86_400_000d / TimeScale.fit(from, to, WIDTH - 184, 0).millisPerPixel();
        RowGeometry geometry = RowGeometry.forView(dayWidth, data.events().size());
        return TimelineLayout.of(data.eventsInNarrativeOrder(), LaneMode.TRACK, null, Function.identity(), false,
                geometry);
    }

    /** A frame as the view paints it: the lanes, then the context band with its marks under them. */
    private void paintTimeline(Canvas canvas, TimelinePainter painter, TimelineLayout layout, Instant from,
                               Instant to, Function<String, Event> eventOf) {
        TimeScale scale = TimeScale.fit(from, to, WIDTH - 184, 0);
        double lanesHeight = HEIGHT - ContextBandPainter.HEIGHT;
        TimelineScene scene = new TimelineScene(layout, scale, ZoneOffset.UTC, WIDTH, lanesHeight, 0, eventOf, null,
                Set.of(), Set.of(), Decorations.SCREEN);
        FxPainter fx = new FxPainter(canvas.getGraphicsContext2D());
        painter.paint(fx, scene, Theme.LIGHT);
        ContextBandPainter.paint(fx, Theme.LIGHT, band, ZoneOffset.UTC, bandMarks, scale, lanesHeight, WIDTH);
    }

    /** The calendar year holding the most events: what a reader of a long dataset zooms to first. */
    private Instant[] busiestYear() {
        int[] counts = new int[10_000];
        int best = 0;
        for (Event e : data.events()) {
            int y = e.time().startDate().getYear();
            if (y >= 0 && y < counts.length && ++counts[y] > counts[best]) {
                best = y;
            }
        }
        Instant from = LocalDate.of(best, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Instant[] {from, LocalDate.of(best + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()};
    }

    private static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        if (!started.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("JavaFX did not start within a minute");
        }
    }

    /** Runs a measurement on the JavaFX thread, where the screen's drawing happens, and waits for it. */
    private static double[] onFx(Callable<double[]> measurement) throws Exception {
        FutureTask<double[]> task = new FutureTask<>(measurement);
        Platform.runLater(task);
        try {
            return task.get(10, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
