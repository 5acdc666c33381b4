package org.parley.seed;

import java.io.IOException;
import java.nio.file.Files;
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

    static TextSource folder(Path folder) {
        return new TextSource() {
            @Override
            public byte[] read(String file) throws IOException {
                return Files.readAllBytes(folder.resolve(file));
            }

            @Override
            public String describe() {
                return "in " + folder;
            }
        };
    }
}
