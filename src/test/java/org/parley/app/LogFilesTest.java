package org.parley.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The log file stays locked while a Parley runs, so a second Parley writes a file of its own. The check
 * of which file the handler held opened the lock file and closed it again, and closing any channel on a
 * file drops every lock the process holds on it (FileLock's Javadoc): a second window then wrote the
 * first one's parley.log, and either's rotation cut the other's details.
 */
class LogFilesTest {

    @TempDir
    Path dir;

    /** A Parley's logging alone, in a process of its own: installs the log file, says so, waits for stdin to close. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            LogFiles.install(Path.of(args[0]));
            Logger.getLogger("parley.test").info("started");
            System.out.println("ready " + LogFiles.current());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Waits until the test closes the pipe.
            }
        }
    }

    @Test
    void theLogFileStaysLockedWhileParleyRuns() throws Exception {
        Path log = dir.resolve("parley.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), log.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertEquals("ready " + log, line, "the child names its own file");
            try (FileChannel probe = FileChannel.open(dir.resolve("parley.log.lck"), StandardOpenOption.WRITE)) {
                FileLock lock = probe.tryLock();
                if (lock != null) {
                    lock.release();
                }
                assertNull(lock, "another process may not take the running Parley's log lock");
            }
        } finally {
            child.getOutputStream().close();
            child.waitFor(20, TimeUnit.SECONDS);
            child.destroy();
        }
    }
}
