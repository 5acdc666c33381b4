package org.parley.export.handout;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The system's TrueType fonts, as a fallback for characters the handout's own font lacks (Chinese,
 * Devanagari, …). Looked at only when such a character turns up: each font's character map is read
 * once, and a font is embedded (as a subset) only if the handout uses it.
 */
final class SystemFonts {

    private static final Logger LOG = Logger.getLogger(SystemFonts.class.getName());
    /** Enough for any ordinary system; a folder of thousands of fonts is not searched to the end. */
    private static final int MAX_FONTS = 600;

    private final PDDocument document;
    private final List<Path> folders;
    private List<Path> files;
    private final Map<Path, CmapLookup> cmaps = new HashMap<>();
    private final Map<Path, PDFont> loaded = new HashMap<>();
    private final Map<Integer, Optional<PDFont>> byCodePoint = new HashMap<>();

    SystemFonts(PDDocument document, List<Path> folders) {
        this.document = document;
        this.folders = List.copyOf(folders);
    }

    /** Where fonts live on Linux, macOS and Windows. */
    static List<Path> folders() {
        String home = System.getProperty("user.home", "");
        List<Path> all = new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                Path.of(home, ".local", "share", "fonts"), Path.of(home, ".fonts"), Path.of("/Library/Fonts"),
                Path.of("/System/Library/Fonts"), Path.of(home, "Library", "Fonts")));
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            all.add(Path.of(windir, "Fonts"));
        }
        return all;
    }

    /** The first system font that has {@code codePoint}, embedded into the document on first use. */
    Optional<PDFont> fontFor(int codePoint) {
        return byCodePoint.computeIfAbsent(codePoint, this::find);
    }

    private Optional<PDFont> find(int codePoint) {
        for (Path file : files()) {
            CmapLookup cmap = cmap(file);
            if (cmap == null || cmap.getGlyphId(codePoint) <= 0) {
                continue;
            }
            PDFont font = loaded.computeIfAbsent(file, this::load);
            if (font != null && HandoutFonts.encodable(font, codePoint)) {
                return Optional.of(font);
            }
        }
        return Optional.empty();
    }

    private List<Path> files() {
        if (files == null) {
            List<Path> found = new ArrayList<>();
            for (Path folder : folders) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(folder, 6)) {
                    walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
                            .filter(Files::isRegularFile).sorted().limit(MAX_FONTS - found.size()).forEach(found::add);
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.FINE, "Cannot list fonts in " + folder, e);
                }
            }
            files = found;
        }
        return files;
    }

    private CmapLookup cmap(Path file) {
        return cmaps.computeIfAbsent(file, f -> {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(f.toFile()))) {
                CmapLookup lookup = ttf.getUnicodeCmapLookup(false);
                // The lookup must outlive the parsed font: copy what it answers into a map.
                return lookup == null ? null : new CopiedCmap(lookup);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        });
    }

    private PDFont load(Path file) {
        try {
            // A fallback's script may need its substitutions (Devanagari): loaded as it is.
            return PDType0Font.load(document, file.toFile());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot embed font " + file, e);
            return null;
        }
    }

    /** A character map that does not depend on its font file staying open. */
    private static final class CopiedCmap implements CmapLookup {
        private final Map<Integer, Integer> glyphs = new HashMap<>();

        CopiedCmap(CmapLookup from) {
            // Every Unicode plane a font can map; the loop asks the lookup, not the file, so it is fast.
            for (int cp = 0; cp <= 0x2FFFF; cp++) {
                int gid = from.getGlyphId(cp);
                if (gid > 0) {
                    glyphs.put(cp, gid);
                }
            }
        }

        @Override
        public int getGlyphId(int codePointAt) {
            return glyphs.getOrDefault(codePointAt, 0);
        }

        @Override
        public List<Integer> getCharCodes(int gid) {
            return List.of();
        }
    }
}
