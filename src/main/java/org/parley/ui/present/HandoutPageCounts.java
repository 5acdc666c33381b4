package org.parley.ui.present;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import org.parley.export.ExportException;
import org.parley.export.handout.ContextPlacement;
import org.parley.export.handout.HandoutLayout;
import org.parley.export.handout.HandoutPdf;
import org.parley.export.image.Paper;
import org.parley.model.CountText;
import org.parley.model.Dataset;
import org.parley.model.DateRange;
import org.parley.model.Event;
import org.parley.model.SourceFilter;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.ErrorDialogs;
import org.parley.ui.support.LatestResult;

/**
 * How many pages each layout of the handout dialog would print, said beside the choice ("— 49
 * pages") and counted again, off the JavaFX thread, when the paper, the background or the filter
 * choice changes: a teacher printing for a class had learned the length only once the file was
 * written, fifty pages a pupil where sixteen would have done.
 */
final class HandoutPageCounts {

    /** The events a handout prints, read from the state on the JavaFX thread. */
    record Printed(Dataset dataset, List<Event> events, Optional<String> filterNote, SourceFilter papers,
                   Optional<DateRange> kept) {
    }

    private final RadioButton one;
    private final RadioButton compact;
    private final String oneText;
    private final String compactText;
    private final Label problem;
    private final LatestResult<int[]> counts;
    /** Whether the handout as chosen cannot be made (more events than a handout takes): OK waits for fewer. */
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper();

    /** @param problem where a handout that cannot be made says why (too many events) */
    HandoutPageCounts(RadioButton one, RadioButton compact, Label problem) {
        this.one = one;
        this.compact = compact;
        this.oneText = one.getText();
        this.compactText = compact.getText();
        this.problem = problem;
        this.counts = new LatestResult<int[]>(BackgroundThread.compute(), this::show).onFailure(this::cannot);
    }

    /** Counts both layouts' pages of {@code printed} on {@code paper}; call on the JavaFX thread. */
    void count(Printed printed, ContextPlacement background, Paper paper) {
        one.setText(oneText + " \u2014 counting pages\u2026");
        compact.setText(compactText + " \u2014 counting pages\u2026");
        problem.setText("");
        problem.setManaged(false);
        problem.setVisible(false);
        refused.set(false);
        counts.request(() -> {
            HandoutPdf pdf = new HandoutPdf().onPaper(paper).reportedBy(printed.papers()).keeping(printed.kept());
            return new int[] {
                pdf.pages(printed.dataset(), printed.events(), printed.filterNote(), HandoutLayout.ONE_PER_PAGE, background),
                pdf.pages(printed.dataset(), printed.events(), printed.filterNote(), HandoutLayout.COMPACT, background)};
        });
    }

    /** True while the problem line says why this handout cannot be made. */
    ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    /** Drops a count still under way: the dialog is closed. */
    void stop() {
        counts.discard();
    }

    private void show(int[] pages) {
        one.setText(oneText + " \u2014 " + CountText.count(pages[0], "page"));
        compact.setText(compactText + " \u2014 " + CountText.count(pages[1], "page"));
    }

    private void cannot(Throwable failure) {
        one.setText(oneText);
        compact.setText(compactText);
        Throwable why = ErrorDialogs.unwrap(failure);
        if (why instanceof ExportException) {
            problem.setText(ErrorDialogs.message(why).replace(" Nothing was written.", ""));
            problem.setManaged(true);
            problem.setVisible(true);
            refused.set(true);
        }
    }
}
