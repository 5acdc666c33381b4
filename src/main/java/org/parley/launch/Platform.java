package org.parley.launch;

import java.util.Locale;

/** The operating system and processor the JVM runs on, named as the JavaFX jars' classifiers name them. */
enum Platform {
    LINUX("linux"), LINUX_AARCH64("linux-aarch64"), MAC("mac"), MAC_AARCH64("mac-aarch64"), WIN("win");

    private final String folder;

    Platform(String folder) {
        this.folder = folder;
    }

    /** The folder under {@code lib/javafx/} that holds this platform's JavaFX jars. */
    String folder() {
        return folder;
    }

    static Platform current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    static Platform of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean arm = osArch.toLowerCase(Locale.ROOT).matches("aarch64|arm64");
        if (os.startsWith("windows")) {
            return WIN;
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return arm ? MAC_AARCH64 : MAC;
        }
        return arm ? LINUX_AARCH64 : LINUX;
    }
}
