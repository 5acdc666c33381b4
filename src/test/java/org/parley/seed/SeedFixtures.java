package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.model.Dataset;

/** The small hand-written dataset in src/test/resources/org/parley/seed/valid and ways to spoil it. */
final class SeedFixtures {
    static final String FILE = "week.json";

    private SeedFixtures() {
    }

    static Path validFolder() {
        URL url = SeedFixtures.class.getResource("valid/" + FILE);
        if (url == null) {
            throw new IllegalStateException("test fixture valid/week.json is not on the classpath");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String validJson() {
        try {
            return Files.readString(validFolder().resolve(FILE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dataset read(String json) throws DatasetException {
        return new ExchangeFormatReader().read(json, FILE, validFolder());
    }

    /** The problems reading {@code json} reports; fails the test when it is accepted. */
    static List<Problem> problemsOf(String json) {
        try {
            read(json);
        } catch (DatasetException e) {
            return e.problems();
        }
        return fail("the dataset was accepted:\n" + json);
    }

    /** Replaces the one occurrence of {@code find}; fails when there is none or several, so a case cannot silently test nothing. */
    static String replaceOnce(String json, String find, String replacement) {
        int at = json.indexOf(find);
        assertTrue(at >= 0, "fixture does not contain: " + find);
        assertTrue(json.indexOf(find, at + 1) < 0, "fixture contains more than once: " + find);
        return json.substring(0, at) + replacement + json.substring(at + find.length());
    }

    /** 1-based line and column of {@code index}, counted in chars as an editor does. */
    static int[] lineColumn(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }
}
