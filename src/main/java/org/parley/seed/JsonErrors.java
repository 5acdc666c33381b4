package org.parley.seed;

/**
 * Jackson's words for malformed JSON, without its advice to programmers: which parser feature to
 * enable or which constraint to raise means nothing to someone who wrote a dataset, and names
 * switches they cannot reach.
 */
final class JsonErrors {

    private JsonErrors() {
    }

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
                .strip();
        if (m.startsWith("Non-standard token 'NaN'") || m.contains("Non-standard token 'Infinity'")
                || m.contains("Non-standard token '-Infinity'") || m.contains("Non-standard token '+Infinity'")) {
            m += " (JSON has no NaN or Infinity; write a number)";
        }
        if (m.startsWith("Document nesting depth")) {
            m += " (arrays and objects nested that deep are not a dataset)";
        }
        return m;
    }
}
