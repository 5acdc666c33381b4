package org.parley.launch;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassPathLayoutTest {

    @Test
    void picksThePlatformsJavaFxJarsAndLeavesTheRestOnTheClassPath() {
        String classPath = String.join(File.pathSeparator,
                "/p/target/classes",
                "/m2/javafx-controls-21.0.12.jar",
                "/m2/javafx-controls-21.0.12-linux.jar",
                "/m2/javafx-graphics-21.0.12-linux.jar",
                "/m2/javafx-graphics-21.0.12-win.jar",
                "/m2/picocli-4.7.7.jar");

        ClassPathLayout layout = ClassPathLayout.fromClassPath(classPath, Platform.LINUX).orElseThrow();

        assertEquals(List.of(Path.of("/m2/javafx-controls-21.0.12-linux.jar"),
                Path.of("/m2/javafx-graphics-21.0.12-linux.jar")), layout.javafxJars());
        assertEquals(List.of(Path.of("/p/target/classes"), Path.of("/m2/picocli-4.7.7.jar")), layout.classPath());
    }

    @Test
    void aClassPathWithoutJavaFxForThisPlatformIsLeftAlone() {
        Optional<ClassPathLayout> layout = ClassPathLayout.fromClassPath(
                String.join(File.pathSeparator, "/p/classes", "/m2/javafx-base-21.0.12-win.jar"), Platform.LINUX);

        assertTrue(layout.isEmpty());
    }

    @Test
    void namesPlatformsAsTheJavaFxClassifiersDo() {
        assertEquals(Platform.WIN, Platform.of("Windows 11", "amd64"));
        assertEquals(Platform.MAC_AARCH64, Platform.of("Mac OS X", "aarch64"));
        assertEquals(Platform.MAC, Platform.of("Mac OS X", "x86_64"));
        assertEquals(Platform.LINUX, Platform.of("Linux", "amd64"));
        assertEquals(Platform.LINUX_AARCH64, Platform.of("Linux", "aarch64"));
    }
}
