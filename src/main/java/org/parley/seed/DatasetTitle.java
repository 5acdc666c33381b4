package org.parley.seed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A dataset file's title, read from its first lines without reading its records: so the window can
 * ask before a large import replaces the user's dataset, rather than after tens of seconds of reading.
 * Parley writes the title first; a file whose title comes only after a collection (hand-made) gives
 * none here, and nothing found here is a verdict on the file: the import itself checks it.
 */
public final class DatasetTitle {

    /** Read no further than this: a title is a line, and a file with none near its top is not scanned through. */
    static final long LOOKED_AT_BYTES = 1L << 20;

    private static final JsonFactory FACTORY = new JsonFactory();

    private DatasetTitle() {
    }

    /**
     * The top-level "title" of {@code json}: "" when the file opens as a JSON object whose title does not
     * come before its first collection (or is no text); empty when it does not open as a JSON object at
     * all, or a field no dataset has comes before its title: the import will refuse it, so there is nothing
     * to ask about before it.
     */
    public static Optional<String> peek(Path json) {
        // A pipe or a device is the import's to refuse: opening a pipe waits for a writer, for ever.
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(json);
             JsonParser p = FACTORY.createParser(new BufferedInputStream(in).readNBytes((int) LOOKED_AT_BYTES))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (!Fields.DATASET.contains(name)) {
                    // No dataset has it ("$schema" of the schema beside the seeds, which has a title of its own):
                    // the import refuses the file, so there is no replacing to ask about.
                    return Optional.empty();
                }
                JsonToken value = p.nextToken();
                if ("title".equals(name)) {
                    return Optional.of(value == JsonToken.VALUE_STRING ? p.getText() : "");
                }
                if (value == JsonToken.START_ARRAY) {
                    // A collection: the title, if any, is past the records.
                    return Optional.of("");
                }
                p.skipChildren();
            }
            return Optional.of("");
        } catch (IOException | RuntimeException e) {
            // Not JSON, cut off, unreadable: the import says what is wrong with it.
            return Optional.empty();
        }
    }
}
