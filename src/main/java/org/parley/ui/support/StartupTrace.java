package org.parley.ui.support;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;

/**
 * Milestones of the start, in milliseconds after JVM start, logged when the JVM runs with
 * {@code -Dparley.startup.trace=true}: where the time to the first frame goes, without a profiler
 * that changes it. Silent and nearly free otherwise.
 */
public final class StartupTrace {

    private static final Logger LOG = Logger.getLogger(StartupTrace.class.getName());
    private static final boolean ON = Boolean.getBoolean("parley.startup.trace");

    private StartupTrace() {
    }

    /** Notes that the start reached {@code milestone}, and on which thread. */
    public static void mark(String milestone) {
        if (ON) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            String thread = Thread.currentThread().getName();
            // CPU time says what a milestone cost even on a busy machine, where wall time mostly says how busy it was.
            long threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            // ProcessHandle, not com.sun.management: the installed runtime does not link jdk.management.
            long processCpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
            LOG.info(() -> String.format("startup %6d ms  %-26s %-28s cpu: thread %5d ms, process %5d ms",
                    ms, thread, milestone, threadCpu, processCpu));
        }
    }
}
