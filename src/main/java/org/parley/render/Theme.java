package org.parley.render;

import org.parley.model.EventKind;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The named colours every painter draws with, one set per theme. Screen and export share them so
 * an exported image matches what the user sees (or, with {@link #PRINT}, prints well in grey).
 */
public record Theme(String name, Rgba background, Rgba panel, Rgba text, Rgba mutedText, Rgba grid, Rgba gridStrong,
                    Rgba laneStripe, Rgba selection, Rgba highlight, Rgba sea, Rgba land, Rgba border,
                    Rgba shadedCountry, Rgba route, Rgba week, Map<EventKind, Rgba> kindColours) {

    public static final Theme LIGHT = new Theme("light",
            Rgba.hex("#ffffff"), Rgba.hex("#f6f8fa"), Rgba.hex("#1f2328"), Rgba.hex("#59636e"),
            Rgba.hex("#d1d9e0"), Rgba.hex("#8c959f"), Rgba.hex("#f6f8fa"),
            Rgba.hex("#0969da"), Rgba.hex("#bf8700"),
            Rgba.hex("#dbe9f6"), Rgba.hex("#f4f1ea"), Rgba.hex("#a8a29a"), Rgba.hex("#f2c57c"),
            Rgba.hex("#cf222e"), Rgba.hex("#0969da26"), kinds(false));

    public static final Theme DARK = new Theme("dark",
            Rgba.hex("#0d1117"), Rgba.hex("#161b22"), Rgba.hex("#e6edf3"), Rgba.hex("#9198a1"),
            Rgba.hex("#30363d"), Rgba.hex("#6e7681"), Rgba.hex("#161b22"),
            Rgba.hex("#4493f8"), Rgba.hex("#d29922"),
            Rgba.hex("#0b2235"), Rgba.hex("#2b2f36"), Rgba.hex("#59606a"), Rgba.hex("#7a5a1e"),
            Rgba.hex("#ff7b72"), Rgba.hex("#4493f833"), kinds(true));

    /** Black on white with grey shades: survives a black-and-white printer. */
    public static final Theme PRINT = new Theme("print",
            Rgba.hex("#ffffff"), Rgba.hex("#ffffff"), Rgba.hex("#000000"), Rgba.hex("#444444"),
            Rgba.hex("#cccccc"), Rgba.hex("#777777"), Rgba.hex("#f4f4f4"),
            Rgba.hex("#000000"), Rgba.hex("#000000"),
            Rgba.hex("#ffffff"), Rgba.hex("#eeeeee"), Rgba.hex("#888888"), Rgba.hex("#bbbbbb"),
            Rgba.hex("#000000"), Rgba.hex("#00000014"), printKinds());

    public Rgba kind(EventKind kind) {
        return kindColours.get(kind);
    }

    /** Light, dark or print by name, case-insensitive. */
    public static Theme named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "light" -> LIGHT;
            case "dark" -> DARK;
            case "print" -> PRINT;
            default -> throw new IllegalArgumentException("unknown theme \"" + name + "\" (light, dark or print)");
        };
    }

    // Okabe–Ito-derived palette: distinguishable for the common colour-vision deficiencies.
    private static Map<EventKind, Rgba> kinds(boolean dark) {
        Map<EventKind, Rgba> m = new EnumMap<>(EventKind.class);
        m.put(EventKind.MEETING, Rgba.hex(dark ? "#56b4e9" : "#0072b2"));
        m.put(EventKind.STATEMENT, Rgba.hex(dark ? "#b0b7c0" : "#57606a"));
        m.put(EventKind.BRIEFING, Rgba.hex(dark ? "#cc79a7" : "#a4457a"));
        m.put(EventKind.PROPOSAL, Rgba.hex(dark ? "#3fc1a5" : "#009e73"));
        m.put(EventKind.MILITARY, Rgba.hex(dark ? "#ff8c5a" : "#d55e00"));
        m.put(EventKind.REACTION, Rgba.hex(dark ? "#f0e442" : "#9a8700"));
        m.put(EventKind.DECISION, Rgba.hex(dark ? "#a48cf0" : "#6f42c1"));
        m.put(EventKind.CONFLICT, Rgba.hex(dark ? "#ff6b6b" : "#b3261e"));
        m.put(EventKind.ECONOMY, Rgba.hex(dark ? "#e69f00" : "#b07800"));
        return m;
    }

    private static Map<EventKind, Rgba> printKinds() {
        Map<EventKind, Rgba> m = new EnumMap<>(EventKind.class);
        for (EventKind k : EventKind.values()) {
            m.put(k, Rgba.hex(k.ordinal() % 2 == 0 ? "#222222" : "#555555"));
        }
        return m;
    }
}
