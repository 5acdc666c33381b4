package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `java -jar target/parley.jar bench` from the project folder: its children start elsewhere and must still find the jar. */
class ChildJvmTest {

    @Test
    void theChildsClassPathIsAbsoluteWhereverItStarts(@TempDir Path elsewhere) throws Exception {
        String before = System.getProperty("java.class.path");
        try {
            System.setProperty("java.class.path", "target/classes" + File.pathSeparator + "lib/x.jar");
            String path = ChildJvm.absoluteClassPath();
            for (String entry : path.split(File.pathSeparator)) {
                assertTrue(Path.of(entry).isAbsolute(), entry);
            }
            assertTrue(path.endsWith(Path.of("lib/x.jar").toAbsolutePath().toString()), path);
        } finally {
            System.setProperty("java.class.path", before);
        }
        // And a real child, started in another folder, runs this JVM's own code.
        ChildJvm.Run run = new ChildJvm(List.of(), 120).run(elsewhere, "--version");
        assertFalse(run.out().contains("ClassNotFoundException"), run.out());
        assertTrue(Files.isDirectory(elsewhere));
    }
}
