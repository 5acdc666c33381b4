package org.parley.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.parley.render.awt.Java2DPainter;

/**
 * What a mark leaves on paper at a given size: painted black on white by the export's backend into a
 * small image, each pixel taken as inked when darker than mid-grey, as a photocopy or a black-and-white
 * printer takes it. Two marks a reader can tell apart differ in where they put ink, not only in how
 * grey it is.
 */
public final class InkMask {

    private final boolean[] inked;

    private InkMask(boolean[] inked) {
        this.inked = inked;
    }

    /** Paints {@code mark} centred in a {@code size}-pixel square (its centre at size / 2). */
    public static InkMask of(int size, Consumer<Painter> mark) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, size, size);
            mark.accept(new Java2DPainter(g));
        } finally {
            g.dispose();
        }
        boolean[] inked = new boolean[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                inked[y * size + x] = grey < 128;
            }
        }
        return new InkMask(inked);
    }

    /** The share of the pixels either mark inks that only one of them does: 0 for the same mark, 1 for marks apart. */
    public double differenceFrom(InkMask other) {
        int either = 0;
        int one = 0;
        for (int i = 0; i < inked.length; i++) {
            either += inked[i] || other.inked[i] ? 1 : 0;
            one += inked[i] != other.inked[i] ? 1 : 0;
        }
        return either == 0 ? 0 : (double) one / either;
    }
}
