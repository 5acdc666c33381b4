package org.parley.seed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Streams JSON with Jackson into a {@link LocatedJson} tree. Malformed JSON ends the reading. */
final class LocatedJsonParser {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Problems problems;
    private final ContentHash hash;

    /** @param hash gathers every token as it is read */
    LocatedJsonParser(Problems problems, ContentHash hash) {
        this.problems = problems;
        this.hash = hash;
    }

    /**
     * @throws DatasetException when the bytes are not one well-formed JSON value; duplicate member
     *         names are collected in {@code problems} instead, since the rest can still be checked
     */
    LocatedJson parse(byte[] json) throws DatasetException {
        // Parsing chars rather than bytes makes Jackson's columns count characters, as editors do.
        // They are decoded as the parser goes: a whole copy as chars would take twice the file's size.
        int bom = json.length >= 3 && (json[0] & 0xff) == 0xEF && (json[1] & 0xff) == 0xBB && (json[2] & 0xff) == 0xBF
                ? 3 : 0;
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader text = new InputStreamReader(new ByteArrayInputStream(json, bom, json.length - bom), strict);
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
        } catch (CharacterCodingException e) {
            throw new DatasetException(Problem.inFile(problems.file(), "the file is not valid UTF-8"));
        } catch (IOException e) {
            throw new DatasetException(Problem.inFile(problems.file(), "cannot read: " + e.getMessage()));
        }
    }

    private LocatedJson value(JsonParser p, JsonToken token) throws IOException {
        LocatedJson.Pos at = pos(p.currentTokenLocation());
        return switch (token) {
            case START_OBJECT -> {
                hash.token(token, null);
                yield object(p, at);
            }
            case START_ARRAY -> {
                hash.token(token, null);
                yield array(p, at);
            }
            case VALUE_STRING -> new LocatedJson.Str(at, hashed(token, p.getText()));
            case VALUE_NUMBER_INT -> new LocatedJson.Num(at, hashedNumber(p, token), true);
            case VALUE_NUMBER_FLOAT -> new LocatedJson.Num(at, hashedNumber(p, token), false);
            case VALUE_TRUE -> new LocatedJson.Bool(at, hashed(token, true));
            case VALUE_FALSE -> new LocatedJson.Bool(at, hashed(token, false));
            case VALUE_NULL -> {
                hash.token(token, null);
                yield new LocatedJson.Null(at);
            }
            default -> throw new IllegalStateException("unexpected token " + token + " at " + at);
        };
    }

    private String hashed(JsonToken token, String text) {
        hash.token(token, text);
        return text;
    }

    private boolean hashed(JsonToken token, boolean value) {
        hash.token(token, null);
        return value;
    }

    private java.math.BigDecimal hashedNumber(JsonParser p, JsonToken token) throws IOException {
        hash.token(token, p.getText());
        return p.getDecimalValue();
    }

    private LocatedJson object(JsonParser p, LocatedJson.Pos at) throws IOException {
        Map<String, LocatedJson.Member> members = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            hash.token(t, name);
            LocatedJson.Pos nameAt = pos(p.currentTokenLocation());
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
        hash.token(t, null);
        return new LocatedJson.Obj(at, members);
    }

    private LocatedJson array(JsonParser p, LocatedJson.Pos at) throws IOException {
        List<LocatedJson> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(p, t));
        }
        hash.token(t, null);
        return new LocatedJson.Arr(at, items);
    }

    private static LocatedJson.Pos pos(JsonLocation location) {
        return new LocatedJson.Pos(location.getLineNr(), location.getColumnNr());
    }
}
