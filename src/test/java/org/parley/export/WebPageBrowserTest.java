package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Dataset;
import org.parley.seed.BundledSeeds;

/**
 * The web page in a real browser: Debian's chromium, headless. The page opens, shows every event,
 * and its arrow keys step through them (the page's "#selftest" presses them and records where each
 * press led). CI installs chromium (.ci/run), and there a missing browser fails the test; on a
 * developer's machine without it the test is skipped with a note, so `./mvnw verify` needs only a JDK.
 */
class WebPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Dataset WEEK = BundledSeeds.dataset();

    @TempDir
    Path tmp;

    private String browse(Path page, String fragment, String... extra) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("This test needs Debian's chromium at " + CHROMIUM + ": apt-get install chromium "
                    + "(.ci/run installs it on CI).");
        }
        assumeTrue(present, "skipped: no browser at " + CHROMIUM + " (apt-get install chromium to run it)");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--user-data-dir=" + tmp.resolve("profile")));
        command.addAll(List.of(extra));
        command.add(page.toUri() + fragment);
        // Into a file, so a browser that hangs fails the wait instead of blocking a read for ever.
        Path dump = tmp.resolve("chromium.out");
        Process p = new ProcessBuilder(command).redirectError(tmp.resolve("chromium.log").toFile())
                .redirectOutput(dump.toFile()).start();
        boolean finished = p.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertTrue(finished, "chromium finished");
        return Files.readString(dump, StandardCharsets.UTF_8);
    }

    @Test
    void itOpensShowsEveryEventAndTheArrowKeysStepThroughThem() throws Exception {
        Path page = new DataExport().export(WEEK, DataFormat.HTML, tmp.resolve("week.html")).get(0);
        String dom = browse(page, "#selftest", "--dump-dom");
        int events = WEEK.events().size();
        Matcher shown = Pattern.compile("<li class=\"event[^\"]*\"").matcher(dom);
        int count = 0;
        while (shown.find()) {
            count++;
        }
        assertEquals(events, count, "every event is in the rendered page");
        assertTrue(dom.contains("Event 1 of " + events) || dom.contains("of " + events + ":"), "status line");
        // Right, Right, Left, End, Home: events 2, 3, 2, last, 1.
        assertTrue(dom.contains("events=" + events + " trail=2,3,2," + events + ",1"),
                "keyboard trail: " + dom.replaceAll("(?s).*(<output[^<]*).*", "$1"));
        // A click on a mark of the drawn timeline shows its event, which is outlined there.
        Matcher click = Pattern.compile("marks=(\\d+) click=true/(\\d+)").matcher(dom);
        assertTrue(click.find(), "clicking the drawing: " + dom.replaceAll("(?s).*(<output[^<]*).*", "$1"));
        assertTrue(Integer.parseInt(click.group(1)) > 30, "the week's marks are live");
        assertTrue(Integer.parseInt(click.group(2)) >= 1, "the shown event is outlined in the drawing");
    }

    @Test
    void itRendersAsAPicture() throws Exception {
        Path page = new DataExport().export(WEEK, DataFormat.HTML, tmp.resolve("week.html")).get(0);
        Path shot = tmp.resolve("shot.png");
        browse(page, "", "--screenshot=" + shot, "--window-size=1280,900");
        assertTrue(Files.size(shot) > 20_000, "a real picture, not a blank page: " + Files.size(shot) + " bytes");
    }
}
