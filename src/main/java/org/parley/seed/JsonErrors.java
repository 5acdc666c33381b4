package org.parley.seed;

import com.fasterxml.jackson.core.StreamReadConstraints;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's words for malformed JSON, without its advice to programmers: which parser feature to
 * enable or which constraint to raise means nothing to someone who wrote a dataset, and names
 * switches they cannot reach.
 */
final class JsonErrors {

    private JsonErrors() {
    }

    /**
     * Jackson's limit on a string, a field name, a number or nesting, in Parley's words; empty for any other
     * error. Jackson stops at its own limit (20,000,000 characters for a string) with the length it
     * had buffered by then, neither the string's length nor Parley's limit, and calls the JSON
     * malformed, which it is not: a 50 MB summary was reported as "String value length (20050912)".
     * Jackson counts UTF-16 units, so an emoji counts as two there, unlike in {@link RecordFields}.
     */
    static Optional<String> limit(String jacksonMessage, StreamReadConstraints limits) {
        String m = jacksonMessage == null ? "" : jacksonMessage;
        if (m.startsWith("String value length")) {
            return Optional.of(String.format("a string here is longer than Parley reads (over %,d characters, "
                    + "an emoji counting as two); at most %,d are allowed in a text field, %,d in a name or title",
                    limits.getMaxStringLength(), RecordFields.TEXT_LIMIT, RecordFields.NAME_LIMIT));
        }
        if (m.startsWith("Name length")) {
            return Optional.of(String.format("a field name after this point is longer than Parley reads (over %,d characters, "
                    + "an emoji counting as two); no field of a dataset has a name that long", limits.getMaxNameLength()));
        }
        if (m.startsWith("Document nesting depth")) {
            // Jackson stops one level past its limit, however deep the file goes: "more than" is all that is known.
            return Optional.of(String.format("arrays and objects here are nested more than %,d deep, deeper than Parley "
                    + "reads; a dataset nests them fewer than ten deep", limits.getMaxNestingDepth()));
        }
        if (m.startsWith("Number value length")) {
            return Optional.of(String.format("a number after this point is written with more than %,d characters; "
                    + "no number in a dataset needs that many", limits.getMaxNumberLength()));
        }
        return Optional.empty();
    }

    private static final Pattern UNRECOGNIZED = Pattern.compile(
            "Unrecognized token '([^']{0,60})[^']*'");

    private static final Pattern CONTROL = Pattern.compile(
            "Illegal (unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");

    private static final Pattern UNEXPECTED = Pattern.compile(
            "Unexpected character '(.{1,2})': (.*)", Pattern.DOTALL);

    private static final Pattern NON_NUMBER = Pattern.compile("Non-standard token '(NaN|[-+]?Infinity)'");

