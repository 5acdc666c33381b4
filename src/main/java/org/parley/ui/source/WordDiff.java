package org.parley.ui.source;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Span;

/**
 * The words in which two papers' wordings of the same fact differ, as character ranges of each
 * text. Words are compared case-blind and without their punctuation, so "Russia's" against
 * "Russia’s" or a capital at a sentence start is not a difference a reader cares about; nor is an
 * article, a pronoun or a "said", which are compared but not marked ({@link MeaningfulWords}).
 */
final class WordDiff {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    /** The differing words of {@code a} and of {@code b}, as offsets into each text. */
    record Result(List<Span> inA, List<Span> inB) {
    }

    private record Word(String key, int start, int end) {
    }

    private WordDiff() {
    }

    static Result of(String a, String b) {
        List<Word> wa = words(a);
        List<Word> wb = words(b);
        List<String> ka = wa.stream().map(Word::key).toList();
        List<String> kb = wb.stream().map(Word::key).toList();
        List<Span> inA = new ArrayList<>();
        List<Span> inB = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(ka, kb).getDeltas()) {
            addRange(wa, d.getSource(), inA);
            addRange(wb, d.getTarget(), inB);
        }
        return new Result(inA, inB);
    }

    /**
     * Marks the chunk's words that carry meaning ({@link MeaningfulWords}): each run from such a word to
     * such a word, a function word between two of them kept inside ("removal of all NATO"), a verb of
     * reported speech never. A chunk of only "said" or "the" is no difference a reader cares about.
     */
    private static void addRange(List<Word> words, Chunk<String> chunk, List<Span> out) {
        Word first = null;
        Word last = null;
        for (int i = chunk.getPosition(); i < chunk.getPosition() + chunk.size(); i++) {
            Word w = words.get(i);
            if (MeaningfulWords.isReportingVerb(w.key())) {
                addRun(first, last, out);
                first = null;
                last = null;
            } else if (!MeaningfulWords.isFunctionWord(w.key())) {
                first = first == null ? w : first;
                last = w;
            }
        }
        addRun(first, last, out);
    }

    private static void addRun(Word first, Word last, List<Span> out) {
        if (first != null) {
            out.add(new Span(first.start(), last.end()));
        }
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Word(m.group().replace('’', '\'').toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return out;
    }
}
