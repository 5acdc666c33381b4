package org.parley.export.image;

import org.parley.render.FontSpec;
import org.parley.render.Painter;
import org.parley.render.TextAnchor;
import org.parley.layout.TextWrap;
import org.parley.render.Theme;
import org.parley.render.timeline.TimelineMetrics;

/**
 * The title row and credit row that frame views whose painters draw neither; sized like the
 * timeline's own so every exported image reads the same way.
 */
final class Strips {

    static final double TITLE_HEIGHT = TimelineMetrics.TITLE_HEIGHT;
    static final double CREDIT_HEIGHT = TimelineMetrics.CREDIT_HEIGHT;

    private static final FontSpec TITLE_FONT = FontSpec.sansBold(18);
    private static final FontSpec CREDIT_FONT = FontSpec.sans(10);

    private Strips() {
    }

    static void title(Painter p, Theme theme, String title, double y, double width) {
        p.setFill(theme.background());
        p.fillRect(0, y, width, TITLE_HEIGHT);
        p.setFont(TITLE_FONT);
        p.setFill(theme.text());
        p.fillText(p.fitted(title, width - 24), 12, y + 25, TextAnchor.START);
    }

    static void credit(Painter p, Theme theme, String credit, double y, double width) {
        p.setFill(theme.background());
        p.fillRect(0, y, width, CREDIT_HEIGHT);
        p.setFont(CREDIT_FONT);
        p.setFill(theme.mutedText());
        p.fillText(TextWrap.ellipsize(credit, width - 20, p::textWidth), 10, y + 15, TextAnchor.START);
    }
}
