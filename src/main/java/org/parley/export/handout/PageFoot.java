package org.parley.export.handout;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The line at the foot of a handout page above its number: the sources' credit on the left, "Parley
 * handout" on the right. Every kind of page draws it here: the positions board's and the compact
 * layout's pages had the credit alone.
 */
final class PageFoot {

    static final String MARK = "Parley handout";
    private static final float MARGIN = 40;
    private static final float SIZE = 9;

    private PageFoot() {
    }

    static void draw(PDPageContentStream cs, HandoutFonts fonts, String credit, float pageWidth) throws IOException {
        cs.setNonStrokingColor(0.35f);
        TextBlock.draw(cs, List.of(fonts.printable(credit, fonts.regular())), fonts.regular(), SIZE, MARGIN,
                MARGIN - 8, SIZE);
        TextBlock.drawRight(cs, MARK, fonts.regular(), SIZE, pageWidth - MARGIN, MARGIN - 8);
    }
}
