package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every regular file under a folder with its bytes: to show a refused command changed nothing. */
final class FileTree {

    private FileTree() {
    }

    static Map<Path, byte[]> snapshot(Path root) throws Exception {
        Map<Path, byte[]> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                all.put(p, Files.readAllBytes(p));
            }
        }
        return all;
    }
}
