package org.parley.seed;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Gives the bytes of a source text by its {@code file} name. A dataset on disk reads them beside
 * the JSON; a bundled one reads them from the classpath.
 */
@FunctionalInterface
public interface TextSource {

    /** @throws java.nio.file.NoSuchFileException when there is no such text */
    byte[] read(String file) throws IOException;

    /** Where the texts are looked for, for messages. */
    default String describe() {
        return "beside the dataset";
    }

    /**
     * Texts in {@code folder}: regular files inside it only, never a link leading out, a pipe or a
     * device, and each within the size limit.
     */
    static TextSource folder(Path folder) {
        return new FolderTexts(folder);
    }

    /** As {@link #folder(Path)}; {@code aside} follows the folder's name where a text is not found. */
    static TextSource folder(Path folder, String aside) {
        return new FolderTexts(folder, aside);
    }

    /** Whether this process has read {@code realPath} as a dataset's JSON or source text. */
    public static boolean wasRead(Path realPath) {
        return FolderTexts.wasRead(realPath);
    }
}
