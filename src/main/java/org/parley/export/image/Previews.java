package org.parley.export.image;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.parley.model.Dataset;

/**
 * The previews of one Export image dialog, drawn from the same layout as the file. A preview needs
 * only what its pane shows: a picture many screens tall (twenty thousand events in one week, 1600 ×
 * 333,628 px) is drawn down to the pane's shape and no further, where the whole of it took a
 * quarter of a minute and a bitmap of 200 MB, one pixel wide in the pane. The last layout is kept,
 * so a new size, or PNG for SVG, draws again without laying out again. Not thread-safe: one
 * background thread asks for every preview.
 */
public final class Previews {

    /**
     * A preview and what the file would be.
     *
     * @param size     the file's size, as {@link ImageExport#sizeOf} says it
     * @param oneTimes the same picture at 1×, for an exact width (how much it is scaled); else null
     * @param top      whether the image is only the top of the picture
     */
    public record Preview(BufferedImage image, ImageSize size, ImageSize oneTimes, boolean top) {
    }

    /** What the last layout was made for: the request less what only scales or encodes the same picture. */
    private Dataset laidOutData;
    private ImageRequest laidOutFor;
    private Picture laidOut;

    /**
     * Lays out (or reuses the last layout) and draws {@code request} {@code width} px wide; a picture
     * many screens tall only down to {@code heightPerWidth} of that width.
     *
     * @param cancelled asked between the steps: once it says so, a {@link CancellationException} is thrown
     */
    public Preview of(Dataset data, ImageRequest request, int width, double heightPerWidth, BooleanSupplier cancelled) {
        Objects.requireNonNull(data, "data");
        stopIf(cancelled);
        Picture picture = laidOut(data, request);
        stopIf(cancelled);
        ImageSize size = ImageExport.sizeOf(picture, request);
        ImageSize oneTimes = request.sizing().exactWidth() > 0 && request.format() == ImageFormat.PNG
                ? ImageSize.of(picture, 1) : null;
        boolean tall = TallPicture.screens(ImageSize.of(picture, 1)) >= TallPicture.MOST_SCREENS;
        Picture shown = tall ? picture.top(picture.width() * heightPerWidth) : picture;
        BufferedImage image = Raster.of(shown, width / shown.width());
        stopIf(cancelled);
        return new Preview(image, size, oneTimes, shown != picture);
    }

    private Picture laidOut(Dataset data, ImageRequest request) {
        ImageRequest key = layoutOf(request);
        if (data != laidOutData || !key.equals(laidOutFor)) {
            // Let go of the last one first: two layouts of 20,000 events need not be held at once.
            laidOut = null;
            laidOutFor = null;
            laidOut = ImageExport.picture(data, request);
            laidOutData = data;
            laidOutFor = key;
        }
        return laidOut;
    }

    /** The request as far as it decides the layout: the sizing only scales it, and PNG and SVG share one. */
    private static ImageRequest layoutOf(ImageRequest request) {
        ImageRequest r = request.withSizing(Sizing.ONE);
        return r.format() == ImageFormat.SVG ? r.withFormat(ImageFormat.PNG) : r;
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("a newer preview was asked for");
        }
    }
}
