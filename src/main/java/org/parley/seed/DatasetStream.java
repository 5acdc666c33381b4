package org.parley.seed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.Dataset;

/**
 * Reads a dataset file in one pass: the dataset object token by token, each record of its arrays
 * as one small located tree handed to the {@link DatasetMapper} and dropped, so memory holds the
 * model being built and one record, never a tree of the whole file. A collection that comes before
 * one it refers to (events before actors, say) waits as trees until the end of the file; files
 * in the exchange format's order, as Parley writes them, never wait.
 */
final class DatasetStream {
    // Parsing chars rather than bytes makes Jackson's columns count characters, as editors do.
    // The reader is closed by the caller, which may still read past a JSON error (see #read).
    private static final JsonFactory FACTORY = new PositionedJsonParser.Factory((JsonFactoryBuilder) JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE));

    private final Problems problems;
    private final LocatedJsonParser values;
    private final DatasetMapper mapper;
    private final Set<DatasetMapper.Collection> complete = EnumSet.noneOf(DatasetMapper.Collection.class);
    private final Map<DatasetMapper.Collection, List<LocatedJson>> waiting = new EnumMap<>(DatasetMapper.Collection.class);
    private final Runnable goOn;

    DatasetStream(Problems problems, DatasetMapper mapper) {
        this(problems, mapper, () -> { });
    }

    /**
     * @param goOn run before each record mapped after the file's end and through the final check; it stops the
     *        read by throwing (an import's Cancel: {@link ReadProgress#check}). While the file streams, its reader
     *        is where a Cancel takes; once every byte is read, this is.
     */
    DatasetStream(Problems problems, DatasetMapper mapper, Runnable goOn) {
        this.problems = problems;
        this.values = new LocatedJsonParser(problems);
        this.mapper = mapper;
        this.goOn = goOn;
    }

    /**
     * @throws DatasetException with every problem found; with only one when the text is not UTF-8 or
     *         not one well-formed JSON value, as nothing after that can be trusted
     */
    Dataset read(Reader text) throws DatasetException {
        try (JsonParser p = FACTORY.createParser(text)) {
            try {
                return dataset(p);
            } catch (JsonProcessingException e) {
                // A file that is not UTF-8 is reported as such even where the JSON breaks first.
                drain(text);
                // Limits (a string too long, say) come without a location: the token being read is where.
                LocatedJson.Pos at = LocatedJsonParser.pos(e.getLocation() != null ? e.getLocation()
                        : p.currentTokenLocation());
                // A string past Jackson's limit is well-formed JSON, only too long: that is what the line says.
                String message = JsonErrors.limit(e.getOriginalMessage(), FACTORY.streamReadConstraints())
                        .orElseGet(() -> "malformed JSON: " + JsonErrors.plain(e.getOriginalMessage()));
                throw new DatasetException(new Problem(problems.file(), at.line(), at.column(), "", message));
            }
        } catch (StrictUtf8.Malformed e) {
            throw notUtf8(e);
        } catch (IOException e) {
            throw new DatasetException(Problem.inFile(problems.file(), "cannot read: " + IoReason.of(e)));
        }
    }

    private Dataset dataset(JsonParser p) throws IOException, DatasetException {
        JsonToken first = p.nextToken();
        if (first == null) {
            // A zero-byte file and one of white space alone (a gigabyte of spaces) both hold no JSON at all.
            throw new DatasetException(Problem.inFile(problems.file(), "the file is empty or holds only white space: "
                    + "no JSON at all"));
        }
        long at = LocatedJsonParser.where(p);
        if (first != JsonToken.START_OBJECT) {
            LocatedJson root = values.value(p, first);
            expectEnd(p);
            problems.reportingOn(Problems.Part.DATASET);
            problems.add(root.at(), "", "a dataset must be a JSON object, not " + root.typeName());
            problems.throwIfAny();
        }
        LocatedJson.Obj top = new LocatedJson.Obj(at, members(p));
        expectEnd(p);
        refuseOtherKindsOfJson(top);
        // Records that came before what they refer to are mapped now, their quotes looked up: seconds on a large
        // file that lists its events first, after its last byte, where only this asks whether to go on.
        for (DatasetMapper.Collection c : DatasetMapper.Collection.values()) {
            List<LocatedJson> records = waiting.remove(c);
            for (int i = 0; records != null && i < records.size(); i++) {
                goOn.run();
                mapper.record(c, i, records.get(i));
            }
        }
        goOn.run();
        return mapper.finish(top, goOn);
    }

    /**
     * An object with none of a dataset's collections is some other JSON: a GeoJSON export given back
     * to {@code import} listed one "unknown field" per member and four missing ones, where one line
     * saying what it is tells the reader what to do.
     */
    private void refuseOtherKindsOfJson(LocatedJson.Obj top) throws DatasetException {
        LocatedJson.Member title = top.members().get("title");
        if (title != null && title.value() instanceof LocatedJson.Obj slide && slide.members().containsKey("text")
                && top.members().containsKey("events")) {
            // TimelineJS titles its timeline with a slide; the exchange format's title is a text.
            throw new DatasetException(Problem.inFile(problems.file(), "this is a TimelineJS file, not a dataset: its "
                    + "events are slides for a web page, without the sources and passages a dataset holds." + WHAT_TO_READ));
        }
        boolean noCollection = Arrays.stream(DatasetMapper.Collection.values())
                .noneMatch(c -> top.members().containsKey(c.field));
        if (!noCollection || top.members().isEmpty()) {
            return;
        }
        LocatedJson.Member type = top.members().get("type");
        boolean geoJson = type != null && type.value() instanceof LocatedJson.Str s
                && Set.of("FeatureCollection", "Feature").contains(s.value());
        throw new DatasetException(Problem.inFile(problems.file(), (geoJson ? "this is GeoJSON, not a dataset: "
                + "it holds map features, not Parley's exchange format"
                : "this JSON is not a dataset in Parley's exchange format: it has none of its sources, actors, places "
                        + "or events") + "." + WHAT_TO_READ));
    }

    private static final String WHAT_TO_READ = " A dataset is a file `parley export-data --format json` writes, or one "
            + "made as docs/exchange-format.md describes.";

    /** The dataset object's members; arrays of records are mapped as they stream and stand as empty arrays. */
    private Map<String, LocatedJson.Member> members(JsonParser p) throws IOException {
        Map<String, LocatedJson.Member> members = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            long nameAt = LocatedJsonParser.where(p);
            String name = values.name(p, nameAt);
            JsonToken v = p.nextToken();
            DatasetMapper.Collection c = DatasetMapper.Collection.named(name);
            if (members.containsKey(name)) {
                values.value(p, v);
                values.duplicate(nameAt, name);
            } else if (c != null && v == JsonToken.START_ARRAY) {
                long arrayAt = LocatedJsonParser.where(p);
                members.put(name, new LocatedJson.Member(name, nameAt, new LocatedJson.Arr(arrayAt, List.of())));
                records(p, c);
            } else {
                members.put(name, new LocatedJson.Member(name, nameAt, values.value(p, v)));
                if (c != null) {
                    complete.add(c);
                }
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected token " + t + " in the dataset object");
        }
        return members;
    }

    /** One array of records: each mapped as soon as it is read, or kept until what it refers to is read. */
    private void records(JsonParser p, DatasetMapper.Collection c) throws IOException {
        boolean now = c.canMapAfter(complete);
        List<LocatedJson> later = now ? null : new ArrayList<>();
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            LocatedJson record = values.value(p, t);
            if (now) {
                mapper.record(c, index++, record);
            } else {
                later.add(record);
            }
        }
        if (now) {
            complete.add(c);
        } else {
            waiting.put(c, later);
        }
    }

    private void expectEnd(JsonParser p) throws IOException, DatasetException {
        boolean more;
        LocatedJson.Pos at;
        try {
            more = p.nextToken() != null;
            at = LocatedJsonParser.at(p);
        } catch (JsonProcessingException notJson) {
            // A word after the closing brace had been said to be "not JSON (a text needs quotes…)", as if it stood
            // in the dataset; other characters there (a NUL of a file padded with zeros) keep their own words.
            if (!String.valueOf(notJson.getOriginalMessage()).startsWith("Unrecognized token")) {
                throw notJson;
            }
            more = true;
            at = LocatedJsonParser.pos(notJson.getLocation() != null ? notJson.getLocation() : p.currentTokenLocation());
        }
        if (more) {
            drain(p.getInputSource() instanceof Reader r ? r : null);
            throw new DatasetException(new Problem(problems.file(), at.line(), at.column(), "",
                    "malformed JSON: unexpected content after the end of the dataset object"));
        }
    }

    /**
     * Reads on a while, to find a byte that is not UTF-8 after where the JSON went wrong: a file in
     * another encoding shows that soon. Not to the end: a 6 GB file that is no JSON at all (an
     * image, a disk dump) took 44 s to say what its first bytes already said.
     */
    private void drain(Reader text) throws DatasetException {
        if (text == null) {
            return;
        }
        char[] buffer = new char[8192];
        long left = DRAIN_CHARS;
        try {
            int n;
            while (left > 0 && (n = text.read(buffer)) >= 0) {
                left -= n;
            }
        } catch (StrictUtf8.Malformed e) {
            throw notUtf8(e);
        } catch (IOException e) {
            // The JSON error stands; this was only a look further.
            return;
        }
    }

    /** How far past a JSON error {@link #drain} looks for bytes that are not UTF-8. */
    static final long DRAIN_CHARS = 16L << 20;

    private DatasetException notUtf8(StrictUtf8.Malformed e) {
        return new DatasetException(new Problem(problems.file(), e.line, e.column, "",
                e.saidOf("the file")));
    }
}
