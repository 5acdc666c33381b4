package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search that found nothing, typed again with each word the index does not hold replaced by the
 * nearest one it does ("Stoltenbreg" → "Stoltenberg"): one or two letters wrong, swapped, missing
 * or extra, the most often indexed of the nearest winning. Offered only when it finds something.
 */
final class SearchSuggestion {

    /** Words shorter than this are not corrected: too many short words are a letter apart. */
    private static final int SHORTEST = 4;

    private SearchSuggestion() {
    }

    static Optional<String> of(Connection connection, String userText, Searcher searcher) throws SQLException {
        List<String> words = FtsQuery.words(userText);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> terms = terms(connection);
        Map<String, String> replaced = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String typed = words.get(i);
            String word = folded(typed);
            boolean last = i == words.size() - 1;
            if (word.length() < SHORTEST || known(terms, word, last)) {
                continue;
            }
            nearest(terms, word).ifPresent(term -> replaced.put(typed, term));
        }
        if (replaced.isEmpty()) {
            return Optional.empty();
        }
        String retyped = userText;
        for (Map.Entry<String, String> r : replaced.entrySet()) {
            Matcher m = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(r.getKey()) + "(?![\\p{L}\\p{N}])")
                    .matcher(retyped);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(inCaseOf(m.group(), r.getValue())));
            }
            m.appendTail(out);
            retyped = out.toString();
        }
        if (retyped.equals(userText) || searcher.count(retyped) == 0) {
            return Optional.empty();
        }
        return Optional.of(retyped);
    }

    /** Every indexed term and how many entries hold it, read through an FTS5 vocabulary table of this connection. */
    private static Map<String, Integer> terms(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            // In the temporary schema: nothing is written into the database file.
            st.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, search_index, row)");
        }
        Map<String, Integer> terms = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT term, doc FROM temp.search_terms");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                terms.put(rs.getString(1), rs.getInt(2));
            }
        }
        return terms;
    }

    private static boolean known(Map<String, Integer> terms, String word, boolean prefix) {
        if (terms.containsKey(word)) {
            return true;
        }
        // The last word is searched as a prefix: "Stolten" finds "Stoltenberg" and needs no mending.
        return prefix && terms.keySet().stream().anyMatch(t -> t.startsWith(word));
    }

    private static Optional<String> nearest(Map<String, Integer> terms, String word) {
        int most = word.length() <= 5 ? 1 : 2;
        String best = null;
        int bestDistance = most + 1;
        int bestCount = -1;
        for (Map.Entry<String, Integer> t : terms.entrySet()) {
            String term = t.getKey();
            if (Math.abs(term.length() - word.length()) > most) {
                continue;
            }
            int d = distance(word, term, bestDistance);
            if (d < bestDistance || d == bestDistance && d <= most && t.getValue() > bestCount) {
                best = term;
                bestDistance = d;
                bestCount = t.getValue();
            }
        }
        return bestDistance <= most ? Optional.of(best) : Optional.empty();
    }

    /**
     * Edits between {@code a} and {@code b}, a swap of two neighbours counting one (optimal string
     * alignment); anything over {@code cap} is reported as {@code cap + 1}.
     */
    static int distance(String a, String b, int cap) {
        int n = a.length();
        int m = b.length();
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowLeast = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowLeast = Math.min(rowLeast, d);
            }
            if (rowLeast > cap) {
                return cap + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[m], cap + 1);
    }

    /** As the index folds a word: lower case, accents off. */
    private static String folded(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** The term written as the word it replaces was: "Stoltenbreg" gives "Stoltenberg", "NATOO" "NATO". */
    private static String inCaseOf(String typed, String term) {
        if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))) {
            return term.toUpperCase(Locale.ROOT);
        }
        if (!typed.isEmpty() && Character.isUpperCase(typed.charAt(0))) {
            return Character.toUpperCase(term.charAt(0)) + term.substring(1);
        }
        return term;
    }
}
