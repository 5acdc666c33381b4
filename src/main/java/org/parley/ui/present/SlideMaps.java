package org.parley.ui.present;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.export.handout.Step;
import org.parley.export.handout.StepMap;
import org.parley.layout.map.ProjectedBasemap;
import org.parley.model.Dataset;
import org.parley.render.map.MapScene;
import org.parley.render.map.UnnamedMarks;
import org.parley.ui.support.BackgroundThread;

/**
 * The maps of a deck's slides, made on the compute thread: a step's map counts what the story has
 * told up to its day, which grows with the dataset (0.1–0.4 s a step among 100,000 events), so a
 * click must not wait for it on the JavaFX thread. The map of the step shown is asked for first,
 * then those of the steps either side, so the next click usually finds its map made. Call on the
 * JavaFX thread only.
 */
final class SlideMaps {

    private static final Logger LOG = Logger.getLogger(SlideMaps.class.getName());
    /** Maps kept: the steps around the one shown, at the slide's size (a resize makes new ones). */
    private static final int KEPT = 16;

    /** A map for a step at a size in the map's logical px, rounded so a size jittering by a fraction of a px is one key. */
    record Key(int index, long width, long height) {
        static Key of(int index, double width, double height) {
            return new Key(index, Math.round(width), Math.round(height));
        }
    }

    private final ProjectedBasemap basemap;
    private final Dataset dataset;
    private final List<Step> steps;
    private final BackgroundThread thread;
    private final Map<Key, Optional<MapScene>> made = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Optional<MapScene>> eldest) {
            if (size() > KEPT) {
                unsaid.remove(eldest.getKey());
                return true;
            }
            return false;
        }
    };

    /** A map made, and what it leaves unnamed at its own size. */
    private record Made(Optional<MapScene> scene, UnnamedMarks unsaid) {
    }
    /** What each map made would leave unnamed drawn at its own size, kept as long as the map. */
    private final Map<Key, UnnamedMarks> unsaid = new HashMap<>();
    private final UnsaidAtSize unsaidAtSize = new UnsaidAtSize();
    private final Set<Key> underWay = new HashSet<>();
    /** What to do when a map asked for as the one shown is made. */
    private final Map<Key, Runnable> pending = new HashMap<>();

    SlideMaps(ProjectedBasemap basemap, Dataset dataset, List<Step> steps, BackgroundThread thread) {
        this.basemap = basemap;
        this.dataset = dataset;
        this.steps = steps;
        this.thread = thread;
    }

    /** The map of {@code key} if made: empty when not made yet, an empty map when the step has none. */
    Optional<Optional<MapScene>> ready(Key key) {
        return Optional.ofNullable(made.get(key));
    }

    /**
     * What the map of {@code key}, if made, leaves unnamed drawn at its own size ({@link UnnamedMarks#NONE} for a
     * step without a map): the slide reserves room for its caption from this before it draws (decision 0146).
     */
    Optional<UnnamedMarks> unsaid(Key key) {
        return made.containsKey(key) ? Optional.of(unsaid.getOrDefault(key, UnnamedMarks.NONE)) : Optional.empty();
    }

    /**
     * The map of step {@code index} made at any size, the last made first: while the step's map at
     * its own size is made, the slide draws it fitted into the box rather than the previous step's.
     */
    Optional<MapScene> anySize(int index) {
        MapScene latest = null;
        // In order of use, the last used last; iterating does not reorder.
        for (Map.Entry<Key, Optional<MapScene>> entry : made.entrySet()) {
            if (entry.getKey().index() == index && entry.getValue().isPresent()) {
                latest = entry.getValue().get();
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Asks for the map of {@code key} ahead of other work, then for its neighbours'; {@code whenMade}
     * runs on the JavaFX thread once the asked map is made (not for the neighbours).
     */
    void request(Key key, Runnable whenMade) {
        make(key, true, whenMade);
        around(key);
    }

    /** Asks for the maps of the steps either side of {@code key}'s, so the next click finds its map made. */
    void around(Key key) {
        around(key, near -> { });
    }

    /** As {@link #around(Key)}; {@code whenMade} is told, on the JavaFX thread, each neighbour's key once made. */
    void around(Key key, Consumer<Key> whenMade) {
        for (int near : new int[] {key.index() + 1, key.index() - 1}) {
            if (near >= 0 && near < steps.size()) {
                Key nearKey = new Key(near, key.width(), key.height());
                make(nearKey, false, () -> whenMade.accept(nearKey));
            }
        }
    }

    /** Asks for the map of {@code key} behind the shown step's, as a neighbour's; {@code whenMade} once it is made. */
    void ahead(Key key, Runnable whenMade) {
        make(key, false, whenMade);
    }

    private void make(Key key, boolean first, Runnable whenMade) {
        if (made.containsKey(key)) {
            whenMade.run();
            return;
        }
        if (!underWay.add(key)) {
            if (first) {
                // Already asked for as a neighbour: its answer repaints the slide when it is the one shown.
                pending.put(key, whenMade);
            }
            return;
        }
        Runnable neighbourTold = first ? () -> { } : whenMade;
        if (first) {
            pending.put(key, whenMade);
        }
        Supplier<Made> work = () -> {
            Optional<MapScene> scene = StepMap.scene(basemap, dataset, steps, key.index(), key.width(), key.height());
            return new Made(scene, scene.map(unsaidAtSize::of).orElse(UnnamedMarks.NONE));
        };
        (first ? thread.submitFirst(work) : thread.submit(work)).whenComplete((map, failure) -> {
            underWay.remove(key);
            if (failure != null) {
                LOG.log(Level.WARNING, "a slide's map could not be made", failure);
                made.put(key, Optional.empty());
            } else {
                made.put(key, map.scene());
                unsaid.put(key, map.unsaid());
            }
            Runnable then = pending.remove(key);
            if (then != null) {
                then.run();
            } else {
                neighbourTold.run();
            }
        });
    }
}
