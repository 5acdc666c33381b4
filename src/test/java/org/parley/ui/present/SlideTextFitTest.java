package org.parley.ui.present;

import org.parley.export.handout.StepMap;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.handout.ContextPlacement;
import org.parley.export.handout.Step;
import org.parley.export.handout.Steps;
import org.parley.model.Dataset;
import org.parley.model.Event;
import org.parley.seed.BundledSeeds;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Every step of the week at the screen sizes a classroom meets: no text on a slide is cut (an
 * ellipsis mid-word, or a label squeezed below its lines), none runs off the slide or into another
 * text, the map or the strip, and none is under 3 % of the height.
 */
@ExtendWith(FxThreadRobot.class)
class SlideTextFitTest {

    private static final Dataset WEEK = BundledSeeds.dataset();
    private final ExplorerState state = new ExplorerState();

    @Start
    void start(Stage stage) {
        state.datasetProperty().set(WEEK);
    }

    /** A step with no map has the slide's width: its words are larger than beside a map, for the back of the room. */
    @Test
    void aStepWithoutAMapTakesLargerType(FxRobot robot) {
        List<Step> steps = Steps.of(WEEK, WEEK.events(), ContextPlacement.LAST);
        Step grushko = steps.stream().filter(s -> !s.isContext() && s.event().id().equals("grushko-moment-of-truth"))
                .findFirst().orElseThrow();
        assertFalse(StepMap.hasMap(WEEK, grushko), "no place to map");
        double[] sizes = new double[2];
        robot.interact(() -> {
            Presentation p = new Presentation(state, steps);
            Scene scene = new Scene(p.root(), 1280, 720);
            scene.getRoot().applyCss();
            p.slide().show(grushko);
            p.root().applyCss();
            p.root().layout();
            sizes[0] = p.slide().quoteLabel().getFont().getSize();
            sizes[1] = p.slide().labels().get(5).getFont().getSize();
            p.dispose();
        });
        assertTrue(sizes[0] >= 0.05 * 720, "quotation " + sizes[0] + " px");
        assertTrue(sizes[1] >= 0.042 * 720 - 0.01, "summary " + sizes[1] + " px");
    }

