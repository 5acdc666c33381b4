package org.parley.seed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Streams JSON with Jackson into a {@link LocatedJson} tree. Malformed JSON ends the reading. */
final class LocatedJsonParser {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Problems problems;

    LocatedJsonParser(Problems problems) {
        this.problems = problems;
    }

    /**
     * @throws DatasetException when the bytes are not one well-formed JSON value; duplicate member
     *         names are collected in {@code problems} instead, since the rest can still be checked
     */
    LocatedJson parse(byte[] json) throws DatasetException {
        // Parsing chars rather than bytes makes Jackson's columns count characters, as editors do.
        String text = decode(json);
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new DatasetException(Problem.inFile(problems.file(), "the file is empty"));
            }
            LocatedJson root = value(p, first);
            if (p.nextToken() != null) {
                LocatedJson.Pos at = pos(p.currentTokenLocation());
                throw new DatasetException(new Problem(problems.file(), at.line(), at.column(), "",
                        "malformed JSON: unexpected content after the end of the dataset object"));
            }
            return root;
        } catch (JsonProcessingException e) {
            LocatedJson.Pos at = e.getLocation() == null ? new LocatedJson.Pos(0, 0) : pos(e.getLocation());
            throw new DatasetException(new Problem(problems.file(), at.line(), at.column(), "",
                    "malformed JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new DatasetException(Problem.inFile(problems.file(), "cannot read: " + e.getMessage()));
        }
    }

    private String decode(byte[] json) throws DatasetException {
        try {
            String text = StrictUtf8.decode(json);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (StrictUtf8.Malformed e) {
            throw new DatasetException(new Problem(problems.file(), e.line, e.column, "",
                    "the file is not valid UTF-8: " + e.getMessage()));
        }
    }

    /** Jackson decodes a lone "\\uD800" escape as it is; such a string cannot be stored or written back. */
    private String checked(String s, LocatedJson.Pos at) {
        if (!SourceFileName.isWellFormed(s)) {
            problems.add(at, "", "the string \"" + Printable.oneLine(s) + "\" holds a lone UTF-16 surrogate "
                    + "(an unpaired \\uD800-\\uDFFF escape), which is not a character");
        }
        return s;
    }

    private LocatedJson value(JsonParser p, JsonToken token) throws IOException {
        LocatedJson.Pos at = pos(p.currentTokenLocation());
        return switch (token) {
            case START_OBJECT -> object(p, at);
            case START_ARRAY -> array(p, at);
            case VALUE_STRING -> new LocatedJson.Str(at, checked(p.getText(), at));
            case VALUE_NUMBER_INT -> new LocatedJson.Num(at, p.getDecimalValue(), true);
            case VALUE_NUMBER_FLOAT -> new LocatedJson.Num(at, p.getDecimalValue(), false);
            case VALUE_TRUE -> new LocatedJson.Bool(at, true);
            case VALUE_FALSE -> new LocatedJson.Bool(at, false);
            case VALUE_NULL -> new LocatedJson.Null(at);
            default -> throw new IllegalStateException("unexpected token " + token + " at " + at);
        };
    }

    private LocatedJson object(JsonParser p, LocatedJson.Pos at) throws IOException {
        Map<String, LocatedJson.Member> members = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            LocatedJson.Pos nameAt = pos(p.currentTokenLocation());
            String name = checked(p.currentName(), nameAt);
            LocatedJson v = value(p, p.nextToken());
            if (members.containsKey(name)) {
                problems.add(nameAt, "", "field \"" + name + "\" appears twice in the same object");
            } else {
                members.put(name, new LocatedJson.Member(name, nameAt, v));
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected token " + t + " in object at " + at);
        }
        return new LocatedJson.Obj(at, members);
    }

    private LocatedJson array(JsonParser p, LocatedJson.Pos at) throws IOException {
        List<LocatedJson> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(p, t));
        }
        return new LocatedJson.Arr(at, items);
    }

    private static LocatedJson.Pos pos(JsonLocation location) {
        return new LocatedJson.Pos(location.getLineNr(), location.getColumnNr());
    }
}
