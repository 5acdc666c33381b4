package org.parley.seed;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.parley.model.Actor;
import org.parley.model.ActorGroup;
import org.parley.model.ActorKind;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Divergence;
import org.parley.model.Event;
import org.parley.model.EventKind;
import org.parley.model.Evidence;
import org.parley.model.Participant;
import org.parley.model.Place;
import org.parley.model.PlaceKind;
import org.parley.model.Precision;
import org.parley.model.Quote;
import org.parley.model.Reading;
import org.parley.model.Source;
import org.parley.model.Span;
import org.parley.model.TimeSpan;
import org.parley.model.Modality;
import org.parley.model.PartKind;
import org.parley.model.Position;
import org.parley.model.PositionKind;
import org.parley.model.SourcePart;
import org.parley.model.Stance;
import org.parley.model.StanceKind;
import org.parley.model.Track;

/**
 * Turns records, one located JSON tree each, into a {@link Dataset}, checking everything the
 * exchange format promises and collecting every problem. A record is mapped only once the
 * collections it refers to are complete (see {@link Collection}), so every reference points to a
 * collection already read.
 */
final class DatasetMapper {
    /** A CAMEO code: 2 to 4 ASCII digits. Checked without a pattern's matcher, as every event has one. */
    private static boolean cameoCode(String s) {
        if (s.length() < 2 || s.length() > 4) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Sources at most among which a text missing from its own is looked for ({@link #elsewhere}). */
    private static final int ELSEWHERE_AMONG = 8;
    private static final Pattern COUNTRY = Pattern.compile("(\\d{3})?");

    private final Problems problems;
    private final TextSource texts;
    private final RecordSink sink;

    // Ids are remembered even for records with other problems, so one bad record does not
    // turn every reference to it into a second, misleading problem.
    private final Map<String, LocatedJson.Pos> sourceIds = new HashMap<>();
    private final Map<String, LocatedJson.Pos> actorIds = new HashMap<>();
    private final Map<String, LocatedJson.Pos> placeIds = new HashMap<>();
    private final Map<String, LocatedJson.Pos> eventIds = new HashMap<>();
    private final Map<String, LocatedJson.Pos> quoteIds = new HashMap<>();
    private final Map<String, LocatedJson.Pos> divergenceIds = new HashMap<>();
    private final Map<String, LocatedJson.Pos> positionIds = new HashMap<>();
    private final Map<String, List<SourcePart>> sourceParts = new HashMap<>();
    private final Map<String, String> sourceFiles = new HashMap<>();
    private final Map<String, LocalDate> sourcePublished = new HashMap<>();
    /** Each source file's name in lower case, to the name as written: Windows and macOS do not tell case apart. */
    private final Map<String, String> filesByFoldedName = new HashMap<>();
    private final Map<String, IndexedSource> sourceTexts = new HashMap<>();
    /** The sources quoted last, which may hold an index; evidence usually quotes a few sources at a time. */
    private final SourceIndexBudget recentlyQuoted = new SourceIndexBudget(SourceIndexBudget.CHARS);

    DatasetMapper(Problems problems, TextSource texts) {
        this(problems, texts, RecordSink.NONE);
    }

    DatasetMapper(Problems problems, TextSource texts, RecordSink sink) {
        this.problems = problems;
        this.texts = texts;
        this.sink = sink;
    }

    /**
     * The arrays of records, in the order the exchange format lists them. A record is mapped as soon
     * as it is read, once the collections it refers to are complete.
     */
    enum Collection {
        SOURCES("sources", true, Problems.Part.SOURCES),
        ACTORS("actors", true, Problems.Part.ACTORS),
        PLACES("places", true, Problems.Part.PLACES),
        EVENTS("events", true, Problems.Part.EVENTS, SOURCES, ACTORS, PLACES),
        QUOTES("quotes", false, Problems.Part.QUOTES, SOURCES, ACTORS, EVENTS),
        DIVERGENCES("divergences", false, Problems.Part.DIVERGENCES, SOURCES, EVENTS),
        POSITIONS("positions", false, Problems.Part.POSITIONS, SOURCES, ACTORS, EVENTS);

        final String field;
        final boolean required;
        final Problems.Part part;
        private final Collection[] needs;

        Collection(String field, boolean required, Problems.Part part, Collection... needs) {
            this.field = field;
            this.required = required;
            this.part = part;
            this.needs = needs;
        }

        static Collection named(String field) {
            for (Collection c : values()) {
                if (c.field.equals(field)) {
                    return c;
                }
            }
            return null;
        }

        /** Whether its records can be mapped now: every collection they refer to is complete. */
        boolean canMapAfter(Set<Collection> complete) {
            for (Collection n : needs) {
                if (!complete.contains(n)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Source> sources = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Divergence> divergences = new ArrayList<>();
    private final List<Position> positions = new ArrayList<>();

    /** Maps the {@code index}th record of a collection; a record with problems is reported and left out. */
    void record(Collection c, int index, LocatedJson node) {
        problems.reportingOn(c.part);
        if (c == Collection.SOURCES) {
            sourcesRead++;
        }
        String path = c.field + "[" + index + "]";
        switch (c) {
            case SOURCES -> keep(sources, source(node, path), sink::source);
            case ACTORS -> keep(actors, actor(node, path), sink::actor);
            case PLACES -> keep(places, place(node, path), sink::place);
            case EVENTS -> keep(events, event(node, path), sink::event);
            case QUOTES -> keep(quotes, quote(node, path), sink::quote);
            case DIVERGENCES -> keep(divergences, divergence(node, path), sink::divergence);
            case POSITIONS -> keep(positions, position(node, path), sink::position);
            default -> throw new IllegalStateException("unknown collection " + c);
        }
    }

    private <T> void keep(List<T> list, T record, Consumer<T> handOver) {
        if (record != null) {
            list.add(record);
            // Once the dataset is refused, writing more of it is wasted work.
            if (problems.isEmpty()) {
                handOver.accept(record);
            }
        }
    }

    /**
     * Checks the dataset's own fields and what needs every record, then builds the dataset.
     *
     * @param top the dataset object's members; an array of records already mapped stands as an empty array
     */
    /** How many records the "sources" array held, sound or not: none is refused, as the schema's minItems says. */
    private int sourcesRead;

    /** @param goOn run as the check goes, and before the dataset is built; stops it by throwing (an import's Cancel) */
    Dataset finish(LocatedJson.Obj top, Runnable goOn) throws DatasetException {
        problems.reportingOn(Problems.Part.DATASET);
        RecordFields f = RecordFields.of(top, "dataset", Fields.DATASET, problems).orElseThrow();
        String title = f.requiredText("title");
        String description = f.optionalText("description");
        DateRange focus = focus(f);
        ZoneId zone = f.optional("zone").isPresent() ? zone(f) : null;
        for (Collection c : Collection.values()) {
            // Missing, or not an array: said where the collection's own problems are.
            problems.reportingOn(c.part);
            f.array(c.field, c.required);
            if (c == Collection.SOURCES && sourcesRead == 0
                    && f.optional(c.field).filter(v -> v instanceof LocatedJson.Arr).isPresent()) {
                // As the schema says (minItems 1): an empty dataset would replace a user's data with nothing.
                f.problem(c.field, "\"sources\" is empty: a dataset needs at least one source for its evidence");
            }
        }
        if (focus != null) {
            problems.reportingOn(Problems.Part.DATASET);
            focusNearTheEvents(f, focus);
        }
        problems.reportingOn(Problems.Part.PLACES);
        checkWithin(goOn);
        problems.throwIfAny();
        // Building it indexes and orders every event: seconds on 100,000, not worth starting once cancelled.
        goOn.run();
        return new Dataset(title, description, focus, zone, sources, actors, places, events, quotes, divergences,
                positions);
    }

    /**
     * A focus is where the events are: one that runs more than a year beyond them (0000 to 9999)
     * drew an empty axis on every timeline that opens on it.
     */
    private void focusNearTheEvents(RecordFields top, DateRange focus) {
        Dataset.spanOf(events).ifPresent(span -> {
            if (focus.first().isBefore(span.first().minusYears(1)) || focus.last().isAfter(span.last().plusYears(1))) {
                top.problem("focus", "the focus (" + focus.first() + " to " + focus.last() + ") runs more than a year "
                        + "beyond the events, which run from " + span.first() + " to " + span.last());
            }
        });
    }

    /** The declared focus period, or null when there is none (or it has problems, then reported). */
    private DateRange focus(RecordFields top) {
        LocatedJson node = top.optional("focus").orElse(null);
        if (node == null) {
            return null;
        }
        RecordFields f = RecordFields.of(node, "focus", Fields.FOCUS, problems).orElse(null);
        if (f == null) {
            return null;
        }
        LocalDate from = date(f, "from");
        LocalDate to = date(f, "to");
        if (from != null && to != null && to.isBefore(from)) {
            f.problem("to", "the focus ends (" + to + ") before it starts (" + from + ")");
        }
        return f.broken() || from == null || to == null ? null : new DateRange(from, to);
    }

    /** Other names an actor may have: enough for every spelling, few enough to list and search. */
    static final int MAX_ALIASES = 100;

    /**
     * A participant or a passage listed twice in one event is a slip (the detail pane listed the
     * actor three times), as a place listed twice in {@code refers} is. Said at the repeat.
     */
    private static <T> void noRepeats(RecordFields f, String field, List<LocatedJson> nodes, List<T> items,
                                      Function<T, String> key,
                                      Function<T, String> what) {
        if (items.size() != nodes.size()) {
            return;   // some are broken, and said so; their positions no longer match
        }
        // Lists of a few: compared pair by pair, without a hash set per record.
        String[] keys = new String[items.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key.apply(items.get(i));
        }
        Set<String> seen = keys.length > FEW ? new HashSet<>() : null;
        for (int i = 0; i < keys.length; i++) {
            if (seen != null ? !seen.add(keys[i]) : earlier(keys, i)) {
                f.problem(nodes.get(i).at(), field + "[" + i + "]: " + what.apply(items.get(i)) + " is listed twice");
            }
        }
    }

    /** Items a list may hold to be checked for repeats pair by pair. */
    private static final int FEW = 8;

    private static boolean earlier(String[] keys, int i) {
        for (int j = 0; j < i; j++) {
            if (keys[j].equals(keys[i])) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> each(List<LocatedJson> items, String name, BiFunction<LocatedJson, String, T> read) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            T t = read.apply(items.get(i), name + "[" + i + "]");
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private void register(Map<String, LocatedJson.Pos> ids, String id, RecordFields f, String kind) {
        if (id == null) {
            return;
        }
        LocatedJson.Pos earlier = ids.putIfAbsent(id, f.at("id"));
        if (earlier != null) {
            f.problem("id", "duplicate id \"" + id + "\": another " + kind + " already has it (at "
                    + earlier.line() + ":" + earlier.column() + ")");
        }
    }

    private void reference(RecordFields f, LocatedJson.Pos at, String field, String id,
                           Map<String, LocatedJson.Pos> ids, String kind) {
        if (id != null && !id.isEmpty() && !ids.containsKey(id)) {
            f.problem(at, field + " \"" + Printable.idShown(id) + "\" is not the id of any " + kind + Printable.invisibleInId(id));
        }
    }

    private Source source(LocatedJson node, String path) {
        RecordFields f = RecordFields.of(node, path, Fields.SOURCE, problems).orElse(null);
        if (f == null) {
            return null;
        }
        String id = f.id();
        register(sourceIds, id, f, "source");
        String publisher = f.requiredText("publisher");
        String title = f.requiredText("title");
        LocalDate published = date(f, "published");
        if (published != null && published.isAfter(latestDateOnEarth())) {
            f.problem("published", "the source is dated " + published + ", a day that has not come yet anywhere; "
                    + "give the day the paper appeared");
            published = null;
        }
        if (id != null && published != null) {
            sourcePublished.putIfAbsent(id, published);
        }
        String dateline = f.optionalText("dateline");
        String language = language(f);
        String file = fileName(f);
        String url = f.optionalText("url");
        if (file != null) {
            // Folded as Windows and macOS fold names: case, and "é" written as one character or as "e" and an accent.
            String folded = Normalizer.normalize(file, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            String other = filesByFoldedName.putIfAbsent(folded, file);
            if (other != null && !other.equals(file)) {
                f.problem("file", "source file \"" + Printable.of(file) + "\" differs from \"" + Printable.of(other)
                        + "\" only in case or in how an accent is written: on Windows and macOS they are one file, and "
                        + "one text would stand for both");
            } else if (other != null) {
                f.problem("file", "source file \"" + Printable.of(file) + "\" is another source's file too: each source "
                        + "is one article with a text of its own");
            }
        }
        String text = file == null ? null : loadText(f, file);
        if (id != null && file != null && text != null) {
            sourceFiles.putIfAbsent(id, file);
            sourceTexts.putIfAbsent(id, new IndexedSource(text));
        }
        List<LocatedJson> partNodes = f.array("parts", false);
        List<SourcePart> parts = text == null ? List.of()
                : each(partNodes, f.label() + ".parts", (n, p) -> part(n, p, id, file, text));
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                if (parts.get(i).span().overlaps(parts.get(j).span())) {
                    f.problem("parts", "parts " + Vocabulary.write(parts.get(i).kind()) + " and "
                            + Vocabulary.write(parts.get(j).kind()) + " overlap; a passage belongs to one part");
                }
            }
        }
        if (id != null) {
            sourceParts.putIfAbsent(id, parts);
        }
        if (f.broken() || parts.size() != partNodes.size()) {
            return null;
        }
        return new Source(id, publisher, title, published, dateline, language, file, text, parts, url);
    }

    private SourcePart part(LocatedJson node, String path, String source, String file, String text) {
        RecordFields f = RecordFields.of(node, path, Fields.PART, problems).orElse(null);
        if (f == null) {
            return null;
        }
        PartKind kind = f.choice("kind", Vocabulary::partKind, Vocabulary.allowed(PartKind.class));
        String passage = f.requiredText("text");
        Span span = passage == null ? null : locateIn(f, new IndexedSource(text), "source \"" + source + "\" (" + file + ")", passage);
        return f.broken() || span == null ? null : new SourcePart(kind, passage, span);
    }

    private static LocalDate date(RecordFields f, String name) {
        String s = f.requiredText(name);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            f.problem(name, "\"" + name + "\" must be an ISO date (YYYY-MM-DD), not \"" + s + "\"");
            return null;
        }
    }

    /** The schema's pattern for a tag; Java alone read "xx-!!" as "xx". */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private static String language(RecordFields f) {
        String s = f.requiredText("language");
        if (s != null && (!LANGUAGE_TAG.matcher(s).matches() || Locale.forLanguageTag(s).toLanguageTag().equals("und"))) {
            f.problem("language", "\"" + s + "\" is not a BCP 47 language tag (e.g. \"en\")");
            return null;
        }
        return s;
    }

    /** Texts live beside the JSON; a name that climbs out of that folder is refused. */
    private static String fileName(RecordFields f) {
        String s = f.requiredText("file");
        if (s != null) {
            var why = SourceFileName.problem(s);
            if (why.isPresent()) {
                // One sentence, as "source file … not found" says it: the reason says what the name must be.
                f.problem("file", "source file \"" + Printable.of(s) + "\" " + why.get());
                return null;
            }
        }
        return s;
    }

    private String loadText(RecordFields f, String file) {
        byte[] bytes;
        try {
            bytes = texts.read(file);
        } catch (NoSuchFileException e) {
            f.problem("file", "source file \"" + file + "\" not found " + texts.describe());
            return null;
        } catch (SourceFileException e) {
            f.problem("file", e.getMessage());
            return null;
        } catch (IOException e) {
            f.problem("file", "cannot read source file \"" + file + "\": " + IoReason.of(e));
            return null;
        }
        Optional<String> notText = FileSignature.textProblem(bytes);
        if (notText.isPresent()) {
            f.problem("file", "source file \"" + file + "\" " + notText.get());
            return null;
        }
        try {
            String text = StrictUtf8.decode(bytes);
            // An editor may save an emptied file as its byte-order mark alone.
            if (text.replace("\uFEFF", "").isBlank()) {
                // One problem, where each quotation from it would otherwise be "not found".
                f.problem("file", "source file \"" + file + "\" is empty");
                return null;
            }
            return text;
        } catch (StrictUtf8.Malformed e) {
            f.problem("file", e.saidOf("source file \"" + file + "\""));
            return null;
        }
    }

    private Actor actor(LocatedJson node, String path) {
        RecordFields f = RecordFields.of(node, path, Fields.ACTOR, problems).orElse(null);
        if (f == null) {
            return null;
        }
        String id = f.id();
        register(actorIds, id, f, "actor");
        String name = f.requiredText("name");
        List<String> aliases = f.strings("aliases").stream().map(LocatedJson.Str::value).toList();
        if (aliases.size() > MAX_ALIASES) {
            // Every name is searched and listed: two million of them froze the app for minutes.
            f.problem("aliases", "an actor has at most " + MAX_ALIASES + " other names, not " + aliases.size());
        }
        ActorKind kind = f.choice("kind", Vocabulary::actorKind, Vocabulary.allowed(ActorKind.class));
        ActorGroup group = f.choice("group", Vocabulary::actorGroup, Vocabulary.allowed(ActorGroup.class));
        String affiliation = f.optionalText("affiliation");
        String role = f.optionalText("role");
        String note = f.optionalText("note");
        return f.broken() ? null : new Actor(id, name, aliases, kind, group, affiliation, role, note);
    }

    private Place place(LocatedJson node, String path) {
        RecordFields f = RecordFields.of(node, path, Fields.PLACE, problems).orElse(null);
        if (f == null) {
            return null;
        }
        String id = f.id();
        register(placeIds, id, f, "place");
        String name = f.requiredText("name");
        Double lat = coordinate(f, "lat", 90);
        Double lon = coordinate(f, "lon", 180);
        PlaceKind kind = f.choice("kind", Vocabulary::placeKind, Vocabulary.allowed(PlaceKind.class));
        String country = f.optionalText("country");
        if (!COUNTRY.matcher(country).matches()) {
            f.problem("country", "\"country\" must be an ISO 3166-1 numeric code of 3 digits (or \"\"), not \""
                    + country + "\"");
        }
        String note = f.optionalText("note");
        String within = f.optionalText("within");
        if (within != null && !within.isEmpty()) {
            if (within.equals(id)) {
                f.problem("within", "place \"" + id + "\" cannot lie within itself");
            } else {
                withinOf.put(id, new Within(f, within));
            }
        }
        return f.broken() ? null : new Place(id, name, lat, lon, kind, country, note, within);
    }

    /** A place's "within", checked once every place id is known (the city may come after its venue). */
    private record Within(RecordFields fields, String place) {
    }

    private final Map<String, Within> withinOf = new LinkedHashMap<>();

    /**
     * Every "within" names a place, and that place lies in no other: one level (venue in city)
     * is all the views need, and it can never loop.
     */
    private void checkWithin(Runnable goOn) {
        withinOf.forEach((id, w) -> {
            goOn.run();
            if (!placeIds.containsKey(w.place())) {
                w.fields().problem(w.fields().at("within"), "within \"" + Printable.idShown(w.place())
                        + "\" is not the id of any place" + Printable.invisibleInId(w.place()));
            } else if (withinOf.containsKey(w.place())) {
                w.fields().problem(w.fields().at("within"), "place \"" + id + "\" lies within \"" + w.place()
                        + "\", which itself lies within \"" + withinOf.get(w.place()).place()
                        + "\": name the outermost place");
            }
        });
    }

    private static Double coordinate(RecordFields f, String name, int limit) {
        BigDecimal v = f.requiredNumber(name);
        if (v == null) {
            return null;
        }
        if (v.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            f.problem(name, "\"" + name + "\" " + Printable.brief(v.toString()) + " is out of range (-" + limit + " to "
                    + limit + ")");
            return null;
        }
        return v.doubleValue();
    }

    private Event event(LocatedJson node, String path) {
        RecordFields f = RecordFields.of(node, path, Fields.EVENT, problems).orElse(null);
        if (f == null) {
            return null;
        }
        String id = f.id();
        register(eventIds, id, f, "event");
        String title = f.requiredText("title");
        String summary = f.requiredText("summary");
        TimeSpan time = time(f);
        Integer order = f.optionalCount("order", 0);
        String place = f.optionalText("place");
        reference(f, f.at("place"), "place", place, placeIds, "place");
        List<String> refers = new ArrayList<>();
        for (LocatedJson.Str s : f.strings("refers")) {
            reference(f, s.at(), "refers", s.value(), placeIds, "place");
            refers.add(s.value());
        }
        EventKind kind = f.choice("kind", Vocabulary::eventKind, Vocabulary.allowed(EventKind.class));
        Modality modality = modality(f);
        String cameo = f.requiredText("cameo");
        if (cameo != null && !cameoCode(cameo)) {
            f.problem("cameo", "cameo \"" + cameo + "\" must be a CAMEO code of 2–4 digits, written as a string");
        }
        Track track = f.choice("track", Vocabulary::track, Vocabulary.allowed(Track.class));
        List<LocatedJson> actorNodes = f.array("actors", false);
        List<Participant> actors = each(actorNodes, f.label() + ".actors", this::participant);
        List<LocatedJson> evidenceNodes = f.array("evidence", true);
        if (f.isEmptyArray("evidence")) {
            f.problem("evidence", "an event needs at least one evidence from a source");
        }
        List<Evidence> evidence = each(evidenceNodes, f.label() + ".evidence", this::evidence);
        noRepeats(f, "actors", actorNodes, actors, Participant::actor, p -> "actor \"" + p.actor() + "\"");
        noRepeats(f, "evidence", evidenceNodes, evidence, ev -> ev.source() + "\u0000" + ev.text(),
                ev -> "passage of \"" + ev.source() + "\" (\"" + Printable.brief(ev.text()) + "\")");
        if (modality == Modality.HAPPENED) {
            reportedBeforeItHappened(f, time, evidence);
        }
        boolean inferred = f.optionalFlag("inferred");
        String note = f.optionalText("note");
        if (inferred && note.isBlank()) {
            f.problem("note", "an inferred event needs a \"note\" saying why it is here");
        }
        if (f.broken() || actors.size() != actorNodes.size() || evidence.size() != evidenceNodes.size()) {
            return null;
        }
        return new Event(id, title, summary, time, order, place, refers, kind, cameo, track, actors, evidence,
                inferred, note, modality);
    }

    /**
     * An event that happened cannot start after the last of its sources was published: no paper
     * reports what has not happened yet. A day's grace, as a paper's date and an event's day are
     * each local to their own zone.
     */
    private void reportedBeforeItHappened(RecordFields f, TimeSpan time, List<Evidence> evidence) {
        if (time == null) {
            return;
        }
        LocalDate latest = null;
        for (Evidence ev : evidence) {
            LocalDate published = sourcePublished.get(ev.source());
            if (published != null && (latest == null || published.isAfter(latest))) {
                latest = published;
            }
        }
        if (latest == null || !time.start().toLocalDate().isAfter(latest.plusDays(1))) {
            return;
        }
        f.problem("start", "the event starts " + time.start().toLocalDate() + ", after its "
                + (evidence.size() > 1 ? "sources were" : "source was") + " published (" + latest + "); "
                + "a paper reports what has happened by its date: give the day it happened, or a modality "
                + "such as \"scheduled\" or \"expected\"");
    }

    /**
     * Today where the day is furthest on (UTC+14), so no paper published today anywhere is refused.
     * A source dated in the future would let its events happen there (decision 0120).
     */
    private static LocalDate latestDateOnEarth() {
        return LocalDate.now(ZoneOffset.ofHours(14));
    }

    /** Absent or "" means the default, {@code happened}. */
    private static Modality modality(RecordFields f) {
        String s = f.optionalText("modality");
        if (s == null || s.isEmpty()) {
            return Modality.HAPPENED;
        }
        return Vocabulary.modality(s).orElseGet(() -> {
            f.problem("modality", "modality \"" + s + "\" is not one of " + Vocabulary.allowed(Modality.class));
            return null;
        });
    }

    /**
     * Evidence: an excerpt, and whom the paper credits for it. It may lie in a non-reporting part
     * (it is then badged as such) but not straddle a part's edge, or the badge would be half true.
     */
    private Evidence evidence(LocatedJson node, String path) {
        RecordFields f = RecordFields.of(node, path, Fields.EVIDENCE, problems).orElse(null);
        if (f == null) {
            return null;
        }
        String source = f.requiredText("source");
        reference(f, f.at("source"), "source", source, sourceIds, "source");
        String text = f.requiredText("text");
        String attribution = f.optionalText("attribution");
        if (!attribution.isEmpty() && !attribution.equals(Evidence.REPORTER)) {
            reference(f, f.at("attribution"), "attribution", attribution, actorIds, "actor (nor \"reporter\")");
        }
        Span span = locate(f, source, text);
        if (span != null) {
            for (SourcePart part : sourceParts.getOrDefault(source, List.of())) {
                Span p = part.span();
                if (span.overlaps(p) && (span.start() < p.start() || span.end() > p.end())) {
                    f.problem("text", "text runs across the edge of the source's " + Vocabulary.write(part.kind())
                            + " part; quote the part and the reporting separately");
                }
            }
        }
        return f.broken() || span == null ? null : new Evidence(source, text, span, attribution);
    }

    private static TimeSpan time(RecordFields f) {
        String start = f.requiredText("start");
        String end = f.optionalText("end");
        ZoneId zone = zone(f);
        Precision precision = f.choice("precision", Vocabulary::precision, Vocabulary.allowed(Precision.class));
        if (start == null || zone == null || precision == null) {
            return null;
        }
        TimeSpan startDay;
        try {
            startDay = TimeSpan.parse(start, null, precision, zone);
        } catch (IllegalArgumentException e) {
            f.problem("start", "start " + e.getMessage());
            return null;
        }
        TimeSpan span;
        try {
            span = TimeSpan.parse(start, end, precision, zone);
        } catch (IllegalArgumentException e) {
            // TimeSpan names the end itself when it is before the start; otherwise say which date failed.
            f.problem("end", e.getMessage().startsWith("end") ? e.getMessage() : "end " + e.getMessage());
            return null;
        }
        if (precision == Precision.HOUR || precision == Precision.MINUTE) {
            boolean startMissing = zone.getRules().getValidOffsets(span.start()).isEmpty();
            // The end as written (its own hour), not the exclusive end after it, which may fall in the gap.
            boolean endMissing = end != null && !end.isBlank()
                    && zone.getRules().getValidOffsets(TimeSpan.parse(end, null, precision, zone).start()).isEmpty();
            if (startMissing || endMissing) {
                // The hour the clocks skip: stored, it would be an hour that never was, or a span of no length.
                String which = startMissing ? "start" : "end";
                f.problem(which, which + " " + Printable.oneLine(startMissing ? start : end) + " did not happen in "
                        + zone.getId() + ": the clocks went forward over it");
                return null;
            }
        }
        if (precision == Precision.DAY) {
            // A day the zone skipped (Samoa went from 29 to 31 December 2011): stored, it was a span of no length.
            boolean startSkipped = skipped(startDay);
            boolean endSkipped = end != null && !end.isBlank() && skipped(TimeSpan.parse(end, null, precision, zone));
            if (startSkipped || endSkipped) {
                String which = startSkipped ? "start" : "end";
                f.problem(which, which + " " + Printable.oneLine(startSkipped ? start : end) + " did not happen in "
                        + zone.getId() + ": the zone skipped that day");
                return null;
            }
        }
        return span;
    }

    private static boolean skipped(TimeSpan day) {
        return !day.endInstant().isAfter(day.startInstant());
    }

    private static ZoneId zone(RecordFields f) {
        String s = f.requiredText("zone");
        if (s == null) {
            return null;
        }
        // A name of the IANA database, as the format says: an offset ("+05:00", "Z", "GMT+5") knows no
        // summer time, so a place's dates would be drawn an hour off for half the year.
        if (!IanaZones.NAMES.contains(s)) {
            boolean offset = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-' || s.equals("Z")
                    || s.matches("(?i)(UTC|GMT|UT)[+-].*"));
            f.problem("zone", (offset ? "\"" + Printable.oneLine(s) + "\" is an offset, not a zone"
                    : "unknown zone \"" + Printable.oneLine(s) + "\"") + "; use an IANA zone such as \"Europe/Brussels\"");
            return null;
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(s);
        } catch (DateTimeException e) {
            f.problem("zone", "unknown zone \"" + Printable.oneLine(s) + "\"; use an IANA zone such as \"Europe/Brussels\"");
            return null;
        }
        // "Etc/GMT+5" is an offset under a zone's name (and UTC−5, against its sign); UTC itself has no summer time to miss.
        if (zone.getRules().isFixedOffset() && zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() != 0) {
            f.problem("zone", "\"" + Printable.oneLine(s) + "\" is a fixed offset, not a place's zone; use an IANA zone "
                    + "such as \"Europe/Brussels\"");
            return null;
        }
        return zone;
    }

    private Participant participant(LocatedJson node, String path) {
        RecordFields f = RecordFields.of(node, path, Fields.PARTICIPANT, problems).orElse(null);
        if (f == null) {
            return null;
        }
        String actor = f.requiredText("actor");
        reference(f, f.at("actor"), "actor", actor, actorIds, "actor");
        String role = f.optionalText("role");
        return f.broken() ? null : new Participant(actor, role);
    }

    private interface ExcerptFactory<T> {
        T make(String source, String text, Span span);
    }

    /** Evidence and readings: a source and a verbatim text located in it. */
    private <T> T excerpt(LocatedJson node, String path, ExcerptFactory<T> factory) {
        RecordFields f = RecordFields.of(node, path, Fields.EXCERPT, problems).orElse(null);
        if (f == null) {
            return null;
        }
        String source = f.requiredText("source");
        reference(f, f.at("source"), "source", source, sourceIds, "source");
        String text = f.requiredText("text");
        Span span = locate(f, source, text);
        return f.broken() || span == null ? null : factory.make(source, text, span);
    }

    /** Null when the text is not found once, or when its source could not be read (reported there). */
    private Span locate(RecordFields f, String source, String text) {
        if (source == null || text == null || !sourceTexts.containsKey(source)) {
            return null;
        }
        recentlyQuoted.used(sourceTexts.get(source));
        return locateIn(f, sourceTexts.get(source), where(source), text, () -> elsewhere(source, text));
    }

    private String where(String source) {
        return "source \"" + source + "\" (" + sourceFiles.get(source) + ")";
    }

    /**
     * "; it is in source …" when a text missing from its source is in another one, once: evidence copied from the
     * record above keeps that record's paper. Looked for among a few sources only (the papers a dataset compares):
     * among hundreds, every miss would read them all.
     */
    private String elsewhere(String source, String text) {
        if (sourceTexts.size() > ELSEWHERE_AMONG) {
            return "";
        }
        for (Map.Entry<String, IndexedSource> other : new TreeMap<>(sourceTexts).entrySet()) {
            if (!other.getKey().equals(source)) {
                recentlyQuoted.used(other.getValue());
                if (other.getValue().locate(text) instanceof TextMatch.Found found) {
                    return "; it is in " + where(other.getKey()) + ", at offset " + found.span().start() + ": name that source";
                }
            }
        }
        return "";
    }

    private static Span locateIn(RecordFields f, IndexedSource sourceText, String where, String text) {
        return locateIn(f, sourceText, where, text, () -> "");
    }

    private static Span locateIn(RecordFields f, IndexedSource sourceText, String where, String text,
                                 Supplier<String> elsewhere) {
        TextMatch match = sourceText.locate(text);
        if (match instanceof TextMatch.Found found) {
            return found.span();
        } else if (match instanceof TextMatch.Missing missing) {
            f.problem("text", "text not found in " + where + (missing.hint().isEmpty() ? "" : "; " + missing.hint())
                    + elsewhere.get());
        } else if (match instanceof TextMatch.Ambiguous ambiguous) {
            f.problem("text", "text occurs more than once in " + where + " (at offsets "
                    + ambiguous.first().start() + " and " + ambiguous.second().start()
                    + "); quote enough context to make it unique");
        }
        return null;
    }

    private Quote quote(LocatedJson node, String path) {
        RecordFields f = RecordFields.of(node, path, Fields.QUOTE, problems).orElse(null);
        if (f == null) {
            return null;
        }
        String id = f.id();
        register(quoteIds, id, f, "quote");
        String text = f.requiredText("text");
        String speaker = f.requiredText("speaker");
        reference(f, f.at("speaker"), "speaker", speaker, actorIds, "actor");
        String source = f.requiredText("source");
        reference(f, f.at("source"), "source", source, sourceIds, "source");
        String event = f.requiredText("event");
        reference(f, f.at("event"), "event", event, eventIds, "event");
        Span span = locate(f, source, text);
        return f.broken() || span == null ? null : new Quote(id, text, speaker, source, event, span);
    }

    private Divergence divergence(LocatedJson node, String path) {
        RecordFields f = RecordFields.of(node, path, Fields.DIVERGENCE, problems).orElse(null);
        if (f == null) {
            return null;
        }
        String id = f.id();
        register(divergenceIds, id, f, "divergence");
        String topic = f.requiredText("topic");
        List<LocatedJson> readingNodes = f.array("readings", true);
        if (f.isEmptyArray("readings") || readingNodes.size() == 1) {
            f.problem("readings", "a divergence sets two papers' readings side by side: it needs at least two, not "
                    + readingNodes.size());
        }
        List<Reading> readings = each(readingNodes, f.label() + ".readings",
                (n, p) -> excerpt(n, p, (src, text, span) -> new Reading(src, text, span)));
        if (readings.size() == readingNodes.size() && readings.size() > 1
                && readings.stream().map(Reading::source).distinct().count() == 1) {
            f.problem("readings", "every reading is from \"" + readings.get(0).source() + "\": a divergence sets two "
                    + "papers' readings side by side");
        }
        String note = f.optionalText("note");
        List<String> events = new ArrayList<>();
        for (LocatedJson.Str s : f.strings("events")) {
            reference(f, s.at(), "events", s.value(), eventIds, "event");
            events.add(s.value());
        }
        if (f.broken() || readings.size() != readingNodes.size()) {
            return null;
        }
        return new Divergence(id, topic, readings, note, events);
    }

    private Position position(LocatedJson node, String path) {
        RecordFields f = RecordFields.of(node, path, Fields.POSITION, problems).orElse(null);
        if (f == null) {
            return null;
        }
        String id = f.id();
        register(positionIds, id, f, "position");
        String title = f.requiredText("title");
        PositionKind kind = f.choice("kind", Vocabulary::positionKind, Vocabulary.allowed(PositionKind.class));
        String by = f.requiredText("by");
        reference(f, f.at("by"), "by", by, actorIds, "actor");
        List<LocatedJson> evidenceNodes = f.array("evidence", true);
        if (f.isEmptyArray("evidence")) {
            f.problem("evidence", "a position needs at least one evidence from a source");
        }
        List<Evidence> evidence = each(evidenceNodes, f.label() + ".evidence", this::evidence);
        List<LocatedJson> stanceNodes = f.array("stances", false);
        List<Stance> stances = each(stanceNodes, f.label() + ".stances", this::stance);
        Map<String, Boolean> seen = new HashMap<>();
        for (int i = 0; i < stances.size(); i++) {
            if (seen.put(stances.get(i).actor(), true) != null) {
                f.problem(stanceNodes.get(i).at(), "actor \"" + stances.get(i).actor()
                        + "\" has two stances on this position; give one");
            }
        }
        List<String> events = new ArrayList<>();
        for (LocatedJson.Str s : f.strings("events")) {
            reference(f, s.at(), "events", s.value(), eventIds, "event");
            events.add(s.value());
        }
        if (f.broken() || evidence.size() != evidenceNodes.size() || stances.size() != stanceNodes.size()) {
            return null;
        }
        return new Position(id, title, kind, by, evidence, stances, events);
    }

    private Stance stance(LocatedJson node, String path) {
        RecordFields f = RecordFields.of(node, path, Fields.STANCE, problems).orElse(null);
        if (f == null) {
            return null;
        }
        String actor = f.requiredText("actor");
        reference(f, f.at("actor"), "actor", actor, actorIds, "actor");
        StanceKind stance = f.choice("stance", Vocabulary::stanceKind, Vocabulary.allowed(StanceKind.class));
        List<LocatedJson> evidenceNodes = f.array("evidence", false);
        List<Evidence> evidence = each(evidenceNodes, f.label() + ".evidence", this::evidence);
        if (f.broken() || evidence.size() != evidenceNodes.size()) {
            return null;
        }
        return new Stance(actor, stance, evidence);
    }

    /** The zone names, read once: {@link ZoneId#getAvailableZoneIds()} copies all 600 of them on every call. */
    private static final class IanaZones {
        static final Set<String> NAMES = Set.copyOf(ZoneId.getAvailableZoneIds());
    }
}
