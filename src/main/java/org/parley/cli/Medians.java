package org.parley.cli;

import java.io.PrintWriter;
import java.util.Arrays;

/** Timing helpers for {@code bench}: warm-up then measured runs, and one line per budget. */
final class Medians {

    /** A piece of work that may fail; failures end the benchmark with their own message. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private Medians() {
    }

    /** Times {@code work} {@code runs} times after {@code warmUps} unmeasured runs, so the JIT has done its part. */
    static double[] measure(int warmUps, int runs, Work work) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    static double median(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** One line: what, the median with min and max, the budget, and OVER BUDGET when the median exceeds it. */
    static void report(PrintWriter out, String what, double[] ms, double budgetMs) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = median(ms);
        out.printf("  %-52s %9.1f ms median of %d (min %.1f, max %.1f; budget %s)%s%n", what, median, ms.length,
                sorted[0], sorted[sorted.length - 1], budget(budgetMs), median <= budgetMs ? "" : "  OVER BUDGET");
        out.flush();
    }

    /** A measurement that has no budget of its own (work done off the screen's thread). */
    static void inform(PrintWriter out, String what, double[] ms, String note) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        out.printf("  %-52s %9.1f ms median of %d (min %.1f, max %.1f; %s)%n", what, median(ms), ms.length,
                sorted[0], sorted[sorted.length - 1], note);
        out.flush();
    }

    static void skipped(PrintWriter out, String what, String reason) {
        out.printf("  %-52s   skipped: %s%n", what, reason);
        out.flush();
    }

    private static String budget(double ms) {
        return ms >= 1000 ? String.format("%.1f s", ms / 1000) : String.format("%.0f ms", ms);
    }
}