    /** The title stays the slide's largest type: on a mapless step the words had grown to 1.3 times it. */
    @ParameterizedTest
    @CsvSource({"1280, 720", "1920, 1080"})
    void noWordsOnAStepAreLargerThanItsTitle(double width, double height, FxRobot robot) {
        List<String> problems = new ArrayList<>();
        eachStep(robot, Steps.of(WEEK, WEEK.events(), ContextPlacement.LAST), width, height, (p, step) -> {
            double title = p.slide().titleLabel().getFont().getSize();
            for (Label l : List.of(p.slide().quoteLabel(), p.slide().labels().get(5))) {
                if (l.getFont().getSize() > title + 0.01) {
                    problems.add(step.counter() + ": " + l.getFont().getSize() + " px against a " + title + " px title");
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest
    @CsvSource({"1280, 720", "1366, 768", "1920, 1080", "1024, 768"})
    void noTextOnAnyStepIsCutOrOverlapped(double width, double height, FxRobot robot) {
        List<String> problems = new ArrayList<>();
        eachStep(robot, Steps.of(WEEK, WEEK.events(), ContextPlacement.LAST), width, height,
                (p, step) -> problems.addAll(check(p.slide(), step, width, height)));
        assertTrue(problems.isEmpty(), width + "x" + height + ":\n" + String.join("\n", problems));
    }

    /** Shows every step on a slide of that size, handing each to {@code look} once laid out. */
    private void eachStep(FxRobot robot, List<Step> steps, double width, double height,
                          BiConsumer<Presentation, Step> look) {
        robot.interact(() -> {
            Presentation p = new Presentation(state, steps);
            Scene scene = new Scene(p.root(), width, height);
            scene.getRoot().applyCss();
            for (Step step : steps) {
                p.slide().show(step);
                p.root().applyCss();
                p.root().layout();
                look.accept(p, step);
            }
            p.dispose();
        });
    }

    /**
     * A deck filtered to one paper says so on every slide and still cuts no summary: the note on a
     * line of its own took the line nine summaries needed, and the labels ended them in "…".
     */
    @ParameterizedTest
    @CsvSource({"1280, 720, nyt", "1280, 720, wapo", "1366, 768, nyt", "1920, 1080, wapo", "1024, 768, nyt"})
    void aFilteredDeckCutsNoText(double width, double height, String paper, FxRobot robot) {
        List<Event> reported = WEEK.events().stream()
                .filter(e -> e.evidence().stream().anyMatch(ev -> ev.source().equals(paper))).toList();
        List<Step> steps = Steps.of(WEEK, reported, ContextPlacement.LAST);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Presentation p = new Presentation(state, steps);
            Scene scene = new Scene(p.root(), width, height);
            scene.getRoot().applyCss();
            for (String note : List.of("Filtered: reported by " + (paper.equals("nyt") ? "The New York Times"
                    : "The Washington Post"), "Filtered: actors Alexander Grushko, Jens Stoltenberg, Wendy Sherman and "
                    + "4 more; kinds Briefing, Meeting and Statement; time range 9 Jan 2022 \u2013 13 Jan 2022")) {
                p.slide().setFilterNote(note);
                for (Step step : steps) {
                    p.slide().show(step);
                    p.root().applyCss();
                    p.root().layout();
                    // A note too long for its line may itself be shortened, as long as it says "Filtered".
                    check(p.slide(), step, width, height).stream()
                            .filter(problem -> !problem.contains("slide-filter-note drawn as \"Filtered"))
                            .forEach(problems::add);
                    Label shown = p.slide().filterNoteLabel();
                    if (!shown.isVisible() || !drawnText(shown).startsWith("Filtered")) {
                        problems.add("step " + step.number() + ": no filter note");
                    }
                }
            }
            p.dispose();
        });
        assertTrue(problems.isEmpty(), width + "x" + height + " " + paper + ":\n" + String.join("\n", problems));
    }

    /**
     * A summary is cut only when the words cannot have it whole: at 1024×768 five summaries had
     * been cut beside the narrowest column, under a quotation larger than the least size.
     */
    @ParameterizedTest
    @CsvSource({"1024, 768", "1280, 720", "1366, 768"})
    void aSummaryIsCutOnlyBesideTheWidestColumnUnderTheSmallestQuotation(double width, double height, FxRobot robot) {
        List<String> cut = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        eachStep(robot, Steps.of(WEEK, WEEK.events(), ContextPlacement.LAST), width, height, (p, step) -> {
            Label summary = p.slide().labels().get(5);
            if (!step.hasQuote() || !summary.isVisible() || summary.getText().equals(step.summary())) {
                return;
            }
            cut.add(step.number() + " " + summary.getText());
            double least = SlideView.leastTextPx(height);
            double quote = p.slide().quoteLabel().getFont().getSize();
            if (quote > least + 0.01) {
                problems.add("step " + step.number() + ": summary cut under a quotation of " + quote + " px, not "
                        + least);
            }
            double column = summary.getWidth();
            if (p.slide().mapCanvas().isVisible() && column < 0.6 * (width - 0.08 * height)) {
                problems.add("step " + step.number() + ": summary cut beside a column of " + column + " px");
            }
        });
        assertTrue(problems.isEmpty(), width + "x" + height + ":\n" + String.join("\n", problems) + "\ncut:\n"
                + String.join("\n", cut));
    }

    /**
     * Every summary of the week reads whole, at no less than the least size: on a 4:3 projector (1024×768)
     * steps 10, 17, 24 and 26 had ended theirs in "…" beside the map, and a class never read the rest. There
     * the words take the slide's width (the date's row names the place); on 16:9 every step keeps its map.
     */
    @ParameterizedTest
    @CsvSource({"1024, 768, false", "1280, 720, true", "1366, 768, true", "1920, 1080, true"})
    void everySummaryReadsWhole(double width, double height, boolean everyMapKept, FxRobot robot) {
        List<String> problems = new ArrayList<>();
        eachStep(robot, Steps.of(WEEK, WEEK.events(), ContextPlacement.LAST), width, height, (p, step) -> {
            Label summary = p.slide().summaryLabel();
            String where = "step " + step.number() + ": ";
            if (step.hasQuote() && !summary.getText().equals(step.summary())) {
                problems.add(where + "summary shown as \"" + summary.getText() + "\"");
            }
            if (summary.getFont().getSize() < SlideView.leastTextPx(height) - 0.01) {
                problems.add(where + "summary at " + summary.getFont().getSize() + " px");
            }
            if (everyMapKept && step.hasQuote() && StepMap.hasMap(WEEK, step) && !p.slide().mapCanvas().isVisible()) {
                problems.add(where + "no map");
            }
        });
        assertTrue(problems.isEmpty(), width + "x" + height + ":\n" + String.join("\n", problems));
    }

    /** A long filter note gives way on every slide: the date and the counter stay whole, nothing overlaps. */
    @Test
    void aLongFilterNoteNeverCutsTheDateOrTheCounter(FxRobot robot) {
        List<Step> steps = Steps.of(WEEK, WEEK.events(), ContextPlacement.LAST);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Presentation p = new Presentation(state, steps);
            Scene scene = new Scene(p.root(), 1280, 720);
            scene.getRoot().applyCss();
            p.slide().setFilterNote("Filtered: actors Alexander Grushko, Jens Stoltenberg, Wendy Sherman and 4 more; "
                    + "kinds Briefing, Meeting and Statement; time range 9 Jan 2022 \u2013 13 Jan 2022");
            for (Step step : steps) {
                p.slide().show(step);
                p.root().applyCss();
                p.root().layout();
                List<Label> labels = p.slide().labels();
                Label meta = labels.get(1);
                Label counter = labels.get(2);
                Label note = p.slide().filterNoteLabel();
                String where = "step " + step.number() + ": ";
                for (Label l : List.of(meta, counter)) {
                    if (!drawnText(l).equals(l.getText())) {
                        problems.add(where + l.getStyleClass() + " drawn as " + drawnText(l));
                    }
                }
                if (!note.isVisible() || !drawnText(note).startsWith("Filtered")) {
                    problems.add(where + "no filter note: " + drawnText(note));
                }
                for (Label l : List.of(meta, counter)) {
                    if (overlapArea(textBounds(l), textBounds(note)) > 1) {
                        problems.add(where + "the note overlaps " + l.getStyleClass());
                    }
                }
                if (scene(note).getMaxX() > 1280 || scene(counter).getMaxX() > 1280) {
                    problems.add(where + "the row leaves the slide");
                }
            }
            p.dispose();
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static List<String> check(SlideView slide, Step step, double width, double height) {
        List<String> problems = new ArrayList<>();
        List<Label> shown = slide.labels().stream()
                .filter(l -> l.isVisible() && l.isManaged() && !l.getText().isEmpty()).toList();
        String where = "step " + step.number() + " (" + step.title() + "): ";
        String quote = slide.quoteText();
        String whole = step.hasQuote() ? step.quoted() : step.summary();
        if (!quote.equals(whole)) {
            problems.add(where + "the quotation is not whole: " + quote);
        }
        Label summary = slide.labels().get(5);
        if (step.hasQuote() && summary.isVisible() && !isWordPrefix(summary.getText(), step.summary())) {
            problems.add(where + "the summary is cut mid-word: " + summary.getText());
        }
        for (Label l : shown) {
            String drawn = drawnText(l);
            if (!drawn.equals(l.getText())) {
                problems.add(where + l.getStyleClass() + " drawn as \"" + drawn + "\"");
            }
            if (l.getHeight() + 0.5 < l.prefHeight(l.getWidth())) {
                problems.add(where + l.getStyleClass() + " squeezed to " + l.getHeight() + " of "
                        + l.prefHeight(l.getWidth()) + " px");
            }
            if (l.getFont().getSize() < 22 * height / 720 - 0.01) {
                problems.add(where + l.getStyleClass() + " is " + l.getFont().getSize() + " px");
            }
            Bounds b = scene(l);
            if (b.getMinX() < 0 || b.getMinY() < 0 || b.getMaxX() > width || b.getMaxY() > height) {
                problems.add(where + l.getStyleClass() + " at " + b + " leaves the slide");
            }
        }
        List<Node> others = new ArrayList<>(shown);
        if (slide.mapCanvas().isVisible()) {
            others.add(slide.mapCanvas());
        }
        others.add(slide.stripCanvas());
        for (int i = 0; i < others.size(); i++) {
            for (int j = i + 1; j < others.size(); j++) {
                Bounds a = textBounds(others.get(i));
                Bounds b = textBounds(others.get(j));
                if (a.intersects(b) && overlapArea(a, b) > 1) {
                    problems.add(where + others.get(i).getStyleClass() + " overlaps " + others.get(j).getStyleClass());
                }
            }
        }
        return problems;
    }

    /** The whole of {@code full}, or its first words closed by an ellipsis. */
    private static boolean isWordPrefix(String shown, String full) {
        if (shown.equals(full)) {
            return true;
        }
        if (!shown.endsWith("\u2026")) {
            return false;
        }
        String head = shown.substring(0, shown.length() - 1);
        return full.startsWith(head) && head.length() < full.length()
                && !Character.isLetterOrDigit(full.charAt(head.length()));
    }

    private static double overlapArea(Bounds a, Bounds b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return Math.max(0, w) * Math.max(0, h);
    }

    /** Where a label's glyphs are (not its box, which may be wider), or a canvas's whole frame. */
    private static Bounds textBounds(Node node) {
        if (node instanceof Label l && l.lookup(".text") instanceof Text t) {
            return t.localToScene(t.getBoundsInLocal());
        }
        return scene(node);
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** The text the label's skin actually draws: its own text unless it was shortened. */
    private static String drawnText(Label label) {
        Node text = label.lookup(".text");
        return text instanceof Text t ? t.getText() : label.getText();
    }
}
