package org.parley.seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the fields of one JSON object that stands for a record, reporting every problem (missing,
 * unknown, wrongly typed, blank) against the record's label and the value's line and column.
 * A getter returns null when its field is unusable; {@link #broken()} then says the record
 * cannot be built.
 */
final class RecordFields {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final LocatedJson.Obj obj;
    private final String label;
    private final Problems problems;
    private boolean broken;

    private RecordFields(LocatedJson.Obj obj, String label, Problems problems) {
        this.obj = obj;
        this.label = label;
        this.problems = problems;
    }

    /**
     * @param path where the record stands, e.g. {@code events[3]}; its id is added when it has one
     * @return empty (with the problem reported) when the node is not an object
     */
    static Optional<RecordFields> of(LocatedJson node, String path, List<String> allowed, Problems problems) {
        if (!(node instanceof LocatedJson.Obj obj)) {
            problems.add(node.at(), path, "must be an object, not " + node.typeName());
            return Optional.empty();
        }
        String label = path;
        LocatedJson.Member id = obj.members().get("id");
        if (id != null && id.value() instanceof LocatedJson.Str s) {
            label = path + " (id \"" + Printable.idShown(s.value()) + "\")";
        }
        RecordFields fields = new RecordFields(obj, label, problems);
        for (LocatedJson.Member m : obj.members().values()) {
            if (!allowed.contains(m.name())) {
                problems.add(m.nameAt(), label, "unknown field \"" + Printable.brief(m.name()) + "\"; allowed: " + String.join(", ", allowed));
                fields.broken = true;
            }
        }
        return Optional.of(fields);
    }

    String label() {
        return label;
    }

    boolean broken() {
        return broken;
    }

    /** True when the field is there and is {@code []}; absence and wrong types are reported elsewhere. */
    boolean isEmptyArray(String name) {
        LocatedJson.Member m = obj.members().get(name);
        return m != null && m.value() instanceof LocatedJson.Arr a && a.items().isEmpty();
    }

    /** Where a field's value starts, or the object's own start when the field is absent. */
    LocatedJson.Pos at(String name) {
        LocatedJson.Member m = obj.members().get(name);
        return m == null ? obj.at() : m.value().at();
    }

    void problem(String name, String message) {
        problem(at(name), message);
    }

    void problem(LocatedJson.Pos at, String message) {
        problems.add(at, label, message);
        broken = true;
    }

    /** Fields that name or title something: a line or two on a card, a slide or a map. */
    private static final Set<String> NAMES = Set.of("title", "name", "topic", "heading");
    /**
     * Texts drawn on one line besides the names, under the longer limit: a source's address, which the
     * Source tab showed broken over two lines, a second line read as part of the link.
     */
    private static final Set<String> ONE_LINE = Set.of("url");
    static final int NAME_LIMIT = 500;
    /** Any other text: a summary, a note, a passage of an article. */
    static final int TEXT_LIMIT = 20_000;

    /**
     * What an id may hold, said with the ranges written out: "lowercase letters" read as allowing
     * "é", which the pattern refuses.
     */
    static final String ID_RULE = "may hold only a–z, 0–9 and '-', and may not start with '-' (^[a-z0-9][a-z0-9-]*$)";

    /**
     * "its character 1, \"N\", is not one of those": the first character of {@code id} that breaks
     * {@link #ID_RULE}, where it is, so that a mistake that is plain to see is pointed at all the same.
     */
    static String firstBreakingTheIdRule(String id) {
        int at = 1;
        for (int i = 0; i < id.length(); i += Character.charCount(id.codePointAt(i)), at++) {
            int c = id.codePointAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0);
            if (!allowed) {
                String shown = "\"" + new String(Character.toChars(c)) + "\""
                        + (c > 0x7E ? " (" + String.format("U+%04X", c) + ")" : "");
                return "its character " + at + ", " + shown + (c == '-' ? ", may not start it" : ", is not one of those");
            }
        }
        return "";
    }

    /** As {@link #ID} matches, without a matcher per record: 100,000 events' ids allocated 24 MB of them. */
    static boolean wellFormedId(String id) {
        if (id.isEmpty() || id.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Longest id: the seeds' longest is 37 characters. One of 20,000 was imported, and every table that lists
     * ids (`parley search`, the CSV files, the problems) carried it whole.
     */
    static final int ID_LIMIT = 100;

    /** The record's id, which must be present, well-formed and at most {@value #ID_LIMIT} characters long. */
    String id() {
        String id = requiredText("id");
        if (id != null && id.length() > ID_LIMIT) {
            problem("id", String.format("\"id\" is %,d characters long; at most %,d are allowed",
                    id.codePointCount(0, id.length()), ID_LIMIT));
            return null;
        }
        if (id != null && !wellFormedId(id)) {
            String invisible = Printable.invisibleInId(id);
            problem("id", "id \"" + Printable.idShown(id) + "\" " + ID_RULE
                    + (invisible.isEmpty() ? "; " + firstBreakingTheIdRule(id) : invisible));
            return null;
        }
        return id;
    }

    /** A string that must be present and not blank. */
    String requiredText(String name) {
        LocatedJson.Member m = obj.members().get(name);
        if (m == null) {
            problem(obj.at(), "missing required field \"" + name + "\"");
            return null;
        }
        String s = asString(name, m.value());
        if (s != null && Printable.isBlank(s)) {
            problem(name, "\"" + name + "\" must not be blank");
            return null;
        }
        return s;
    }

    /** A field's value, empty when the field is absent. */
    Optional<LocatedJson> optional(String name) {
        return Optional.ofNullable(obj.members().get(name)).map(LocatedJson.Member::value);
    }

    /** A string that may be absent (then "") or empty. */
    String optionalText(String name) {
        LocatedJson.Member m = obj.members().get(name);
        if (m == null) {
            return "";
        }
        String s = asString(name, m.value());
        return s == null ? "" : s;
    }

    private String asString(String name, LocatedJson value) {
        if (value instanceof LocatedJson.Str s) {
            int limit = NAMES.contains(name) ? NAME_LIMIT : TEXT_LIMIT;
            // Characters as a reader counts them: an emoji is one, not the two UTF-16 units Java stores.
            int length = s.value().length() > limit ? s.value().codePointCount(0, s.value().length()) : 0;
            if (length > limit) {
                // Every view, export and handout fits its texts to a space; ten million characters of
                // a title kept an image export busy for minutes. No paper's sentence comes near this.
                problem(value.at(), String.format("\"%s\" is %,d characters long; at most %,d are allowed",
                        name, length, limit));
                return null;
            }
            // A source's file name has its own, stricter check (SourceFileName) with its own message.
            int bad = name.equals("file") ? -1 : unprintable(s.value());
            if (bad >= 0) {
                // A NUL went raw into CSV; a right-to-left override turned the window's status line backwards.
                problem(value.at(), String.format("\"%s\" holds %s at character %d; remove it", name,
                        Printable.controlName(s.value().charAt(bad)), bad + 1));
                return null;
            }
            int br = NAMES.contains(name) || ONE_LINE.contains(name) ? lineBreakOrTab(s.value()) : -1;
            if (br >= 0) {
                // A title is drawn on one line or wrapped at spaces: a tab or line break ran its words together.
                problem(value.at(), String.format("\"%s\" is one line, but holds a %s at character %d; use a space",
                        name, breakName(s.value().charAt(br)), br + 1));
                return null;
            }
            return s.value();
        }
        problem(value.at(), "\"" + name + "\" must be a string, not " + value.typeName());
        return null;
    }

    /**
     * Where {@code text} holds a control character no paper prints, or -1: C0 and C1 controls but
     * tab and line breaks, DEL, and the bidirectional embeddings and overrides (U+202A–U+202E) that
     * reorder the text around them. Marks and isolates a right-to-left name needs stay allowed.
     */
    static int unprintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E) {
                return i;
            }
        }
        return -1;
    }

    private static int lineBreakOrTab(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // U+2028 and U+2029 break a line in JavaFX's text as a line feed does.
            if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return -1;
    }

    private static String breakName(char c) {
        return switch (c) {
            case '\t' -> "tab";
            case '\u2028' -> "line separator (U+2028)";
            case '\u2029' -> "paragraph separator (U+2029)";
            default -> "line break";
        };
    }

    /** One of an enum's written forms; the message lists the allowed ones. */
    <E> E choice(String name, Function<String, Optional<E>> byId, List<String> allowed) {
        String s = requiredText(name);
        if (s == null) {
            return null;
        }
        Optional<E> value = byId.apply(s);
        if (value.isEmpty()) {
            problem(name, "unknown " + name + " \"" + s + "\"; allowed: " + String.join(", ", allowed));
            return null;
        }
        return value.get();
    }

    /** The number as written: a double turns 1e400 into Infinity, which a message must not say back. */
    BigDecimal requiredNumber(String name) {
        LocatedJson.Member m = obj.members().get(name);
        if (m == null) {
            problem(obj.at(), "missing required field \"" + name + "\"");
            return null;
        }
        if (m.value() instanceof LocatedJson.Num n) {
            return n.value();
        }
        problem(name, "\"" + name + "\" must be a number, not " + m.value().typeName());
        return null;
    }

    /** A non-negative whole number, {@code absent} when the field is not there. */
    Integer optionalCount(String name, int absent) {
        LocatedJson.Member m = obj.members().get(name);
        if (m == null) {
            return absent;
        }
        if (m.value() instanceof LocatedJson.Num n && n.integral()) {
            if (n.value().signum() < 0 || n.value().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                problem(name, "\"" + name + "\" must be a whole number from 0 to " + Integer.MAX_VALUE + ", not "
                        + Printable.brief(n.value().toString()));
                return null;
            }
            return n.value().intValueExact();
        }
        problem(name, "\"" + name + "\" must be a whole number, not " + describe(m.value()));
        return null;
    }

    boolean optionalFlag(String name) {
        LocatedJson.Member m = obj.members().get(name);
        if (m == null) {
            return false;
        }
        if (m.value() instanceof LocatedJson.Bool b) {
            return b.value();
        }
        problem(name, "\"" + name + "\" must be true or false, not " + m.value().typeName());
        return false;
    }

    /** The items of an array field; empty (with a problem if required) when absent or not an array. */
    List<LocatedJson> array(String name, boolean required) {
        LocatedJson.Member m = obj.members().get(name);
        if (m == null) {
            if (required) {
                problem(obj.at(), "missing required field \"" + name + "\"");
            }
            return List.of();
        }
        if (m.value() instanceof LocatedJson.Arr a) {
            return a.items();
        }
        problem(name, "\"" + name + "\" must be an array, not " + m.value().typeName());
        return List.of();
    }

    /** An optional array of non-blank strings, each paired with where it stands. */
    List<LocatedJson.Str> strings(String name) {
        List<LocatedJson.Str> out = new ArrayList<>();
        List<LocatedJson> items = array(name, false);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            LocatedJson item = items.get(i);
            if (!(item instanceof LocatedJson.Str s)) {
                problem(item.at(), name + "[" + i + "] must be a string, not " + item.typeName());
            } else if (s.value().isBlank()) {
                problem(item.at(), name + "[" + i + "] must not be blank");
            } else if (!seen.add(s.value())) {
                // Every list of names or ids is a set (the schema's uniqueItems): a repeat is a slip.
                problem(item.at(), name + "[" + i + "] \"" + Printable.oneLine(s.value()) + "\" is listed twice");
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static String describe(LocatedJson value) {
        // As written in scientific form when it is one ("1E+400", not four hundred digits; "1E+2", not a puzzling 100).
        return value instanceof LocatedJson.Num n ? Printable.brief(n.value().toString()) : value.typeName();
    }
}
