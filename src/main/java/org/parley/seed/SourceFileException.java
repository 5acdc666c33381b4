package org.parley.seed;

import java.io.IOException;

/** A source text that exists but must not be read: its message is meant for the curator as it is. */
public final class SourceFileException extends IOException {
    public SourceFileException(String message) {
        super(message);
    }
}
