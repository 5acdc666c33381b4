package org.parley.export.image;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.Objects;
import org.parley.export.AtomicFiles;
import org.parley.export.ExportException;
import org.parley.export.Overwrite;
import org.parley.model.Dataset;

/**
 * Writes a timeline, map, actor network or dashboard as PNG, SVG or PDF: the one image engine
 * behind File → Export image… and {@code parley export-image}. Every image carries a title, a
 * legend and the credit line naming the sources. The file appears whole or not at all.
 *
 * <p>Uses AWT (Java2D) only, never JavaFX, so it runs headless.
 */
public final class ImageExport {

    /**
     * Lays out and writes {@code request} to {@code out}.
     *
     * @return the size written, in pixels (PNG) or points (SVG, PDF)
     * @throws org.parley.export.ExportException when nothing matches the filters or the file
     *                                           cannot be written; the message is for the user
     */
    public ImageSize export(Dataset data, ImageRequest request, Path out) {
        return export(data, request, out, Overwrite.NOTHING);
    }

    /** As {@link #export(Dataset, ImageRequest, Path)}, replacing {@code out} if {@code overwrite} allows. */
    public ImageSize export(Dataset data, ImageRequest request, Path out, Overwrite overwrite) {
        return export(data, request, out, overwrite, () -> false);
    }

    /**
     * As {@link #export(Dataset, ImageRequest, Path, Overwrite)}, given up as soon as {@code cancelled}
     * says so: a {@link CancellationException} is thrown and {@code out} is left as it was, whatever
     * was already written going with the temporary file.
     */
    public ImageSize export(Dataset data, ImageRequest request, Path out, Overwrite overwrite, BooleanSupplier cancelled) {
        return export(data, request, out, overwrite, cancelled, size -> { });
    }

    /**
     * As {@link #export(Dataset, ImageRequest, Path, Overwrite, BooleanSupplier)}, telling {@code laidOut} the size
     * once it is known and before anything is drawn: the command line warns of a picture many screens tall then.
     */
    public ImageSize export(Dataset data, ImageRequest request, Path out, Overwrite overwrite, BooleanSupplier cancelled,
                            Consumer<ImageSize> laidOut) {
        Objects.requireNonNull(data, "data");
        Picture picture = picture(data, request);
        double factor = request.sizing().factor(picture.width());
        stopIf(cancelled);
        requireHoldable(sizeOf(picture, request), request.format());
        laidOut.accept(sizeOf(picture, request));
        try {
            write(out, overwrite, cancelled, picture, factor, request, Selection.title(data, request));
        } catch (ExportException e) {
            // The image writer wraps what the stream threw: a write that failed because it was
            // cancelled is a cancellation, not a failure to report.
            stopIf(cancelled);
            throw e;
        } catch (OutOfMemoryError e) {
            // The picture's pixels, not the data: "split the dataset" would send a user the wrong way.
            ImageSize size = sizeOf(picture, request);
            throw new ExportException("the image, " + size + (request.format() == ImageFormat.PDF
                    ? " pt" : " px") + ", is too large for the memory Java was given; nothing was written. Choose a "
                    + "smaller width or scale, or start Parley with more memory (e.g. java -Xmx8g -jar parley.jar …)", e);
        }
        return sizeOf(picture, request);
    }

