package org.parley.render.graph;

import org.parley.layout.GraphDrawing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which drawn edge of a network picture is under the pointer, built once per layout: each edge is
 * filed in the square cells of a grid that it passes through, so a mouse move looks at the few edges
 * of one cell rather than at every line of the picture. An edge is hit within half its width and a
 * few pixels more (a one-pixel line is otherwise out of reach); of two, the nearer to the pointer.
 */
public final class EdgeHits {

    /** How far past its drawn half-width an edge still takes the pointer. */
    static final double SLOP = 4;
    static final double CELL = 32;

    private final List<GraphDrawing.Edge> edges;
    private final Map<Long, List<Integer>> cells = new HashMap<>();
    /** The edges drawn with nothing selected, under the selected actor's added back; null for those themselves. */
    private final EdgeHits under;

    private EdgeHits(List<GraphDrawing.Edge> edges, EdgeHits under) {
        this.edges = List.copyOf(edges);
        this.under = under;
        for (int i = 0; i < this.edges.size(); i++) {
            file(i, this.edges.get(i));
        }
    }

    /** The edges {@link ActorGraphPainter} draws for {@code drawing} with nothing selected, ready to be hit. */
    public static EdgeHits of(GraphDrawing drawing) {
        return new EdgeHits(ActorGraphPainter.drawnEdges(drawing.edges(), null), null);
    }

    /**
     * These hits (the lines drawn with nothing selected) and, past {@link ActorGraphPainter#MAX_EDGES},
     * the lines of {@code selected} that the painter adds back, so every line drawn can be taken. Only
     * those few are filed: the rest of the grid is kept, not built again per selection.
     */
    public EdgeHits withSelected(GraphDrawing drawing, String selected) {
        EdgeHits base = under != null ? under : this;
        if (selected == null || drawing.edges().size() <= ActorGraphPainter.MAX_EDGES) {
            return base;
        }
        Set<GraphDrawing.Edge> filed = new HashSet<>(base.edges);
        List<GraphDrawing.Edge> back = new ArrayList<>();
        for (GraphDrawing.Edge e : drawing.edges()) {
            if ((e.a().equals(selected) || e.b().equals(selected)) && !filed.contains(e)) {
                back.add(e);
            }
        }
        return back.isEmpty() ? base : new EdgeHits(back, base);
    }

    /** The edge whose drawn line passes under (x, y), the nearest when several do; empty when none. */
    public Optional<GraphDrawing.Edge> at(double x, double y) {
        return at(x, y, null);
    }

    /**
     * As {@link #at(double, double)}, but a line of {@code preferred} (the selected actor, whose lines are drawn
     * highlighted) under the pointer wins over a nearer line of others: in a dense network the highlighted line a
     * pixel away had lost to the one nearest. Null prefers none.
     */
    public Optional<GraphDrawing.Edge> at(double x, double y, String preferred) {
        GraphDrawing.Edge hit = under == null ? null : under.at(x, y, preferred).orElse(null);
        double best = hit == null ? Double.POSITIVE_INFINITY : distance(hit, x, y);
        boolean hitPreferred = touches(hit, preferred);
        List<Integer> here = cells.get(key(cell(x), cell(y)));
        if (here == null) {
            return Optional.ofNullable(hit);
        }
        for (int i : here) {
            GraphDrawing.Edge e = edges.get(i);
            double d = distance(e, x, y);
            if (d > reach(e)) {
                continue;
            }
            boolean p = touches(e, preferred);
            if (p && !hitPreferred || p == hitPreferred && d < best) {
                best = d;
                hit = e;
                hitPreferred = p;
            }
        }
        return Optional.ofNullable(hit);
    }

    private static boolean touches(GraphDrawing.Edge e, String actor) {
        return e != null && actor != null && (e.a().equals(actor) || e.b().equals(actor));
    }

    /** How many cells hold an edge: what a test reads to know the grid is not one cell with every edge. */
    int cellCount() {
        return cells.size();
    }

    private static double reach(GraphDrawing.Edge e) {
        return e.width() / 2 + SLOP;
    }

    /** Distance from (x, y) to the segment of {@code e}. */
    static double distance(GraphDrawing.Edge e, double x, double y) {
        double dx = e.x1() - e.x0();
        double dy = e.y1() - e.y0();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((x - e.x0()) * dx + (y - e.y0()) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(x - (e.x0() + t * dx), y - (e.y0() + t * dy));
    }

    /**
     * Files the edge in every cell its reach touches: column by column across the segment, the
     * rows between where it enters and leaves that column, widened by the reach. A long diagonal
     * fills a band of cells, not its whole bounding box.
     */
    private void file(int index, GraphDrawing.Edge e) {
        double r = reach(e);
        double left = Math.min(e.x0(), e.x1());
        double right = Math.max(e.x0(), e.x1());
        for (long col = cell(left - r); col <= cell(right + r); col++) {
            double from = Math.max(left, col * CELL - r);
            double to = Math.min(right, (col + 1) * CELL + r);
            double y0;
            double y1;
            if (right - left < 1e-9) {
                y0 = e.y0();
                y1 = e.y1();
            } else {
                from = Math.min(from, right);
                to = Math.max(to, left);
                y0 = yAt(e, from);
                y1 = yAt(e, to);
            }
            for (long row = cell(Math.min(y0, y1) - r); row <= cell(Math.max(y0, y1) + r); row++) {
                cells.computeIfAbsent(key(col, row), k -> new ArrayList<>(4)).add(index);
            }
        }
    }

    private static double yAt(GraphDrawing.Edge e, double x) {
        double t = (x - e.x0()) / (e.x1() - e.x0());
        return e.y0() + t * (e.y1() - e.y0());
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long col, long row) {
        return (col << 32) ^ (row & 0xffffffffL);
    }
}
