package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.AtomicFiles;
import org.parley.export.ExportException;
import org.parley.export.Overwrite;

/** A failed export says why and leaves nothing behind: no partial file, no stray temp file. */
class FailedExportTest {

    @TempDir
    Path tmp;

    private final ImageExport export = new ImageExport();

    /** Cancelled while writing, over a file the user agreed to replace: that file stays as it was. */
    @Test
    void aCancelledExportLeavesTheFileThereAsItWas() throws Exception {
        Path precious = Files.writeString(tmp.resolve("precious.png"), "precious user content");
        AtomicInteger checks = new AtomicInteger();
        // Cancelled after some bytes have been written, as a click on Cancel during a large export.
        assertThrows(CancellationException.class, () -> export.export(WeekData.seeds(),
                ImageRequest.of(View.TIMELINE, ImageFormat.PNG), precious, Overwrite.ANY,
                () -> checks.incrementAndGet() > 3));
        assertTrue(checks.get() > 3, "the writer checked as it went");
        assertEquals("precious user content", Files.readString(precious));
        assertEquals(1, count(tmp), "no temporary file left behind");
    }

    @Test
    void aCancelledExportOfANewFileWritesNothing() {
        Path fresh = tmp.resolve("fresh.svg");
        assertThrows(CancellationException.class, () -> export.export(WeekData.seeds(),
                ImageRequest.of(View.TIMELINE, ImageFormat.SVG), fresh, Overwrite.NOTHING, () -> true));
        assertFalse(Files.exists(fresh));
    }

    @Test
    void aFolderAsTargetIsRefused() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("out.png"));
        ExportException e = assertThrows(ExportException.class,
                () -> export.export(WeekData.seeds(), ImageRequest.of(View.TIMELINE, ImageFormat.PNG), folder));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        assertEquals(0, count(folder));
        assertEquals(1, count(tmp));
    }

    @Test
    void anUnwritableFolderIsRefusedAndLeftEmpty() throws Exception {
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        // Root (as on CI) writes anywhere, so there the refusal the file system would give is simulated.
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            ExportException e = assertThrows(ExportException.class, () -> {
                if (root) {
                    AtomicFiles.write(locked.resolve("t.svg"), Overwrite.ANY, out -> {
                        throw new AccessDeniedException(locked.resolve("t.svg").toString());
                    });
                } else {
                    export.export(WeekData.seeds(), ImageRequest.of(View.TIMELINE, ImageFormat.SVG), locked.resolve("t.svg"));
                }
            });
            assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
            assertEquals(0, count(locked));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesNoPartFileAndKeepsTheEarlierFile() throws Exception {
        // A full disk, simulated in the stream itself: permissions cannot fail a write when the tests run as root.
        Path target = Files.writeString(tmp.resolve("t.svg"), "earlier");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFiles.write(target, Overwrite.ANY, out -> {
            out.write(new byte[4096]);
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().contains("disk is full"), e.getMessage());
        assertTrue(e.getMessage().contains("t.svg"), e.getMessage());
        assertEquals("earlier", Files.readString(target));
        assertEquals(1, count(tmp), "no .part file left beside it");
    }

    @Test
    void aFolderThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        ExportException e = assertThrows(ExportException.class, () -> export.export(WeekData.seeds(),
                ImageRequest.of(View.TIMELINE, ImageFormat.SVG), file.resolve("t.svg")));
        assertTrue(e.getMessage().contains("not-a-folder"), e.getMessage());
        assertEquals("x", Files.readString(file));
        assertEquals(1, count(tmp));
    }

    @Test
    void aMissingFolderIsRefused() {
        Path target = tmp.resolve("nowhere/t.pdf");
        ExportException e = assertThrows(ExportException.class,
                () -> export.export(WeekData.seeds(), ImageRequest.of(View.MAP, ImageFormat.PDF), target));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void filtersThatMatchNothingWriteNothing() throws Exception {
        Path target = tmp.resolve("empty.png");
        ExportException e = assertThrows(ExportException.class, () -> export.export(WeekData.seeds(),
                ImageRequest.of(View.TIMELINE, ImageFormat.PNG).withActors(Set.of("nobody")), target));
        assertTrue(e.getMessage().contains("no events match"), e.getMessage());
        assertEquals(0, count(tmp));
    }

    @Test
    void aFailureWhileDrawingKeepsTheEarlierFile() throws Exception {
        Path target = tmp.resolve("keep.png");
        Files.writeString(target, "earlier");
        assertThrows(ExportException.class, () -> export.export(WeekData.seeds(),
                ImageRequest.of(View.TIMELINE, ImageFormat.PNG).withActors(Set.of("nobody")), target));
        assertEquals("earlier", Files.readString(target));
        assertEquals(1, count(tmp));
    }

    private static long count(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    /**
     * A timeline of a thousand cards on one day, 13,000 px wide, is 211,055 px tall: more pixels than
     * any bitmap holds. It was Java's "-1551252296" (a negative array size); now it is refused, before
     * anything is drawn, with the ways out. SVG and PDF have no such limit.
     */
    @Test
    void aPngTooLargeForAnyBitmapIsRefusedInWords() {
        ExportException e = assertThrows(ExportException.class,
                () -> ImageExport.requireHoldable(new ImageSize(13_000, 211_055, 1), ImageFormat.PNG));
        assertTrue(e.getMessage().contains("13000 × 211055 px") && e.getMessage().contains("nothing was written")
                && e.getMessage().contains("SVG"), e.getMessage());
        ImageExport.requireHoldable(new ImageSize(13_000, 211_055, 1), ImageFormat.SVG);
        ImageExport.requireHoldable(new ImageSize(16_384, 100_000, 1), ImageFormat.PNG, Long.MAX_VALUE);
    }

    /**
     * Twenty thousand events in one week drew a 1600 × 397,640 PNG, 2.5 GB, until Java ran out of
     * memory (the app with it) or left the app none: refused first, with the ways out.
     */
    @Test
    void aPngLargerThanHalfTheMemoryJavaWasGivenIsRefusedInWords() {
        long twoGb = 2L * 1024 * 1024 * 1024;
        ImageSize tall = new ImageSize(1600, 397_640, 1);
        ExportException e = assertThrows(ExportException.class,
                () -> ImageExport.requireHoldable(tall, ImageFormat.PNG, twoGb));
        assertTrue(e.getMessage().contains("1600 × 397640 px, 2.4 GB of memory to draw")
                && e.getMessage().contains("2.0 GB Java was given") && e.getMessage().contains("nothing was written")
                && e.getMessage().contains("PDF") && e.getMessage().contains("shorter range"), e.getMessage());
        ImageExport.requireHoldable(tall, ImageFormat.SVG, twoGb);
        ImageExport.requireHoldable(new ImageSize(1600, 1521, 1), ImageFormat.PNG, twoGb);
    }
}
