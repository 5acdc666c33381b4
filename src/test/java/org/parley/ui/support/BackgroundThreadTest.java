package org.parley.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What a click waits for runs first; an overtaken request is never computed. */
class BackgroundThreadTest {

    private final BackgroundThread thread = new BackgroundThread("test-compute");
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        thread.close();
    }

    /** Keeps the thread busy until {@link #release} opens, so what follows queues up. */
    private void hold() {
        thread.supply(() -> {
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    @Test
    void workSubmittedFirstOvertakesTheQueueAndEachKindKeepsItsOrder() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        hold();
        thread.submit(() -> ran.add("map"));
        thread.submit(() -> ran.add("network"));
        thread.submitFirst(() -> ran.add("filter"));
        thread.submitFirst(() -> ran.add("timeline"));
        release.countDown();
        thread.supply(() -> true).get(30, TimeUnit.SECONDS);
        assertEquals(List.of("filter", "timeline", "map", "network"), ran);
    }

    @Test
    void onlyTheLatestOfABurstOfRequestsIsComputedAndDelivered() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        LatestResult<Integer> latest = new LatestResult<>(thread, delivered::add);
        hold();
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 1; i <= 5; i++) {
                int n = i;
                latest.request(() -> {
                    computed.incrementAndGet();
                    return n;
                });
            }
        }).get(30, TimeUnit.SECONDS);
        release.countDown();
        thread.supply(() -> true).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, computed.get(), "overtaken requests were computed");
        assertEquals(List.of(5), delivered);
    }

    /** A failed request is told to the view that waits for it, on the JavaFX thread; an overtaken one is not. */
    @Test
    void theNewestFailureReachesItsViewAndAnOvertakenOneDoesNot() throws Exception {
        List<String> told = new CopyOnWriteArrayList<>();
        LatestResult<Integer> latest = new LatestResult<Integer>(thread, n -> told.add("result " + n))
                .onFailure(e -> told.add((Platform.isFxApplicationThread() ? "fx: " : "") + e.getMessage()));
        WaitForAsyncUtils.asyncFx(() -> latest.request(() -> {
            throw new IllegalStateException("no layout");
        })).get(30, TimeUnit.SECONDS);
        thread.supply(() -> true).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("fx: no layout"), told);

        told.clear();
        hold();
        WaitForAsyncUtils.asyncFx(() -> {
            latest.request(() -> {
                throw new IllegalStateException("overtaken");
            });
            latest.request(() -> 7);
        }).get(30, TimeUnit.SECONDS);
        release.countDown();
        thread.supply(() -> true).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("result 7"), told);
    }
}
