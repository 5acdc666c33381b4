package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;

class PassagesTest {

    @Test
    void paragraphsAreSeparatedByBlankLinesAndTrimmed() {
        String text = "  First line\nstill first.\n\n\nSecond.\r\n \r\nThird  \n";
        List<Span> spans = Passages.of(text);
        assertEquals(List.of("First line\nstill first.", "Second.", "Third"),
                spans.stream().map(s -> text.substring(s.start(), s.end())).toList());
    }

    @Test
    void blankTextHasNoPassages() {
        assertEquals(List.of(), Passages.of(""));
        assertEquals(List.of(), Passages.of("\n \n\n"));
    }
}
