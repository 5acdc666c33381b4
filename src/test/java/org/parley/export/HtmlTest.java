package org.parley.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTest {

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertEquals("&amp;&lt;&gt;&quot;&#39;", Html.escape("&<>\"'"));
    }

    @Test
    void leavesOtherTextAloneAndDoesNotDoubleDecode() {
        assertEquals("NATO–Russia “talks” &amp;amp;", Html.escape("NATO–Russia “talks” &amp;"));
    }
}
