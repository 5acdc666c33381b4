package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database or a UTF-16 file given as a dataset is named for what it is, not "not valid UTF-8 at byte 0". */
class FileSignatureTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseIsToldApartFromADataset() throws Exception {
        Path db = dir.resolve("parley.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
        }
        DatasetException e = org.junit.jupiter.api.Assertions.assertThrows(DatasetException.class,
                () -> new ExchangeFormatReader().read(db));
        assertTrue(e.getMessage().contains("SQLite database") && e.getMessage().contains("--db"), e.getMessage());
    }

    @Test
    void utf16WithOrWithoutItsMarkIsNamed() throws Exception {
        String json = Files.readString(Path.of(System.getProperty("parley.seeds", "seeds"), "week.json"));
        for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16,
            StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Path file = dir.resolve(cs.name() + ".json");
            Files.write(file, json.getBytes(cs));
            DatasetException e = org.junit.jupiter.api.Assertions.assertThrows(DatasetException.class,
                    () -> new ExchangeFormatReader().read(file));
            assertTrue(e.getMessage().contains("saved as UTF-16") && e.getMessage().contains("UTF-8"), cs + ": " + e.getMessage());
        }
    }

    @Test
    void ordinaryJsonAndOtherBytesAreLeftToTheReader() {
        assertEquals(java.util.Optional.empty(), FileSignature.problem("{\"title\": 1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(java.util.Optional.empty(), FileSignature.problem("\uFEFF{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(java.util.Optional.empty(), FileSignature.problem(new byte[0]));
        assertEquals(java.util.Optional.empty(), FileSignature.problem(new byte[] {(byte) 0xC3, (byte) 0x28}));
    }
}
