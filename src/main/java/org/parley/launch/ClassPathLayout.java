package org.parley.launch;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the app's jars and this platform's JavaFX jars are. Packaged ({@code parley.jar} beside
 * {@code lib/}): the jar and {@code lib/*.jar} form the class path, {@code lib/javafx/<platform>/}
 * holds JavaFX. Unpackaged (Maven, an IDE): the JVM's class path, with the JavaFX jars taken out.
 */
record ClassPathLayout(List<Path> javafxJars, List<Path> classPath) {

    static Optional<ClassPathLayout> find(Class<?> anchor, Platform platform) {
        Optional<Path> jar = codeSource(anchor).filter(Files::isRegularFile);
        if (jar.isPresent()) {
            Path lib = jar.get().resolveSibling("lib");
            Path javafx = lib.resolve("javafx").resolve(platform.folder());
            if (Files.isDirectory(javafx)) {
                List<Path> classPath = new ArrayList<>();
                classPath.add(jar.get());
                classPath.addAll(jarsIn(lib));
                return Optional.of(new ClassPathLayout(jarsIn(javafx), classPath));
            }
        }
        return fromClassPath(System.getProperty("java.class.path", ""), platform);
    }

    /** Splits a class path into this platform's JavaFX jars and the rest; empty if it holds no JavaFX. */
    static Optional<ClassPathLayout> fromClassPath(String classPath, Platform platform) {
        List<Path> javafx = new ArrayList<>();
        List<Path> rest = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path path = Path.of(entry);
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (!name.startsWith("javafx-")) {
                rest.add(path);
            } else if (name.endsWith("-" + platform.folder() + ".jar")) {
                javafx.add(path);
            }
            // Other javafx-*.jar are the empty per-module placeholders Maven resolves beside the real ones.
        }
        return javafx.isEmpty() ? Optional.empty() : Optional.of(new ClassPathLayout(javafx, rest));
    }

    private static Optional<Path> codeSource(Class<?> anchor) {
        try {
            return Optional.of(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static List<Path> jarsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
