package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.EventFilter;
import org.parley.model.Position;
import org.parley.model.SourceFilter;
import org.parley.model.Stance;

/**
 * positions.csv of a papers filter holds the stances that paper reports, as the positions board shows
 * them. Filtered to the Post, it had every stance of the Post's events, the Times' alone among them:
 * "NATO allies: rejects" on a demand only the Times reported.
 */
class CsvPositionsPapersTest {

    @TempDir
    Path dir;

    @Test
    void filteredToOnePaperThePositionsAreThePapersOwn() throws Exception {
        Dataset week = ExportFixtures.seeds();
        SourceFilter post = SourceFilter.includes("wapo");
        EventFilter filter = EventFilter.NONE.withSources(post);
        new DataExport().export(week, DataFormat.CSV, dir, filter, Overwrite.NOTHING);
        CsvTable positions = CsvTable.read(dir.resolve("positions.csv"));

        Set<String> kept = new LinkedHashSet<>();
        week.events().stream().filter(filter.in(week)).forEach(e -> kept.add(e.id()));
        Set<String> board = new LinkedHashSet<>();
        for (Position p : week.positions()) {
            if (p.concernsAny(kept::contains)) {
                for (Stance s : p.stancesReported(post, week.sources().size())) {
                    board.add(p.id() + " " + s.actor());
                }
            }
        }
        Set<String> written = new LinkedHashSet<>();
        for (Map<String, String> row : positions.rows()) {
            written.add(row.get("position") + " " + row.get("party"));
            assertTrue(row.get("evidence").contains("wapo: "), "a stance the Post reports: " + row);
        }
        assertEquals(board, written, "the rows are the board's cells");
        assertFalse(written.contains("pos-stop-enlargement nato-allies"), "the allies' rejection, in the Times alone");
        assertTrue(written.contains("pos-stop-enlargement russia"), "Russia's demand, which the Post reports");
        String about = Files.readString(dir.resolve(CsvExporter.ABOUT));
        assertTrue(about.contains("positions.csv: " + written.size() + " rows (one per position and party; only the"
                + " stances the filtered papers report"), about);
    }

    /** With no papers filter every stance is written, as before. */
    @Test
    void withNoPapersFilterEveryStanceIsWritten() throws Exception {
        Dataset week = ExportFixtures.seeds();
        new DataExport().export(week, DataFormat.CSV, dir, EventFilter.NONE, Overwrite.NOTHING);
        int stances = week.positions().stream().mapToInt(p -> p.parties().size()).sum();
        assertEquals(stances, CsvTable.read(dir.resolve("positions.csv")).rows().size());
        assertTrue(List.of(Files.readString(dir.resolve(CsvExporter.ABOUT)).split("\n"))
                .contains("positions.csv: " + stances + " rows (one per position and party)"));
    }
}
