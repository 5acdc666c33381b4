package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Source;

/** sources.csv: the headline, date and address behind the source id every passage gives. */
class CsvSourcesTest {

    @TempDir
    Path dir;

    /** Each quotation joins to its paper, and the paper's file holds its words where the offsets say. */
    @Test
    void theWeeksPassagesJoinToTheirPapers() throws Exception {
        Dataset week = ExportFixtures.seeds();
        new DataExport().export(week, DataFormat.CSV, dir);
        CsvTable sources = CsvTable.read(dir.resolve("sources.csv"));
        CsvTable quotes = CsvTable.read(dir.resolve("quotes.csv"));

        assertEquals(List.of("wapo", "nyt"), sources.column("id"));
        Map<String, String> nyt = sources.row("id", "nyt");
        assertEquals(List.of("The New York Times", "NATO and Russia Talk Frankly, but Past One Another for Now",
                "2022-01-12", "Brussels", "en", "003_c2d23156fd46c7ba.txt"), List.of(nyt.get("publisher"), nyt.get("title"),
                nyt.get("published"), nyt.get("dateline"), nyt.get("language"), nyt.get("file")));
        for (Map<String, String> quote : quotes.rows()) {
            Map<String, String> paper = sources.row("id", quote.get("source"));
            assertEquals(quote.get("publisher"), paper.get("publisher"));
            String text = Files.readString(Path.of("seeds").resolve(paper.get("file")), StandardCharsets.UTF_8);
            assertEquals(quote.get("text"), text.substring(Integer.parseInt(quote.get("start")),
                    Integer.parseInt(quote.get("end"))), quote.get("id"));
        }
        Set<String> cited = new HashSet<>();
        CsvTable.read(dir.resolve("events.csv")).rows().forEach(r -> cited.addAll(List.of(r.get("sources").split("; "))));
        CsvTable.read(dir.resolve("divergences.csv")).rows().forEach(r -> cited.add(r.get("source")));
        assertTrue(new HashSet<>(sources.column("id")).containsAll(cited), "every paper a row names: " + cited);
        String about = Files.readString(dir.resolve(CsvExporter.ABOUT));
        assertTrue(about.contains("sources.csv: 2 sources (") && about.contains("url: "), about);
        // A researcher slicing the texts in Python or R must know what the offsets count.
        assertTrue(about.contains("UTF-16 code units"), about);
    }

    /** A filtered set lists only the papers its rows cite, as its credit line does. */
    @Test
    void aFilteredExportListsOnlyThePapersItsRowsCite() {
        Dataset data = twoPapers(ExportFixtures.tiny().sources().get(0));
        new DataExport().export(data, DataFormat.CSV, dir, e -> e.id().equals("tricky"));

        assertEquals(List.of("paper"), CsvTable.read(dir.resolve("sources.csv")).column("id"));
    }

    @Test
    void aHostileHeadlineAndAddressStayText() {
        Source given = ExportFixtures.tiny().sources().get(0);
        Source hostile = new Source(given.id(), "@Daily, \"Bugle\"", "=cmd|' /C calc'!A0", given.published(),
                "-Brussels\r\n", given.language(), given.file(), given.text(), given.parts(),
                "=HYPERLINK(\"https://evil.invalid\")");
        new DataExport().export(twoPapers(hostile), DataFormat.CSV, dir);
        Map<String, String> row = CsvTable.read(dir.resolve("sources.csv")).row("id", "paper");

        assertEquals(List.of("'@Daily, \"Bugle\"", "'=cmd|' /C calc'!A0", "'-Brussels\r\n",
                "'=HYPERLINK(\"https://evil.invalid\")", "2022-01-12"), List.of(row.get("publisher"), row.get("title"),
                row.get("dateline"), row.get("url"), row.get("published")));
    }

    /** The tiny set with {@code paper} and a second paper that only the placeless event cites. */
    private static Dataset twoPapers(Source paper) {
        Dataset tiny = ExportFixtures.tiny();
        Source other = new Source("other", "The Other Paper", "Elsewhere", LocalDate.of(2022, 1, 13), "", "en",
                "other.txt", paper.text(), List.of(), "https://example.org/elsewhere");
        var nowhere = tiny.events().get(1);
        var citingOther = new Event(nowhere.id(), nowhere.title(), nowhere.summary(), nowhere.time(),
                nowhere.order(), nowhere.place(), nowhere.refers(), nowhere.kind(), nowhere.cameo(), nowhere.track(),
                nowhere.actors(), List.of(new Evidence("other", "fine", nowhere.evidence().get(0).span())),
                nowhere.inferred(), nowhere.note());
        return new Dataset(tiny.title(), tiny.description(), List.of(paper, other), tiny.actors(), tiny.places(),
                List.of(tiny.events().get(0), citingOther), tiny.quotes(), tiny.divergences());
    }
}
