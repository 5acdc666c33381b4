package org.parley.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** Writes a JSON tree as pretty-printed UTF-8, atomically. */
final class JsonFiles {

    static final ObjectMapper MAPPER = new ObjectMapper();

    // AtomicFiles owns the stream and closes it after the move decision; Jackson must not close it first.
    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonFiles() {
    }

    static void write(Path file, Overwrite overwrite, JsonNode tree) {
        write(file, overwrite, AtomicFiles.NEVER, tree);
    }

    static void write(Path file, Overwrite overwrite, BooleanSupplier cancelled, JsonNode tree) {
        AtomicFiles.write(file, overwrite, cancelled, out -> WRITER.writeValue(out, tree));
    }
}
