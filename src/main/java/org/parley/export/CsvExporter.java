package org.parley.export;

import org.parley.model.Actor;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.Evidence;
import org.parley.model.Participant;
import org.parley.model.Place;
import org.parley.model.Position;
import org.parley.model.Quote;
import org.parley.model.Reading;
import org.parley.model.Source;
import org.parley.model.Stance;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes events, quotes, the positions board, the divergences, the actors, the places and the
 * sources as seven RFC 4180 CSV files a spreadsheet opens, {@code events.csv}, {@code quotes.csv},
 * {@code positions.csv}, {@code divergences.csv}, {@code actors.csv}, {@code places.csv} and
 * {@code sources.csv}, with {@value #ABOUT} saying what
 * they are of (and, for some of the events, which filter chose them), in the given folder, all or
 * nothing. A UTF-8 byte-order mark tells Excel the encoding, so the papers' curly quotes and
 * dashes survive.
 */
public final class CsvExporter implements FileExporter {

    private static final List<String> EVENT_COLUMNS = List.of("id", "date", "start", "end", "precision", "zone",
            "order", "title", "summary", "kind", "cameo", "track", "place", "refers", "actors", "sources",
            "evidence", "inferred", "note", "modality", "basis", "actor_ids", "evidence_spans", "place_id", "refers_ids");
    private static final List<String> QUOTE_COLUMNS = List.of("id", "event", "event_title", "speaker",
            "speaker_name", "source", "publisher", "text", "start", "end");
    private static final List<String> POSITION_COLUMNS = List.of("position", "title", "kind", "by", "by_name",
            "party", "party_name", "stance", "evidence", "events", "position_evidence");
    private static final List<String> DIVERGENCE_COLUMNS = List.of("divergence", "topic", "source", "publisher", "text",
            "start", "end", "events", "note");
    private static final List<String> ACTOR_COLUMNS = List.of("id", "name", "aliases", "kind", "group", "affiliation",
            "role", "note");
    private static final List<String> PLACE_COLUMNS = List.of("id", "name", "kind", "lat", "lon", "country", "within",
            "events_at", "events_about", "note");
    private static final List<String> SOURCE_COLUMNS = List.of("id", "publisher", "title", "published", "dateline",
            "language", "url", "file");

    /**
     * How events.csv's dates read, for about.txt: "2021-09" is the fall of 2021 when its precision is season, and
     * the folder is often all a researcher is sent, without docs/exchange-format.md.
     */
    private static final String EVENT_DATE_COLUMNS_TEXT = """
            date: the date as the timeline labels it ("Wed 12 Jan 2022", "fall 2021", "1990s")
            start, end: the same date for a program, no finer than the papers give it, in the local
              time of zone (never UTC); end: the last period, inclusive, empty when there is one.
              Read start with precision, which says its grain:
                decade: 1990, the first year (the 1990s)
                year: 2014
                season: 2021-09, its first month (fall 2021: three months unless end says otherwise)
                month: 2021-12
                day: 2022-01-12
                hour: 2022-01-12T14
                minute: 2022-01-12T14:30 (hours and minutes only where the papers give the time)
            zone: the IANA time zone of the place where it happened (Europe/Brussels)
            order: its position among its day's events (1, 2, …); 0 for background
            """;

    /**
     * The byte-order mark Excel needs stays in the first column's name for Python's csv module and R's read.csv
     * ("X.U.FEFF.id"), so a researcher's row["id"] fails until told.
     */
    private static final String ENCODING_TEXT = """
            Every .csv file is UTF-8 with a byte-order mark, so that Excel shows the papers' curly quotes
            and dashes. In Python open it with encoding="utf-8-sig" (pandas needs nothing); in R use
            read.csv(file, fileEncoding = "UTF-8-BOM") (readr needs nothing).
            """;

    /** What each column of sources.csv holds, for about.txt. */
    private static final String SOURCE_COLUMNS_TEXT = """
            id: the id quotes.csv and divergences.csv give in source, and events.csv in sources and
              before each passage's offsets in evidence_spans
            title: the article's headline; published: its date, YYYY-MM-DD; dateline: where it was
              filed from, as the paper prints it; language: its language code
            url: where it was published, empty when the dataset gives no address
            file: the article's text beside the dataset, whose characters the start and end offsets
              in quotes.csv, divergences.csv and evidence_spans count, in UTF-16 code units (as Java
              and JavaScript count them; Python and R count code points, which differ only after a
              character outside the Basic Multilingual Plane, such as an emoji)
            """;

    /** The tables, in the order they are written. */
    public static final List<String> TABLES = List.of("events.csv", "quotes.csv", "positions.csv", "divergences.csv",
            "actors.csv", "places.csv", "sources.csv");

    /** Writes the tables and {@value #ABOUT} to {@code folder}; returns their paths. */
    @Override
    public List<Path> export(Dataset data, Path folder, Overwrite overwrite, BooleanSupplier cancelled) {
        return export(data, folder, overwrite, cancelled, Optional.empty());
    }

    /**
     * As {@link #export(Dataset, Path, Overwrite, BooleanSupplier)}, with only the stances
     * whose own passages {@code reported} accepts in positions.csv (a papers filter), as the positions board
     * shows them: a paper reporting the meeting does not report every party's stance taken there.
     */
    public List<Path> export(Dataset data, Path folder, Overwrite overwrite, BooleanSupplier cancelled,
                             Optional<Predicate<List<Evidence>>> reported) {
        return export(data, folder, overwrite, cancelled, reported, Optional.empty());
    }

    /**
     * As {@link #export(Dataset, Path, Overwrite, BooleanSupplier, Optional)}; {@code quotesOf}
     * names the one paper whose quotations {@code data} was cut down to, for about.txt to say so.
     */
    public List<Path> export(Dataset data, Path folder, Overwrite overwrite, BooleanSupplier cancelled,
                             Optional<Predicate<List<Evidence>>> reported, Optional<String> quotesOf) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ExportException(folder + (Files.isRegularFile(folder) ? " is a file" : " is a device or a pipe")
                    + "; CSV export needs a folder for " + String.join(", ", TABLES) + ".");
        }
        OutputFile.requireParent(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw OutputFile.folderFailure(folder, e);
        }
        Path events = folder.resolve("events.csv");
        Path quotes = folder.resolve("quotes.csv");
        Path positions = folder.resolve("positions.csv");
        Path divergences = folder.resolve("divergences.csv");
        Path actors = folder.resolve("actors.csv");
        Path places = folder.resolve("places.csv");
        Path sources = folder.resolve("sources.csv");
        Path about = folder.resolve(ABOUT);
        List<List<String>> positionRows = positionRows(data, reported.orElse(passages -> true));
        // All or none: a full disk must not leave a new events.csv beside an old quotes.csv.
        try (AtomicFiles.Batch batch = AtomicFiles.batch(overwrite, cancelled)) {
            batch.file(events, content(EVENT_COLUMNS,
                    data.eventsInNarrativeOrder().stream().map(e -> eventRow(data, e)).toList()));
            batch.file(quotes, content(QUOTE_COLUMNS, data.quotes().stream().map(q -> quoteRow(data, q)).toList()));
            batch.file(positions, content(POSITION_COLUMNS, positionRows));
            batch.file(divergences, content(DIVERGENCE_COLUMNS, divergenceRows(data)));
            batch.file(actors, content(ACTOR_COLUMNS, data.actors().stream().map(CsvExporter::actorRow).toList()));
            batch.file(places, content(PLACE_COLUMNS, PlaceRows.of(data)));
            batch.file(sources, content(SOURCE_COLUMNS, data.sources().stream().map(CsvExporter::sourceRow).toList()));
            batch.file(about, out -> out.write(about(data, positionRows.size(), reported.isPresent(), quotesOf)
                    .getBytes(StandardCharsets.UTF_8)));
            batch.commit();
        }
        return List.of(events, quotes, positions, divergences, actors, places, sources, about);
    }

    /** The file beside the tables that says what they hold. */
    public static final String ABOUT = "about.txt";

    /**
     * What the tables are of: the dataset's title and description (which a filtered export opens
     * with its filter, "Filtered: kind Reaction; …"), the sources and the counts. CSV has no place
     * for a title, and a subset must not pass for the whole once the files are passed on.
     */
    private static String about(Dataset data, int positionRows, boolean papersFiltered, Optional<String> quotesOf) {
        String nl = System.lineSeparator();
        return data.title() + nl + nl
                + (data.description().isBlank() ? "" : data.description() + nl + nl)
                + Credits.line(data) + nl
                + Credits.each(data).stream().map(line -> "  " + line + nl).collect(Collectors.joining()) + nl
                + ENCODING_TEXT.replace("\n", nl) + nl
                + "events.csv: " + CountText.count(data.events().size(), "event") + nl
                + EVENT_DATE_COLUMNS_TEXT.indent(2).replace("\n", nl)
                + "quotes.csv: " + CountText.count(data.quotes().size(), "quote")
                + quotesOf.map(paper -> " (only those " + paper + " prints, as the slides show them: the other papers'"
                        + " quotations of the same events are left out)").orElse("") + nl
                + "positions.csv: " + CountText.count(positionRows, "row")
                + " (one per position and party"
                + (papersFiltered ? "; only the stances the filtered papers report, as the positions board shows them" : "")
                + ")" + nl
                + "divergences.csv: " + CountText.count(data.divergences().size(), "divergence")
                + " (one row per paper's reading)" + nl
                + "actors.csv: " + CountText.count(data.actors().size(), "actor")
                + " (every actor of the dataset, filtered or not: the names behind the ids in actor_ids, speaker, by"
                + " and party)" + nl
                + "places.csv: " + CountText.count(data.places().size(), "place")
                + " (" + PlaceRows.scope(data) + ")" + nl
                + PlaceRows.COLUMNS_TEXT.indent(2).replace("\n", nl)
                + "sources.csv: " + CountText.count(data.sources().size(), "source")
                + " (the articles the passages come from: headline, date, address)" + nl
                + SOURCE_COLUMNS_TEXT.indent(2).replace("\n", nl);
    }

    /** A paper as a row, so passages can be joined to their headline, date and address by the source id. */
    private static List<String> sourceRow(Source s) {
        return List.of(s.id(), s.publisher(), s.title(), s.published().toString(), s.dateline(), s.language(), s.url(),
                s.file());
    }

    /**
     * One row per position and party, the proposer first; a cell is the stance and what says so.
     * Every row also carries the words that state the position itself: a proposer with a stance of
     * its own would otherwise hide them (the Post's only passage of a demand, in one case). Its
     * events are those in the export: of filtered events, one filtered out is in no other file.
     * A stance {@code reported} turns down (its passages are not the filtered papers') has no row.
     */
    private static List<List<String>> positionRows(Dataset data, Predicate<List<Evidence>> reported) {
        List<List<String>> rows = new ArrayList<>();
        for (Position p : data.positions()) {
            String stated = p.evidence().stream().map(ev -> EvidenceNotes.describe(data, ev))
                    .collect(Collectors.joining(" | "));
            for (String party : p.parties()) {
                Stance s = p.effectiveStance(party).orElseThrow();
                if (!reported.test(s.evidence())) {
                    continue;
                }
                rows.add(List.of(p.id(), p.title(), p.kind().id(), p.by(), name(data, p.by()), party,
                        name(data, party), s.stance().id(),
                        s.evidence().stream().map(ev -> EvidenceNotes.describe(data, ev))
                                .collect(Collectors.joining(" | ")),
                        String.join("; ", p.events().stream().filter(id -> data.event(id).isPresent()).toList()), stated));
            }
        }
        return rows;
    }

    /**
     * One row per reading: a comparison of the two papers is its readings side by side, each with the
     * paper's words and where they stand, as quotes.csv gives a quotation's.
     */
    private static List<List<String>> divergenceRows(Dataset data) {
        List<List<String>> rows = new ArrayList<>();
        for (Divergence d : data.divergences()) {
            String events = String.join("; ", d.events().stream().filter(id -> data.event(id).isPresent()).toList());
            for (Reading r : d.readings()) {
                rows.add(List.of(d.id(), d.topic(), r.source(), data.source(r.source()).map(s -> s.publisher()).orElse(""),
                        r.text(), Integer.toString(r.span().start()), Integer.toString(r.span().end()), events, d.note()));
            }
        }
        return rows;
    }

    private static List<String> actorRow(Actor a) {
        return List.of(a.id(), a.name(), String.join("; ", a.aliases()), a.kind().name().toLowerCase(Locale.ROOT),
                a.group().id(), a.affiliation(), a.role(), a.note());
    }

    /** The event's sources in the dataset's order, so one pair of papers is one value to sort or group by ("wapo; nyt"). */
    private static String sourcesInDatasetOrder(Dataset data, Event e) {
        Set<String> cited = e.evidence().stream().map(Evidence::source).collect(Collectors.toSet());
        return data.sources().stream().map(Source::id).filter(cited::contains)
                .collect(Collectors.joining("; "));
    }

    private static String name(Dataset data, String actor) {
        return data.actor(actor).map(Actor::name).orElse(actor);
    }

    private static List<String> eventRow(Dataset data, Event e) {
        return List.of(e.id(), e.time().label(), e.time().startText(), e.time().endText(),
                e.time().precision().name().toLowerCase(Locale.ROOT), e.time().zone().getId(),
                Integer.toString(e.order()), e.title(), e.summary(), e.kind().id(), e.cameo(), e.track().label(),
                data.place(e.place()).map(Place::name).orElse(""),
                e.refers().stream().map(id -> data.place(id).map(Place::name).orElse(id)).collect(Collectors.joining("; ")),
                e.actors().stream().map(p -> actorName(data, p)).collect(Collectors.joining("; ")),
                sourcesInDatasetOrder(data, e),
                e.evidence().stream().map(ev -> EvidenceNotes.describe(data, ev)).collect(Collectors.joining(" | ")),
                Boolean.toString(e.inferred()), e.note(), e.modality().id(), EvidenceNotes.basis(data, e),
                // Ids to join with quotes.csv and actors.csv, and where each passage stands, as quotes.csv has it.
                e.actors().stream().map(Participant::actor).collect(Collectors.joining("; ")),
                e.evidence().stream().map(ev -> ev.source() + ":" + ev.span().start() + "-" + ev.span().end())
                        .collect(Collectors.joining(" | ")),
                // The places' ids, to join with the GeoJSON's places and their coordinates: a name is no key
                // ("NATO headquarters, Brussels" holds the comma a split on names breaks at).
                e.place(), String.join("; ", e.refers()));
    }

    private static String actorName(Dataset data, Participant p) {
        String name = data.actor(p.actor()).map(Actor::name).orElse(p.actor());
        return p.role().isEmpty() ? name : name + " (" + p.role() + ")";
    }

    private static List<String> quoteRow(Dataset data, Quote q) {
        return List.of(q.id(), q.event(), data.event(q.event()).map(Event::title).orElse(""), q.speaker(),
                data.actor(q.speaker()).map(Actor::name).orElse(""), q.source(),
                data.source(q.source()).map(s -> s.publisher()).orElse(""), q.text(),
                Integer.toString(q.span().start()), Integer.toString(q.span().end()));
    }

    private static AtomicFiles.Content content(List<String> header, List<List<String>> rows) {
        return out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            writeRow(w, header);
            for (List<String> row : rows) {
                writeRow(w, row);
            }
            w.flush();
        };
    }

    private static void writeRow(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(escape(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String escape(String cell) {
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('\t') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        String safe = FormulaGuard.asText(cell);
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
