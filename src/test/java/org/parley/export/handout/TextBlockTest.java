package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class TextBlockTest {

    private static final String TEN_ITEMS = IntStream.rangeClosed(1, 10)
            .mapToObj(i -> "199" + (i - 1) + " · Background event number " + i).collect(Collectors.joining("\n"));

    @Test
    void aListThatDoesNotFitSaysHowManyItemsWereLeftOut() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            HandoutFonts fonts = HandoutFonts.load(doc, HandoutFonts.DEJAVU_DIR);
            TextBlock text = new TextBlock(fonts);
            List<String> lines = text.wrap(TEN_ITEMS, fonts.regular(), 11, 400, 4);
            assertEquals(4, lines.size(), lines.toString());
            assertEquals("1990 · Background event number 1", lines.get(0));
            assertEquals("1992 · Background event number 3", lines.get(2));
            assertEquals("\u2026 and 7 more", lines.get(3));
        }
    }

    @Test
    void aListThatFitsIsWhole() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            HandoutFonts fonts = HandoutFonts.load(doc, HandoutFonts.DEJAVU_DIR);
            List<String> lines = new TextBlock(fonts).wrap(TEN_ITEMS, fonts.regular(), 11, 400, 10);
            assertEquals(10, lines.size(), lines.toString());
            assertTrue(lines.stream().noneMatch(l -> l.contains("more")), lines.toString());
        }
    }

    @Test
    void aLongItemCutAtTheEndStillLeavesTheCount() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            HandoutFonts fonts = HandoutFonts.load(doc, HandoutFonts.DEJAVU_DIR);
            String items = "A first item\n" + "word ".repeat(80) + "\nA third item";
            List<String> lines = new TextBlock(fonts).wrap(items, fonts.regular(), 11, 200, 3);
            assertEquals(3, lines.size(), lines.toString());
            assertTrue(lines.get(1).endsWith("\u2026"), "the long item is cut with an ellipsis: " + lines);
            assertEquals("\u2026 and 1 more", lines.get(2));
        }
    }

    /** A word too long for its line is cut a character at a time: an emoji at the cut was split in two, and the handout failed. */
    @Test
    void aLongWordIsCutBetweenCharactersNotInsideOne() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            HandoutFonts fonts = HandoutFonts.load(doc, HandoutFonts.DEJAVU_DIR);
            String word = "#NATO–Russia–talks–Geneva–Brussels–Vienna–January–2022–" + "\uD83D\uDE00".repeat(40);
            List<String> lines = new TextBlock(fonts).wrap("A title " + word + " and more words", fonts.bold(), 11, 120, 2);
            assertEquals(2, lines.size(), lines.toString());
            for (String line : lines) {
                assertTrue(line.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF), "a half character left in " + line);
                TextBlock.width(line, fonts.bold(), 11);
            }
        }
    }

    /** A title of one word longer than the page is wide ran off the paper, cut mid-letter: it breaks between characters. */
    @Test
    void aWordWiderThanTheLineIsBrokenToFitIt() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            HandoutFonts fonts = HandoutFonts.load(doc, HandoutFonts.DEJAVU_DIR);
            String word = "A".repeat(112);
            List<String> lines = new TextBlock(fonts).wrap(word, fonts.bold(), 18, 300, 10);
            assertTrue(lines.size() > 1, lines.toString());
            for (String line : lines) {
                assertTrue(TextBlock.width(line, fonts.bold(), 18) <= 300, line);
            }
            assertEquals(word, String.join("", lines), "every letter kept");
        }
    }
}
