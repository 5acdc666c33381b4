package org.parley.seed;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it starts in its file. Jackson's own tree forgets locations,
 * and without them every problem after the first could only be reported as "somewhere".
 */
sealed interface LocatedJson {

    /** 1-based line and column of a value's first character. */
    record Pos(int line, int column) {
        /**
         * Both in one long, as the tree keeps them: an object for every value and member name of 100,000 events
         * was a seventh of what reading them allocated, and all but a few are never asked for.
         */
        static long packed(int line, int column) {
            return ((long) line << 32) | (column & 0xFFFF_FFFFL);
        }

        static Pos of(long packed) {
            return new Pos((int) (packed >> 32), (int) packed);
        }
    }

    Pos at();

    /** The JSON type as a curator would name it in a message. */
    String typeName();

    /** An object member; {@code nameAt} is where its name stands, for unknown-field messages. */
    record Member(String name, long nameWhere, LocatedJson value) {
        Pos nameAt() {
            return Pos.of(nameWhere);
        }
    }

    record Obj(long where, Map<String, Member> members) implements LocatedJson {
        public Pos at() {
            return Pos.of(where);
        }

        public String typeName() {
            return "an object";
        }
    }

    record Arr(long where, List<LocatedJson> items) implements LocatedJson {
        public Pos at() {
            return Pos.of(where);
        }

        public String typeName() {
            return "an array";
        }
    }

    record Str(long where, String value) implements LocatedJson {
        public Pos at() {
            return Pos.of(where);
        }

        public String typeName() {
            return "a string";
        }
    }

    /** Kept as written, so that integers can be told from fractions and doubles read exactly. */
    record Num(long where, BigDecimal value, boolean integral) implements LocatedJson {
        public Pos at() {
            return Pos.of(where);
        }

        public String typeName() {
            return "a number";
        }
    }

    /**
     * A number JSON allows but no decimal holds ("1e2147483648": its exponent overflows). Every
     * check that expects a number, or anything else, then names it for what it is.
     */
    record UnreadableNum(long where, String text) implements LocatedJson {
        public Pos at() {
            return Pos.of(where);
        }

        public String typeName() {
            return "the number " + Printable.brief(text) + ", whose exponent is too large to read";
        }
    }

    record Bool(long where, boolean value) implements LocatedJson {
        public Pos at() {
            return Pos.of(where);
        }

        public String typeName() {
            return "a boolean";
        }
    }

    record Null(long where) implements LocatedJson {
        public Pos at() {
            return Pos.of(where);
        }

        public String typeName() {
            return "null";
        }
    }
}
