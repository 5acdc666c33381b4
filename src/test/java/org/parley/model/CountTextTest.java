package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountTextTest {

    @Test
    void aCountTakesItsNounInTheRightNumber() {
        assertEquals("1 event", CountText.count(1, "event"));
        assertEquals("0 events", CountText.count(0, "event"));
        assertEquals("2 quotes", CountText.count(2, "quote"));
    }

    @Test
    void thousandsAreMarkedWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);   // would give "100.000"
            assertEquals("100,000 events", CountText.count(100_000, "event"));
            assertEquals("999", CountText.number(999));
            assertEquals("1,234,567", CountText.number(1_234_567));
            assertEquals("-5,000", CountText.number(-5_000));
        } finally {
            Locale.setDefault(before);
        }
    }
}
