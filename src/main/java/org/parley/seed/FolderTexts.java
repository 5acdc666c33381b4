package org.parley.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Source texts read from a folder on disk, refusing anything that is not a regular file inside it:
 * a symbolic link leading out of the folder ({@code passwd.txt -> /etc/passwd}), a FIFO that would
 * block the reader forever, a device such as {@code /dev/zero}, or a file over the size limit.
 * Every text read is remembered, so an export can refuse to write over it.
 */
final class FolderTexts implements TextSource {

    /** Per source text; the two bundled articles are about 10 KB each. */
    static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    static final String MAX_BYTES_PROPERTY = "parley.maxSourceBytes";

    private static final Set<Path> READ = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final long maxBytes;
    /** Said after the folder when a text is not found there: why it was not looked for elsewhere. */
    private final String aside;

    FolderTexts(Path folder) {
        this(folder, "");
    }

    FolderTexts(Path folder, String aside) {
        this(folder, Long.getLong(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES), aside);
    }

    FolderTexts(Path folder, long maxBytes) {
        this(folder, maxBytes, "");
    }

    private FolderTexts(Path folder, long maxBytes, String aside) {
        this.folder = folder.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.aside = aside;
    }

    /** Whether this process has read {@code realPath} as a dataset's file (its JSON or a source text). */
    static boolean wasRead(Path realPath) {
        return READ.contains(realPath);
    }

    static void remember(Path file) {
        try {
            READ.add(file.toRealPath());
        } catch (IOException | RuntimeException e) {
            // A file that cannot be resolved cannot be written over by that name either.
        }
    }

    @Override
    public byte[] read(String file) throws IOException {
        if (SourceFileName.problem(file).isPresent()) {
            throw new SourceFileException("source file \"" + file + "\" is not a plain file name");
        }
        Path candidate = folder.resolve(file);
        if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(candidate.toString());
        }
        Path real;
        Path realFolder;
        try {
            realFolder = folder.toRealPath();
            real = candidate.toRealPath();
        } catch (NoSuchFileException e) {
            throw new SourceFileException("source file \"" + file + "\" is a symbolic link to nothing");
        }
        if (!real.getParent().equals(realFolder)) {
            throw new SourceFileException("source file \"" + file + "\" is a link that leads out of the dataset's folder (to "
                    + real + "); copy the text into the folder instead");
        }
        BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isRegularFile()) {
            throw new SourceFileException("source file \"" + file + "\" is not a regular file ("
                    + (attrs.isDirectory() ? "a folder" : "a pipe, device or socket") + ")");
        }
        if (attrs.size() > maxBytes) {
            throw new SourceFileException(tooBig(file));
        }
        // NOFOLLOW_LINKS: the real path was checked; a link swapped in since then is not followed.
        try (FileChannel channel = FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
             InputStream in = Channels.newInputStream(channel)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new SourceFileException(tooBig(file));
            }
            READ.add(real);
            return bytes;
        }
    }

    private String tooBig(String file) {
        String limit = maxBytes >= 1024 * 1024 && maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MiB"
                : String.format(Locale.ROOT, "%,d bytes", maxBytes);
        return "source file \"" + file + "\" is larger than the limit of " + limit
                + " per source text (set -D" + MAX_BYTES_PROPERTY + "=BYTES to change it)";
    }

    @Override
    public String describe() {
        return "in " + folder + aside;
    }
}
