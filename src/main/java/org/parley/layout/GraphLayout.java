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
 * always drawn the same way, on screen and in every export. Cost is quadratic in the number of
 * nodes per iteration; it runs once per dataset, not per frame.
 */
public final class GraphLayout {

    private static final long SEED = 20_220_110L;
    private static final double MIN_RADIUS = 4;
    private static final double MAX_RADIUS = 14;
    private static final double MIN_EDGE_WIDTH = 1;
    private static final double MAX_EDGE_WIDTH = 6;
    private static final int SEPARATION_PASSES = 100;

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

    /**
     * @param nodes actor ids; duplicates are ignored
     * @param edges co-participation edges; edges naming unknown nodes or a node twice are ignored
     */
    public GraphDrawing layout(List<String> nodes, List<GraphEdge> edges, double width, double height, double margin) {
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
        double maxWeight = 0;
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
            maxWeight = Math.max(maxWeight, e.weight());
        }
        double left = margin;
        double top = margin;
        double w = Math.max(1, width - 2 * margin);
        double h = Math.max(1, height - 2 * margin);

        double[] x = new double[n];
        double[] y = new double[n];
        Random random = new Random(SEED);
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble() * w;
            y[i] = random.nextDouble() * h;
        }
        forces(x, y, links, weights, maxWeight, w, h);
        fitInto(x, y, w, h);
        separate(x, y, w, h);

        int maxDegree = 0;
        for (int d : degree) {
            maxDegree = Math.max(maxDegree, d);
        }
        List<GraphDrawing.Node> outNodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double share = maxDegree == 0 ? 0 : Math.sqrt((double) degree[i] / maxDegree);
            outNodes.add(new GraphDrawing.Node(ids.get(i), left + x[i], top + y[i],
                    MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share, degree[i]));
        }
        List<GraphDrawing.Edge> outEdges = new ArrayList<>();
        for (int k = 0; k < links.size(); k++) {
            int a = links.get(k)[0];
            int b = links.get(k)[1];
            double share = weights.get(k) / maxWeight;
            outEdges.add(new GraphDrawing.Edge(kept.get(k).a(), kept.get(k).b(), left + x[a], top + y[a],
                    left + x[b], top + y[b], MIN_EDGE_WIDTH + (MAX_EDGE_WIDTH - MIN_EDGE_WIDTH) * share));
        }
        return new GraphDrawing(outNodes, outEdges);
    }

    private void forces(double[] x, double[] y, List<int[]> links, List<Double> weights, double maxWeight,
                        double w, double h) {
        int n = x.length;
        if (n < 2) {
            return;
        }
        double k = Math.sqrt(w * h / n);
        double startTemperature = Math.min(w, h) / 10;
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int it = 0; it < iterations; it++) {
            Arrays.fill(dx, 0);
            Arrays.fill(dy, 0);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ex = x[i] - x[j];
                    double ey = y[i] - y[j];
                    double d2 = Math.max(ex * ex + ey * ey, 1e-4);
                    double f = k * k / d2;   // k²/d, applied along the unit vector (ex, ey)/d
                    dx[i] += ex * f;
                    dy[i] += ey * f;
                    dx[j] -= ex * f;
                    dy[j] -= ey * f;
                }
            }
            for (int e = 0; e < links.size(); e++) {
                int a = links.get(e)[0];
                int b = links.get(e)[1];
                double ex = x[a] - x[b];
                double ey = y[a] - y[b];
                double d = Math.sqrt(ex * ex + ey * ey);
                double strength = 0.5 + 0.5 * weights.get(e) / maxWeight;
                double f = d / k * strength;   // d²/k along the unit vector
                dx[a] -= ex * f;
                dy[a] -= ey * f;
                dx[b] += ex * f;
                dy[b] += ey * f;
            }
            // Gentle pull to the centre keeps separate components from drifting to the walls.
            for (int i = 0; i < n; i++) {
                dx[i] -= (x[i] - w / 2) * 0.02;
                dy[i] -= (y[i] - h / 2) * 0.02;
            }
            double temperature = startTemperature * (1 - (double) it / iterations);
            for (int i = 0; i < n; i++) {
                double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (len > 0) {
                    double step = Math.min(len, temperature);
                    x[i] = clamp(x[i] + dx[i] / len * step, 0, w);
                    y[i] = clamp(y[i] + dy[i] / len * step, 0, h);
                }
            }
        }
    }

    /** Scales the drawing uniformly to fill the box and centres it. */
    private static void fitInto(double[] x, double[] y, double w, double h) {
        int n = x.length;
        if (n == 0) {
            return;
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double bw = maxX - minX;
        double bh = maxY - minY;
        double s = Math.min(bw > 0 ? w / bw : Double.POSITIVE_INFINITY, bh > 0 ? h / bh : Double.POSITIVE_INFINITY);
        if (Double.isInfinite(s)) {
            s = 1;
        }
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        for (int i = 0; i < n; i++) {
            x[i] = clamp(w / 2 + (x[i] - cx) * s, 0, w);
            y[i] = clamp(h / 2 + (y[i] - cy) * s, 0, h);
        }
    }

    /** Pushes apart nodes closer than the minimum distance, a few passes, staying in the box. */
    private void separate(double[] x, double[] y, double w, double h) {
        int n = x.length;
        for (int pass = 0; pass < SEPARATION_PASSES; pass++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ex = x[j] - x[i];
                    double ey = y[j] - y[i];
                    double d = Math.sqrt(ex * ex + ey * ey);
                    if (d >= minDistance) {
                        continue;
                    }
                    if (d < 1e-9) {
                        // Coincident nodes: part them along a direction fixed by their indices.
                        double angle = (i * 31 + j * 17) % 360 * Math.PI / 180;
                        ex = Math.cos(angle);
                        ey = Math.sin(angle);
                        d = 1;
                    }
                    double push = (minDistance - Math.min(d, minDistance)) / 2 + 0.01;
                    x[i] = clamp(x[i] - ex / d * push, 0, w);
                    y[i] = clamp(y[i] - ey / d * push, 0, h);
                    x[j] = clamp(x[j] + ex / d * push, 0, w);
                    y[j] = clamp(y[j] + ey / d * push, 0, h);
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