    private static void write(Path out, Overwrite overwrite, BooleanSupplier cancelled, Picture picture, double factor,
                              ImageRequest request, String title) {
        AtomicFiles.write(out, overwrite, stream -> {
            OutputStream checked = new FilterOutputStream(stream) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    stopIf(cancelled);
                    stream.write(b, off, len);
                }
            };
            switch (request.format()) {
                case PNG -> PngWriter.write(picture, factor, checked);
                case SVG -> SvgWriter.write(picture, factor, checked);
                case PDF -> PdfWriter.write(picture, sheet(picture, request), title, checked);
            }
            checked.flush();
            // The last check before the file takes the place of the one there.
            stopIf(cancelled);
        });
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the export was cancelled");
        }
    }

    /**
     * The picture the request's file shows. A timeline, map or actor network on paper is laid out for
     * the paper, so its labels print at a readable size (a timeline however many pages it takes); a
     * slide, and every picture in PNG or SVG, at its view's logical width, scaled to the output.
     */
    static Picture picture(Dataset data, ImageRequest request) {
        if (request.format() == ImageFormat.PDF && !request.view().isSlide()) {
            return Figures.forPaper(data, request, PdfWriter.printWidth(page(request)));
        }
        return Figures.of(data, request);
    }

    /** The request's paper; a timeline reads across, so it lies in landscape unless asked otherwise. */
    private static PageSetup page(ImageRequest request) {
        PageSetup page = request.page();
        if (request.view() == View.TIMELINE && page.orientation() == PageSetup.Orientation.AUTO) {
            return new PageSetup(page.paper(), PageSetup.Orientation.LANDSCAPE);
        }
        return page;
    }

    /**
     * The page a PDF of {@code picture} is drawn on: a 16:9 or 4:3 slide's own, which it fills as the
     * presentation's frame does; everything else, an A4-shaped slide too, on the request's paper, as
     * the handout is (decision 0143).
     */
    private static PdfSheet sheet(Picture picture, ImageRequest request) {
        if (!request.onPaper()) {
            return PdfSheet.slide(request.shape());
        }
        return PdfSheet.paper(page(request), picture.width(), picture.height());
    }

    /**
     * The request drawn as an SVG element (no XML declaration), to inline in a web page. The
     * request's format is ignored.
     */
    public String svgElement(Dataset data, ImageRequest request) {
        return svgElement(data, request, Figures.baseWidth(request.view()));
    }

    /**
     * As {@link #svgElement(Dataset, ImageRequest)}, a timeline laid out {@code timelineWidth} px
     * wide: a web page's column, so its days are all in view at the type size of the image export.
     */
    public String svgElement(Dataset data, ImageRequest request, double timelineWidth) {
        Picture picture = Figures.of(data, request, timelineWidth);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SvgWriter.write(picture, request.sizing().factor(picture.width()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String svg = out.toString(StandardCharsets.UTF_8);
        ImageSize size = ImageSize.of(picture, request.sizing().factor(picture.width()));
        // A viewBox lets the page scale the drawing to its column rather than crop it.
        return svg.substring(svg.indexOf("<svg")).replaceFirst("<svg ",
                "<svg viewBox='0 0 " + size.width() + " " + size.height() + "' ");
    }

    /** The size {@code request} would produce, without writing anything: a PDF's is its paper's. */
    public ImageSize sizeOf(Dataset data, ImageRequest request) {
        return sizeOf(picture(data, request), request);
    }

    /** The most pixels a bitmap in memory can hold: Java's arrays are indexed by an int. */
    static final long MOST_PNG_PIXELS = Integer.MAX_VALUE - 8L;

    /**
     * Refuses, before anything is drawn, a PNG too large for any bitmap (a long timeline of a
     * thousand day cards at 13,000 px wide is 211,055 px tall): Java's own error named a negative
     * array size.
     */
    static void requireHoldable(ImageSize size, ImageFormat format) {
        requireHoldable(size, format, Runtime.getRuntime().maxMemory());
    }

    /**
     * As {@link #requireHoldable(ImageSize, ImageFormat)}, also refusing a PNG whose bitmap would take
     * more than half of {@code heapBytes}: a 1600 × 397,640 timeline (2.4 GB) was drawn until Java
     * ran out of memory, the app with it, or filled the heap the app still needs.
     */
    static void requireHoldable(ImageSize size, ImageFormat format, long heapBytes) {
        if (format != ImageFormat.PNG) {
            return;
        }
        if ((long) size.width() * size.height() > MOST_PNG_PIXELS) {
            throw new ExportException("the image would be " + size + " px, more pixels than a PNG "
                    + "Parley can draw (" + String.format(Locale.ROOT, "%,d", MOST_PNG_PIXELS) + " at the most); "
                    + "nothing was written. Choose a smaller width or scale, a shorter range or fewer events, or SVG or "
                    + "PDF, which have no such limit");
        }
        if (!TallPicture.fitsMemory(size, heapBytes)) {
            throw new ExportException("the image would be " + size + " px, "
                    + TallPicture.bytes(TallPicture.bitmapBytes(size)) + " of memory to draw, more than Parley can spare "
                    + "of the " + TallPicture.bytes(heapBytes) + " Java was given; nothing was written. Choose a smaller width or "
                    + "scale, PDF, which cuts a long timeline into pages, a shorter range or a filter, or start Parley with more "
                    + "memory (e.g. java -Xmx8g -jar parley.jar …)");
        }
    }

    static ImageSize sizeOf(Picture picture, ImageRequest request) {
        return request.format() == ImageFormat.PDF ? PdfWriter.pageSize(picture, sheet(picture, request))
                : ImageSize.of(picture, request.sizing().factor(picture.width()));
    }

    /** The logical width of a view before scaling: 1600 px, or 1920 for the dashboard and the timeline slide. */
    public static double baseWidth(View view) {
        return Figures.baseWidth(view);
    }

    /** Whether PDFs embed text as text on this machine (else glyphs are drawn as shapes). */
    public static boolean pdfTextIsText() {
        return PdfFonts.textAsText();
    }
}
