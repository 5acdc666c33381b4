package org.parley.model;

/**
 * The words the status bar, the Filters pane and the command line share for the events a time range holds only
 * when asked: those dated only to a month or coarser that overlap it (decision 0167).
 */
public final class RoughlyDatedText {

    private RoughlyDatedText() {
    }

    /** "16 more dated only to a month or coarser overlap these days": left out, said beside what is shown. */
    public static String leftOut(long n) {
        return CountText.number(n) + " more dated only to a month or coarser " + (n == 1 ? "overlaps" : "overlap")
                + " these days";
    }

    /** "16 of them dated only to a month or coarser": kept, said beside what is shown. */
    public static String kept(long n) {
        return CountText.number(n) + " of them" + " dated only to a month or coarser";
    }
}
