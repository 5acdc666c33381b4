package org.parley.seed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * What a file that is not a dataset's JSON says it is, from its first bytes: a Parley database, or
 * text saved as UTF-16. Without this both were "not valid UTF-8 at byte 0", which names no cure.
 */
final class FileSignature {

    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int HEAD = SQLITE.length;

    private FileSignature() {
    }

    /** A stream that reads as {@code in} does, whose first bytes {@link #problem} has looked at. */
    static BufferedInputStream peekable(InputStream in) {
        return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in);
    }

    /** Why the stream's bytes are no dataset, when its first bytes tell; the stream is left where it was. */
    static Optional<String> problem(BufferedInputStream in) throws IOException {
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        return problem(head);
    }

    static Optional<String> problem(byte[] head) {
        if (head.length >= SQLITE.length && java.util.Arrays.equals(head, 0, SQLITE.length, SQLITE, 0, SQLITE.length)) {
            return Optional.of("this is an SQLite database (a Parley database?), not a dataset file: open it with "
                    + "--db, or write its dataset out with \"parley export-data --format json\"");
        }
        boolean bomBigEndian = head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF;
        boolean bomLittleEndian = head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE;
        // JSON starts with an ASCII character; in UTF-16 without a mark, one of its two bytes is zero.
        boolean ascii16 = head.length >= 2 && head[0] != 0 && head[0] > 0 && head[1] == 0
                || head.length >= 2 && head[0] == 0 && head[1] != 0 && head[1] > 0;
        if (bomBigEndian || bomLittleEndian || ascii16) {
            return Optional.of("the file is saved as UTF-16, not UTF-8: save it again as UTF-8 (most editors offer "
                    + "this under \"Save as…\" or \"Encoding\")");
        }
        return Optional.empty();
    }
}
