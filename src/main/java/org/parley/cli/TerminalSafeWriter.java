package org.parley.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import org.parley.seed.Printable;

/**
 * What a command prints, with control characters written as visible escapes ({@code \u001B}):
 * a path or a title holding ESC or a carriage return would otherwise drive the terminal it is
 * printed on. Line breaks and tabs pass. Every line of every command goes through one, so no
 * message has to remember to escape what it echoes.
 *
 * <p>A terminal whose charset cannot hold a character ({@code LANG=C} is ASCII) got a "?" for it,
 * so "US–NATO–Russia" read "US?NATO?Russia" and an ellipsis read as a question. Dashes, quotation
 * marks, the ellipsis and a few signs get their plain ASCII stand-ins ({@link AsciiStandIns});
 * anything else it cannot hold is escaped like a control character, so it is still told apart.
 */
final class TerminalSafeWriter extends FilterWriter {

    /** What the terminal can show; {@code null} when it holds every character (UTF-8, or a test's string). */
    private final CharsetEncoder terminal;

    TerminalSafeWriter(Writer out) {
        this(out, StandardCharsets.UTF_8);
    }

    TerminalSafeWriter(Writer out, Charset charset) {
        super(out);
        this.terminal = holdsEverything(charset) ? null : charset.newEncoder();
    }

    /** A print writer onto {@code stream} in the terminal's encoding, flushing at each line as picocli's own does. */
    static PrintWriter onto(PrintStream stream, String encodingProperty) {
        Charset charset = StandardOutput.encoding(encodingProperty);
        return new Printer(new TerminalSafeWriter(new OutputStreamWriter(stream, charset), charset));
    }

    /**
     * A print writer through a {@link TerminalSafeWriter}, which can also go back to the start of its line: the one
     * control character a command writes on purpose, for a progress line ({@link ProgressLine}). Everything
     * printed is still made safe, the file names in that line too.
     */
    static final class Printer extends PrintWriter {
        private final TerminalSafeWriter safe;

        Printer(TerminalSafeWriter safe) {
            super(safe, true);
            this.safe = safe;
        }

        /** A carriage return, after what was printed before it. */
        void returnToLineStart() {
            synchronized (lock) {
                flush();
                try {
                    safe.out.write('\r');
                    safe.out.flush();
                } catch (IOException e) {
                    // As PrintWriter does: the failure is kept for checkError, which Main reads at the end.
                    setError();
                }
            }
        }
    }

    private static boolean holdsEverything(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.UTF_16)
                || charset.name().startsWith("UTF-");
    }

    /** What to write for the character at {@code i} instead of it, or {@code null} to write it as it is. */
    private String replacement(char[] buf, int i, int end) {
        char c = buf[i];
        if (Printable.isControl(c)) {
            return escaped(c);
        }
        if (terminal == null) {
            return null;
        }
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(buf[i + 1])) {
            return terminal.canEncode(new String(buf, i, 2)) ? null : escaped(c);
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(buf[i - 1])) {
            // The second half of a pair: written, or escaped, with the first.
            return terminal.canEncode(new String(buf, i - 1, 2)) ? null : escaped(c);
        }
        if (terminal.canEncode(c)) {
            return null;
        }
        String standIn = AsciiStandIns.of(c);
        return standIn != null ? standIn : escaped(c);
    }

    private static String escaped(char c) {
        return String.format("\\u%04X", (int) c);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            String instead = replacement(buf, i, end);
            if (instead != null) {
                out.write(buf, start, i - start);
                out.write(instead);
                start = i + 1;
            }
        }
        out.write(buf, start, end - start);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.toCharArray(), off, len);
    }
}
