package org.parley.render.graph;

import org.parley.model.ActorGroup;
import org.parley.render.Rgba;
import org.parley.render.Theme;

/**
 * The colour of each actor group, per theme. Okabe–Ito-derived like the event kinds, so the camps
 * stay apart for colour-blind readers; lighter tones on dark backgrounds. On paper every group is black,
 * told apart by its {@link GroupFill}: the greys it had printed as one.
 */
public final class GroupColours {

    private GroupColours() {
    }

    public static Rgba of(ActorGroup group, Theme theme) {
        if (theme == Theme.PRINT) {
            return Theme.PRINT.text();
        }
        boolean dark = theme == Theme.DARK;
        return Rgba.hex(switch (group) {
            case UNITED_STATES -> dark ? "#56b4e9" : "#0072b2";
            case NATO_AND_ALLIES -> dark ? "#3fc1a5" : "#009e73";
            case RUSSIA -> dark ? "#ff8c5a" : "#d55e00";
            case OSCE_EU -> dark ? "#a48cf0" : "#6f42c1";
            case COMMENTATORS -> dark ? "#f0e442" : "#9a8700";
            case PRESS -> dark ? "#b0b7c0" : "#6e7781";
            case OTHER -> dark ? "#cc79a7" : "#a4457a";
        });
    }
}
