package org.parley.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic force-directed (Fruchterman–Reingold) layout of the actor network. The start
 * positions come from a fixed seed and the number of iterations is fixed, so the same network is
 * always drawn the same way, on screen and in every export.
 *
 * <p>The forces run once per network in the unit square ({@link #normalise}); a panel of any size
 * then gets the drawing by {@link NormalisedGraph#fit}, which only scales. Up to
 * {@value #EXACT_LIMIT} nodes every pair repels; above that, near nodes repel one by one and far
 * ones as the mass of their grid cell (a one-level Barnes–Hut), and only each node's heaviest
 * edges pull, so an iteration costs about n × cells rather than n² and a thousand actors lay out
 * in well under a second.
 */
public final class GraphLayout {

    static final int EXACT_LIMIT = 300;
    static final int EDGE_LIMIT = 3000;
    static final int EDGES_PER_NODE = 6;
    // Above EXACT_LIMIT, far nodes repel as the mass of their cell of a CELLS × CELLS grid.
    private static final int CELLS = 12;
    // Past EXACT_LIMIT nodes the forces settle in fewer rounds than a reader would notice.
    private static final int LARGE_ITERATIONS = 120;
    private static final long SEED = 20_220_110L;

    private final int iterations;
    private final double minDistance;

    public GraphLayout() {
        this(300, 24);
    }

    /** @param minDistance node centres are pushed at least this far apart when the box has room */
    public GraphLayout(int iterations, double minDistance) {
        if (iterations < 0 || minDistance < 0) {
            throw new IllegalArgumentException("bad layout settings " + iterations + "/" + minDistance);
        }
        this.iterations = iterations;
        this.minDistance = minDistance;
    }

    /** Lays out and fits into {@code width × height} inside {@code margin} in one step (exports). */
    public GraphDrawing layout(List<String> nodes, List<GraphEdge> edges, double width, double height, double margin) {
        return normalise(nodes, edges).fit(width, height, margin, minDistance);
    }

    /**
     * The layout in the unit square, stretched so the drawing touches all four sides.
     *
     * @param nodes actor ids; duplicates are ignored
     * @param edges co-participation edges; edges naming unknown nodes or a node twice are ignored
     */
    public NormalisedGraph normalise(List<String> nodes, List<GraphEdge> edges) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(nodes));
        int n = ids.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(ids.get(i), i);
        }
        List<int[]> links = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<GraphEdge> kept = new ArrayList<>();
        int[] degree = new int[n];
        for (GraphEdge e : edges) {
            Integer a = index.get(e.a());
            Integer b = index.get(e.b());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            links.add(new int[] {a, b});
            weights.add(e.weight());
            kept.add(e);
            degree[a]++;
            degree[b]++;
        }
        if (links.size() > EDGE_LIMIT) {
            prune(n, links, weights, kept, degree);
        }
        int[][] linkArray = links.toArray(new int[0][]);
        double[] weightArray = weights.stream().mapToDouble(Double::doubleValue).toArray();

        double[] x = new double[n];
        double[] y = new double[n];
        Random random = new Random(SEED);
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
            y[i] = random.nextDouble();
        }
        forces(x, y, linkArray, weightArray);
        stretch(x, y);
        return new NormalisedGraph(ids, x, y, degree, linkArray, weightArray, kept);
    }

    /**
     * Keeps each node's {@value #EDGES_PER_NODE} heaviest edges (ties by input order) when the
     * network has more than {@value #EDGE_LIMIT}: a thousand actors of a year's coverage link by
     * the hundred thousand, which no reader can follow and no frame can draw. Degrees still count
     * every edge, so node sizes do not change.
     */
    private static void prune(int n, List<int[]> links, List<Double> weights, List<GraphEdge> kept, int[] degree) {
        Integer[] order = new Integer[links.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(weights.get(q), weights.get(p)));
        int[] taken = new int[n];
        boolean[] keep = new boolean[links.size()];
        for (int k : order) {
            int a = links.get(k)[0];
            int b = links.get(k)[1];
            if (taken[a] < EDGES_PER_NODE || taken[b] < EDGES_PER_NODE) {
                keep[k] = true;
                taken[a]++;
                taken[b]++;
            }
        }
        List<int[]> l = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        List<GraphEdge> e = new ArrayList<>();
        for (int k = 0; k < keep.length; k++) {
            if (keep[k]) {
                l.add(links.get(k));
                w.add(weights.get(k));
                e.add(kept.get(k));
            }
        }
        links.clear();
        links.addAll(l);
        weights.clear();
        weights.addAll(w);
        kept.clear();
        kept.addAll(e);
    }

    private void forces(double[] x, double[] y, int[][] links, double[] weights) {
        int n = x.length;
        if (n < 2) {
            return;
        }
        double maxWeight = Arrays.stream(weights).max().orElse(1);
        double k = Math.sqrt(1.0 / n);
        double startTemperature = 0.1;
        boolean exact = n <= EXACT_LIMIT;
        CellMasses cells = exact ? null : new CellMasses(CELLS);
        double[] dx = new double[n];
        double[] dy = new double[n];
        int iterations = exact ? this.iterations : Math.min(this.iterations, LARGE_ITERATIONS);
        for (int it = 0; it < iterations; it++) {
            Arrays.fill(dx, 0);
            Arrays.fill(dy, 0);
            if (exact) {
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        repel(x, y, dx, dy, i, j, k);
                    }
                }
            } else {
                cells.repel(x, y, dx, dy, k * k);
            }
            for (int e = 0; e < links.length; e++) {
                int a = links[e][0];
                int b = links[e][1];
                double ex = x[a] - x[b];
                double ey = y[a] - y[b];
                double d = Math.sqrt(ex * ex + ey * ey);
                double strength = 0.5 + 0.5 * weights[e] / maxWeight;
                double f = d / k * strength;   // d²/k along the unit vector
                dx[a] -= ex * f;
                dy[a] -= ey * f;
                dx[b] += ex * f;
                dy[b] += ey * f;
            }
            // Gentle pull to the centre keeps separate components from drifting to the walls.
            for (int i = 0; i < n; i++) {
                dx[i] -= (x[i] - 0.5) * 0.02;
                dy[i] -= (y[i] - 0.5) * 0.02;
            }
            double temperature = startTemperature * (1 - (double) it / iterations);
            for (int i = 0; i < n; i++) {
                double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (len > 0) {
                    double step = Math.min(len, temperature);
                    x[i] = Separation.clamp(x[i] + dx[i] / len * step, 0, 1);
                    y[i] = Separation.clamp(y[i] + dy[i] / len * step, 0, 1);
                }
            }
        }
    }

    private static void repel(double[] x, double[] y, double[] dx, double[] dy, int i, int j, double k) {
        double ex = x[i] - x[j];
        double ey = y[i] - y[j];
        double d2 = Math.max(ex * ex + ey * ey, 1e-8);
        double f = k * k / d2;   // k²/d, applied along the unit vector (ex, ey)/d
        dx[i] += ex * f;
        dy[i] += ey * f;
        dx[j] -= ex * f;
        dy[j] -= ey * f;
    }

    /** Scales each axis on its own so the drawing spans the whole unit square: it then fills any panel. */
    private static void stretch(double[] x, double[] y) {
        stretchAxis(x);
        stretchAxis(y);
    }

    private static void stretchAxis(double[] v) {
        if (v.length == 0) {
            return;
        }
        double min = Arrays.stream(v).min().orElse(0);
        double max = Arrays.stream(v).max().orElse(1);
        double span = max - min;
        for (int i = 0; i < v.length; i++) {
            v[i] = span > 1e-12 ? (v[i] - min) / span : 0.5;
        }
    }
}
