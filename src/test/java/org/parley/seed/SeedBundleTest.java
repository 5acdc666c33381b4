package org.parley.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedBundleTest {

    @Test
    void readsSeedsFromAFolder() throws Exception {
        LoadedDataset loaded = SeedBundle.fromFolder(SeedFixtures.validFolder()).load();
        assertEquals(new ExchangeFormatReader().read(SeedFixtures.validFolder()), loaded.dataset());
        assertTrue(loaded.origin().endsWith("week.json"), loaded.origin());
    }

    @Test
    void readsSeedsFromTheClasspathIntoMemory() throws Exception {
        SeedBundle bundle = SeedBundle.fromClasspath(SeedBundleTest.class, "/org/parley/seed/valid/");
        assertEquals("classpath:/org/parley/seed/valid/week.json", bundle.origin());
        LoadedDataset loaded = bundle.load();
        assertEquals(new ExchangeFormatReader().read(SeedFixtures.validFolder()), loaded.dataset());
        assertEquals(SeedBundle.fromFolder(SeedFixtures.validFolder()).load().contentHash(), loaded.contentHash());
    }

    @Test
    void reportsMissingClasspathSeeds() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> SeedBundle.fromClasspath(SeedBundleTest.class, "/no/such/folder"));
        assertTrue(e.getMessage().contains("classpath:/no/such/folder/week.json: no bundled seeds"), e.getMessage());
    }

    @Test
    void theSystemPropertyWinsAndIsNotSilentlyIgnored(@TempDir Path dir) throws Exception {
        String saved = System.getProperty(SeedBundle.PROPERTY);
        try {
            ExchangeFormatReaderTest.copyFixture(dir, "week.json");
            System.setProperty(SeedBundle.PROPERTY, dir.toString());
            assertEquals(dir.resolve("week.json").toString(), SeedBundle.locate().origin());

            System.setProperty(SeedBundle.PROPERTY, dir.resolve("missing").toString());
            DatasetException e = assertThrows(DatasetException.class, () -> SeedBundle.locate().load());
            assertTrue(e.getMessage().contains("missing"), e.getMessage());
        } finally {
            if (saved == null) {
                System.clearProperty(SeedBundle.PROPERTY);
            } else {
                System.setProperty(SeedBundle.PROPERTY, saved);
            }
        }
    }

    @Test
    void contentHashFollowsTheContentNotTheFormatting(@TempDir Path dir) throws Exception {
        ExchangeFormatReaderTest.copyFixture(dir, "week.json");
        String hash = new ExchangeFormatReader().load(dir).contentHash();
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, new ExchangeFormatReader().load(dir).contentHash());

        Files.writeString(dir.resolve("nyt.txt"), Files.readString(dir.resolve("nyt.txt")) + " ");
        String textChanged = new ExchangeFormatReader().load(dir).contentHash();
        assertNotEquals(hash, textChanged);

        String json = Files.readString(dir.resolve("week.json"));
        Files.writeString(dir.resolve("week.json"), json + "\n");
        assertEquals(textChanged, new ExchangeFormatReader().load(dir).contentHash(), "white space is not content");

        Files.writeString(dir.resolve("week.json"), json.replaceFirst("\"title\": \"", "\"title\": \"Revised "));
        assertNotEquals(textChanged, new ExchangeFormatReader().load(dir).contentHash());
    }
}
