package org.parley.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a UTF-8 stream without replacing anything, chunk by chunk, so a dataset file is never
 * held whole in memory. A bad byte ends the reading with {@link StrictUtf8.Malformed}, located as
 * {@link StrictUtf8#decode} locates it (line and column in characters, counting a byte-order mark,
 * and the byte offset). A leading byte-order mark is not passed on.
 */
final class StrictUtf8Reader extends Reader {
    private static final int BYTES = 1 << 16;
    private static final int CHARS = 1 << 14;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BYTES).flip();
    private final CharBuffer chars = CharBuffer.allocate(CHARS).flip();
    private long bytesBefore;
    private boolean endOfInput;
    private boolean done;
    private boolean started;
    // Where the next decoded char stands, for the message about a bad byte.
    private int line = 1;
    private int column = 1;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (done) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes what the byte buffer holds, reading more bytes when it holds too little. */
    private void fill() throws IOException {
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isUnderflow() && endOfInput) {
            result = decoder.flush(chars);
            done = !result.isOverflow();
        }
        int decoded = chars.position();
        track(decoded);
        if (result.isError()) {
            throw new StrictUtf8.Malformed(line, column, bytesBefore + bytes.position(),
                    endOfInput && StrictUtf8.cutCharacter(bytes, result));
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(0) == '\uFEFF') {
                chars.get();
            }
        }
        if (decoded == 0 && result.isUnderflow() && !endOfInput) {
            refill();
        }
    }

    private void refill() throws IOException {
        // After compacting, the first unread byte is at index 0.
        bytesBefore += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void track(int decoded) {
        for (int i = 0; i < decoded; i++) {
            if (chars.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
