package org.parley.export.image;

/**
 * How big the output is: a whole-number multiple of the view's logical width (1× / 2× / 3×), or
 * an exact width in pixels. Either way the picture is laid out at its logical width and scaled,
 * so a 3× PNG shows the same picture as 1× with sharper text rather than more of it.
 *
 * @param scale      the multiple, when {@code exactWidth} is 0
 * @param exactWidth the output width in px, or 0
 */
public record Sizing(int scale, int exactWidth) {

    /** The widest image we agree to make: 16k px is past any screen or print need. */
    public static final int MAX_WIDTH = 16_384;
    public static final int MAX_SCALE = 8;

    public static final Sizing ONE = scale(1);

    public Sizing {
        if (exactWidth == 0 && (scale < 1 || scale > MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be 1 to " + MAX_SCALE + ", not " + scale);
        }
        if (exactWidth != 0 && (exactWidth < 16 || exactWidth > MAX_WIDTH)) {
            throw new IllegalArgumentException("width must be 16 to " + MAX_WIDTH + " px, not " + exactWidth);
        }
    }

    public static Sizing scale(int n) {
        return new Sizing(n, 0);
    }

    public static Sizing width(int px) {
        // 0 would silently mean "no exact width" to the constructor.
        if (px == 0) {
            throw new IllegalArgumentException("width must be 16 to " + MAX_WIDTH + " px, not 0");
        }
        return new Sizing(1, px);
    }

    /** Device pixels per logical pixel for a picture {@code logicalWidth} wide. */
    public double factor(double logicalWidth) {
        return exactWidth == 0 ? scale : exactWidth / logicalWidth;
    }

    @Override
    public String toString() {
        return exactWidth == 0 ? scale + "×" : exactWidth + " px";
    }
}
