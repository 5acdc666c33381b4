package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database or a UTF-16 file given as a dataset is named for what it is, not "not valid UTF-8 at byte 0". */
class FileSignatureTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseIsToldApartFromADataset() throws Exception {
        Path db = dir.resolve("parley.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
        }
        DatasetException e = Assertions.assertThrows(DatasetException.class,
                () -> new ExchangeFormatReader().read(db));
        assertTrue(e.getMessage().contains("SQLite database") && e.getMessage().contains("--db"), e.getMessage());
    }

    @Test
    void utf16WithOrWithoutItsMarkIsNamed() throws Exception {
        String json = Files.readString(Path.of(System.getProperty("parley.seeds", "seeds"), "week.json"));
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16,
            StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Path file = dir.resolve(cs.name() + ".json");
            Files.write(file, json.getBytes(cs));
            DatasetException e = Assertions.assertThrows(DatasetException.class,
                    () -> new ExchangeFormatReader().read(file));
            assertTrue(e.getMessage().contains("saved as UTF-16") && e.getMessage().contains("UTF-8"), cs + ": " + e.getMessage());
        }
    }

    /** Found by a tester, 2026-12-05: a dataset saved as UTF-32 (with its mark or without) was said to be UTF-16. */
    @Test
    void utf32WithOrWithoutItsMarkIsNamedAsSuch() throws Exception {
        String json = Files.readString(Path.of(System.getProperty("parley.seeds", "seeds"), "week.json"));
        for (String name : new String[] {"UTF-32", "UTF-32LE", "UTF-32BE"}) {
            Charset cs = Charset.forName(name);
            byte[] bytes = json.getBytes(cs);
            if (name.equals("UTF-32")) {
                // Java writes UTF-32 big-endian without a mark; an editor writes the mark, little-endian too.
                bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, json.getBytes(Charset.forName("UTF-32LE")));
            }
            Path file = Files.write(dir.resolve(name + ".json"), bytes);
            DatasetException e = Assertions.assertThrows(DatasetException.class,
                    () -> new ExchangeFormatReader().read(file));
            assertTrue(e.getMessage().contains("saved as UTF-32, not UTF-8"), name + ": " + e.getMessage());
        }
        assertTrue(FileSignature.problem(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, '{'}).orElseThrow()
                .contains("UTF-32"));
    }

    /** Found by a tester: a dataset that began "{" and then one NUL byte was said to be saved as UTF-16. */
    @Test
    void oneZeroByteIsNotUtf16() {
        assertTrue(FileSignature.problem(new byte[] {'{', 0, '\n', ' ', ' ', '"', 't', 'i'}).isEmpty());
        assertTrue(FileSignature.problem(new byte[] {0, '{', '\n', ' ', ' ', '"'}).isEmpty());
        assertTrue(FileSignature.problem(new byte[] {'{', 0, '\n', 0, ' ', 0, '"', 0}).orElseThrow().contains("UTF-16"));
        assertTrue(FileSignature.problem(new byte[] {0, '{', 0, '}'}).orElseThrow().contains("UTF-16"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /**
     * Found by a tester, 2026-12-05: a researcher who exported the events as CSV, edited them in a spreadsheet
     * and imported the file back was told `malformed JSON: "id" is not JSON`; a spreadsheet saved as .xlsx, a PDF
     * or an image chosen by mistake was "not valid UTF-8 at byte 0". Each is now named, with what Parley imports.
     */
    @Test
    void aTableADocumentOrAnImageIsNamedWithWhatParleyImports() throws Exception {
        Path csv = dir.resolve("events.csv");
        // The header of Parley's own events.csv, with the mark it writes for spreadsheets.
        Files.writeString(csv, "\uFEFFid,date,start,end,precision,zone,order,title,summary,kind,cameo,track,place,refers,"
                + "actors,sources,evidence,inferred,note,modality,basis,actor_ids,evidence_spans\n"
                + "geneva-dinner,Sun 9 Jan 2022,2022-01-09,,day,Europe/Zurich,0,Informal dinner in Geneva,,meeting\n");
        Path semicolons = dir.resolve("edited.json");
        Files.writeString(semicolons, "\uFEFFid;title;kind\r\ngeneva-dinner;Dinner;meeting\r\n");
        Path xlsx = dir.resolve("book.json");
        try (var zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        Path pdf = Files.write(dir.resolve("paper.json"), "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1));
        Path png = Files.write(dir.resolve("map.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});

        for (var expected : Map.of(csv, "comma-separated values (CSV)", semicolons, "comma-separated values",
                xlsx, "ZIP archive", pdf, "PDF", png, "image").entrySet()) {
            DatasetException e = Assertions.assertThrows(DatasetException.class,
                    () -> new ExchangeFormatReader().read(expected.getKey()));
            assertEquals(1, e.problems().size(), e.getMessage());
            String message = e.problems().get(0).toString();
            assertTrue(message.contains(expected.getValue()), message);
            assertTrue(message.contains("JSON exchange format only") && message.contains("Parley JSON"), message);
        }
    }

    /** Found by a tester, 2026-12-05: a dataset or an article still compressed (week.json.gz) was "not valid UTF-8 at byte 1". */
    @Test
    void aCompressedDatasetOrTextIsNamedWithWhatToDo() throws Exception {
        byte[] json = Files.readAllBytes(Path.of(System.getProperty("parley.seeds", "seeds"), "week.json"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(gz)) {
            out.write(json);
        }
        Path file = Files.write(dir.resolve("week.json"), gz.toByteArray());
        DatasetException e = Assertions.assertThrows(DatasetException.class,
                () -> new ExchangeFormatReader().read(file));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("compressed with gzip, not a dataset file: unpack it first"), e.getMessage());

        byte[] xz = {(byte) 0xFD, '7', 'z', 'X', 'Z', 0, 0, 4};
        byte[] bzip2 = {'B', 'Z', 'h', '9', 0x31, 0x41, 0x59, 0x26, 0x53, 0x59, 1};
        byte[] zstd = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0};
        for (var c : Map.of(xz, "xz", bzip2, "bzip2", zstd, "zstd").entrySet()) {
            assertTrue(FileSignature.problem(c.getKey()).orElseThrow().contains("compressed with " + c.getValue()), c.getValue());
            assertTrue(FileSignature.textProblem(c.getKey()).orElseThrow().startsWith("is compressed with " + c.getValue()));
        }
        // A text may begin as bzip2 does, and is text all the same.
        assertEquals(Optional.empty(), FileSignature.textProblem("BZh9 was the name".getBytes(StandardCharsets.UTF_8)));
    }

    /** JSON that only begins oddly is still the reader's to judge: a word, a number, a dataset after blank lines. */
    @Test
    void jsonThatIsNoTableIsNotCalledOne() {
        for (String json : new String[] {"true, 1", "null", "  {\"title\": \"a, b\"}", "\n{\"a\": 1}", "1,2",
            "{\"id\",\"title\"}", "title: a, b"}) {
            assertEquals(Optional.empty(), FileSignature.problem(json.getBytes(StandardCharsets.UTF_8)), json);
        }
    }

    @Test
    void ordinaryJsonAndOtherBytesAreLeftToTheReader() {
        assertEquals(Optional.empty(), FileSignature.problem("{\"title\": 1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), FileSignature.problem("\uFEFF{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), FileSignature.problem(new byte[0]));
        assertEquals(Optional.empty(), FileSignature.problem(new byte[] {(byte) 0xC3, (byte) 0x28}));
    }

    /** Found by a hostile-input helper: a file of zeros was "1:2: malformed JSON: the control character U+0000 …". */
    @Test
    void binaryZerosAreNamedForWhatTheyAre() {
        assertEquals(Optional.of("the file holds nothing but binary zeros (3 NUL bytes): it is not a dataset, nor JSON, "
                + "CSV or any text. A copy or download that did not finish leaves such a file; copy the dataset again "
                + "from where it came"), FileSignature.problem(new byte[3]));
        byte[] longer = new byte[512];
        assertTrue(FileSignature.problem(longer).orElseThrow().startsWith("the file begins with binary zeros (NUL bytes): "));
        longer[40] = '{';
        assertTrue(FileSignature.problem(longer).orElseThrow().startsWith("the file begins with binary zeros (NUL bytes): "));
        assertEquals(Optional.empty(), FileSignature.problem("{\"a\": 1}".getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Found by h295: a source text of zeros (a copy that did not finish) was said to hold "a NUL byte (the first at
     * byte 0)", and to be maybe saved as UTF-16, a cure no editor can apply to it; a dataset file of zeros was
     * already named for what it is.
     */
    @Test
    void aSourceTextOfZerosIsNamedForWhatItIs() {
        assertEquals(Optional.of("holds nothing but binary zeros (3 NUL bytes): it is no text at all. A copy or download "
                + "that did not finish leaves such a file; copy the article's text again from where it came"),
                FileSignature.textProblem(new byte[3]));
        byte[] longer = new byte[4096];
        longer[4000] = 'a';
        assertTrue(FileSignature.textProblem(longer).orElseThrow().startsWith("begins with binary zeros (NUL bytes): "));
        // A text's one stray NUL, and UTF-16 without its mark, keep their own words.
        assertTrue(FileSignature.textProblem("Talks\0 began".getBytes(StandardCharsets.UTF_8)).orElseThrow()
                .startsWith("holds a NUL byte (the first at byte 5)"));
        assertTrue(FileSignature.textProblem("Talks began".getBytes(StandardCharsets.UTF_16LE)).orElseThrow()
                .startsWith("is saved as UTF-16"));
    }
}
