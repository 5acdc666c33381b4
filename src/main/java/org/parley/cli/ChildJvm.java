package org.parley.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Parley's own command line in a new JVM, as a user would, so a benchmark of a whole run
 * includes JVM start, class loading and everything else a person waits for. The child is started as
 * this JVM was ({@link #inheritedOptions}): run from the installed app, with the launcher's options.
 */
final class ChildJvm {

    /** The children running now: a parent stopped by Ctrl-C or a signal stops them too (see {@link #stopAll}). */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    /** Set on the way out: a child ended by {@link #stopAll} is no result to report or to build on. */
    private static volatile boolean stopping;

    /**
     * Stops every child still running and waits briefly for each to go, for a parent on its way out:
     * left alone, a child import went on writing into a folder its parent was deleting.
     */
    /**
     * Holds the caller until the JVM halts: a bench that went on after its child was stopped printed
     * "FAILED" and began its next import in the folder the clean-up was deleting.
     */
    private static void waitForTheEnd() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // Only the JVM's halt ends this wait.
                continue;
            }
        }
    }

    static void stopAll() {
        stopping = true;
        for (Process p : RUNNING) {
            p.destroyForcibly();
        }
        for (Process p : RUNNING) {
            try {
                p.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }


    private static final Pattern MS = Pattern.compile("(\\d+) ms\\s*$", Pattern.MULTILINE);

    /** What the child printed and how long it ran. */
    record Run(int exit, String out, double wallMs) {
        /** The number before the "ms" that ends the last line saying one, as --measure-startup prints. */
        double reportedMs() {
            Matcher m = MS.matcher(out);
            double ms = -1;
            while (m.find()) {
                ms = Double.parseDouble(m.group(1));
            }
            if (ms < 0) {
                throw new IllegalStateException("the app printed no time: " + out.strip());
            }
            return ms;
        }
    }

    private final List<String> jvmOptions;
    private final long timeoutSeconds;
    /** Variables set (or, when null, removed) in the child's environment. */
    private final Map<String, String> environment;

    /** Named, not imported: the command line does not depend on the launcher that starts it. */
    private static final String LAUNCHER = "org.parley.launch.Launcher";

    ChildJvm(List<String> jvmOptions, long timeoutSeconds) {
        this(jvmOptions, timeoutSeconds, Map.of());
    }

    private ChildJvm(List<String> jvmOptions, long timeoutSeconds, Map<String, String> environment) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.timeoutSeconds = timeoutSeconds;
        this.environment = environment;
    }

    /** The same child with {@code name} set to {@code value} in its environment, or removed when null. */
    ChildJvm withEnvironment(String name, String value) {
        Map<String, String> more = new HashMap<>(environment);
        more.put(name, value);
        return new ChildJvm(jvmOptions, timeoutSeconds, more);
    }

    Run run(Path workDir, String... args) throws IOException, InterruptedException {
        Run run = attempt(workDir, args);
        if (run.exit() != 0) {
            throw new IOException("the child JVM failed (exit " + run.exit() + "): " + String.join(" ", args)
                    + "\n" + run.out().strip());
        }
        return run;
    }

    /**
     * This JVM's class path with every entry made absolute: the child starts in its own working
     * folder, where `java -jar target/parley.jar bench`'s relative "target/parley.jar" names nothing.
     */
    static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The options this JVM was started with that a child should share. From the installed app they are
     * its launcher's (the compiler's thresholds, the class cache, where SQLite's library is): without
     * them a child's start took 3 s where the app's own takes 1.5. Left out: what attaches a tool (an
     * agent, a debugger, a recording), what writes a class cache at exit, and the heap's size, which
     * each child is given.
     */
    static List<String> inheritedOptions(List<String> parentOptions) {
        List<String> kept = new ArrayList<>();
        for (String option : parentOptions) {
            if (!NOT_INHERITED.matcher(option).lookingAt()) {
                kept.add(option);
            }
        }
        return kept;
    }

    private static final Pattern NOT_INHERITED = Pattern.compile("-agentlib|-agentpath|-javaagent|-Xdebug|-Xrunjdwp"
            + "|-XX:[+-]?(?:StartFlightRecording|FlightRecorder|ArchiveClassesAtExit|AOTCacheOutput|AOTMode"
            + "|AOTConfiguration|DumpLoadedClassList|MaxHeapSize|InitialHeapSize)|-Xm[xs]");

    /** As {@link #run}, whatever the exit status: for runs that are meant to fail. */
    Run attempt(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(inheritedOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        // After the inherited ones, so the child's own win where both say the same.
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(absoluteClassPath());
        // The jar's own entry point, as `java -jar parley.jar` starts: run from the jar, the class path
        // holds the jar alone and only the launcher finds the libraries beside it.
        command.add(LAUNCHER);
        command.addAll(List.of(args));
        Path log = Files.createTempFile(workDir, "child-", ".out");
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The child's log, window preferences and default database stay out of the user's own folder.
        pb.environment().put("XDG_DATA_HOME", workDir.resolve("data").toString());
        environment.forEach((name, value) -> {
            if (value == null) {
                pb.environment().remove(name);
            } else {
                pb.environment().put(name, value);
            }
        });
        Process p = pb.start();
        RUNNING.add(p);
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("the child JVM took longer than " + timeoutSeconds + " s: " + String.join(" ", args));
            }
        } finally {
            RUNNING.remove(p);
        }
        if (stopping) {
            waitForTheEnd();
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Run(p.exitValue(), out, ms);
    }
}
