package org.parley.ui.present;

import java.util.List;
import org.parley.export.handout.Step;

/**
 * Where a presentation is: its steps, the current one and the autoplay pace. Plain Java so the
 * stepping rules are tested without a toolkit; moves past either end stay put, because a clicker
 * pressed once too often should not wrap the class back to the start.
 */
public final class PresentationDeck {

    public static final int MIN_INTERVAL_SECONDS = 2;
    public static final int MAX_INTERVAL_SECONDS = 60;
    public static final int DEFAULT_INTERVAL_SECONDS = 8;

    private final List<Step> steps;
    private int index;
    private int intervalSeconds = DEFAULT_INTERVAL_SECONDS;

    public PresentationDeck(List<Step> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a presentation needs at least one step");
        }
        this.steps = List.copyOf(steps);
    }

    public List<Step> steps() {
        return steps;
    }

    public int size() {
        return steps.size();
    }

    /** 0-based. */
    public int index() {
        return index;
    }

    /** 1-based, as the slide shows it. */
    public int number() {
        return index + 1;
    }

    public Step current() {
        return steps.get(index);
    }

    public boolean hasNext() {
        return index < steps.size() - 1;
    }

    /** @return whether the step changed */
    public boolean next() {
        return moveTo(index + 1);
    }

    public boolean previous() {
        return moveTo(index - 1);
    }

    public boolean first() {
        return moveTo(0);
    }

    public boolean last() {
        return moveTo(steps.size() - 1);
    }

    /** Goes to step {@code number} (1-based); a number outside the deck is ignored. */
    public boolean jumpTo(int number) {
        if (number < 1 || number > steps.size()) {
            return false;
        }
        return moveTo(number - 1);
    }

    private boolean moveTo(int target) {
        int clamped = Math.max(0, Math.min(steps.size() - 1, target));
        boolean changed = clamped != index;
        index = clamped;
        return changed;
    }

    public int intervalSeconds() {
        return intervalSeconds;
    }

    /** One second less between steps, down to {@link #MIN_INTERVAL_SECONDS}. */
    public void faster() {
        intervalSeconds = Math.max(MIN_INTERVAL_SECONDS, intervalSeconds - 1);
    }

    /** One second more between steps, up to {@link #MAX_INTERVAL_SECONDS}. */
    public void slower() {
        intervalSeconds = Math.min(MAX_INTERVAL_SECONDS, intervalSeconds + 1);
    }
}
