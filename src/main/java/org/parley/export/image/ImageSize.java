package org.parley.export.image;

/** An output's size in device pixels (PNG) or points (SVG user units, PDF). */
public record ImageSize(int width, int height) {

    static ImageSize of(Picture picture, double factor) {
        return new ImageSize((int) Math.round(picture.width() * factor), (int) Math.round(picture.height() * factor));
    }

    @Override
    public String toString() {
        return width + " × " + height;
    }
}
