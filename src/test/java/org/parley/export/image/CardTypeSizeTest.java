package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.SourceFilter;
import org.parley.render.Theme;
import org.parley.seed.BundledSeeds;

/**
 * A timeline picture's cards print their titles in one type size: filtered to The New York Times,
 * four-line titles had dropped to 10 px to fit rows of three lines beside 12-px cards, where a
 * row could as well have taken the fourth line.
 */
class CardTypeSizeTest {

    private static final Dataset WEEK = BundledSeeds.dataset();

    @Test
    void aLongTitleTakesAnotherLineRatherThanSmallerType() {
        for (String paper : List.of("nyt")) {
            ImageRequest request = ImageRequest.of(View.TIMELINE, ImageFormat.PNG)
                    .withFilter(EventFilter.NONE.withSources(SourceFilter.includes(paper))).resolvedFor(WEEK);
            TimelineFigure figure = TimelineFigure.standalone(Selection.of(WEEK, request), 1600, Theme.LIGHT);
            TypeProbe probe = new TypeProbe((int) figure.width(), (int) Math.min(figure.height(), 4000));
            figure.paint(probe);
            List<TypeProbe.Text> titles = probe.texts.stream().filter(t -> t.text().contains("NATO leaders")).toList();
            assertFalse(titles.isEmpty(), paper + ": the NATO leaders' cards are drawn");
            assertTrue(titles.stream().allMatch(t -> t.size() >= 11.99), paper + ": " + titles);
        }
    }
}
