package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Precision;
import org.parley.model.Source;
import org.parley.model.Track;

class ExchangeFormatReaderTest {

    @Test
    void readsTheValidFixtureFromItsFolder() throws Exception {
        Dataset d = new ExchangeFormatReader().read(SeedFixtures.validFolder());
        assertEquals("Test week", d.title());
        assertEquals(2, d.sources().size());
        assertEquals(3, d.events().size());
        assertEquals(1, d.quotes().size());
        assertEquals(1, d.divergences().size());

        Source wapo = d.source("wapo").orElseThrow();
        assertEquals(LocalDate.of(2022, 1, 12), wapo.published());
        assertEquals(Files.readString(SeedFixtures.validFolder().resolve("wapo.txt"), StandardCharsets.UTF_8), wapo.text());

        Event nrc = d.event("nrc-meeting").orElseThrow();
        assertEquals(EventKind.MEETING, nrc.kind());
        assertEquals(Track.NATO_RUSSIA_COUNCIL, nrc.track());
        assertEquals(Precision.DAY, nrc.time().precision());
        assertEquals(ZoneId.of("Europe/Brussels"), nrc.time().zone());
        assertEquals(LocalDateTime.of(2022, 1, 12, 0, 0), nrc.time().start());
        assertEquals("brussels", nrc.place());
        assertEquals(1, nrc.order());
    }

    @Test
    void locatesEveryQuotedTextInItsSource() throws Exception {
        Dataset d = new ExchangeFormatReader().read(SeedFixtures.validFolder());
        for (Event e : d.events()) {
            e.evidence().forEach(ev -> assertEquals(ev.text(),
                    d.source(ev.source()).orElseThrow().excerpt(ev.span())));
        }
        d.quotes().forEach(q -> assertEquals(q.text(), d.source(q.source()).orElseThrow().excerpt(q.span())));
        d.divergences().forEach(v -> v.readings().forEach(r ->
                assertEquals(r.text(), d.source(r.source()).orElseThrow().excerpt(r.span()))));
        // The stray straight quote inside curly ones is matched as it stands.
        Event enlargements = d.event("enlargements").orElseThrow();
        assertEquals("NATO’s “open door\"", d.source("nyt").orElseThrow().excerpt(enlargements.evidence().get(0).span()));
    }

    @Test
    void fillsDefaultsForOptionalFields() throws Exception {
        Dataset d = new ExchangeFormatReader().read(SeedFixtures.validFolder());
        Event missions = d.event("missions-shut").orElseThrow();
        assertEquals(0, missions.order());
        assertEquals("", missions.place());
        assertTrue(missions.inferred());
        assertEquals(LocalDateTime.of(2021, 12, 1, 0, 0), missions.time().end(), "a season lasts three months");
        assertEquals("", d.source("nyt").orElseThrow().dateline());
        assertTrue(d.actor("nato").orElseThrow().aliases().isEmpty());
    }

    @Test
    void readsTheJsonFileNamedDirectly() throws Exception {
        Path json = SeedFixtures.validFolder().resolve("week.json");
        assertEquals(new ExchangeFormatReader().read(SeedFixtures.validFolder()), new ExchangeFormatReader().read(json));
    }

    /**
     * Found by a tester, 2026-12-05: a researcher renamed an exported week.json to my-research.json,
     * its texts still in week-sources/ beside it; the import said each text was "not found in" the
     * folder holding them, with no word of the folder it had looked for or why week-sources was not read.
     */
    @Test
    void aTextsFolderOfAnotherNameBesideTheJsonIsNamedWhenATextIsMissing(@TempDir Path dir)
            throws Exception {
        Path texts = Files.createDirectory(dir.resolve("week-sources"));
        for (String name : List.of("wapo.txt", "nyt.txt")) {
            Files.copy(SeedFixtures.validFolder().resolve(name), texts.resolve(name));
        }
        Path json = Files.writeString(dir.resolve("my-research.json"), SeedFixtures.validJson());

        DatasetException e = assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(json));

        String first = e.problems().get(0).toString();
        assertTrue(first.contains("\"wapo.txt\" not found in " + dir.toAbsolutePath()), first);
        assertTrue(first.contains("my-research-sources/"), first);
        assertTrue(first.contains("week-sources/ holds the texts of week.json only: rename it my-research-sources"), first);

