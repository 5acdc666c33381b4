package org.parley.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Help → About Parley credits every library the app ships with, read from the build's own list. */
class AboutParleyCreditsTest {

    /** Each shipped artifact and the name About gives it; a new dependency fails here until it is credited. */
    private static final Map<String, String> CREDITED_AS = Map.ofEntries(
            Map.entry("javafx-controls", "OpenJFX"),
            Map.entry("javafx-swing", "OpenJFX"),
            Map.entry("controlsfx", "ControlsFX"),
            Map.entry("atlantafx-base", "AtlantaFX"),
            Map.entry("ikonli-javafx", "Ikonli"),
            Map.entry("ikonli-material2-pack", "Ikonli"),
            Map.entry("jackson-databind", "Jackson"),
            Map.entry("sqlite-jdbc", "sqlite-jdbc"),
            Map.entry("picocli", "picocli"),
            Map.entry("org.jfree.svg", "JFreeSVG"),
            Map.entry("pdfbox", "Apache PDFBox"),
            Map.entry("graphics2d", "pdfbox-graphics2d"),
            Map.entry("jspecify", "JSpecify"),
            Map.entry("slf4j-jdk14", "SLF4J"),
            Map.entry("java-diff-utils", "java-diff-utils"));

    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

    @Test
    void everyLibraryInTheJarsFolderIsNamed() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        // The project's own dependencies: after the BOM imports, before the build's plugins.
        String dependencies = pom.substring(pom.indexOf("</dependencyManagement>"), pom.indexOf("<build>"));
        List<String> shipped = new ArrayList<>();
        Matcher m = DEPENDENCY.matcher(dependencies);
        while (m.find()) {
            if (!m.group(1).contains("<scope>test</scope>")) {
                Matcher artifact = ARTIFACT.matcher(m.group(1));
                if (artifact.find()) {
                    shipped.add(artifact.group(1));
                }
            }
        }
        assertFalse(shipped.isEmpty(), "the pom's dependencies were read");
        List<String> uncredited = new ArrayList<>();
        for (String artifact : shipped) {
            String name = CREDITED_AS.get(artifact);
            if (name == null || !AboutParley.TEXT.contains(name)) {
                uncredited.add(artifact + (name == null ? " (no credit known)" : " as " + name));
            }
        }
        assertEquals(List.of(), uncredited, "About Parley: " + AboutParley.TEXT);
    }
}
