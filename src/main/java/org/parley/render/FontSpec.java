package org.parley.render;

/** A font request both backends can honour: a family, a size in px, and weight. */
public record FontSpec(String family, double size, boolean bold) {
    public static final String SANS = "DejaVu Sans";

    public static FontSpec sans(double size) {
        return new FontSpec(SANS, size, false);
    }

    public static FontSpec sansBold(double size) {
        return new FontSpec(SANS, size, true);
    }
}
