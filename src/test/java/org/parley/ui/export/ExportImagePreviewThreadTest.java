package org.parley.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.export.image.ImageFormat;
import org.parley.export.image.ImageSize;
import org.parley.export.image.Previews;
import org.parley.model.EventFilter;
import org.parley.model.EventKind;
import org.parley.seed.ExchangeFormatReader;
import org.parley.ui.state.ExplorerState;
import org.parley.ui.support.BackgroundThread;
import org.parley.ui.support.FxThreadRobot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The preview of a picture many screens tall took minutes and then froze the window while its bitmap
 * became JavaFX's; each change of the form queued another whole drawing. The drawing and the copy
 * are now done on the compute thread, and a newer request gives up the one under way.
 */
@ExtendWith(FxThreadRobot.class)
class ExportImagePreviewThreadTest {

    /** Whether each render, and each read of a rendered bitmap, was on the JavaFX thread. */
    private final List<Boolean> renderedOnFx = new CopyOnWriteArrayList<>();
    private final List<Boolean> bitmapReadOnFx = new CopyOnWriteArrayList<>();
    private final AtomicBoolean armed = new AtomicBoolean();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicReference<BooleanSupplier> heldCancelled = new AtomicReference<>();
    private final AtomicBoolean heldSawCancelled = new AtomicBoolean();
    private ExportImageDialog dialog;
    private ExplorerState state;
    private final AtomicInteger renders = new AtomicInteger();

    @Start
    void start(Stage owner) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        state = new ExplorerState();
        state.datasetProperty().set(new ExchangeFormatReader().read(Path.of(System.getProperty("parley.seeds", "seeds"))));
        owner.setScene(new Scene(new StackPane(), 300, 200));
        owner.show();
        dialog = new ExportImageDialog(owner, state, (data, request, width, heightPerWidth, cancelled) -> {
            renders.incrementAndGet();
            renderedOnFx.add(Platform.isFxApplicationThread());
            if (armed.compareAndSet(true, false)) {
                // The first render after the test arms it is held until the test has asked for a newer one.
                heldCancelled.set(cancelled);
                started.countDown();
                await(release);
                heldSawCancelled.set(cancelled.getAsBoolean());
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("overtaken");
            }
            int scale = request.sizing().scale();
            return new Previews.Preview(watched(), new ImageSize(1600 * scale, 90_000 * scale), null, true);
        });
        dialog.show();
    }

    @Test
    void thePreviewIsDrawnOffTheFxThreadAndANewerRequestGivesUpTheOldOne(FxRobot robot) throws Exception {
        Label size = robot.lookup("#exportSize").queryAs(Label.class);
        // The dialog offers what was exported last: begin from PNG at 1×.
        robot.interact(() -> robot.lookup("#exportFormat").<ComboBox<ImageFormat>>query()
                .setValue(ImageFormat.PNG));
        robot.clickOn("#exportScale1");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> size.getText().startsWith("1600 × 90000 px"));

        armed.set(true);
        robot.clickOn("#exportScale2");
        assertTrue(started.await(60, TimeUnit.SECONDS), "the 2× preview started");
        assertFalse(heldCancelled.get().getAsBoolean(), "the newest request is not given up");
        robot.clickOn("#exportScale3");
        assertTrue(heldCancelled.get().getAsBoolean(), "a newer request gives up the one under way at once");
        release.countDown();

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> size.getText().startsWith("4800 × 270000 px"));
        assertTrue(heldSawCancelled.get());
        assertFalse(renderedOnFx.isEmpty());
        assertFalse(renderedOnFx.contains(true), "every preview drawn on the compute thread");
        assertFalse(bitmapReadOnFx.isEmpty(), "the bitmap was made an image");
        assertFalse(bitmapReadOnFx.contains(true), "the bitmap made JavaFX's off the JavaFX thread");
        assertTrue(robot.lookup("#exportPreviewNote").queryAs(Label.class).getText().contains("only the top"),
                "the note says the preview is only the top of the picture");
        assertEquals(52, dialog.previewImage().getWidth());
        robot.interact(() -> dialog.stage().close());
    }

    /**
     * Found by a helper, 2026-12-05: a closed dialog still drew a preview at each filter change, laying out
     * twenty thousand events no one would see on the thread the timeline waits on.
     */
    @Test
    void aClosedDialogDrawsNoMorePreviews(FxRobot robot) throws Exception {
        Label size = robot.lookup("#exportSize").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> size.getText().contains(" px"));
        robot.clickOn("#exportCancel");
        int before = renders.get();
        robot.interact(() -> state.filterProperty().set(EventFilter.NONE.withKinds(
                Set.of(EventKind.MEETING))));
        // Anything the change queued has run once work queued after it has.
        BackgroundThread.compute().submit(() -> true).get(60, TimeUnit.SECONDS);
        assertEquals(before, renders.get(), "no preview drawn for a closed dialog");
    }

    /** A bitmap that notes the thread of whoever reads it. */
    private BufferedImage watched() {
        return new BufferedImage(52, 42, BufferedImage.TYPE_INT_RGB) {
            @Override
            public int getWidth() {
                bitmapReadOnFx.add(Platform.isFxApplicationThread());
                return super.getWidth();
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
