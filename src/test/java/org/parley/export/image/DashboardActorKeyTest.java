package org.parley.export.image;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.ActorGroup;
import org.parley.render.Theme;

/**
 * The dashboard's small actor network colours its discs by group, and had no key for them: a class could not tell
 * Russia's orange from NATO's green. Every group drawn is named, at the slide's type, on every shape.
 */
class DashboardActorKeyTest {

    @Test
    void everyGroupTheNetworkDrawsIsNamedInItsKey() {
        Selection week = Selection.of(WeekData.seeds(), ImageRequest.of(View.DASHBOARD, ImageFormat.PNG)
                .resolvedFor(WeekData.seeds()));
        for (DashboardShape shape : DashboardShape.values()) {
            DashboardFigure slide = DashboardFigure.of(week, Theme.LIGHT, shape);
            Set<ActorGroup> drawn = ((ActorsFigure) ((Scaled) slide.actors()).inner()).scene().legendGroups();
            assertFalse(drawn.isEmpty(), shape + ": the network draws actors");
            TypeProbe probe = new TypeProbe((int) slide.width(), (int) slide.height());
            slide.paint(probe);
            Set<String> texts = probe.texts.stream().filter(t -> t.size() >= 0.03 * slide.height() - 0.01)
                    .map(TypeProbe.Text::text).collect(Collectors.toSet());
            for (ActorGroup g : drawn) {
                // "NATO and allies" is no actor's name, so only a key would write it.
                assertTrue(texts.contains(g.label()), shape + ": no key names " + g.label() + " in " + texts);
            }
        }
    }
}