        Files.move(texts, dir.resolve("my-research-sources"));
        assertEquals("Test week", new ExchangeFormatReader().read(json).title(), "read once renamed as it says");
    }

    /** Without such a folder the message stays as it was: the folder looked in, nothing more. */
    @Test
    void aMissingTextWithNoOtherTextsFolderNamesOnlyTheFolder(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve("mine.json"), SeedFixtures.validJson());

        DatasetException e = assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(json));

        String first = e.problems().get(0).toString();
        assertTrue(first.endsWith("\"wapo.txt\" not found in " + dir.toAbsolutePath()), first);
    }

    @Test
    void readsFromAStreamWithATextResolver() throws Exception {
        Map<String, byte[]> texts = Map.of(
                "wapo.txt", Files.readAllBytes(SeedFixtures.validFolder().resolve("wapo.txt")),
                "nyt.txt", Files.readAllBytes(SeedFixtures.validFolder().resolve("nyt.txt")));
        byte[] json = SeedFixtures.validJson().getBytes(StandardCharsets.UTF_8);
        Dataset d = new ExchangeFormatReader().read(new ByteArrayInputStream(json), "mem.json", name -> {
            byte[] b = texts.get(name);
            if (b == null) {
                throw new NoSuchFileException(name);
            }
            return b;
        });
        assertEquals(new ExchangeFormatReader().read(SeedFixtures.validFolder()), d);
    }

    @Test
    void picksTheOnlyDatasetInAFolderAndIgnoresSchemas(@TempDir Path dir) throws Exception {
        copyFixture(dir, "other.json");
        Files.writeString(dir.resolve("dataset.schema.json"), "{}");
        assertEquals("Test week", new ExchangeFormatReader().read(dir).title());
    }

    @Test
    void prefersWeekJsonAmongSeveral(@TempDir Path dir) throws Exception {
        copyFixture(dir, "week.json");
        Files.writeString(dir.resolve("notes.json"), "{}");
        assertEquals(dir.resolve("week.json"), ExchangeFormatReader.datasetFile(dir));
    }

    /**
     * Found by a tester, 2026-12-05: a folder whose only dataset was a link to itself (loop.json -> loop.json)
     * or to a file since deleted said only "the folder holds no dataset", of a file the user could see in it.
     */
    @Test
    void aFolderWhoseDatasetIsABrokenLinkSaysSo(@TempDir Path dir) throws Exception {
        Path loop = dir.resolve("loop");
        Files.createDirectory(loop);
        Files.createSymbolicLink(loop.resolve("loop.json"), Path.of("loop.json"));
        DatasetException looping = assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(loop));
        assertTrue(looping.getMessage().contains("holds no dataset (a *.json file other than *.schema.json); "
                + "loop.json is a broken link: it leads round in a loop (to loop.json), to no file"), looping.getMessage());

        Path gone = dir.resolve("gone");
        Files.createDirectory(gone);
        Files.createSymbolicLink(gone.resolve("week.json"), Path.of("old-week.json"));
        DatasetException missing = assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(gone));
        assertTrue(missing.getMessage().contains("week.json is a broken link: its target old-week.json does not exist"),
                missing.getMessage());
    }

    @Test
    void refusesAFolderWithSeveralOrNoDatasets(@TempDir Path dir) throws Exception {
        DatasetException none = assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(dir));
        assertTrue(none.problems().get(0).message().contains("holds no dataset"), none.getMessage());
        Files.writeString(dir.resolve("a.json"), "{}");
        Files.writeString(dir.resolve("b.json"), "{}");
        DatasetException several = assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(dir));
        assertTrue(several.getMessage().contains("several datasets, name one: [a.json, b.json]"), several.getMessage());
    }

    @Test
    void namesAMissingFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        DatasetException e = assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(missing));
        assertEquals(missing + ": no such file", e.problems().get(0).toString());
    }

    @Test
    void refusesAnEmptyFileAndBadUtf8() {
        DatasetException empty = assertThrows(DatasetException.class,
                () -> new ExchangeFormatReader().read(new byte[0], "week.json", f -> new byte[0]));
        assertEquals("week.json: the file is empty or holds only white space: no JSON at all", empty.problems().get(0).toString());
        DatasetException utf = assertThrows(DatasetException.class,
                () -> new ExchangeFormatReader().read(new byte[] {'{', (byte) 0xC3, '}'}, "week.json", f -> new byte[0]));
        assertEquals("week.json:1:2: the file is not valid UTF-8: invalid UTF-8 at byte 1 (line 1, column 2)",
                utf.problems().get(0).toString());
    }

    /** An empty article is one problem, not a "text not found" for every quotation from it. */
    @Test
    void anEmptySourceTextIsOneProblem(@TempDir Path dir) throws Exception {
        copyFixture(dir, "week.json");
        Files.write(dir.resolve("nyt.txt"), new byte[0]);
        DatasetException e = assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(dir));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).toString().contains("source file \"nyt.txt\" is empty"), e.getMessage());
    }

    /** A text saved by an editor that wrote only its byte-order mark is as empty as one with no bytes. */
    @Test
    void aSourceTextOfOnlyAByteOrderMarkIsOneProblem(@TempDir Path dir) throws Exception {
        copyFixture(dir, "week.json");
        Files.write(dir.resolve("nyt.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'});
        DatasetException e = assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(dir));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).toString().contains("source file \"nyt.txt\" is empty"), e.getMessage());
    }

    @Test
    void refusesASourceTextThatIsNotUtf8(@TempDir Path dir) throws Exception {
        copyFixture(dir, "week.json");
        Files.write(dir.resolve("nyt.txt"), new byte[] {'A', (byte) 0xFF, 'B'});
        DatasetException e = assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.toString().contains(
                "sources[1] (id \"nyt\"): source file \"nyt.txt\" is not valid UTF-8")), e.getMessage());
        assertFalse(e.problems().stream().anyMatch(p -> p.message().contains("not found in source \"nyt\"")),
                "an unreadable source is one problem, not one per quote");
    }

    /**
     * Found by a tester, 2026-12-05: an article saved as UTF-16 without its mark, a text of plain letters and
     * curly quotes, is valid UTF-8 with a NUL after each letter; every quotation from it was "text not found"
     * (155 problems for the week's New York Times), none naming the cure. A PDF or a Word file named as the
     * text was "not valid UTF-8 at byte 10". Each is now one problem that says what the file is.
     */
    @Test
    void aSourceTextThatIsNoPlainTextIsOneProblemNamingWhatItIs(@TempDir Path dir) throws Exception {
        copyFixture(dir, "week.json");
        String text = Files.readString(dir.resolve("nyt.txt"));
        Map<byte[], String> cases = new LinkedHashMap<>();
        cases.put(text.getBytes(StandardCharsets.UTF_16LE), "is saved as UTF-16, not UTF-8: save it again as UTF-8");
        cases.put(("\u201C" + text).getBytes(StandardCharsets.UTF_16LE), "holds a NUL byte (the first at byte 3)");
        // Found by h295: a text of zeros had been "holds a NUL byte (the first at byte 0)", maybe UTF-16.
        cases.put(new byte[2048], "holds nothing but binary zeros (2,048 NUL bytes): it is no text at all");
        cases.put("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "is a PDF, not plain text");
        cases.put(new byte[] {'P', 'K', 3, 4, 20, 0}, "is a ZIP archive");
        for (var c : cases.entrySet()) {
            Files.write(dir.resolve("nyt.txt"), c.getKey());
            DatasetException e = assertThrows(DatasetException.class, () -> new ExchangeFormatReader().read(dir));
            assertEquals(1, e.problems().size(), e.getMessage());
            assertTrue(e.problems().get(0).toString().contains("source file \"nyt.txt\" " + c.getValue()), e.getMessage());
        }
    }

    @Test
    void keepsATextsByteOrderMarkAndLineEndingsUnchanged(@TempDir Path dir) throws Exception {
        copyFixture(dir, "week.json");
        String wapo = "\uFEFF" + Files.readString(dir.resolve("wapo.txt")).replace("\n", "\r\n");
        Files.writeString(dir.resolve("wapo.txt"), wapo);
        assertEquals(wapo, new ExchangeFormatReader().read(dir).source("wapo").orElseThrow().text());
    }

    static void copyFixture(Path dir, String jsonName) throws IOException {
        Files.writeString(dir.resolve(jsonName), SeedFixtures.validJson());
        for (String text : new String[] {"wapo.txt", "nyt.txt"}) {
            Files.copy(SeedFixtures.validFolder().resolve(text), dir.resolve(text));
        }
    }
}
