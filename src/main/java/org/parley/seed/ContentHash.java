package org.parley.seed;

import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.parley.model.Source;

/**
 * SHA-256 over a dataset's JSON tokens, as they are parsed, and then each of its source texts
 * (with their file names), as lowercase hex. Tokens rather than bytes, so re-indenting a file or
 * adding blank lines counts as unchanged; gathered during the one parse the reader makes anyway,
 * so a big dataset is never written out a second time just to be hashed. Each token and part is
 * tagged and length-prefixed so that moving characters between them changes the hash.
 */
final class ContentHash {
    private static final byte TEXT_PART = 0x7f;

    private final MessageDigest sha = sha256();
    private byte[] buffer = new byte[512];

    /** Adds one JSON token; {@code text} is the name, string or number as written, else null. */
    void token(JsonToken token, String text) {
        sha.update((byte) token.id());
        if (text != null) {
            chars(text);
        }
    }

    /** Adds a source's file name and text, after all tokens. */
    void source(Source s) {
        sha.update(TEXT_PART);
        chars(s.file());
        // Texts were decoded strictly from UTF-8, so encoding them again gives the file's own bytes.
        byte[] bytes = s.text().getBytes(StandardCharsets.UTF_8);
        length(bytes.length);
        sha.update(bytes);
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The chars as UTF-16 code units, through one reused buffer: no allocation per token. */
    private void chars(String s) {
        int n = s.length();
        length(n);
        if (buffer.length < 2 * n) {
            buffer = new byte[Math.max(2 * n, 2 * buffer.length)];
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            buffer[2 * i] = (byte) (c >>> 8);
            buffer[2 * i + 1] = (byte) c;
        }
        sha.update(buffer, 0, 2 * n);
    }

    private void length(int n) {
        sha.update((byte) (n >>> 24));
        sha.update((byte) (n >>> 16));
        sha.update((byte) (n >>> 8));
        sha.update((byte) n);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
