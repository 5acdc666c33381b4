package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Names the machine a benchmark ran on, since every figure depends on it. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        Runtime rt = Runtime.getRuntime();
        return String.format("%d cores, %s, %s %s, Java %s (%s), max heap %d MB", rt.availableProcessors(),
                cpuModel().orElse("CPU model unknown"), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), rt.maxMemory() >> 20);
    }

    /** The CPU's model name where the system tells it (Linux's /proc/cpuinfo). */
    static Optional<String> cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip());
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Why a JavaFX window or canvas cannot be made here, or empty when it can. */
    static Optional<String> noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") || os.contains("bsd")) {
            String display = System.getenv("DISPLAY");
            String wayland = System.getenv("WAYLAND_DISPLAY");
            if ((display == null || display.isBlank()) && (wayland == null || wayland.isBlank())) {
                return Optional.of("no display (DISPLAY is not set); run under a desktop or xvfb-run");
            }
        }
        return Optional.empty();
    }
}
