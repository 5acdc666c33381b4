package org.parley.seed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 without replacing anything; a bad byte is reported with its line and column. */
final class StrictUtf8 {

    /** Where decoding stopped: 1-based line and column (in characters), and the byte offset. */
    static final class Malformed extends CharacterCodingException {
        final int line;
        final int column;
        final long byteOffset;

        Malformed(int line, int column, long byteOffset) {
            this.line = line;
            this.column = column;
            this.byteOffset = byteOffset;
        }

        @Override
        public String getMessage() {
            return "invalid UTF-8 at byte " + byteOffset + " (line " + line + ", column " + column + ")";
        }
    }

    private StrictUtf8() {
    }

    static String decode(byte[] bytes) throws Malformed {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw locate(out, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw locate(out, in.position());
        }
        out.flip();
        return out.toString();
    }

    private static Malformed locate(CharBuffer decodedSoFar, int byteOffset) {
        decodedSoFar.flip();
        int line = 1;
        int column = 1;
        for (int i = 0; i < decodedSoFar.limit(); i++) {
            if (decodedSoFar.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Malformed(line, column, byteOffset);
    }
}
