package org.parley.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.store.FreeSpace;

/**
 * Writes files through temporary siblings and moves them into place, so a failed export leaves
 * neither a partial file nor a damaged earlier one. A {@link Batch} does the same for several
 * files and folders at once: all of them are replaced, or none.
 *
 * <p>Temporary files are created with the process's umask (0644 usually), never 0600, so an export
 * reads like any other file the user makes, also when it replaces one. Their names carry the
 * writer's process id: a temporary file left by a killed export is removed by the next export into
 * the same folder once its process is gone. No target may be an open database or a dataset's own file.
 */
public final class AtomicFiles {

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String MARK = ".parley-";
    private static final Pattern TEMP = Pattern.compile("\\..+\\.parley-(\\d+)-[0-9a-f]{12}\\.(part|old)");
    /** A temporary file this old is stale even if its process id is in use again. */
    private static final Duration STALE = Duration.ofDays(1);

    /** Temporary files and folders being written: a JVM stopped halfway (Ctrl-C, a kill) removes them on its way out. */
    private static final Set<Path> UNDER_WAY = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::dropUnfinished, "parley-export-cleanup"));
    }

    private AtomicFiles() {
    }

    private static void dropUnfinished() {
        for (Path temp : UNDER_WAY) {
            try {
                if (Files.isDirectory(temp, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(temp);
                } else {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException | RuntimeException e) {
                // The next export into that folder removes what is left once this process is gone.
                continue;
            }
        }
    }

    /** Writes {@code target}, which may replace an existing file only when {@code overwrite} allows it. */
    public static void write(Path target, Overwrite overwrite, Content content) {
        write(target, overwrite, NEVER, content);
    }

    /** As {@link #write(Path, Overwrite, Content)}, given up as soon as {@code cancelled} says so ({@link #batch(Overwrite, BooleanSupplier)}). */
    public static void write(Path target, Overwrite overwrite, BooleanSupplier cancelled, Content content) {
        try (Batch batch = new Batch(overwrite, cancelled)) {
            batch.file(target, content);
            batch.commit();
        }
    }

    /**
     * Several files and folders to replace together; close it to discard what was not committed.
     * Targets that exist and that {@code overwrite} does not allow are collected and refused
     * together on commit ({@link ExistingFilesException}), before anything is moved into place.
     */
    public static Batch batch(Overwrite overwrite) {
        return new Batch(overwrite, NEVER);
    }

    /**
     * As {@link #batch(Overwrite)}, given up as soon as {@code cancelled} says so, while a file is written or
     * before the move into place: a {@link CancellationException} is thrown, the temporary files go, and
     * every target is left as it was. A data export of 100,000 events takes many seconds; its Cancel stops it.
     */
    public static Batch batch(Overwrite overwrite, BooleanSupplier cancelled) {
        return new Batch(overwrite, cancelled);
    }

    /** Nothing asks to stop. */
    public static final BooleanSupplier NEVER = () -> false;

    /** Throws {@link CancellationException} when {@code cancelled} says so: for an export's own long loops. */
    public static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the export was cancelled");
        }
    }

    /** One target staged in a temporary sibling, and what it replaced once committed. */
    private record Staged(Path target, Path temp, boolean folder) {
    }

    public static final class Batch implements AutoCloseable {
        private final List<Staged> staged = new ArrayList<>();
        private final List<Path> refused = new ArrayList<>();
        private final Overwrite overwrite;
        private final BooleanSupplier cancelled;
        private boolean committed;

        private Batch(Overwrite overwrite, BooleanSupplier cancelled) {
            this.overwrite = Objects.requireNonNull(overwrite, "overwrite");
            this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
        }

        /** {@code out}, which stops with a {@link CancellationException} at the first write after a cancel. */
        private OutputStream stoppable(OutputStream out) {
            return cancelled == NEVER ? out : new FilterOutputStream(out) {
                @Override
                public void write(int b) throws IOException {
                    stopIf(cancelled);
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    stopIf(cancelled);
                    out.write(b, off, len);
                }
            };
        }

        /** Whether {@code absolute} exists and may not be replaced; noted for {@link #commit}. */
        private boolean refuses(Path absolute) {
            if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !overwrite.allows(absolute)) {
                refused.add(absolute);
                return true;
            }
            return false;
        }

        /** Writes {@code content} to a temporary sibling of {@code target} now; moved into place on commit. */
        public void file(Path target, Content content) {
            Path absolute = checkedTarget(target);
            if (Files.isDirectory(absolute)) {
                throw new ExportException(absolute + " is a folder; give a file name to write to.");
            }
            // Moving a file into place would replace a device or a pipe itself (as root, /dev/full); never, even with --force.
            if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute)) {
                throw notAFile(absolute);
            }
            refuseReadOnly(absolute);
            if (refuses(absolute)) {
                return;
            }
            // Through a link, the file it leads to is written, as an editor or a shell's ">" does: replacing the
            // link itself left that file as it was and the link gone. Its own folder and name are checked too.
            if (Files.isSymbolicLink(absolute)) {
                absolute = checkedTarget(linkedFile(absolute));
            }
            Path temp = tempFor(absolute, "part");
            UNDER_WAY.add(temp);
            try {
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    staged.add(new Staged(absolute, temp, false));
                    content.writeTo(stoppable(out));
                }
            } catch (IOException e) {
                stopIf(cancelled); // Jackson hands on a cancel inside an IOException: it is still a cancel
                throw failure(absolute, e);
            }
        }

        /**
         * Writes a folder holding {@code files} (name to content) beside where {@code target} goes;
         * on commit it replaces {@code target}, which may exist only if {@code mayReplace} accepts it.
         */
        public void folder(Path target, Map<String, Content> files, Predicate<Path> mayReplace) {
            Path absolute = checkedTarget(target);
            refuseReadOnly(absolute);
            if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !mayReplace.test(absolute)) {
                if (Files.isRegularFile(absolute)) {
                    throw new ExportException(absolute + " is a file, where this export writes a folder; "
                            + "move it away or choose another name. Nothing was written.");
                }
                throw new ExportException(absolute + " already exists and holds files this export did not write; "
                        + "move it away or choose another name. Nothing was written.");
            }
            if (refuses(absolute)) {
                return;
            }
            Path temp = tempFor(absolute, "part");
            UNDER_WAY.add(temp);
            try {
                Files.createDirectory(temp);
                staged.add(new Staged(absolute, temp, true));
                for (Map.Entry<String, Content> f : new LinkedHashMap<>(files).entrySet()) {
                    try (OutputStream out = Files.newOutputStream(temp.resolve(f.getKey()),
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                        f.getValue().writeTo(stoppable(out));
                    }
                }
            } catch (IOException e) {
                stopIf(cancelled);
                throw failure(absolute, e);
            }
        }

        /** Moves every staged target into place, in the order staged; on any failure, puts back what was there. */
        public void commit() {
            stopIf(cancelled);
            if (!refused.isEmpty()) {
                throw new ExistingFilesException(refused);
            }
            List<Path[]> replaced = new ArrayList<>();
            List<Staged> placed = new ArrayList<>();
            try {
                for (Staged s : staged) {
                    Path old = null;
                    if (Files.exists(s.target(), LinkOption.NOFOLLOW_LINKS) && (s.folder() || staged.size() > 1)) {
                        old = tempFor(s.target(), "old");
                        if (s.folder()) {
                            Files.move(s.target(), old, StandardCopyOption.ATOMIC_MOVE);
                        } else {
                            // Keep the old file in place until the atomic replace, so a single file is never missing.
                            Files.createLink(old, s.target());
                        }
                        replaced.add(new Path[] {s.target(), old});
                    }
                    move(s.temp(), s.target());
                    placed.add(s);
                }
                committed = true;
            } catch (IOException | RuntimeException e) {
                rollBack(placed, replaced, e);
                throw e instanceof IOException io ? failure(staged.isEmpty() ? null : staged.get(0).target(), io)
                        : (RuntimeException) e;
            }
            for (Path[] r : replaced) {
                deleteQuietly(r[1]);
            }
        }

        private static void rollBack(List<Staged> placed, List<Path[]> replaced, Exception failure) {
            try {
                for (int i = placed.size() - 1; i >= 0; i--) {
                    Staged s = placed.get(i);
                    if (s.folder()) {
                        deleteTree(s.target());
                    }
                }
                for (Path[] r : replaced) {
                    Files.move(r[1], r[0], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                for (Staged s : placed) {
                    if (!s.folder() && replaced.stream().noneMatch(r -> r[0].equals(s.target()))) {
                        Files.deleteIfExists(s.target());
                    }
                }
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }

        @Override
        public void close() {
            if (!committed) {
                for (Staged s : staged) {
                    deleteQuietly(s.temp());
                }
            }
            staged.forEach(s -> UNDER_WAY.remove(s.temp()));
        }
    }

    /**
     * Refuses a target the user made read-only, whatever {@link Overwrite} allows: moving a new file into place
     * needs only its folder to be writable, so --force had replaced a 0444 file with a 0644 one, the user's
     * protection gone without a word. Through a link, the file it leads to is asked.
     */
    static void refuseReadOnly(Path target) {
        if (Files.exists(target) && readOnly(target)) {
            String name = target.toString();
            String howTo = System.getProperty("os.name", "").startsWith("Windows")
                    ? "untick Read-only in its Properties"
                    : "chmod u+w " + (name.matches("[\\w./@%+=:,-]+") ? name : "'" + name.replace("'", "'\\''") + "'");
            throw new ReadOnlyTargetException(name, Files.isDirectory(target), howTo);
        }
    }

    /**
     * Whether {@code p} is read-only: this process may not write it, or its owner's write permission is off
     * ({@code chmod a-w}), which only root may write through and which is still the owner's word to leave it be.
     */
    static boolean readOnly(Path p) {
        if (!Files.isWritable(p)) {
            return true;
        }
        try {
            return !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;   // no POSIX permissions (Windows): isWritable has read its Read-only attribute
        }
    }

    /** For a target that is there but is no file: a device, pipe or socket, or a link to one or to nothing. */
    private static Path linkedFile(Path link) {
        try {
            return link.toRealPath();
        } catch (IOException e) {
            throw notAFile(link);
        }
    }

    static ExportException notAFile(Path absolute) {
        return new ExportException("refusing to write " + absolute + ": it is not a regular file (a device, pipe "
                + "or socket, or a link to one or to nothing). Choose a file name. Nothing was written.");
    }

    private static Path checkedTarget(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        if (dir == null) {
            // "--out /": the root is a folder, not a file's name.
            throw new ExportException(absolute + " is a folder; --out needs the name of a file to write.");
        }
        if (!Files.isDirectory(dir)) {
            throw new ExportException(missingFolder(dir));
        }
        // The command line refuses such a name before it starts; this covers every other caller (the app's dialogs).
        OutputName.problem(absolute).ifPresent(problem -> {
            throw new ExportException("cannot write " + problem);
        });
        OutputGuard.check(absolute);
        cleanStale(dir);
        return absolute;
    }

    private static Path tempFor(Path target, String kind) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        String suffix = MARK + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random) + "." + kind;
        String name = target.getFileName().toString();
        // A name the file system takes (up to 255 bytes) must not fail for its temporary sibling's longer one:
        // the sibling keeps as much of it as fits, which is only there to tell a person whose file it was.
        int room = OutputName.MOST_NAME_BYTES - 1 - suffix.getBytes(StandardCharsets.UTF_8).length;
        return target.resolveSibling("." + prefixWithin(name, room) + suffix);
    }

    /** The longest start of {@code name} (at least one character) whose UTF-8 bytes fit in {@code bytes}, whole code points only. */
    static String prefixWithin(String name, int bytes) {
        int used = 0;
        int end = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > bytes && end > 0) {
                break;
            }
            used += size;
            end += Character.charCount(cp);
        }
        return name.substring(0, end);
    }

    /** Removes temporary files and folders of earlier exports into {@code dir} whose writer is gone. */
    static void cleanStale(Path dir) {
        Instant tooOld = Instant.now().minus(STALE);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*" + MARK + "*")) {
            for (Path p : entries) {
                Matcher m = TEMP.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long pid = Long.parseLong(m.group(1));
                Optional<ProcessHandle> writer = ProcessHandle.of(pid);
                FileTime modified = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
                if (writer.isEmpty() || !writer.get().isAlive() || modified.toInstant().isBefore(tooOld)) {
                    deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up after another run is a courtesy; it must never stop this export.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The message a user gets for a failed write: what could not be written and why, in words. */
    public static ExportException failure(Path target, IOException e) {
        Path dir = target == null ? null : target.getParent();
        if (e instanceof AccessDeniedException) {
            Path refusing = nearestExisting(dir);
            if (refusing != null && !refusing.equals(dir) && Files.isDirectory(refusing)) {
                // The folder to write into was still to be made: the one refusing is the folder it was to be made in.
                return new ExportException("cannot make the folder " + dir + ": " + refusing
                        + " cannot be written (permission denied). Nothing was written.", e);
            }
            return new ExportException("cannot write to " + dir + ": permission denied.", e);
        }
        if (e instanceof NoSuchFileException) {
            // /proc is there, but no file can be made in it.
            return new ExportException(dir != null && Files.isDirectory(dir)
                    ? "cannot write to " + dir + ": files cannot be created there." : missingFolder(dir), e);
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        // ImageIO hides the cause behind "I/O error writing PNG file!": the cause, or the disk's own room, tells.
        String cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : "";
        // Before the disk's room: a read-only disk may report none (squashfs and ISO 9660 always do).
        if (reason != null && reason.contains("Read-only file system") || cause.contains("Read-only file system")) {
            return new ExportException("cannot write to " + dir + ": the disk is read-only (mounted read-only, or a "
                    + "CD or disk image). Nothing was changed.", e);
        }
        if (reason != null && (reason.contains("No space left") || reason.contains("not enough space")
                || reason.contains("Disk quota exceeded")) || cause.contains("No space left")
                || cause.contains("Disk quota exceeded") || FreeSpace.nearlyFull(dir)) {
            return new ExportException("cannot write " + target + ": the disk is full. Nothing was changed.", e);
        }
        return new ExportException("cannot write " + target + ": " + reason, e);
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> all = Files.walk(p)) {
                for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(q);
                }
            }
        } else {
            Files.deleteIfExists(p);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            deleteTree(p);
        } catch (IOException e) {
            // The export already succeeded or failed with a clearer message; the next run removes it.
        }
    }

    /** {@code dir}, or the nearest of its parents that exists (null when none does, or none was given). */
    private static Path nearestExisting(Path dir) {
        Path p = dir;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }

    /** Why {@code dir} cannot hold the file: missing, or a file where a folder was meant ("notes.txt/x.png"). */
    private static String missingFolder(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? "the folder " + dir + " does not exist."
                        : p + " is a file, not a folder; nothing can be written inside it.";
            }
        }
        return "the folder " + dir + " does not exist.";
    }
}
