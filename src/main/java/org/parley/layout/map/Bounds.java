package org.parley.layout.map;

/** An axis-aligned box in projected metres (y grows north). Used for fitting and culling. */
public record Bounds(double minX, double minY, double maxX, double maxY) {

    public Bounds {
        if (!(minX <= maxX && minY <= maxY)) {
            throw new IllegalArgumentException("empty or inverted bounds: " + minX + "," + minY + " .. " + maxX + "," + maxY);
        }
    }

    /** The smallest box around a flat {@code x0, y0, x1, y1, …} array (at least one point). */
    public static Bounds of(double[] xy) {
        if (xy.length < 2) {
            throw new IllegalArgumentException("need at least one point");
        }
        double minX = xy[0];
        double minY = xy[1];
        double maxX = minX;
        double maxY = minY;
        for (int i = 2; i < xy.length; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        return new Bounds(minX, minY, maxX, maxY);
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public MapPoint center() {
        return new MapPoint((minX + maxX) / 2, (minY + maxY) / 2);
    }

    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    public boolean intersects(Bounds other) {
        return other.minX <= maxX && other.maxX >= minX && other.minY <= maxY && other.maxY >= minY;
    }

    public Bounds union(Bounds other) {
        return new Bounds(Math.min(minX, other.minX), Math.min(minY, other.minY),
                Math.max(maxX, other.maxX), Math.max(maxY, other.maxY));
    }
}
