package org.parley.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A list of problems too long to show: the window and the command line show the first few and
 * save the whole list to a new file of its own in the temporary folder, which they name. A new
 * file each time, so nothing is ever written over.
 */
public final class ProblemList {

    /** Problems the window shows; a text area with a million lines would freeze it. */
    public static final int SHOWN_IN_WINDOW = 300;
    /** Problems the command line prints unless asked for all of them. */
    public static final int SHOWN_IN_TERMINAL = 50;

    private ProblemList() {
    }

    /** Writes every problem, one a line, to a new file; returns it. */
    public static Path save(List<?> problems) throws IOException {
        Path file = Files.createTempFile("parley-problems-", ".txt");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Object p : problems) {
                out.write(p.toString());
                out.write(System.lineSeparator());
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }
}
