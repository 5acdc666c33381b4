package org.parley.ui.present;

import java.util.OptionalInt;

/**
 * The step number a presenter is typing before Enter: nine digits at most, so it cannot overflow an
 * int (four were too few for a generated dataset's 40,184 steps: "40000" went to step 4,000).
 */
final class TypedNumber {

    private static final int MAX_DIGITS = 9;
    private final StringBuilder digits = new StringBuilder();

    void append(int digit) {
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException("not a digit: " + digit);
        }
        if (digits.length() < MAX_DIGITS) {
            digits.append(digit);
        }
    }

    /** Removes the last digit; false when there was none. */
    boolean backspace() {
        if (digits.isEmpty()) {
            return false;
        }
        digits.setLength(digits.length() - 1);
        return true;
    }

    boolean isEmpty() {
        return digits.isEmpty();
    }

    String text() {
        return digits.toString();
    }

    /** The number typed so far, kept. */
    OptionalInt peek() {
        return digits.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits.toString()));
    }

    /** The number typed, and forgets it. */
    OptionalInt take() {
        if (digits.isEmpty()) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(digits.toString());
        digits.setLength(0);
        return OptionalInt.of(value);
    }

    void clear() {
        digits.setLength(0);
    }
}
