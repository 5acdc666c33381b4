package org.parley.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import org.parley.seed.Printable;

/**
 * What a command prints, with control characters written as visible escapes ({@code \u001B}):
 * a path or a title holding ESC or a carriage return would otherwise drive the terminal it is
 * printed on. Line breaks and tabs pass. Every line of every command goes through one, so no
 * message has to remember to escape what it echoes.
 */
final class TerminalSafeWriter extends FilterWriter {

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    /** A print writer onto {@code stream} in the terminal's encoding, flushing at each line as picocli's own does. */
    static PrintWriter onto(PrintStream stream, String encodingProperty) {
        return new PrintWriter(new TerminalSafeWriter(new OutputStreamWriter(stream,
                StandardOutput.encoding(encodingProperty))), true);
    }

    private static boolean mustEscape(char c) {
        return Printable.isControl(c);
    }

    @Override
    public void write(int c) throws IOException {
        if (mustEscape((char) c)) {
            out.write(String.format("\\u%04X", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (mustEscape(buf[i])) {
                out.write(buf, start, i - start);
                out.write(String.format("\\u%04X", (int) buf[i]));
                start = i + 1;
            }
        }
        out.write(buf, start, off + len - start);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.toCharArray(), off, len);
    }
}
