package org.parley.tools.basemap;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.parley.layout.map.Basemap;
import org.parley.layout.map.BasemapFormat;

/**
 * The build step that turns the bundled TopoJSON into the binary basemap the app reads
 * ({@link BasemapFormat}). Maven runs it in process-classes (see pom.xml and docs/basemap.md):
 * {@code BasemapBuildTool <in.topojson> <out.basemap>}. A malformed input stops the build with
 * a message that says where.
 */
public final class BasemapBuildTool {

    private BasemapBuildTool() {
    }

    /** Exits with status 1 and one line on standard error (no stack trace) when the input is unusable. */
    public static void main(String[] args) {
        if (args.length != 2) {
            fail("usage: BasemapBuildTool <in.topojson> <out.basemap>");
        }
        try {
            build(Path.of(args[0]), Path.of(args[1]));
        } catch (MalformedMapDataException | IOException e) {
            fail(e instanceof IOException ? "cannot build the basemap: " + e : e.getMessage());
        }
    }

    private static void fail(String message) {
        System.err.println("BasemapBuildTool: " + message);
        System.exit(1);
    }

    /** Decodes {@code topoJson} and writes its binary form to {@code out}, replacing it whole or not at all. */
    static Basemap build(Path topoJson, Path out) throws IOException {
        Basemap basemap;
        try {
            basemap = TopoJson.decode(Files.readString(topoJson, StandardCharsets.UTF_8));
        } catch (MalformedMapDataException e) {
            throw new MalformedMapDataException(topoJson + ": " + e.getMessage());
        }
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path partial = dir.resolve(out.getFileName() + ".part");
        try {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
                BasemapFormat.write(basemap, stream);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return basemap;
    }
}
