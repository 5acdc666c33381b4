package org.parley.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever a person typed into a safe FTS5 query. FTS5 has its own syntax (quotes, *, -, :,
 * parentheses, NEAR, AND/OR/NOT) that would throw or mean something else, so the user's text is
 * never passed through: only its word tokens are, each as a quoted FTS5 string, all required (AND),
 * the last one a prefix so results appear while typing.
 */
final class FtsQuery {

    /** Letters and digits, with combining marks so accented words written decomposed stay whole. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*");

    /** More words than anyone types on purpose; bounds the work a pasted essay can cause. */
    static final int MAX_TOKENS = 32;

    /** FTS5's operators as people type them, in capitals; lower-case "and" or "near" stay words. */
    private static final java.util.Set<String> OPERATORS = java.util.Set.of("AND", "OR", "NOT", "NEAR");

    private FtsQuery() {
    }

    /** The FTS5 query for {@code userText}, or empty when it holds no word to search for. */
    static Optional<String> of(String userText) {
        List<String> tokens = words(userText);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder query = new StringBuilder();
        for (String token : tokens) {
            if (!query.isEmpty()) {
                query.append(' ');
            }
            query.append(quoted(token));
        }
        return Optional.of(query.append('*').toString());
    }

    /**
     * The words a search for {@code userText} looks for, in order; the last is matched as a
     * prefix. Callers that mark matches in a text use these, so they mark what the search found.
     */
    static List<String> words(String userText) {
        if (userText == null) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(userText);
        while (m.find() && tokens.size() < MAX_TOKENS) {
            tokens.add(m.group());
        }
        List<String> words = tokens.stream().filter(t -> !OPERATORS.contains(t)).toList();
        // "Grushko AND pastry" means both words; only a query of nothing but operators searches for them.
        return words.isEmpty() ? tokens : words;
    }

    /** An FTS5 string: in double quotes, any double quote inside doubled. */
    static String quoted(String token) {
        return '"' + token.replace("\"", "\"\"") + '"';
    }
}
