package org.parley.export.image;

import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;

/** PNG: the picture rasterised at the requested scale. */
final class PngWriter {

    private PngWriter() {
    }

    static void write(Picture picture, double factor, OutputStream out) throws IOException {
        if (!ImageIO.write(Raster.of(picture, factor), "png", out)) {
            throw new IOException("this Java runtime has no PNG writer");
        }
    }
}
