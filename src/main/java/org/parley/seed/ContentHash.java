package org.parley.seed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.parley.model.Dataset;
import org.parley.model.Source;

/**
 * SHA-256 over a dataset's canonical JSON (as {@link ExchangeFormatWriter} writes it) and each of its
 * source texts (with their file names), as lowercase hex. Canonical, so re-indenting a file or
 * importing an exported copy of the same data counts as unchanged. Each part is length-prefixed so
 * that moving bytes between parts changes the hash.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(Dataset dataset) {
        MessageDigest sha = sha256();
        part(sha, new ExchangeFormatWriter().toJson(dataset).getBytes(StandardCharsets.UTF_8));
        for (Source s : dataset.sources()) {
            part(sha, s.file().getBytes(StandardCharsets.UTF_8));
            // Texts were decoded strictly from UTF-8, so encoding them again gives the file's own bytes.
            part(sha, s.text().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void part(MessageDigest sha, byte[] bytes) {
        sha.update(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
        sha.update(bytes);
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