    static String plain(String jacksonMessage) {
        if (jacksonMessage == null) {
            return "the JSON cannot be read";
        }
        String m = jacksonMessage
                // "… exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)"
                .replaceAll(", from `[^`]*`\\)", ")")
                // "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"
                .replaceAll(":? ?enable `[^`]*` to allow", "")
                // "maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled …)"
                .replaceAll(" \\(not recognized as one since Feature '[^']*' not enabled for parser\\)", "")
                // "(start marker at [Source: REDACTED (`StreamReadFeature…` disabled); line: 124, column: 5])"
                .replaceAll("\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)",
                        "(the one opened at line $1, column $2)")
                // "Unexpected close marker '}': expected ']' (for Array starting at [Source: REDACTED
                // (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 9, column: 14])"
                .replaceAll("\\(for (Array|Object) starting at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)",
                        "(to close the $1 opened at line $2, column $3)")
                .replace("(to close the Array opened", "(to close the array opened")
                .replace("(to close the Object opened", "(to close the object opened")
                // "Unexpected character ('t' (code 116))": the character is shown; its number says nothing more
                .replaceAll("\\('(.{1,2})' \\(code \\d+( / 0x\\p{XDigit}+)?\\)\\)", "'$1'")
                .strip();
        // "Unexpected character ('/' (code 47)): maybe a (non-standard) comment?"
        if (m.contains("maybe a (non-standard) comment?")) {
            return "JSON has no comments (// or /* */); remove them (the exchange format's description "
                    + "uses them only to explain its fields)";
        }
        // "Illegal unquoted character ((CTRL-CHAR, code 9)): has to be escaped using backslash …"
        Matcher control = CONTROL.matcher(m);
        if (control.lookingAt()) {
            int c = Integer.parseInt(control.group(2));
            String name = switch (c) {
                case '\t' -> "a tab (U+0009)";
                case '\n' -> "a line break (U+000A)";
                case '\r' -> "a carriage return (U+000D)";
                default -> String.format("the control character U+%04X", c);
            };
            String escape = switch (c) {
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> String.format("\\u%04X", c);
            };
            return control.group(1) == null
                    ? name + " stands between the JSON's values, where only spaces, tabs and line breaks may"
                    : c == '\n' ? name + " inside a string: its closing quote is missing, or JSON writes it as " + escape
                    : name + " inside a string: JSON writes it as " + escape;
        }
        // "Unexpected character '}': was expecting double-quote to start field name", and the like:
        // the parser's grammar words for a comma too many, single quotes, a missing colon or comma.
        Matcher unexpected = UNEXPECTED.matcher(m);
        if (unexpected.matches()) {
            String c = unexpected.group(1);
            String expected = unexpected.group(2);
            if (expected.startsWith("was expecting double-quote to start field name")) {
                return c.equals("}") ? "a comma before '}' with no field after it: JSON has no comma after an object's last field"
                        : c.equals("'") ? "a name in single quotes: JSON writes names in double quotes (\"title\")"
                        : c.equals(",") ? "a comma too many: after a comma comes a field's name in double quotes"
                        : Character.isLetter(c.codePointAt(0)) ? "a name without quotes, from '" + c
                                + "': JSON writes names in double quotes (\"title\")"
                        : "'" + c + "' where a field's name in double quotes should begin";
            }
            if (expected.startsWith("expected a valid value") || expected.startsWith("expected a value")) {
                return c.equals("]") ? "a comma before ']' with no value after it: JSON has no comma after an array's last value"
                        : c.equals("}") ? "'}' where a value should be: a field has a name and a colon but no value"
                        : c.equals("'") ? "a text in single quotes: JSON writes texts in double quotes"
                        : c.equals("<") ? "'<' where a value should be: this looks like HTML or XML, not JSON"
                        : "'" + c + "' where a value should be (a text in double quotes, a number, an array, an object, "
                                + "true, false or null)";
            }
            if (expected.startsWith("was expecting a colon")) {
                return "'" + c + "' where a colon should stand between a field's name and its value";
            }
            if (expected.startsWith("was expecting comma to separate")) {
                return "'" + c + "' where a comma should stand between two " + (expected.contains("Array") ? "values" : "fields");
            }
        }
        // "Non-standard token 'NaN'": the parser's name for it, not the writer's. Said as the other
        // misplaced values are: what stands where, then what JSON has instead.
        Matcher nonNumber = NON_NUMBER.matcher(m);
        if (nonNumber.lookingAt()) {
            return nonNumber.group(1) + " where a number should be: JSON has no NaN or Infinity; write the number in digits, "
                    + "e.g. 50.88";
        }
        // "Unrecognized token 'hello': was expecting (JSON String, Number, Array, Object or token 'null', …)":
        // a text that is not JSON at all, or a word without quotes.
        Matcher token = UNRECOGNIZED.matcher(m);
        if (token.lookingAt()) {
            m = "\"" + token.group(1) + "\" is not JSON (a text needs quotes; a dataset file begins with '{')";
        }
        // "Unexpected end-of-input within/between Object entries", "… in a String value", …
        if (m.startsWith("Unexpected end-of-input")) {
            String rest = whereItEnds(m.substring("Unexpected end-of-input".length()).replaceFirst("^[:\\s]+", "").strip());
            m = "the file ends before its JSON does" + (rest.isEmpty() ? "" : " (" + rest + ")")
                    + ": it was cut short, or a bracket or quote is missing";
        }
        return m;
    }

    private static final Pattern UNCLOSED = Pattern.compile(
            "expected close marker for (Array|Object) \\(the one opened at line (\\d+), column (\\d+)\\)");

    /** Where a file cut short stops, in a writer's words: Jackson's say "close marker" and "Object entries". */
    private static String whereItEnds(String jackson) {
        Matcher unclosed = UNCLOSED.matcher(jackson);
        if (unclosed.matches()) {
            boolean array = unclosed.group(1).equals("Array");
            return "no '" + (array ? "]" : "}") + "' closes the " + (array ? "array" : "object") + " opened at line "
                    + unclosed.group(2) + ", column " + unclosed.group(3);
        }
        return switch (jackson) {
            case "was expecting closing quote for a string value" -> "inside a text, before its closing quote";
            case "in field name" -> "inside a field's name, before its closing quote";
            case "within/between Object entries" -> "inside an object, between its fields";
            case "within/between Array entries" -> "inside an array, between its values";
            case "in character escape sequence" -> "inside an escape such as \\n or \\u00e9";
            default -> jackson;
        };
    }
}
