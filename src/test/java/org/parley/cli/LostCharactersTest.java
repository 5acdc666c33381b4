package org.parley.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LostCharactersTest {

    @Test
    void underAnAsciiLocaleSaysHowToStartParley() {
        String said = LostCharacters.describe("Gen\uFFFD\uFFFDve", "ANSI_X3.4-1968");

        assertEquals("\"Gen\\uFFFD\\uFFFDve\" lost characters on the way in, each shown as \\uFFFD: this system's "
                + "locale (ANSI_X3.4-1968) cannot pass them to Parley. Start Parley in a UTF-8 locale, for example "
                + "LANG=C.UTF-8. Nothing was changed.", said);
    }

    @Test
    void underUtf8SaysTheBytesWereNotText() {
        assertTrue(LostCharacters.describe("a\uFFFD", "UTF-8").contains("holds bytes that are not UTF-8 text"));
    }

    @Test
    void wordsThatArrivedWholePassUnchanged() {
        assertEquals("Genève Рябков", LostCharacters.read("Genève Рябков"));
        assertThrows(TypeConversionException.class, () -> LostCharacters.read("Gen\uFFFDve"));
    }
}
