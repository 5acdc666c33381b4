package org.parley.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Replacing files all or nothing, with ordinary permissions, cleaning up after killed runs. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private static AtomicFiles.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNewFileAndAReplacedOneGetTheUmasksPermissionsNotOwnerOnly() throws IOException {
        Path target = dir.resolve("a.txt");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.write(target, Overwrite.ANY, text("new"));
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
        assertEquals("new", Files.readString(target));
        // A file made by Files.newOutputStream gets 0666 minus the umask; a temp file would be 0600.
        Path plain = dir.resolve("plain.txt");
        Files.newOutputStream(plain).close();
        assertEquals(Files.getPosixFilePermissions(plain), perms);
    }

    /** A link named as the output: its file is replaced, the link stays (it had been swapped for a file of its own). */
    @Test
    void throughALinkTheFileItLeadsToIsWrittenAndTheLinkStays() throws IOException {
        Path real = Files.createDirectory(dir.resolve("slides")).resolve("timeline.png");
        Files.writeString(real, "last week's");
        Path link = Files.createSymbolicLink(dir.resolve("current.png"), Path.of("slides", "timeline.png"));

        assertThrows(ExistingFilesException.class, () -> AtomicFiles.write(link, Overwrite.NOTHING, text("new")),
                "still asks before replacing what the link leads to");
        assertEquals("last week's", Files.readString(real));

        AtomicFiles.write(link, Overwrite.only(Set.of(link)), text("this week's"));
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("this week's", Files.readString(real));
        assertEquals("this week's", Files.readString(link));
        try (var files = Files.list(real.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left beside the linked file");
        }
    }

    @Test
    void aFailingSecondFileLeavesTheFirstAsItWas() throws IOException {
        Path a = dir.resolve("events.csv");
        Path b = dir.resolve("quotes.csv");
        Files.writeString(a, "old events");
        Files.writeString(b, "old quotes");
        try (AtomicFiles.Batch batch = AtomicFiles.batch(Overwrite.ANY)) {
            batch.file(a, text("new events"));
            assertThrows(ExportException.class, () -> batch.file(b, out -> {
                throw new IOException("No space left on device");
            }));
        }
        assertEquals("old events", Files.readString(a));
        assertEquals("old quotes", Files.readString(b));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files are left");
        }
    }

    @Test
    void aFullDiskIsSaidInWords() {
        ExportException e = assertThrows(ExportException.class, () -> AtomicFiles.write(dir.resolve("x.png"), Overwrite.ANY, out -> {
            throw new FileSystemException("x", null, "No space left on device");
        }));
        assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
    }

    /**
     * A disk mounted read-only is said to be so, also when it reports no room, as squashfs and ISO 9660
     * always do (found by a tester, 2026-12-05: the window said "the disk is full" for a read-only one).
     * {@code /proc} is such a folder: it reports no room, and nothing can be written there.
     */
    @Test
    void aReadOnlyDiskIsNotCalledFull() {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc), "a Linux /proc reports a disk with no room");
        Path target = proc.resolve("week.html");
        ExportException e = AtomicFiles.failure(target,
                new FileSystemException(target.toString(), null, "Read-only file system"));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertFalse(e.getMessage().contains("full"), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
    }

    /**
     * A folder to be made inside one that cannot be written: the one that refused is named
     * ("generate --out ro/g" said "Cannot write to ro/g", a folder that was never there).
     * The refusal is simulated: root, as on CI, writes anywhere.
     */
    @Test
    void aFolderThatCouldNotBeMadeNamesTheFolderItWasToBeMadeIn() throws IOException {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Path target = ro.resolve("g").resolve("dataset.json");
        ExportException e = AtomicFiles.failure(target,
                new AccessDeniedException(ro.resolve("g").toString()));
        assertEquals("cannot make the folder " + ro.resolve("g") + ": " + ro
                + " cannot be written (permission denied). Nothing was written.", e.getMessage());
    }

    @Test
    void aCommitThatFailsHalfwayPutsEverythingBack() throws IOException {
        Path folder = dir.resolve("week-sources");
        Files.createDirectory(folder);
        Files.writeString(folder.resolve("a.txt"), "old a");
        Path json = dir.resolve("week.json");
        Files.writeString(json, "old json");
        Path blocker = dir.resolve("blocked");
        try (AtomicFiles.Batch batch = AtomicFiles.batch(Overwrite.ANY)) {
            batch.folder(folder, Map.of("a.txt", text("new a")), f -> true);
            batch.file(json, text("new json"));
            batch.file(blocker, text("x"));
            // The last target turns into a non-empty folder before the commit: its move must fail.
            Files.createDirectories(blocker.resolve("inside"));
            assertThrows(ExportException.class, batch::commit);
        }
        assertEquals("old a", Files.readString(folder.resolve("a.txt")));
        assertEquals("old json", Files.readString(json));
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedByTheNext() throws IOException {
        // A process id that is certainly not running: the largest possible on Linux plus one.
        Path stale = dir.resolve(".x.png.parley-4194305-0123456789ab.part");
        Files.writeString(stale, "half");
        Path foreign = dir.resolve(".x.png.something.part");
        Files.writeString(foreign, "not ours");
        Path live = dir.resolve(".y.png.parley-" + ProcessHandle.current().pid() + "-0123456789ab.part");
        Files.writeString(live, "being written");
        Path oldLive = dir.resolve(".z.png.parley-" + ProcessHandle.current().pid() + "-ba9876543210.part");
        Files.writeString(oldLive, "abandoned long ago");
        Files.setLastModifiedTime(oldLive, FileTime.from(Instant.now().minusSeconds(3 * 24 * 3600)));

        AtomicFiles.write(dir.resolve("x.png"), Overwrite.ANY, text("png"));

        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(oldLive));
        assertTrue(Files.exists(foreign), "only Parley's own temporary files are touched");
        assertTrue(Files.exists(live), "another export still running keeps its file");
    }
    /**
     * A name the file system takes is written, however near its 255 bytes (found by a tester: a 254-byte
     * name failed with "File name too long", since the temporary sibling added some 35 bytes to it).
     */
    @Test
    void aNameOfUpTo255BytesIsWrittenThoughItsTemporarySiblingWouldBeLonger() throws IOException {
        Path ascii = dir.resolve("a".repeat(251) + ".png");
        // Two-byte letters put the cut for the sibling's name inside a letter's bytes.
        Path accented = dir.resolve("é".repeat(125) + ".png");
        AtomicFiles.write(ascii, Overwrite.ANY, text("first"));
        AtomicFiles.write(ascii, Overwrite.ANY, text("second"));
        try (AtomicFiles.Batch batch = AtomicFiles.batch(Overwrite.ANY)) {
            batch.file(accented, text("one"));
            batch.folder(dir.resolve("s".repeat(255)), Map.of("x.txt", text("in a folder")), f -> true);
            batch.commit();
        }
        assertEquals("second", Files.readString(ascii));
        assertEquals("one", Files.readString(accented));
        assertEquals("in a folder", Files.readString(dir.resolve("s".repeat(255)).resolve("x.txt")));
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary files are left");
        }
    }

    @Test
    void theTemporaryNameKeepsWholeLettersOfTheName() {
        assertEquals("é", AtomicFiles.prefixWithin("éé", 3));
        assertEquals("éé", AtomicFiles.prefixWithin("éé", 4));
        assertEquals("a", AtomicFiles.prefixWithin("a😀", 4));
        assertEquals("😀", AtomicFiles.prefixWithin("😀b", 1), "at least one letter, so the name still says whose file it was");
    }
}
