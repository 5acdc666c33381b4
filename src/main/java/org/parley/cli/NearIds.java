package org.parley.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ids a user probably meant by one the dataset does not hold: "sherma" → sherman, "Sherman" →
 * sherman, "wendy" → sherman (her name), "genva" → geneva. Ids are matched, and each word of the
 * names beside them, since a user types the name they read on screen, not the curator's id.
 */
final class NearIds {

    /** Beyond a few, a suggestion is a list again; the caller lists the known ids instead. */
    static final int MOST = 3;

    private NearIds() {
    }

    /**
     * Up to {@link #MOST} ids of {@code names} (id → name, in the dataset's order) nearest to
     * {@code typed}, best first: the same letters in another case, then an id or a name's word that
     * begins with what was typed, then one a letter or two away. None for an empty id.
     */
    static List<String> to(String typed, Map<String, String> names) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> rank = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            int best = rankOf(t, e.getKey().toLowerCase(Locale.ROOT));
            for (String word : e.getValue().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                best = Math.min(best, rankOf(t, word) + 1);
            }
            // The whole name, however its words are joined: "wendy-sherman", "Wendy Sherman".
            if (words(t).equals(words(e.getValue().toLowerCase(Locale.ROOT)))) {
                best = 0;
            }
            if (best < Integer.MAX_VALUE / 2) {
                rank.put(e.getKey(), best);
            }
        }
        List<String> out = new ArrayList<>(rank.keySet());
        // A stable sort keeps the dataset's order among equals, so the answer is the same every time.
        out.sort((a, b) -> Integer.compare(rank.get(a), rank.get(b)));
        return out.size() <= MOST ? out : out.subList(0, MOST);
    }

    private static String words(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** 0 the same, 2 a prefix, 4 + the edits when few enough; "not near" otherwise. */
    private static int rankOf(String typed, String candidate) {
        if (candidate.isEmpty()) {
            return Integer.MAX_VALUE / 2;
        }
        if (candidate.equals(typed)) {
            return 0;
        }
        // A prefix of at least three letters: "ru" would bring every Russian actor of the week.
        if (typed.length() >= 3 && candidate.startsWith(typed)) {
            return 2;
        }
        int most = typed.length() <= 5 ? 1 : 2;
        if (Math.abs(candidate.length() - typed.length()) > most) {
            return Integer.MAX_VALUE / 2;
        }
        int d = edits(typed, candidate);
        return d <= most ? 4 + d : Integer.MAX_VALUE / 2;
    }

    /** Edits between {@code a} and {@code b}, a swap of two neighbours counting one (optimal string alignment). */
    static int edits(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }
}
