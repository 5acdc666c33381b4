package org.parley.render.graph;

import org.junit.jupiter.api.Test;
import org.parley.model.ActorGroup;
import org.parley.render.InkMask;
import org.parley.render.RecordingPainter;
import org.parley.render.Theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupFillTest {

    /** A middling node of the network's page (radius 10.5 px of the 1600-px layout on A4) at 60 dpi. */
    private static final double NODE_AT_60_DPI = 4.5;
    /** Two marks that put ink in the same places for more than three quarters of it read as one. */
    private static final double APART = 0.25;

    @Test
    void onPaperEveryTwoGroupsPutTheirInkInDifferentPlacesAt60Dpi() {
        ActorGroup[] groups = ActorGroup.values();
        StringBuilder alike = new StringBuilder();
        for (int i = 0; i < groups.length; i++) {
            for (int j = i + 1; j < groups.length; j++) {
                double apart = ink(groups[i]).differenceFrom(ink(groups[j]));
                if (apart < APART) {
                    alike.append(String.format("%s and %s differ in %.0f %% of their ink; ", groups[i], groups[j],
                            100 * apart));
                }
            }
        }
        assertEquals("", alike.toString());
    }

    @Test
    void theColourThemesKeepASolidDiscInTheGroupsColour() {
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            for (ActorGroup g : ActorGroup.values()) {
                RecordingPainter p = new RecordingPainter();
                GroupFill.of(g, theme).paint(p, GroupColours.of(g, theme), theme.background(), 20, 20, 8);
                assertEquals(1, p.ops.size(), g + " in " + theme.name());
                RecordingPainter.Op disc = p.ops.get(0);
                assertTrue(disc.name().equals("fillOval") && disc.r() == 8, disc.toString());
                assertEquals(GroupColours.of(g, theme), disc.colour());
            }
        }
    }

    private static InkMask ink(ActorGroup group) {
        return InkMask.of(12, p -> GroupFill.of(group, Theme.PRINT)
                .paint(p, GroupColours.of(group, Theme.PRINT), Theme.PRINT.background(), 6, 6, NODE_AT_60_DPI));
    }
}
