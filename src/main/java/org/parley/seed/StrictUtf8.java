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

    /**
     * Where decoding stopped: 1-based line and column (in characters), and the byte offset; {@code cutShort}
     * when the bytes there begin a character that the end of the file cuts off.
     */
    static final class Malformed extends CharacterCodingException {
        final int line;
        final int column;
        final long byteOffset;
        final boolean cutShort;

        Malformed(int line, int column, long byteOffset, boolean cutShort) {
            this.line = line;
            this.column = column;
            this.byteOffset = byteOffset;
            this.cutShort = cutShort;
        }

        @Override
        public String getMessage() {
            return "invalid UTF-8 at byte " + byteOffset + " (line " + line + ", column " + column + ")";
        }

        /**
         * What is wrong with the file {@code subject} names. One that ends inside a character was cut short:
         * "not valid UTF-8", and its advice to save the file again as UTF-8, could not help.
         */
        String saidOf(String subject) {
            return cutShort ? subject + " ends in the middle of a character, at byte " + byteOffset + " (line " + line
                    + ", column " + column + "): it was cut short, as a copy or download that did not finish leaves it"
                    : subject + " is not valid UTF-8: " + getMessage();
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
            throw locate(out, in.position(), cutCharacter(in, result));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw locate(out, in.position(), false);
        }
        out.flip();
        return out.toString();
    }

    /**
     * Whether the bytes a decoder refused at the end of its input are the first of one character, all the
     * bytes there are: a lead byte and fewer continuation bytes than it announces.
     */
    static boolean cutCharacter(ByteBuffer in, CoderResult refused) {
        int from = in.position();
        if (!refused.isMalformed() || refused.length() != in.limit() - from) {
            return false;
        }
        int lead = in.get(from) & 0xFF;
        int needs = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
        int present = in.limit() - from - 1;
        if (present >= needs) {
            return false;
        }
        for (int i = from + 1; i < in.limit(); i++) {
            if ((in.get(i) & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static Malformed locate(CharBuffer decodedSoFar, int byteOffset, boolean cutShort) {
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
        return new Malformed(line, column, byteOffset, cutShort);
    }
}
