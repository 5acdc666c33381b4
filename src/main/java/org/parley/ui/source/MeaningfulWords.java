package org.parley.ui.source;

import java.util.Set;

/**
 * Which words of a compared fact are worth a mark: not the grammar that holds a sentence together,
 * nor the verb that says who is speaking. Two papers reporting the same fact differ in their
 * articles, pronouns and "said"s as a matter of style; marked, "said" stood out in the Post's
 * "…Alexander Grushko said" as if the Times had not reported him speaking.
 *
 * <p>The rule is the English closed classes that carry no content of their own (articles, personal
 * pronouns, coordinating conjunctions, the auxiliaries "be", "have" and "do", the most grammatical
 * prepositions and relatives) and the common verbs of reported speech. Negations, modals,
 * quantifiers ("some", "close to") and prepositions of place ("near", "along") stay marked: they
 * are where papers differ in what they claim.
 */
final class MeaningfulWords {

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the",
            "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its",
            "they", "them", "their",
            "and", "or", "but",
            "be", "is", "are", "was", "were", "been", "being", "am", "has", "have", "had", "having",
            "do", "does", "did",
            "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
            "that", "which", "who", "whom");

    /** The verbs that only say someone spoke, in the forms news reports use. */
    private static final Set<String> REPORTING_VERBS = Set.of(
            "say", "says", "said", "saying", "tell", "tells", "told", "telling",
            "add", "adds", "added", "noted", "stated", "according");

    private MeaningfulWords() {
    }

    /** Whether {@code word} (lower case, a straight apostrophe) is a function word: marked only between two that are not. */
    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word);
    }

    /** Whether {@code word} (lower case) only says someone spoke: a marked run of words stops at it. */
    static boolean isReportingVerb(String word) {
        return REPORTING_VERBS.contains(word);
    }
}
