package org.parley.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.model.Span;
import org.parley.model.StrokedLetters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever a person typed into a safe FTS5 query. FTS5 has its own syntax (quotes, *, -, :,
 * parentheses, NEAR, AND/OR/NOT) that would throw or mean something else, so the user's text is
 * never passed through: only its word tokens are, each as a quoted FTS5 string, the last one a
 * prefix so results appear while typing (words joined by an apostrophe: see {@link #WORD}).
 * Words are all required unless joined by OR, or excluded by NOT, written in capitals between two
 * words as in FTS5; a word after NOT is left out of every result, whatever OR joins ("a OR b NOT c"
 * is "(a OR b) NOT c"), and a NOT before the first word excludes its word all the same ("NOT Russia
 * talks" is "talks NOT Russia"); anywhere else an operator is dropped.
 */
final class FtsQuery {

    /**
     * Letters and digits, with combining marks so accented words written decomposed stay whole;
     * parts joined by an apostrophe, a dot or a hyphen ("Russia's", "U.S.", "counter-measures")
     * are one word, searched as a phrase: apart, the "s" of "Russia's" matched every word in s. An
     * en dash joins as a hyphen does: the app's own "NATO–Russia", copied from a title, found every
     * entry with either word. A comma between digits joins too: "10,000" is one number, whose parts apart
     * were marked as "10" and "000" (the latter in "100,000" as well). So does an abbreviation's dot before a
     * dash: "U.S.–Russia", the app's own title, and the Post's "U.S.-Russian" had found U.S. and Russia anywhere.
     */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*"
            + "(?:(?:\\.?[\\-\u2010\u2011\u2013]|['\u2019.]|(?<=\\p{N}),(?=\\p{N}))[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*)*");
    /** A word without its joiners: what a snippet marks ("Russia" in "Russia's"). */
    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    /** What splits a joined word, or a quoted phrase, into the words the index holds. */
    private static final Pattern JOINER = Pattern.compile("['\u2019.,\\-\u2010\u2011\u2013]+|\\s+");
    /** Words between double quotes, straight or curly; a quote left open runs to the end. */
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C\u201D]([^\"\u201C\u201D]*)(?:[\"\u201C\u201D]|$)");

    /** More words than anyone types on purpose; bounds the work a pasted essay can cause. */
    static final int MAX_TOKENS = 32;

    /**
     * FTS5's operators Parley takes, in capitals; lower-case "and" stays a word. NEAR is a word too:
     * Parley offers no nearness search, and "NEAR(a b)" dropped its NEAR to find "a b" anywhere.
     */
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
    /** The operators kept between two words; AND is what a space already means. */
    private static final Set<String> JOINS = Set.of("OR", "NOT");

    private FtsQuery() {
    }

    /** A word and the operator before it ("" for a plain space, or for the first word); the one typed last is a prefix. */
    private record Term(String join, String word, boolean typedLast) {

        Term(String join, String word) {
            this(join, word, false);
        }
    }

    /** The FTS5 query for {@code userText}, or empty when it holds no word to search for. */
    static Optional<String> of(String userText) {
        List<Term> terms = terms(userText);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        // A word after NOT is left out of every result, not only of the group OR puts it in:
        // "Sherman OR Grushko NOT Putin" is (Sherman OR Grushko) NOT Putin, as the README says.
        List<Term> wanted = terms.stream().filter(t -> !t.join().equals("NOT")).toList();
        StringBuilder query = new StringBuilder();
        for (Term t : wanted) {
            String term = term(t);
            if (!query.isEmpty()) {
                // FTS5 takes a space for AND only between phrases, not beside a parenthesis.
                boolean grouped = term.startsWith("(") || query.charAt(query.length() - 1) == ')';
                query.append(t.join().isEmpty() ? (grouped ? " AND " : " ") : " " + t.join() + " ");
            }
            query.append(term);
        }
        if (wanted.size() > 1 && wanted.size() < terms.size()) {
            query.insert(0, '(').append(')');
        }
        for (Term t : terms) {
            if (t.join().equals("NOT")) {
                query.append(" NOT ").append(term(t));
            }
        }
        return Optional.of(query.toString());
    }

    /**
     * The words {@code userText} leaves out with NOT, as one FTS5 query that matches what holds any of them, or empty
     * when it leaves none out: what keeps a person's events to the whole search ("Sherman NOT Geneva" had listed the
     * Geneva talks, where she takes part).
     */
    static Optional<String> excluded(String userText) {
        List<String> left = terms(userText).stream().filter(t -> t.join().equals("NOT")).map(FtsQuery::term).toList();
        return left.isEmpty() ? Optional.empty() : Optional.of(String.join(" OR ", left));
    }

    /**
     * One word (or phrase) a search looks for, alone: its FTS5 query, and whether a short text such as a name holds it,
     * as the index would. What lets some words of a search name a person and the rest be found in their events.
     */
    record Word(String query, Predicate<String> heldBy, Predicate<List<String>> heldByWords) {
    }

    /** {@code t} as a {@link Word}: its readings made once, not at each text it is tested against. */
    private static Word word(Term t) {
        List<Reading> readings = readings(t);
        return new Word(term(t), text -> holds(textWords(text), readings), words -> holds(words, readings));
    }

    /**
     * The words of {@code text} as {@link Word#heldByWords} reads them: for a text tested against several words, split
     * and folded once ("Maria Horvat Place 12" among 154 people's names and 500 places' had taken 0.1 s).
     */
    static List<String> wordsOf(String text) {
        return textWords(text);
    }

    /**
     * The words {@code userText} looks for, each alone, in the groups OR makes ("a b OR c" is [a, b], [c]); words
     * after NOT are not among them. Empty when it looks for none.
     */
    static List<List<Word>> wantedGroups(String userText) {
        List<List<Word>> groups = new ArrayList<>();
        for (Term t : terms(userText)) {
            if (t.join().equals("NOT")) {
                continue;
            }
            if (groups.isEmpty() || t.join().equals("OR")) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(word(t));
        }
        return groups;
    }

    /** The words {@code userText} leaves out with NOT, each alone. */
    static List<Word> unwanted(String userText) {
        return terms(userText).stream().filter(t -> t.join().equals("NOT"))
                .map(FtsQuery::word).toList();
    }

    private static String term(Term t) {
        // An acronym is typed whole: "US" as a prefix had found "use", "uses" and "using".
        String star = t.typedLast() && growing(t.word()) && !shortAcronym(t) ? "*" : "";
        String plain = StrokedLetters.plain(t.word());
        // The index folds only letters that decompose ("é"); "Łukasz" must find the papers' "Lukasz" too.
        String typed = plain.equals(t.word()) ? quoted(t.word()) + star
                : "(" + quoted(t.word()) + star + " OR " + quoted(plain) + star + ")";
        // "US" typed in capitals is also the papers' "U.S.", which the index holds as the words "u" and "s".
        if (acronym(t)) {
            return "(" + typed + " OR " + quoted(String.join(" ", letters(t))) + ")";
        }
        // "O.S.C.E." typed with dots is also the Post's "OSCE", which the index holds as one word.
        return dottedAcronym(t) ? "(" + typed + " OR " + quoted(undotted(t)) + ")" : typed;
    }

    /**
     * Two to five capitals typed without dots ("US", "EU", "OSCE"): also read as the letters of
     * "U.S." or the NYT's "O.S.C.E.", which the index holds as one-letter words.
     */
    private static boolean acronym(Term t) {
        return t.word().matches("[A-Z]{2,5}") && !OPERATORS.contains(t.word()) && !t.word().equals("NEAR");
    }

    /** An acronym of two or three letters is typed whole: "US" as a prefix had found "use", "uses" and "using". */
    private static boolean shortAcronym(Term t) {
        return acronym(t) && t.word().length() <= 3;
    }

    /**
     * Three to five letters each with its dot ("O.S.C.E.", the last dot optional): also the same
     * letters without dots. Not two: "U.S." undotted is the word "us".
     */
    private static boolean dottedAcronym(Term t) {
        return t.word().matches("(?:\\p{L}\\.){3,5}|(?:\\p{L}\\.){2,4}\\p{L}");
    }

    private static String undotted(Term t) {
        return t.word().replace(".", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> letters(Term t) {
        return t.word().toLowerCase(Locale.ROOT).chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }

    /**
     * The ways the index may hold a term, each as its folded words and whether the last is a prefix:
     * as typed, and for an acronym its letters too.
     */
    private static List<Reading> readings(Term t) {
        Reading typed = new Reading(foldedParts(t), t.typedLast() && growing(t.word()) && !shortAcronym(t), abbreviation(t));
        if (acronym(t)) {
            return List.of(typed, new Reading(letters(t), false, true));
        }
        return dottedAcronym(t) ? List.of(typed, new Reading(List.of(undotted(t)), false, false)) : List.of(typed);
    }

    /** A term's words as the index would hold them; {@code dotted}: letters whose final dot is theirs ("U.S."). */
    private record Reading(List<String> parts, boolean prefix, boolean dotted) {
    }

    /**
     * Whether the last word of {@code word} (a word, a joined word or a phrase) is matched as a
     * prefix when typed last: results come while it grows. A one-letter last part of a joined word
     * ("Russia's", "U.S.") is whole as typed, and as a prefix would match every word in s; a
     * one-letter word of its own ("NATO and R", typing on) is the start of the next word.
     */
    private static boolean growing(String word) {
        String[] words = word.split("\\s+");
        String[] lastParts = JOINER.split(words[words.length - 1]);
        return lastParts.length == 1 || lastParts[lastParts.length - 1].length() > 1;
    }

    private static List<String> parts(String word) {
        return List.of(JOINER.split(word));
    }

    /**
     * The words a search for {@code userText} looks for, in order; the last is matched as a
     * prefix. Words after NOT are left out: callers mark these words where a hit has them.
     */
    static List<String> words(String userText) {
        // The parts of a joined word, as the index and the passages hold them, but not its single
        // letters: "Russia's" marks "Russia", not every "s".
        return terms(userText).stream().filter(t -> !t.join().equals("NOT"))
                .flatMap(t -> {
                    List<String> parts = parts(t.word());
                    return parts.size() == 1 ? parts.stream() : parts.stream().filter(p -> p.length() > 1);
                })
                .toList();
    }

    /**
     * A word as typed, or the words typed between double quotes: a phrase, never an operator, and
     * once its closing quote is typed, exact (its last word no longer a prefix).
     */
    private record Token(String text, boolean quoted, boolean closed) {

        boolean isOperator() {
            return !quoted && OPERATORS.contains(text);
        }
    }

    /**
     * How many of the words typed fall beyond {@link #MAX_TOKENS} and are not searched: a sentence pasted whole
     * is searched by its first words, which the views then say.
     */
    static int wordsLeftOut(String typed) {
        if (typed == null) {
            return 0;
        }
        Matcher m = WORD.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKC));
        int words = 0;
        while (m.find()) {
            words++;
        }
        return Math.max(0, words - MAX_TOKENS);
    }

    /** The words of {@code userText}, those between double quotes (straight or curly) kept together as one phrase. */
    private static List<Token> tokens(String typed) {
        // Compatibility forms as their plain letters: full-width "ＮＡＴＯ", the "ﬁ" of text pasted from a PDF.
        String userText = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        List<Token> tokens = new ArrayList<>();
        int words = 0;
        Matcher q = QUOTED.matcher(userText);
        int at = 0;
        while (at < userText.length() && words < MAX_TOKENS) {
            boolean inQuotes = q.find(at);
            int end = inQuotes ? q.start() : userText.length();
            Matcher m = WORD.matcher(userText).region(at, end);
            while (m.find() && words < MAX_TOKENS) {
                tokens.add(new Token(m.group(), false, false));
                words++;
            }
            if (!inQuotes) {
                break;
            }
            // A quote left open while typing runs to the end: the phrase so far.
            List<String> phrase = new ArrayList<>();
            Matcher w = WORD.matcher(q.group(1));
            while (w.find() && words < MAX_TOKENS) {
                phrase.add(w.group());
                words++;
            }
            if (!phrase.isEmpty()) {
                tokens.add(new Token(String.join(" ", phrase), true, q.end() > q.end(1)));
            }
            at = q.end();
        }
        return tokens;
    }

    private static List<Term> terms(String userText) {
        if (userText == null) {
            return List.of();
        }
        List<Token> tokens = tokens(userText);
        if (tokens.stream().allMatch(Token::isOperator)) {
            // "AND" alone, or "OR NOT": only operators, so they are the words searched for.
            List<Term> words = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                words.add(new Term("", tokens.get(i).text(), i == tokens.size() - 1));
            }
            return words;
        }
        List<Term> terms = new ArrayList<>();
        // "NOT Russia talks": words excluded before any word to look for wait for one, then follow it.
        List<String> excludedFirst = new ArrayList<>();
        String join = "";
        for (Token token : tokens) {
            if (token.isOperator()) {
                // The last operator before a word counts; OR before the first word means nothing.
                join = JOINS.contains(token.text()) && (!terms.isEmpty() || token.text().equals("NOT"))
                        ? token.text() : "";
            } else if (terms.isEmpty() && join.equals("NOT")) {
                excludedFirst.add(token.text());
                join = "";
            } else {
                terms.add(new Term(terms.isEmpty() ? "" : join, token.text()));
                join = "";
                if (terms.size() == 1) {
                    excludedFirst.forEach(w -> terms.add(new Term("NOT", w)));
                }
            }
        }
        String last = "";
        for (Token token : tokens) {
            last = token.isOperator() ? last : token.closed() ? "" : token.text();
        }
        for (int i = terms.size() - 1; i >= 0; i--) {
            if (terms.get(i).word().equals(last)) {
                // A word left out is left out whole, wherever it was typed: "talks NOT Russia" also
                // left out "Russian", which "NOT Russia talks" kept.
                if (!terms.get(i).join().equals("NOT")) {
                    terms.set(i, new Term(terms.get(i).join(), last, true));
                }
                break;
            }
        }
        return terms;
    }

    /**
     * Why {@code userText} cannot be searched as typed: it holds words but only after NOT (a
     * full-text index finds what holds a word, never everything that lacks one), or it holds no
     * word at all, only punctuation or symbols, which the index does not keep ("no match for """"
     * read as a search made and failed).
     */
    static Optional<String> problem(String userText) {
        if (userText == null || userText.isBlank() || !terms(userText).isEmpty()) {
            return Optional.empty();
        }
        Matcher m = WORD.matcher(userText);
        if (!m.find()) {
            return Optional.of("there is no word to search for: only words (letters and digits) are searched, "
                    + "not punctuation or symbols");
        }
        m.reset();
        while (m.find()) {
            if (!OPERATORS.contains(m.group())) {
                return Optional.of("NOT leaves out what holds the next word, so it needs a word to look for "
                        + "before it, as in \"talks NOT Russia\"");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} answers {@code userText} as the index would: its words, folded as the
     * index's tokenizer folds them (case, diacritics), hold every word asked for (the one typed last
     * as a prefix; a joined word's parts and a quoted phrase's words together and in order), none
     * excluded by NOT, in one of the groups OR joins.
     * For what is not in the index, such as actors' names, so both are searched alike.
     */
    static boolean matches(String userText, String text) {
        return matcher(userText).test(text);
    }

    /** {@link #matches} with the search read once, for testing many texts against it. */
    static Predicate<String> matcher(String userText) {
        List<Term> terms = terms(userText);
        return terms.isEmpty() ? text -> false : text -> answers(terms, text);
    }

    /** The text's words in order, folded, a line ending a run: so a phrase or a joined word is found only with its words together. */
    private static List<String> textWords(String text) {
        List<String> words = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                parts(m.group()).forEach(p -> words.add(folded(p)));
            }
            words.add("\n");
        }
        return words;
    }

    private static boolean answers(List<Term> terms, String text) {
        List<String> words = textWords(text);
        // A word after NOT leaves the text out whatever else it holds; of the rest, AND binds tighter than OR, as in FTS5.
        for (Term t : terms) {
            if (t.join().equals("NOT") && holds(words, t)) {
                return false;
            }
        }
        boolean group = true;
        for (Term t : terms) {
            if (t.join().equals("NOT")) {
                continue;
            }
            if (t.join().equals("OR")) {
                if (group) {
                    return true;
                }
                group = true;
            }
            group &= holds(words, t);
        }
        return group;
    }

    private static boolean holds(List<String> words, Term t) {
        return holds(words, readings(t));
    }

    private static boolean holds(List<String> words, List<Reading> readings) {
        for (Reading r : readings) {
            for (int at = 0; at + r.parts().size() <= words.size(); at++) {
                if (partsAt(words, at, r.parts(), r.prefix())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Letters joined by dots, the last one single ("U.S", "U.N"): an abbreviation, whose final dot is its own. */
    private static boolean abbreviation(Term t) {
        List<String> parts = parts(t.word());
        return parts.size() > 1 && t.word().indexOf('.') > 0 && parts.get(parts.size() - 1).length() == 1;
    }

    /** A term's words as the index keeps them: a joined word's or a phrase's parts, folded. */
    private static List<String> foldedParts(Term t) {
        return parts(t.word()).stream().filter(w -> !w.isEmpty()).map(FtsQuery::folded).toList();
    }

    /** Whether {@code parts} stand in {@code words} from {@code at} on, the last as a prefix when {@code prefix}. */
    private static boolean partsAt(List<String> words, int at, List<String> parts, boolean prefix) {
        for (int i = 0; i < parts.size(); i++) {
            String w = words.get(at + i);
            if (!(prefix && i == parts.size() - 1 ? w.startsWith(parts.get(i)) : w.equals(parts.get(i)))) {
                return false;
            }
        }
        return !parts.isEmpty();
    }

    /**
     * Where in {@code text}, between {@code from} and {@code to}, stand the words a search for
     * {@code userText} looks for: whole words, the last one as a prefix, folded as the index folds
     * them. What the views mark in a passage and in an actor's names.
     */
    /** Words marked only beside a word searched for, when the search holds one: alone they are in every sentence. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on",
            "at", "by", "for", "and", "or", "with", "from", "as", "is", "was", "be", "it", "its", "that", "this");

    static List<Span> wordSpans(String text, int from, int to, String userText) {
        List<Span> spans = new ArrayList<>();
        List<Term> terms = terms(userText).stream().filter(t -> !t.join().equals("NOT")).toList();
        if (terms.isEmpty()) {
            return spans;
        }
        // The text's words in order with where they stand; a line break ends a run, as in the index's phrases.
        List<int[]> at = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = PLAIN_WORD.matcher(text).region(from, Math.min(to, text.length()));
        while (m.find()) {
            at.add(new int[] {m.start(), m.end()});
            words.add(folded(m.group()));
        }
        // A joined word or a phrase is marked where its parts stand together, as the index finds it:
        // "Russia's" marks "Russia’s", not every "Russia" nor "Russian"; only the word typed last grows.
        // Hits as word positions {first, last, 1 if a function word}.
        List<int[]> hits = new ArrayList<>();
        boolean anyContentWord = false;
        for (Term t : terms) {
            for (Reading r : readings(t)) {
                List<String> parts = r.parts();
                boolean function = parts.size() == 1 && FUNCTION_WORDS.contains(parts.get(0)) && !r.prefix();
                anyContentWord |= !function;
                for (int i = 0; i + parts.size() <= words.size(); i++) {
                    int first = at.get(i)[0];
                    int last = at.get(i + parts.size() - 1)[1];
                    if (partsAt(words, i, parts, r.prefix()) && text.substring(first, last).indexOf('\n') < 0) {
                        hits.add(new int[] {i, i + parts.size() - 1, function ? 1 : 0, r.dotted() ? 1 : 0});
                    }
                }
            }
        }
        // "the Kremlin" marks "the" beside "Kremlin", not every "the" in both articles.
        boolean[] content = new boolean[words.size() + 2];
        for (int[] h : hits) {
            if (h[2] == 0) {
                for (int w = h[0]; w <= h[1]; w++) {
                    content[w + 1] = true;
                }
            }
        }
        for (int[] h : hits) {
            if (h[2] == 1 && anyContentWord && !content[h[0]] && !content[h[1] + 2]) {
                continue;
            }
            int end = at.get(h[1])[1];
            // "U.S." is marked with its last dot, which no word pattern can tell from a full stop.
            spans.add(new Span(at.get(h[0])[0], h[3] == 1 && end < text.length() && text.charAt(end) == '.' ? end + 1 : end));
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() < last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** {@code text} with the words of {@link #wordSpans} between {@link SearchHit#MARK_START} and {@link SearchHit#MARK_END}. */
    static String marked(String text, String userText) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span s : wordSpans(text, 0, text.length(), userText)) {
            out.append(text, at, s.start()).append(SearchHit.MARK_START).append(text, s.start(), s.end())
                    .append(SearchHit.MARK_END);
            at = s.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /**
     * Lower case without diacritics, as the index's tokenizer ({@code remove_diacritics 2}) keeps words,
     * and without strokes ("ł" is "l"), as a reader expects.
     */
    static String folded(String word) {
        return StrokedLetters.plain(DIACRITICS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll(""))
                .toLowerCase(Locale.ROOT);
    }

    /** An FTS5 string: in double quotes, any double quote inside doubled. */
    static String quoted(String token) {
        return '"' + token.replace("\"", "\"\"") + '"';
    }
}
