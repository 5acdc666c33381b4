package org.parley.ui.source;

import org.junit.jupiter.api.Test;
import org.parley.ui.source.SpanSegments.Mark;
import org.parley.ui.source.SpanSegments.Segment;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpanSegmentsTest {

    private static final String TEXT = "0123456789abcdefghij"; // 20 chars

    @Test
    void noMarksGiveOneUnmarkedSegment() {
        List<Segment> s = SpanSegments.split(TEXT.length(), List.of());
        assertEquals(List.of(new Segment(0, 20, List.of())), s);
    }

    @Test
    void emptyTextGivesNoSegments() {
        assertEquals(List.of(), SpanSegments.split(0, List.of()));
    }

    @Test
    void overlappingMarksShareTheirCommonPart() {
        List<Segment> s = SpanSegments.split(20, List.of(new Mark("a", 2, 8), new Mark("b", 5, 12)));
        assertCovers(s, 20);
        assertEquals(List.of(
                new Segment(0, 2, List.of()),
                new Segment(2, 5, List.of("a")),
                new Segment(5, 8, List.of("a", "b")),
                new Segment(8, 12, List.of("b")),
                new Segment(12, 20, List.of())), s);
    }

    @Test
    void nestedMarksListTheInnermostFirst() {
        List<Segment> s = SpanSegments.split(20, List.of(new Mark("outer", 0, 20), new Mark("inner", 6, 9)));
        assertCovers(s, 20);
        assertEquals(List.of(
                new Segment(0, 6, List.of("outer")),
                new Segment(6, 9, List.of("inner", "outer")),
                new Segment(9, 20, List.of("outer"))), s);
        assertEquals("inner", s.get(1).innermost());
    }

    @Test
    void adjacentMarksDoNotShareASegment() {
        List<Segment> s = SpanSegments.split(20, List.of(new Mark("b", 5, 10), new Mark("a", 0, 5)));
        assertCovers(s, 20);
        assertEquals(List.of(
                new Segment(0, 5, List.of("a")),
                new Segment(5, 10, List.of("b")),
                new Segment(10, 20, List.of())), s);
    }

    @Test
    void marksAtTheTextsStartAndEnd() {
        List<Segment> s = SpanSegments.split(20, List.of(new Mark("start", 0, 3), new Mark("end", 17, 20)));
        assertCovers(s, 20);
        assertEquals(new Segment(0, 3, List.of("start")), s.get(0));
        assertEquals(new Segment(17, 20, List.of("end")), s.get(s.size() - 1));
    }

    @Test
    void identicalMarksCoverTheSameSegment() {
        List<Segment> s = SpanSegments.split(20, List.of(new Mark("x", 4, 9), new Mark("y", 4, 9)));
        assertCovers(s, 20);
        assertEquals(List.of("x", "y"), s.get(1).ids());
    }

    @Test
    void emptyMarksAreIgnored() {
        List<Segment> s = SpanSegments.split(20, List.of(new Mark("nothing", 7, 7)));
        assertEquals(List.of(new Segment(0, 20, List.of())), s);
    }

    @Test
    void manyCrossingMarksStillCoverTheTextInOrder() {
        List<Mark> marks = List.of(new Mark("a", 1, 15), new Mark("b", 3, 4), new Mark("c", 3, 18),
                new Mark("d", 10, 20), new Mark("e", 14, 16));
        List<Segment> s = SpanSegments.split(20, marks);
        assertCovers(s, 20);
        for (Segment seg : s) {
            for (Mark m : marks) {
                boolean covers = m.start() <= seg.start() && seg.end() <= m.end();
                assertEquals(covers, seg.ids().contains(m.id()), m.id() + " on " + seg);
            }
            for (int i = 1; i < seg.ids().size(); i++) {
                assertTrue(length(marks, seg.ids().get(i - 1)) <= length(marks, seg.ids().get(i)), "innermost first");
            }
        }
    }

    @Test
    void marksOutsideTheTextAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SpanSegments.split(20, List.of(new Mark("x", 15, 21))));
        assertThrows(IllegalArgumentException.class, () -> SpanSegments.split(20, List.of(new Mark("x", -1, 3))));
    }

    private static int length(List<Mark> marks, String id) {
        return marks.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().length();
    }

    private static void assertCovers(List<Segment> segments, int length) {
        int at = 0;
        for (Segment s : segments) {
            assertEquals(at, s.start(), "segments are contiguous");
            assertTrue(s.end() > s.start(), "no empty segment");
            at = s.end();
        }
        assertEquals(length, at, "segments reach the end");
    }
}
