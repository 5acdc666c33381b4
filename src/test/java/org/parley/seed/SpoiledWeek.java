package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The bundled week copied to a folder with one passage of its JSON replaced, for validation tests. */
final class SpoiledWeek {
    static final Path SEEDS = Path.of(System.getProperty("parley.seeds", "seeds"));

    private SpoiledWeek() {
    }

    static Path copy(Path dir, String find, String replacement) throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path json = dir.resolve("week.json");
        String text = Files.readString(json, StandardCharsets.UTF_8);
        assertEquals(1, text.split(Pattern.quote(find), -1).length - 1, "find once: " + find);
        Files.writeString(json, text.replace(find, replacement), StandardCharsets.UTF_8);
        return dir;
    }

    /** Reads the spoiled copy, expects exactly one problem, and checks its message, record and location. */
    static Problem onlyProblem(Path dir, String message, String record) {
        DatasetException e = assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(dir));
        List<Problem> problems = e.problems();
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertTrue(p.message().contains(message), p.message());
        assertTrue(p.record().startsWith(record), p.record());
        assertTrue(p.hasLocation() && p.line() > 0, "located: " + p);
        return p;
    }
}
