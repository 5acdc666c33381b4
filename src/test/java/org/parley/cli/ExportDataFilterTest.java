package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley export-data} with the explorer's filters: what is kept, what is said, what is refused. */
class ExportDataFilterTest {

    @TempDir
    Path tmp;

    private Path db;

    @BeforeEach
    void seed() {
        db = tmp.resolve("p.db");
        assertEquals(0, CliRun.of("import", "--db", db.toString()).exit());
    }

    private CliRun run(String... args) {
        return CliRun.on(db, "export-data", args);
    }

    /** Rows of events.csv after the header: one event a row, as the CSV's own test reads it. */
    private static List<String> eventIds(Path folder) throws Exception {
        List<String> lines = Files.readAllLines(folder.resolve("events.csv"));
        return lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList();
    }

    @Test
    void anActorAndAKindKeepOnlyTheirEventsAndTheFilesSaySo() throws Exception {
        Path out = tmp.resolve("grushko");
        CliRun r = run("--format", "csv", "--out", out.toString(), "--actor", "grushko", "--kind", "statement");
        assertEquals(0, r.exit(), r.err());
        List<String> ids = eventIds(out);
        assertFalse(ids.isEmpty());
        assertTrue(ids.stream().allMatch(id -> id.contains("grushko")), ids.toString());
        assertFalse(ids.contains("nrc-meeting"), "a meeting is not a statement");
        assertTrue(Files.readString(out.resolve("about.txt")).contains("Filtered: actor Alexander Grushko; kind Statement"));
        assertTrue(r.out().contains(ids.size() + " event" + (ids.size() == 1 ? "" : "s") + " of 64 kept by the filters"),
                r.out());
        // Quotes go with their events: none of another speaker's events is left in.
        for (String line : Files.readAllLines(out.resolve("quotes.csv")).subList(1, Files.readAllLines(
                out.resolve("quotes.csv")).size())) {
            assertTrue(ids.stream().anyMatch(line::contains), line);
        }
    }

    /**
     * The files name the actors as the Filters pane lists them, by surname: sorted as text, about.txt and the GeoJSON's
     * description had said "Dmitry Peskov, Kaja Kallas", by first name.
     */
    @Test
    void theFilesNameTheActorsBySurname() throws Exception {
        Path csv = tmp.resolve("csv");
        assertEquals(0, run("--format", "csv", "--out", csv.toString(), "--actor", "peskov", "--actor", "kallas").exit());
        assertTrue(Files.readString(csv.resolve("about.txt")).contains("Filtered: actors Kaja Kallas, Dmitry Peskov."),
                Files.readString(csv.resolve("about.txt")));
        Path geo = tmp.resolve("week.geojson");
        assertEquals(0, run("--format", "geojson", "--out", geo.toString(), "--actor", "peskov", "--actor", "kallas").exit());
        assertTrue(Files.readString(geo).contains("Filtered: actors Kaja Kallas, Dmitry Peskov."), Files.readString(geo));
    }

