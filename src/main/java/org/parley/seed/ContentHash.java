package org.parley.seed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.parley.model.Dataset;
import org.parley.model.Source;

/**
 * SHA-256 over a dataset's canonical JSON (as {@link ExchangeFormatWriter} writes it) and each of its
 * source texts (with their file names), as lowercase hex. Canonical, so re-indenting a file or
 * importing an exported copy of the same data counts as unchanged. Each part is length-prefixed so
 * that moving bytes between parts changes the hash.
 */
public final class ContentHash {
    /** What {@link #warmUp} hashes: 16,384 blocks of SHA-256, over three times what gets its step to C2. */
    static final int WARM_UP_BYTES = 1 << 20;
    private static volatile boolean warm;

    private ContentHash() {
    }

    /**
     * Hashes a megabyte of zeros and throws the digest away, once per run, before a big import reads its file.
     * SHA-256 runs on the processor's own instructions only once the C2 compiler has compiled it, and at the
     * end of an import of 100,000 events C2's queue is long: the hash's 90 MB went through the Java code of
     * SHA-256 compiled by C1, 0.5 s more CPU on the reading thread (docs/benchmarks.md, "Morning of
     * 2026-12-07: the import's CPU"). Hashed at the start, while the queue is short, the compiled code is
     * ready when the hash comes, for 30–40 ms.
     */
    public static void warmUp() {
        if (warm) {
            return;
        }
        MessageDigest sha = sha256();
        // SHA-256 compresses 64 bytes a call: the call C2 compiles with the processor's instructions inside.
        byte[] zeros = new byte[1 << 12];
        for (int i = 0; i < WARM_UP_BYTES / zeros.length; i++) {
            sha.update(zeros);
        }
        sha.digest();
        warm = true;
    }

    /** Whether {@link #warmUp} has run in this JVM. */
    public static boolean warm() {
        return warm;
    }

    public static String of(Dataset dataset) {
        return of(dataset, () -> { });
    }

    /**
     * As {@link #of(Dataset)}, running {@code goOn} every 256 KB of it, so a caller can stop it
     * by throwing (an import's Cancel): on 100,000 events it takes seconds, and a Cancel had waited them out.
     */
    public static String of(Dataset dataset, Runnable goOn) {
        MessageDigest sha = sha256();
        // Written once into blocks, not into a String and its copies: the JSON's length comes first.
        Blocks json = new Blocks(goOn);
        try {
            new ExchangeFormatWriter().writeJson(dataset, json);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        length(sha, json.size);
        json.feed(sha);
        for (Source s : dataset.sources()) {
            goOn.run();
            part(sha, s.file().getBytes(StandardCharsets.UTF_8));
            // Texts were decoded strictly from UTF-8, so encoding them again gives the file's own bytes.
            part(sha, s.text().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void part(MessageDigest sha, byte[] bytes) {
        length(sha, bytes.length);
        sha.update(bytes);
    }

    private static void length(MessageDigest sha, long length) {
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(length).array());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Bytes kept in fixed blocks, so growing never copies what is already written. */
    private static final class Blocks extends OutputStream {
        // Under half a G1 region of a small heap, so blocks are not "humongous" objects.
        private static final int BLOCK = 1 << 18;
        private final List<byte[]> blocks = new ArrayList<>();
        private final Runnable goOn;
        private long size;

        Blocks(Runnable goOn) {
            this.goOn = goOn;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                int used = (int) (size % BLOCK);
                if (used == 0) {
                    goOn.run();
                    blocks.add(new byte[BLOCK]);
                }
                int n = Math.min(length, BLOCK - used);
                System.arraycopy(bytes, offset, blocks.get(blocks.size() - 1), used, n);
                offset += n;
                length -= n;
                size += n;
            }
        }

        void feed(MessageDigest sha) {
            long left = size;
            for (byte[] block : blocks) {
                goOn.run();
                int n = (int) Math.min(left, BLOCK);
                sha.update(block, 0, n);
                left -= n;
            }
        }
    }
}
