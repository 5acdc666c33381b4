package org.parley.cli;

/** A command was given values it cannot use (a negative count, a date out of range); said as it is, exit 1. */
final class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
        super(message);
    }
}
