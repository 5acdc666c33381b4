package org.parley.export.image;

/**
 * The page a PDF export is drawn on, in points, and the margin kept inside it: a sheet of paper for
 * what is printed, or a slide's own page for a slide, which a slide program or a reader's full-screen
 * view shows edge to edge (a 16:9 slide on A4 had left the sheet's lower third white).
 */
record PdfSheet(double width, double height, double margin) {

    /** Slide programs' page height, 7.5 in: 16:9 is 13.33 × 7.5 in, 4:3 10 × 7.5 in, as PowerPoint's. */
    static final double SLIDE_HEIGHT_PT = 540;

    /** The paper of {@code setup}, turned for a figure of {@code width} × {@code height}, inside its margin. */
    static PdfSheet paper(PageSetup setup, double width, double height) {
        double[] page = setup.pageSize(width, height);
        return new PdfSheet(page[0], page[1], PageSetup.MARGIN_PT);
    }

    /** A page of the slide's own shape, with no margin: the slide keeps its own inside its frame. */
    static PdfSheet slide(DashboardShape shape) {
        double across = 1920;
        return new PdfSheet(Math.round(SLIDE_HEIGHT_PT * across / shape.heightFor(across)), SLIDE_HEIGHT_PT, 0);
    }
}
