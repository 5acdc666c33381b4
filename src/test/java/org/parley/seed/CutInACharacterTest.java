package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that ends inside a character of several bytes was cut short, as a copy or download that did not
 * finish leaves it: it had been "not valid UTF-8", whose advice (save it again as UTF-8) cannot help.
 */
class CutInACharacterTest {

    @TempDir
    Path dir;

    @Test
    void aDatasetCutInsideADashSaysItWasCutShort() throws Exception {
        SpoiledWeek.copy(dir, "\"title\": \"The week of US", "\"title\": \"The week of US");
        Path json = dir.resolve("week.json");
        byte[] bytes = Files.readAllBytes(json);
        // The en dash of "US–NATO" is three bytes: keep the first two.
        int dash = indexOf(bytes, "–".getBytes(StandardCharsets.UTF_8));
        Files.write(json, Arrays.copyOf(bytes, dash + 2));

        String message = onlyProblem();

        assertTrue(message.startsWith("the file ends in the middle of a character, at byte " + dash + " (line 2, column "),
                message);
        assertTrue(message.endsWith("it was cut short, as a copy or download that did not finish leaves it"), message);
        assertFalse(message.contains("not valid UTF-8"), message);
    }

    @Test
    void aSourceTextCutInsideACharacterSaysItWasCutShort() throws Exception {
        SpoiledWeek.copy(dir, "\"title\": \"The week of US", "\"title\": \"The week of US");
        Path text = dir.resolve("000_9ba955ac96357edf.txt");
        byte[] bytes = Files.readAllBytes(text);
        int quote = indexOf(bytes, "’".getBytes(StandardCharsets.UTF_8));
        Files.write(text, Arrays.copyOf(bytes, quote + 1));

        DatasetException e = assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(dir));

        List<String> said = e.problems().stream().map(Problem::message)
                .filter(m -> m.startsWith("source file \"000_9ba955ac96357edf.txt\"")).toList();
        assertEquals(1, said.size(), e.problems().toString());
        assertTrue(said.get(0).startsWith("source file \"000_9ba955ac96357edf.txt\" ends in the middle of a character, "
                + "at byte " + quote + " (line "), said.get(0));
        assertTrue(said.get(0).endsWith("it was cut short, as a copy or download that did not finish leaves it"),
                said.get(0));
    }

    /** A byte that begins no character, though it is the last, is not UTF-8: no shortening makes it so. */
    @Test
    void aStrayByteAtTheEndIsStillNotUtf8() throws Exception {
        SpoiledWeek.copy(dir, "\"title\": \"The week of US", "\"title\": \"The week of US");
        Path json = dir.resolve("week.json");
        byte[] bytes = Files.readAllBytes(json);
        byte[] spoiled = Arrays.copyOf(bytes, bytes.length + 1);
        spoiled[bytes.length] = (byte) 0x80;
        Files.write(json, spoiled);

        String message = onlyProblem();

        assertTrue(message.startsWith("the file is not valid UTF-8: invalid UTF-8 at byte " + bytes.length), message);
    }

    private String onlyProblem() {
        DatasetException e = assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(dir));
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0).message();
    }

    private static int indexOf(byte[] in, byte[] what) {
        for (int i = 0; i + what.length <= in.length; i++) {
            if (Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
