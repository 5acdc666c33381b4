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
    }

    Pos at();

    /** The JSON type as a curator would name it in a message. */
    String typeName();

    /** An object member; {@code nameAt} is where its name stands, for unknown-field messages. */
    record Member(String name, Pos nameAt, LocatedJson value) {
    }

    record Obj(Pos at, Map<String, Member> members) implements LocatedJson {
        public String typeName() {
            return "an object";
        }
    }

    record Arr(Pos at, List<LocatedJson> items) implements LocatedJson {
        public String typeName() {
            return "an array";
        }
    }

    record Str(Pos at, String value) implements LocatedJson {
        public String typeName() {
            return "a string";
        }
    }

    /** Kept as written, so that integers can be told from fractions and doubles read exactly. */
    record Num(Pos at, BigDecimal value, boolean integral) implements LocatedJson {
        public String typeName() {
            return "a number";
        }
    }

    /**
     * A number JSON allows but no decimal holds ("1e2147483648": its exponent overflows). Every
     * check that expects a number, or anything else, then names it for what it is.
     */
    record UnreadableNum(Pos at, String text) implements LocatedJson {
        public String typeName() {
            return "the number " + Printable.brief(text) + ", whose exponent is too large to read";
        }
    }

    record Bool(Pos at, boolean value) implements LocatedJson {
        public String typeName() {
            return "a boolean";
        }
    }

    record Null(Pos at) implements LocatedJson {
        public String typeName() {
            return "null";
        }
    }
}
