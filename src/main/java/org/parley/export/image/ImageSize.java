package org.parley.export.image;

/**
 * An output's size in device pixels (PNG) or points (SVG user units, PDF).
 *
 * @param pages how many pages of that size: more than one only for a PDF cut into pages
 */
public record ImageSize(int width, int height, int pages) {

    public ImageSize(int width, int height) {
        this(width, height, 1);
    }

    static ImageSize of(Picture picture, double factor) {
        return new ImageSize((int) Math.round(picture.width() * factor), (int) Math.round(picture.height() * factor));
    }

    @Override
    public String toString() {
        return pages > 1 ? pages + " pages of " + width + " × " + height : width + " × " + height;
    }
}
