package org.parley.layout;

/** A horizontal stretch in pixels, {@code x0 <= x1}. */
public record XRange(double x0, double x1) {
    public double width() {
        return x1 - x0;
    }

    public boolean contains(double x) {
        return x >= x0 && x <= x1;
    }
}
