package org.parley.seed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.parley.model.CountText;

/**
 * What a file that is not a dataset's JSON says it is, from its first bytes: a Parley database,
 * text saved as UTF-16 or UTF-32, a table of comma-separated values (Parley's own CSV export, edited in a
 * spreadsheet and brought back), a ZIP archive (a spreadsheet or document), a PDF, an image or a
 * compressed file.
 * Without this they were "not valid UTF-8 at byte 0" or "malformed JSON", which name no cure.
 */
final class FileSignature {

    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Enough for a CSV file's header line (Parley's events.csv: 140 bytes), and for the signatures. */
    private static final int HEAD = 512;
    /** How many of the first two-byte pairs must look like UTF-16 without a mark (fewer when the file is shorter). */
    private static final int UTF16_PAIRS = 4;
    /** How many NUL bytes a file must begin with (all of it, when shorter) to be called binary zeros. */
    private static final int ZEROS = 16;
    private static final String SAVE_AS_UTF8 = "save it again as UTF-8 (most editors offer this under \"Save as…\" "
            + "or \"Encoding\")";
    /** What leaves a file of zeros, said of a dataset's and of a source text's. */
    private static final String UNFINISHED_COPY = "A copy or download that did not finish leaves such a file";
    private static final String UNPACK = "unpack it first (gunzip, unxz, … or the file manager's Extract)";
    /** Said of every file that is a table or a document rather than the exchange format. */
    private static final String ONLY_JSON = "Parley imports datasets in its JSON exchange format only (File → Export "
            + "data… as Parley JSON, or \"parley export-data --format json\", writes one; docs/exchange-format.md "
            + "describes it)";

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
        if (startsWith(head, SQLITE)) {
            return Optional.of("this is an SQLite database (a Parley database?), not a dataset file: open it with "
                    + "--db, or write its dataset out with \"parley export-data --format json\"");
        }
        Optional<String> encoding = wideEncoding(head);
        if (encoding.isPresent()) {
            return Optional.of("the file is saved as " + encoding.get() + ", not UTF-8: " + SAVE_AS_UTF8);
        }
        return other(head);
    }

    /**
     * Why a source text's bytes are no plain UTF-8 text, when they tell: saved as UTF-16 or UTF-32, a
     * document, an image or a database, or holding a NUL byte, which no text does. Without its mark, a
     * UTF-16 text of plain letters and curly quotes is valid UTF-8 with a NUL after each letter: each
     * quotation from it was "not found", 155 problems that named no cure.
     */
    static Optional<String> textProblem(byte[] bytes) {
        Optional<String> encoding = wideEncoding(bytes);
        if (encoding.isPresent()) {
            return Optional.of("is saved as " + encoding.get() + ", not UTF-8: " + SAVE_AS_UTF8);
        }
        Optional<String> packed = compression(bytes);
        if (packed.isPresent()) {
            return Optional.of("is compressed with " + packed.get() + ", not plain text: " + UNPACK
                    + ", then name the text file");
        }
        Optional<String> kind = document(bytes);
        if (kind.isPresent()) {
            return Optional.of("is " + kind.get() + ", not plain text: save the article's words as a plain text "
                    + "file in UTF-8 (.txt) and name that");
        }
        Optional<String> zeros = zerosAtStart(bytes, bytes.length);
        if (zeros.isPresent()) {
            return Optional.of(zeros.get() + ": it is no text at all. " + UNFINISHED_COPY + "; copy the article's text "
                    + "again from where it came");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Optional.of("holds a NUL byte (the first at byte " + i + "), which plain text never does; a "
                        + "text saved as UTF-16 (\"Unicode\") looks so: " + SAVE_AS_UTF8);
            }
        }
        return Optional.empty();
    }

    /** UTF-32 or UTF-16, with its mark or without: JSON, and most texts, begin with an ASCII character. */
    private static Optional<String> wideEncoding(byte[] head) {
        if (utf32(head)) {
            return Optional.of("UTF-32");
        }
        boolean bomBigEndian = head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF;
        boolean bomLittleEndian = head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE;
        boolean ascii16 = unmarkedUtf16(head, 0) || unmarkedUtf16(head, 1);
        return bomBigEndian || bomLittleEndian || ascii16 ? Optional.of("UTF-16") : Optional.empty();
    }

    /**
     * UTF-16 without a mark, whose zero byte of each pair stands at {@code zeroAt} (1: little-endian): the
     * first character is ASCII, and each of the first few pairs has a zero there and a letter beside it.
     * One zero was not enough: a JSON file that began "{" and then a NUL byte had been "saved as UTF-16".
     */
    private static boolean unmarkedUtf16(byte[] head, int zeroAt) {
        int pairs = Math.min(UTF16_PAIRS, head.length / 2);
        if (pairs < 2 || head[1 - zeroAt] <= 0) {
            return false;
        }
        for (int pair = 0; pair < pairs; pair++) {
            if (head[2 * pair + zeroAt] != 0 || head[2 * pair + 1 - zeroAt] == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-32, with its mark or without (JSON's first character is ASCII: three of its four bytes are
     * zero). Its little-endian mark begins as UTF-16's does, and it had been called UTF-16.
     */
    private static boolean utf32(byte[] head) {
        if (head.length < 4) {
            return false;
        }
        boolean bigEndianMark = head[0] == 0 && head[1] == 0 && (head[2] & 0xFF) == 0xFE && (head[3] & 0xFF) == 0xFF;
        boolean littleEndianMark = (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE && head[2] == 0 && head[3] == 0;
        boolean asciiBigEndian = head[0] == 0 && head[1] == 0 && head[2] == 0 && head[3] > 0;
        boolean asciiLittleEndian = head[0] > 0 && head[1] == 0 && head[2] == 0 && head[3] == 0;
        return bigEndianMark || littleEndianMark || asciiBigEndian || asciiLittleEndian;
    }

    private static Optional<String> other(byte[] head) {
        Optional<String> zeros = binaryZeros(head);
        if (zeros.isPresent()) {
            return zeros;
        }
        Optional<String> packed = compression(head);
        if (packed.isPresent()) {
            return Optional.of("this is a file compressed with " + packed.get() + ", not a dataset file: " + UNPACK
                    + ", then import the dataset's JSON file");
        }
        Optional<String> kind = document(head);
        if (kind.isPresent()) {
            return Optional.of("this is " + kind.get() + ", not a dataset file: " + ONLY_JSON);
        }
        if (looksLikeCsv(head)) {
            return Optional.of("this looks like a table of comma-separated values (CSV), not a dataset file: "
                    + ONLY_JSON + ". A CSV export is for spreadsheets and does not import again");
        }
        return Optional.empty();
    }

    /**
     * A file that begins with a NUL byte and is not UTF-16 or UTF-32 (checked before): a download or copy that
     * did not finish, or a disk's damage, leaves files of zeros. It had been "1:2: malformed JSON: the control
     * character U+0000 stands between the JSON's values", as if one character were out of place.
     */
    private static Optional<String> binaryZeros(byte[] head) {
        // Only the first bytes are looked at: a file longer than they are is said to begin with zeros.
        return zerosAtStart(head, head.length < HEAD ? head.length : Long.MAX_VALUE).map(what -> "the file " + what
                + ": it is not a dataset, nor JSON, CSV or any text. " + UNFINISHED_COPY + "; copy the dataset again "
                + "from where it came");
    }

    /**
     * "holds nothing but binary zeros (3 NUL bytes)" or "begins with binary zeros (NUL bytes)", said of a file of
     * {@code size} bytes that begins with {@code bytes}; empty when they do not begin with enough zeros to tell.
     */
    private static Optional<String> zerosAtStart(byte[] bytes, long size) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        // One stray NUL before the JSON ("\0{") or the words is a character to delete, pointed at where it stands.
        if (zeros == 0 || zeros < Math.min(bytes.length, ZEROS)) {
            return Optional.empty();
        }
        return Optional.of(zeros == size
                ? "holds nothing but binary zeros (" + CountText.number(zeros) + " NUL " + (zeros == 1 ? "byte" : "bytes")
                + ")"
                : "begins with binary zeros (NUL bytes)");
    }

    /**
     * The compression a file's first bytes name ("gzip"), empty when none: a download saved still
     * compressed (week.json.gz renamed) had been "not valid UTF-8 at byte 1".
     */
    private static Optional<String> compression(byte[] head) {
        if (startsWith(head, 0x1F, 0x8B)) {
            return Optional.of("gzip");
        }
        if (startsWith(head, 0xFD, '7', 'z', 'X', 'Z', 0)) {
            return Optional.of("xz");
        }
        if (startsWith(head, 0x28, 0xB5, 0x2F, 0xFD)) {
            return Optional.of("zstd");
        }
        // "BZh", the block size, then the first block's mark: a text may begin "BZh9", but not with all ten.
        if (head.length >= 10 && startsWith(head, 'B', 'Z', 'h') && head[3] >= '1' && head[3] <= '9'
                && startsWith(Arrays.copyOfRange(head, 4, 10), 0x31, 0x41, 0x59, 0x26, 0x53, 0x59)) {
            return Optional.of("bzip2");
        }
        if (startsWith(head, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return Optional.of("7-Zip");
        }
        if (startsWith(head, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return Optional.of("RAR");
        }
        return Optional.empty();
    }

    /** What a file is by its signature: "a PDF", "an image", …; empty when the first bytes name nothing. */
    private static Optional<String> document(byte[] head) {
        if (startsWith(head, SQLITE)) {
            return Optional.of("an SQLite database");
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return Optional.of("a ZIP archive (a spreadsheet, a document or a zipped folder?)");
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return Optional.of("a PDF");
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G') || startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("an image");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0,
                signature.length);
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A first line of words and commas, like "id,title,kind,…": no JSON text begins with a letter other than
     * true, false or null, so this only names what the reader would call malformed anyway.
     */
    private static boolean looksLikeCsv(byte[] head) {
        int end = 0;
        while (end < head.length && head[end] != '\n' && head[end] != '\r') {
            end++;
        }
        String line = new String(head, 0, end, StandardCharsets.ISO_8859_1);
        if (line.startsWith("\u00EF\u00BB\u00BF")) {
            line = line.substring(3);   // a spreadsheet's UTF-8 mark
        }
        if (line.isEmpty() || !(Character.isLetter(line.charAt(0)) || line.charAt(0) == '"')
                || line.startsWith("true") || line.startsWith("false") || line.startsWith("null")) {
            return false;
        }
        return (line.indexOf(',') > 0 || line.indexOf(';') > 0) && line.indexOf('{') < 0 && line.indexOf(':') < 0;
    }
}
