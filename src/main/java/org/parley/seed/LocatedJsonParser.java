package org.parley.seed;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link LocatedJson} tree of one JSON value from a Jackson parser standing on its first
 * token: one record at a time, never the whole file (see {@link DatasetStream}).
 */
final class LocatedJsonParser {

    private final Problems problems;
    private final List<LocatedJson.Member[]> scratch = new ArrayList<>();
    /** Objects open around the value being read. */
    private int depth;

    LocatedJsonParser(Problems problems) {
        this.problems = problems;
    }

    /**
     * The value starting at {@code token}; duplicate member names and lone surrogates are collected
     * in {@code problems}, since the rest can still be checked. Malformed JSON ends in Jackson's exception.
     */
    LocatedJson value(JsonParser p, JsonToken token) throws IOException {
        long at = where(p);
        return switch (token) {
            case START_OBJECT -> object(p, at);
            case START_ARRAY -> array(p, at);
            case VALUE_STRING -> new LocatedJson.Str(at, checked(p.getText(), at));
            case VALUE_NUMBER_INT -> number(p, at, true);
            case VALUE_NUMBER_FLOAT -> number(p, at, false);
            case VALUE_TRUE -> new LocatedJson.Bool(at, true);
            case VALUE_FALSE -> new LocatedJson.Bool(at, false);
            case VALUE_NULL -> new LocatedJson.Null(at);
            default -> throw new IllegalStateException("unexpected token " + token + " at " + LocatedJson.Pos.of(at));
        };
    }

    /** The number as written; one whose exponent no decimal holds stays its text (see {@link LocatedJson.UnreadableNum}). */
    private static LocatedJson number(JsonParser p, long at, boolean integral) throws IOException {
        try {
            return new LocatedJson.Num(at, p.getDecimalValue(), integral);
        } catch (NumberFormatException e) {
            return new LocatedJson.UnreadableNum(at, p.getText());
        }
    }

    /** An object member's name, checked like any string. */
    String name(JsonParser p, long at) throws IOException {
        return checked(p.currentName(), at);
    }

    /** Jackson decodes a lone "\\uD800" escape as it is; such a string cannot be stored or written back. */
    private String checked(String s, long at) {
        if (!SourceFileName.isWellFormed(s)) {
            problems.addToJson(LocatedJson.Pos.of(at), "the string \"" + Printable.oneLine(s) + "\" holds a lone UTF-16 surrogate "
                    + "(an unpaired \\uD800-\\uDFFF escape), which is not a character");
        }
        return s;
    }

    void duplicate(long nameAt, String name) {
        problems.addToJson(LocatedJson.Pos.of(nameAt), "field \"" + name + "\" appears twice in the same object");
    }

    private LocatedJson object(JsonParser p, long at) throws IOException {
        // One scratch array per depth of nesting, reused by every object at that depth.
        if (depth == scratch.size()) {
            scratch.add(new LocatedJson.Member[SmallMembers.MOST]);
        }
        LocatedJson.Member[] small = scratch.get(depth++);
        try {
            int count = 0;
            Map<String, LocatedJson.Member> large = null;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                long nameAt = where(p);
                String name = name(p, nameAt);
                LocatedJson v = value(p, p.nextToken());
                if (large != null ? large.containsKey(name) : SmallMembers.indexOf(small, count, name) >= 0) {
                    duplicate(nameAt, name);
                    continue;
                }
                LocatedJson.Member member = new LocatedJson.Member(name, nameAt, v);
                if (large != null) {
                    large.put(name, member);
                } else if (count < small.length) {
                    small[count++] = member;
                } else {
                    large = new LinkedHashMap<>();
                    for (LocatedJson.Member m : small) {
                        large.put(m.name(), m);
                    }
                    large.put(name, member);
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new IllegalStateException("unexpected token " + t + " in object at " + LocatedJson.Pos.of(at));
            }
            return new LocatedJson.Obj(at, large != null ? large : new SmallMembers(Arrays.copyOf(small, count)));
        } finally {
            depth--;
        }
    }

    private LocatedJson array(JsonParser p, long at) throws IOException {
        List<LocatedJson> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            items.add(value(p, t));
        }
        return new LocatedJson.Arr(at, items);
    }

    /** Where the current token starts, packed ({@link LocatedJson.Pos#packed}). */
    static long where(JsonParser p) {
        if (p instanceof PositionedJsonParser positioned) {
            return positioned.tokenStart();
        }
        JsonLocation location = p.currentTokenLocation();
        return LocatedJson.Pos.packed(location.getLineNr(), location.getColumnNr());
    }

    /** Where the current token starts. */
    static LocatedJson.Pos at(JsonParser p) {
        return LocatedJson.Pos.of(where(p));
    }

    static LocatedJson.Pos pos(JsonLocation location) {
        return new LocatedJson.Pos(location.getLineNr(), location.getColumnNr());
    }
}
