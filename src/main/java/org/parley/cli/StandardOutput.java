package org.parley.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Standard output that remembers why a write failed. A {@link PrintStream} only says that one did,
 * and a reader that stopped reading ({@code parley search … | head -3}) is not a full disk: the
 * first is how pipes end and wants no message, the second lost output the user asked for.
 */
final class StandardOutput extends FilterOutputStream {

    private volatile IOException failure;

    StandardOutput(OutputStream out) {
        super(out);
    }

    /** Puts a recording stream under {@link System#out}, with the encoding and flushing it had. */
    static StandardOutput install() {
        StandardOutput recording = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        System.setOut(new PrintStream(new BufferedOutputStream(recording, 8192), true, encoding("sun.stdout.encoding")));
        return recording;
    }

    /** The terminal's encoding as the JDK names it in {@code property}, or the default one. */
    static Charset encoding(String property) {
        try {
            return Charset.forName(System.getProperty(property, Charset.defaultCharset().name()));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /** Whether output was lost because its reader closed the pipe (EPIPE), rather than for want of room. */
    boolean readerWentAway() {
        IOException e = failure;
        // "Broken pipe" on Linux and macOS; "The pipe is being closed" and "The pipe has been ended" on Windows.
        return e != null && e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("pipe");
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }
}
