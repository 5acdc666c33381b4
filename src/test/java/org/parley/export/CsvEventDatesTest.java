package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * about.txt tells a researcher who has only the CSV folder how to read events.csv's dates and how to open
 * the files: "2021-09" with precision "season" is the fall of 2021, not September, and Python's csv module
 * keeps the byte-order mark in the first column's name unless told of it.
 */
class CsvEventDatesTest {

    @TempDir
    Path dir;

    /** Every precision the week's rows carry is explained, with the shape its start takes. */
    @Test
    void aboutExplainsEachPrecisionTheRowsCarry() throws Exception {
        new DataExport().export(ExportFixtures.seeds(), DataFormat.CSV, dir);
        List<Map<String, String>> events = CsvTable.read(dir.resolve("events.csv")).rows();
        String about = Files.readString(dir.resolve(CsvExporter.ABOUT));

        TreeSet<String> precisions = new TreeSet<>();
        events.forEach(row -> precisions.add(row.get("precision")));
        assertTrue(precisions.containsAll(List.of("decade", "season", "month", "day")), precisions.toString());
        for (String precision : precisions) {
            assertTrue(about.contains("\n      " + precision + ": ") || about.contains("\r\n      " + precision + ": "),
                    "about.txt explains precision " + precision + ":\n" + about);
        }
        Map<String, String> fall = events.stream().filter(r -> r.get("id").equals("bg-missions-shut")).findFirst()
                .orElseThrow();
        assertTrue(fall.get("start").equals("2021-09") && fall.get("precision").equals("season"), fall.toString());
        assertTrue(about.contains("season: 2021-09, its first month"), about);
        assertTrue(about.contains("zone: ") && about.contains("never UTC"), about);
        assertTrue(about.contains("end: ") && about.contains("inclusive"), about);
    }

    /** The byte-order mark Excel needs is named, with how Python and R read past it. */
    @Test
    void aboutSaysHowToOpenTheFilesInPythonAndR() throws Exception {
        new DataExport().export(ExportFixtures.seeds(), DataFormat.CSV, dir);
        assertTrue(Files.readString(dir.resolve("events.csv")).startsWith("\uFEFFid,"));
        String about = Files.readString(dir.resolve(CsvExporter.ABOUT));

        assertTrue(about.contains("byte-order mark"), about);
        assertTrue(about.contains("encoding=\"utf-8-sig\""), about);
        assertTrue(about.contains("fileEncoding = \"UTF-8-BOM\""), about);
    }
}
