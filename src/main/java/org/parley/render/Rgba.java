package org.parley.render;

/** A colour with alpha, components 0–1; toolkit-free so themes serve both screen and export. */
public record Rgba(double r, double g, double b, double a) {
    public Rgba {
        if (r < 0 || r > 1 || g < 0 || g > 1 || b < 0 || b > 1 || a < 0 || a > 1) {
            throw new IllegalArgumentException("colour component out of range");
        }
    }

    /** Parses "#rrggbb" or "#rrggbbaa". */
    public static Rgba hex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() != 6 && h.length() != 8) {
            throw new IllegalArgumentException("not a colour: " + hex);
        }
        int v = (int) Long.parseLong(h, 16);
        if (h.length() == 6) {
            return new Rgba(((v >> 16) & 255) / 255.0, ((v >> 8) & 255) / 255.0, (v & 255) / 255.0, 1);
        }
        return new Rgba(((v >>> 24) & 255) / 255.0, ((v >> 16) & 255) / 255.0, ((v >> 8) & 255) / 255.0,
                (v & 255) / 255.0);
    }

    public Rgba withAlpha(double alpha) {
        return new Rgba(r, g, b, alpha);
    }

    /** Mixes toward {@code other} by {@code t} (0 = this, 1 = other). */
    public Rgba mix(Rgba other, double t) {
        return new Rgba(r + (other.r - r) * t, g + (other.g - g) * t, b + (other.b - b) * t, a + (other.a - a) * t);
    }

    public String toHex() {
        return String.format("#%02x%02x%02x", Math.round(r * 255), Math.round(g * 255), Math.round(b * 255));
    }
}
