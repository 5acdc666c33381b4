package org.parley.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.export.image.Paper;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;

/**
 * The README tells a teacher how long the week's handout is before they print it for a class; the
 * numbers are the ones the Handout dialog shows for its defaults (A4, the background after the talks).
 * It said 50 pages one step a page where the dialog and {@code parley handout} said 49.
 */
class ReadmeHandoutPagesTest {

    private static final Pattern CLAIM =
            Pattern.compile("the week: (\\d+) pages one step a page, (\\d+) several");

    @Test
    void theReadmeGivesTheWeeksHandoutItsRealLength() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher claim = CLAIM.matcher(readme);
        assertTrue(claim.find(), "the README says how many pages the week's handout takes");
        Dataset week = BundledSeeds.dataset();
        HandoutPdf pdf = new HandoutPdf().onPaper(Paper.A4);
        int one = pdf.pages(week, week.events(), Optional.empty(), HandoutLayout.ONE_PER_PAGE, ContextPlacement.LAST);
        int compact = pdf.pages(week, week.events(), Optional.empty(), HandoutLayout.COMPACT, ContextPlacement.LAST);
        assertEquals(one + " pages one step a page, " + compact + " several",
                claim.group(1) + " pages one step a page, " + claim.group(2) + " several");
    }
}
