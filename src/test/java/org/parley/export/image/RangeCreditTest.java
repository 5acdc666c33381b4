package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.SyntheticDataAccess;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.seed.BundledSeeds;

/**
 * A map or network of the focus period says so in its credit line: with no axis to show its range, the
 * default export of the map counted "the 57 events shown" where the explorer's map counts 64, and nothing
 * in the picture said that the seven of the background had been left out.
 */
class RangeCreditTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private static final String NOTE = "Only events of 9\u201313 Jan 2022: 7 others left out";

    @Test
    void aMapOrNetworkOfTheFocusPeriodSaysWhatItLeavesOut() {
        for (View view : List.of(View.MAP, View.ACTORS)) {
            String credit = Selection.of(WEEK, ImageRequest.of(view, ImageFormat.PNG).resolvedFor(WEEK)).credit();
            assertEquals("Sources: The Washington Post, The New York Times, 12 Jan 2022 \u00B7 " + NOTE, credit, view.label());
        }
    }

    @Test
    void theNoteCountsWhatTheFiltersWouldHaveKept() {
        ImageRequest proposals = ImageRequest.of(View.MAP, ImageFormat.PNG)
                .withFilter(EventFilter.NONE.withKinds(Set.of(EventKind.PROPOSAL))).resolvedFor(WEEK);
        String credit = Selection.of(WEEK, proposals).credit();
        assertTrue(credit.endsWith("Filtered: kind Proposal or demand \u00B7 Only events of 9\u201313 Jan 2022: 1 other left out"),
                credit);
    }

    @Test
    void nothingIsSaidWhenNothingIsLeftOutOrAnAxisSaysTheRange() {
        assertFalse(Selection.of(WEEK, ImageRequest.of(View.MAP, ImageFormat.PNG).withEverything()).credit()
                .contains("left out"), "everything drawn");
        assertFalse(Selection.of(WEEK, ImageRequest.of(View.TIMELINE, ImageFormat.PNG).resolvedFor(WEEK)).credit()
                .contains("left out"), "the timeline's axis says its days");
    }

    /** The generated 10,000 events' map said "9661 others left out" under a title of "10,000 events". */
    @Test
    void aLargeCountIsWrittenWithItsThousandsSeparated() {
        Dataset many = SyntheticDataAccess.generated(10_000);
        String credit = Selection.of(many, ImageRequest.of(View.MAP, ImageFormat.PNG).resolvedFor(many)).credit();
        assertTrue(credit.matches(".*: \\d{1,3}(,\\d{3})+ others left out"), credit);
    }

    @Test
    void theMapsFileSaysIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("map.svg");
        new ImageExport().export(WEEK, ImageRequest.of(View.MAP, ImageFormat.SVG), out);
        assertTrue(SvgText.of(out).stream().anyMatch(t -> t.contains(NOTE)), "the credit line in the SVG");
    }
}
