package org.parley.export.image;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The sheet a PDF export is laid on: a real paper size, so it prints as it is. Letter where the
 * locale's country uses it (the United States, Canada and a few in the Americas), else A4.
 */
public enum Paper {
    A4("A4", 595.28, 841.89), LETTER("Letter", 612, 792);

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "PR",
            "GT", "CR", "PA", "SV", "NI", "DO");

    private final String label;
    private final double shortSide;
    private final double longSide;

    Paper(String label, double shortSide, double longSide) {
        this.label = label;
        this.shortSide = shortSide;
        this.longSide = longSide;
    }

    /** Points (1/72 in) of the short side. */
    public double shortSide() {
        return shortSide;
    }

    public double longSide() {
        return longSide;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Paper forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }

    public static Optional<Paper> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equalsIgnoreCase(id)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
