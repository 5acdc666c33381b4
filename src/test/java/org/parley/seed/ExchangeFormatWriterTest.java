package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Source;

class ExchangeFormatWriterTest {

    private static Dataset fixture() throws DatasetException {
        return new ExchangeFormatReader().read(SeedFixtures.validFolder());
    }

    @Test
    void roundTripGivesAnEqualDatasetAndIdenticalTexts(@TempDir Path dir) throws Exception {
        Dataset original = fixture();
        Path json = dir.resolve("out").resolve("export.json");
        new ExchangeFormatWriter().write(original, json);

        Dataset again = new ExchangeFormatReader().read(json);
        assertEquals(original, again);
        for (String text : List.of("wapo.txt", "nyt.txt")) {
            assertArrayEquals(Files.readAllBytes(SeedFixtures.validFolder().resolve(text)),
                    Files.readAllBytes(json.resolveSibling(text)), text);
        }
    }

    @Test
    void writingTwiceGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a/week.json");
        Path second = dir.resolve("b/week.json");
        new ExchangeFormatWriter().write(fixture(), first);
        new ExchangeFormatWriter().write(new ExchangeFormatReader().read(first), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void keepsMessyTextsByteForByte(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        ExchangeFormatReaderTest.copyFixture(in, "week.json");
        byte[] messy = ("\uFEFF" + Files.readString(in.resolve("wapo.txt")).replace("\n", "\r\n") + "\u00a0 \t")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(in.resolve("wapo.txt"), messy);

        Path out = dir.resolve("out/week.json");
        new ExchangeFormatWriter().write(new ExchangeFormatReader().read(in), out);
        assertArrayEquals(messy, Files.readAllBytes(out.resolveSibling("wapo.txt")));
        assertEquals(new ExchangeFormatReader().read(in), new ExchangeFormatReader().read(out));
    }

    @Test
    void writesTheSpecsFieldOrderWithoutSpans() throws Exception {
        String json = new ExchangeFormatWriter().toJson(fixture());
        assertFalse(json.contains("span"), json);
        assertInOrder(json, "\"title\"", "\"description\"", "\"sources\"", "\"actors\"", "\"places\"", "\"events\"",
                "\"quotes\"", "\"divergences\"");
        String event = json.substring(json.indexOf("\"id\" : \"nrc-meeting\""));
        assertInOrder(event, "\"title\"", "\"summary\"", "\"start\"", "\"end\"", "\"zone\"", "\"precision\"",
                "\"order\"", "\"place\"", "\"refers\"", "\"kind\"", "\"cameo\"", "\"track\"", "\"actors\"",
                "\"evidence\"", "\"inferred\"", "\"note\"");
        assertTrue(json.contains("\"start\" : \"1990\""), "decade written at its grain");
        assertTrue(json.contains("\"end\" : \"2000\""), "decade end kept");
        assertTrue(json.contains("\"lat\" : 50.8503"), json);
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void failureLeavesNothingBehindWhenTheFolderCannotBeMade(@TempDir Path dir) throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        Dataset d = fixture();
        assertThrows(IOException.class, () -> new ExchangeFormatWriter().write(d, notAFolder.resolve("week.json")));
        assertEquals(List.of(notAFolder), list(dir));
        assertEquals("x", Files.readString(notAFolder));
    }

    @Test
    void failureWhileMovingIntoPlaceRemovesEveryTemporaryFile(@TempDir Path dir) throws Exception {
        // A folder where the first text should go makes the first move fail after all files were staged.
        Path blocker = dir.resolve("wapo.txt");
        Files.createDirectories(blocker.resolve("inside"));
        Dataset d = fixture();
        assertThrows(IOException.class, () -> new ExchangeFormatWriter().write(d, dir.resolve("week.json")));
        assertEquals(List.of(blocker), list(dir), "no JSON, no other text, no temporary file");
    }

    @Test
    void failureKeepsAnEarlierDatasetIntact(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("week.json");
        new ExchangeFormatWriter().write(fixture(), json);
        byte[] before = Files.readAllBytes(json);
        Source wapo = fixture().source("wapo").orElseThrow();
        Dataset bad = withSource(fixture(), new Source(wapo.id(), wapo.publisher(), wapo.title(), wapo.published(),
                wapo.dateline(), wapo.language(), "../escape.txt", wapo.text()));
        IOException e = assertThrows(IOException.class, () -> new ExchangeFormatWriter().write(bad, json));
        assertTrue(e.getMessage().contains("\"../escape.txt\""), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(json));
        assertEquals(List.of(dir.resolve("nyt.txt"), dir.resolve("wapo.txt"), json), list(dir));
        assertFalse(Files.exists(dir.resolveSibling("escape.txt")));
    }

    @Test
    void aSourcesAddressIsWrittenAndReadBackAndNoneIsWrittenWhenItHasNone(@TempDir Path dir) throws Exception {
        Dataset original = fixture();
        Source wapo = original.source("wapo").orElseThrow();
        String url = "https://www.washingtonpost.example/world/2022/01/12/nato-russia/";
        Dataset cited = withSource(original, new Source(wapo.id(), wapo.publisher(), wapo.title(), wapo.published(),
                wapo.dateline(), wapo.language(), wapo.file(), wapo.text(), wapo.parts(), url));
        Path json = dir.resolve("week.json");
        new ExchangeFormatWriter().write(cited, json);

        Dataset again = new ExchangeFormatReader().read(json);
        assertEquals(url, again.source("wapo").orElseThrow().url());
        assertEquals("", again.source("nyt").orElseThrow().url());
        assertEquals(1, Files.readString(json).split("\"url\"", -1).length - 1, "only the source with an address has one");
    }

    private static Dataset withSource(Dataset d, Source replacement) {
        List<Source> sources = new ArrayList<>(d.sources());
        sources.replaceAll(s -> s.id().equals(replacement.id()) ? replacement : s);
        return new Dataset(d.title(), d.description(), sources, d.actors(), d.places(), d.events(), d.quotes(),
                d.divergences());
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, () -> part + " is missing or out of order");
            at = next;
        }
    }
}
