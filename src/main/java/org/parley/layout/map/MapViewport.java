package org.parley.layout.map;

import java.util.Objects;

/**
 * What part of the projected map a panel of a given pixel size shows: an immutable value that
 * zooms and pans by returning a new viewport, so it can be tested, stored in explorer state and
 * shared by the screen and the exporters.
 *
 * <p>The scale is uniform (one {@code metresPerPixel} for both axes) so shapes are never
 * stretched. Screen y grows down, projected y grows north.
 *
 * @param projection     how lon/lat become metres
 * @param centerX        projected x at the middle of the panel, metres
 * @param centerY        projected y at the middle of the panel, metres
 * @param metresPerPixel map metres covered by one pixel; smaller is more zoomed in
 * @param width          panel width in pixels
 * @param height         panel height in pixels
 */
public record MapViewport(Projection projection, double centerX, double centerY, double metresPerPixel,
        double width, double height) {

    public MapViewport {
        Objects.requireNonNull(projection, "projection");
        if (!(metresPerPixel > 0) || Double.isInfinite(metresPerPixel)) {
            throw new IllegalArgumentException("metresPerPixel must be positive and finite, was " + metresPerPixel);
        }
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("viewport needs a positive size, was " + width + "x" + height);
        }
        if (!Double.isFinite(centerX) || !Double.isFinite(centerY)) {
            throw new IllegalArgumentException("viewport centre must be finite");
        }
    }

    /** The viewport that shows all of {@code box}, centred, with the aspect ratio preserved. */
    public static MapViewport fit(Projection projection, Bounds box, double width, double height) {
        return fit(projection, box, width, height, 0);
    }

    /**
     * The viewport that shows all of {@code box} inside a margin of {@code marginPx} on every side.
     * A box with no extent (a single place) is shown at 1 km per pixel.
     */
    public static MapViewport fit(Projection projection, Bounds box, double width, double height, double marginPx) {
        double usableWidth = width - 2 * marginPx;
        double usableHeight = height - 2 * marginPx;
        if (!(usableWidth > 0 && usableHeight > 0)) {
            throw new IllegalArgumentException("margin " + marginPx + " leaves no room in " + width + "x" + height);
        }
        double scale = Math.max(box.width() / usableWidth, box.height() / usableHeight);
        if (scale <= 0) {
            scale = 1000;
        }
        MapPoint center = box.center();
        return new MapViewport(projection, center.x(), center.y(), scale, width, height);
    }

    /** Projected metres to panel pixels. */
    public ScreenPoint toScreen(double x, double y) {
        return new ScreenPoint(width / 2 + (x - centerX) / metresPerPixel,
                height / 2 - (y - centerY) / metresPerPixel);
    }

    /** Panel pixels to projected metres. */
    public MapPoint toMap(double px, double py) {
        return new MapPoint(centerX + (px - width / 2) * metresPerPixel,
                centerY - (py - height / 2) * metresPerPixel);
    }

    /** Longitude/latitude in degrees to panel pixels. */
    public ScreenPoint project(double lon, double lat) {
        MapPoint p = projection.forward(lon, lat);
        return toScreen(p.x(), p.y());
    }

    /** Panel pixels to longitude/latitude in degrees. */
    public LonLat unproject(double px, double py) {
        MapPoint p = toMap(px, py);
        return projection.inverse(p.x(), p.y());
    }

    /** The projected box the panel shows; cull against this before painting. */
    public Bounds visibleBounds() {
        double halfWidth = width / 2 * metresPerPixel;
        double halfHeight = height / 2 * metresPerPixel;
        return new Bounds(centerX - halfWidth, centerY - halfHeight, centerX + halfWidth, centerY + halfHeight);
    }

    /** True if the place is drawn inside the panel (edges included). */
    public boolean contains(double lon, double lat) {
        ScreenPoint p = project(lon, lat);
        return containsScreen(p.x(), p.y());
    }

    /** True if the pixel is inside the panel (edges included). */
    public boolean containsScreen(double px, double py) {
        return px >= 0 && px <= width && py >= 0 && py <= height;
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping the map point under pixel
     * {@code (px, py)} where it is, as a mouse-wheel zoom should.
     */
    public MapViewport zoom(double factor, double px, double py) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be positive and finite, was " + factor);
        }
        MapPoint anchor = toMap(px, py);
        double scale = metresPerPixel / factor;
        return new MapViewport(projection,
                anchor.x() - (px - width / 2) * scale,
                anchor.y() + (py - height / 2) * scale,
                scale, width, height);
    }

    /** Moves the map content by {@code (dxPx, dyPx)} pixels, as dragging it would. */
    public MapViewport pan(double dxPx, double dyPx) {
        return new MapViewport(projection, centerX - dxPx * metresPerPixel, centerY + dyPx * metresPerPixel,
                metresPerPixel, width, height);
    }

    /** The same centre and scale in a panel of another size (window resized). */
    public MapViewport resize(double newWidth, double newHeight) {
        return new MapViewport(projection, centerX, centerY, metresPerPixel, newWidth, newHeight);
    }
}
