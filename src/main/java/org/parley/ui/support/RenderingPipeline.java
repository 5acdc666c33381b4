package org.parley.ui.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Chooses JavaFX's software renderer before the toolkit starts on a Linux machine with no GPU
 * device (no {@code /dev/dri}, no NVIDIA device): a virtual machine, a remote or headless display.
 * JavaFX would first try its OpenGL pipeline there, find only a software OpenGL it does not
 * qualify, and fall back to the same software renderer about 0.1 s later (decision 0109). A
 * {@code -Dprism.order} of the user's own is always kept.
 */
public final class RenderingPipeline {

    static final String ORDER = "prism.order";

    private RenderingPipeline() {
    }

    /** Call before {@code Application.launch}. */
    public static void chooseBeforeStart() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) {
            chooseBeforeStart(System.getProperties(), Path.of("/dev"));
        }
    }

    static void chooseBeforeStart(Properties properties, Path dev) {
        if (properties.getProperty(ORDER) == null && !hasGpuDevice(dev)) {
            properties.setProperty(ORDER, "sw");
        }
    }

    /** Whether a GPU driver is there to answer: a DRM device (Mesa, AMD, Intel, NVIDIA's own) or NVIDIA's control device. */
    static boolean hasGpuDevice(Path dev) {
        return Files.isDirectory(dev.resolve("dri")) || Files.exists(dev.resolve("nvidiactl"))
                || Files.exists(dev.resolve("nvidia0"));
    }
}