    /** --reported-by narrows to one paper as the Filters pane's "Reported by" does, with its quotations alone. */
    @Test
    void reportedByKeepsOnePapersEventsAndQuotations() throws Exception {
        Path out = tmp.resolve("post");
        CliRun r = run("--format", "csv", "--out", out.toString(), "--reported-by", "wapo");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(out.resolve("about.txt")).contains("Filtered: reported by The Washington Post"));
        List<String> quotes = Files.readAllLines(out.resolve("quotes.csv"));
        assertTrue(quotes.size() > 1);
        assertTrue(quotes.subList(1, quotes.size()).stream().allMatch(l -> l.contains(",wapo,")), quotes.toString());
        CliRun wrong = run("--format", "csv", "--out", tmp.resolve("x").toString(), "--reported-by", "wapoo");
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("--reported-by: \"wapoo\" is not an id in the dataset; did you mean \"wapo\""), wrong.err());
    }

    /**
     * The Filters pane's other two papers' choices, "Reported by both" and "Reported by only one", where the two
     * papers are compared: --reported-by took a source id alone, so a researcher could export only from the window
     * what one paper told and the other did not.
     */
    @Test
    void reportedByBothOrOneKeepsWhatThePapersShareOrDoNot() throws Exception {
        Path one = tmp.resolve("one");
        CliRun r = run("--format", "csv", "--out", one.toString(), "--reported-by", "one");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("53 events of 64 kept by the filters."), r.out());
        assertTrue(Files.readString(one.resolve("about.txt")).contains("Filtered: reported by one paper only"));
        Path both = tmp.resolve("both");
        CliRun b = run("--format", "csv", "--out", both.toString(), "--reported-by", "both");
        assertEquals(0, b.exit(), b.err());
        List<String> ids = eventIds(both);
        assertEquals(11, ids.size(), ids.toString());
        assertTrue(ids.contains("nrc-meeting"), ids.toString());
        assertTrue(Files.readString(both.resolve("about.txt")).contains("Filtered: reported by every paper"),
                Files.readString(both.resolve("about.txt")));
        CliRun wrong = run("--format", "csv", "--out", tmp.resolve("x").toString(), "--reported-by", "neither");
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("Known ids: wapo, nyt; or both, one."), wrong.err());
    }

    /** --all-actors keeps what the actors share, as a line of the actor network and the Filters pane's "all" do. */
    @Test
    void allActorsKeepsOnlyTheEventsTheyShareAndTheFilesSaySo() throws Exception {
        Path out = tmp.resolve("shared");
        CliRun r = run("--format", "csv", "--out", out.toString(), "--actor", "sherman", "--actor", "ryabkov",
                "--all-actors");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("geneva-talks"), eventIds(out));
        assertTrue(Files.readString(out.resolve("about.txt"))
                .contains("Filtered: events shared by Sergei A. Ryabkov and Wendy Sherman"), Files.readString(out.resolve("about.txt")));
        assertTrue(r.out().contains("1 event of 64 kept by the filters"), r.out());
        Path either = tmp.resolve("either");
        assertEquals(0, run("--format", "csv", "--out", either.toString(), "--actor", "sherman", "--actor", "ryabkov").exit());
        assertTrue(eventIds(either).size() > 1, "without --all-actors, either one's events");
    }

    /** --all-actors with one actor or none would keep what that one has or everything, unsaid: refused. */
    @Test
    void allActorsWithoutTwoActorsIsRefused() {
        Path out = tmp.resolve("one");
        CliRun r = run("--format", "csv", "--out", out.toString(), "--actor", "sherman", "--all-actors");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--all-actors keeps the events several actors share: give two or more --actor "
                + "(only \"sherman\" was given)."), r.err());
        assertFalse(Files.exists(out));
        CliRun none = CliRun.on(db, "export-image", "--view", "timeline", "--format", "png", "--all-actors", "--out",
                tmp.resolve("x.png").toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("give two or more --actor."), none.err());
    }

    /**
     * Actors who share no event: export-image said only "No events match the filters and range" and handout "the
     * filters leave none"; both now name the filter, as export-data does, and write nothing.
     */
    @Test
    void everyCommandNamesTheFilterThatKeepsNothing() {
        String named = "no event passes the filters (events shared by Aleksandr V. Fomin and Dmitry Peskov";
        Path png = tmp.resolve("shared.png");
        CliRun image = CliRun.on(db, "export-image", "--view", "timeline", "--format", "png", "--actor", "fomin",
                "--actor", "peskov", "--all-actors", "--out", png.toString());
        assertEquals(1, image.exit());
        assertTrue(image.err().contains(named), image.err());
        assertTrue(image.err().contains("nothing was written"), image.err());
        assertFalse(Files.exists(png));
        Path pdf = tmp.resolve("shared.pdf");
        CliRun handout = CliRun.on(db, "handout", "--actor", "fomin", "--actor", "peskov", "--all-actors",
                "--out", pdf.toString());
        assertEquals(1, handout.exit());
        assertTrue(handout.err().contains(named + ")"), handout.err());
        assertFalse(Files.exists(pdf));
        Path csv = tmp.resolve("shared");
        CliRun data = run("--format", "csv", "--out", csv.toString(), "--actor", "fomin", "--actor", "peskov", "--all-actors");
        assertTrue(data.err().contains(named + ")"), "one wording: " + data.err());
    }

    @Test
    void daysKeepTheEventsThatReachIntoThem() throws Exception {
        Path out = tmp.resolve("vienna");
        CliRun r = run("--format", "csv", "--out", out.toString(), "--from", "2022-01-13", "--to", "2022-01-13",
                "--place", "vienna");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("osce-vienna"), eventIds(out));
    }

    /**
     * "What happened on 12 January": the events dated to that day, and a line counting those dated only to the
     * month that overlap it, which --roughly-dated keeps (decision 0167). It kept 52 of 64 without a word.
     */
    @Test
    void oneDayKeepsItsOwnEventsAndCountsTheMonthDated() throws Exception {
        Path day = tmp.resolve("day");
        CliRun r = run("--format", "csv", "--out", day.toString(), "--from", "2022-01-12", "--to", "2022-01-12");
        assertEquals(0, r.exit(), r.err());
        assertEquals(36, eventIds(day).size(), "the events dated to the 12th");
        assertFalse(eventIds(day).contains("bg-troop-buildup"), "not one dated only to January 2022");
        assertTrue(r.out().contains("36 events of 64 kept by the filters.\n16 more dated only to a month or coarser "
                + "overlap these days; --roughly-dated keeps them."), r.out());

        Path rough = tmp.resolve("rough");
        CliRun with = run("--format", "csv", "--out", rough.toString(), "--from", "2022-01-12", "--to", "2022-01-12",
                "--roughly-dated");
        assertEquals(0, with.exit(), with.err());
        assertEquals(52, eventIds(rough).size());
        assertTrue(with.out().contains("52 events of 64 kept by the filters.\n16 of them dated only to a month or "
                + "coarser."), with.out());

        CliRun alone = run("--format", "csv", "--out", tmp.resolve("alone").toString(), "--roughly-dated");
        assertEquals(2, alone.exit());
        assertTrue(alone.err().contains("--roughly-dated keeps the events dated only to a month or coarser that overlap "
                + "the days of --from and --to: give either."), alone.err());
        assertFalse(Files.exists(tmp.resolve("alone")), "nothing was written");
    }

    @Test
    void jsonIsAlwaysWholeSoAFilterOnItIsRefused() throws Exception {
        Path out = tmp.resolve("cut.json");
        CliRun r = run("--format", "json", "--out", out.toString(), "--actor", "grushko");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--format json writes the whole dataset"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void jsonRefusedForAPaperFilterNamesThatOption() throws Exception {
        Path out = tmp.resolve("nyt.json");
        CliRun r = run("--format", "json", "--out", out.toString(), "--reported-by", "nyt");
        assertEquals(2, r.exit());
        // The refusal listed every filter option but the one given: --reported-by read as allowed with json.
        assertTrue(r.err().contains("--reported-by"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void filtersThatKeepNothingWriteNothing() throws Exception {
        Path out = tmp.resolve("none");
        CliRun r = run("--format", "csv", "--out", out.toString(), "--actor", "putin", "--from", "2030-01-01");
        assertEquals(1, r.exit(), "a refusal, as export-image and handout make it");
        assertTrue(r.err().contains("no event passes the filters (actor Vladimir Putin; from 1 Jan 2030 on)"), r.err());
        assertFalse(r.err().contains("--help"), "nothing was mistyped: " + r.err());
        assertFalse(Files.exists(out));
    }

    /** A mistyped id, one in capitals or a name offers the id meant, as search offers a word; nothing is written. */
    @Test
    void anUnknownIdOffersTheNearestIdsAndNames() {
        Path out = tmp.resolve("x");
        CliRun typo = run("--format", "csv", "--out", out.toString(), "--actor", "sherma");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("--actor: \"sherma\" is not an id in the dataset; did you mean \"sherman\" (Wendy Sherman)?"), typo.err());
        assertFalse(typo.err().contains("Known ids"), "a suggestion, not forty ids: " + typo.err());
        CliRun capitals = run("--format", "csv", "--out", out.toString(), "--actor", "Sherman", "--actor", "wendy", "--actor", "wendy-sherman",
                "--all-actors");
        assertEquals(2, capitals.exit());
        assertTrue(capitals.err().contains("--actor: \"Sherman\" is not an id in the dataset; did you mean \"sherman\" (Wendy Sherman)?"),
                capitals.err());
        assertTrue(capitals.err().contains("--actor: \"wendy\" is not an id in the dataset; did you mean \"sherman\" (Wendy Sherman)?"),
                "her first name finds her: " + capitals.err());
        assertTrue(capitals.err().contains("--actor: \"wendy-sherman\" is not an id in the dataset; did you mean \"sherman\" (Wendy Sherman)?"),
                "so does her name as an id: " + capitals.err());
        CliRun place = run("--format", "csv", "--out", out.toString(), "--place", "genva");
        assertEquals(2, place.exit());
        assertTrue(place.err().contains("--place: \"genva\" is not an id in the dataset; did you mean \"geneva\" (Geneva)?"), place.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void unknownIdsAndBadDaysAreUsageErrors() {
        CliRun place = run("--format", "csv", "--out", tmp.resolve("x").toString(), "--place", "narnia");
        assertEquals(2, place.exit());
        assertTrue(place.err().contains("--place: \"narnia\" is not an id in the dataset. Known ids: nato-hq, brussels"), place.err());
        CliRun empty = run("--format", "csv", "--out", tmp.resolve("x").toString(), "--place", "");
        assertTrue(empty.err().contains("--place: \"\" is not an id in the dataset. Known ids"), "an empty id is shown as one: " + empty.err());
        CliRun kind = run("--format", "csv", "--out", tmp.resolve("x").toString(), "--kind", "picnic");
        assertEquals(2, kind.exit());
        assertTrue(kind.err().contains("--kind: \"picnic\" is not a kind of event"), kind.err());
        CliRun backwards = run("--format", "csv", "--out", tmp.resolve("x").toString(), "--from", "2022-01-13",
                "--to", "2022-01-09");
        assertEquals(2, backwards.exit());
        assertTrue(backwards.err().contains("--to 2022-01-09 is before --from 2022-01-13"), backwards.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
