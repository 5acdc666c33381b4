package org.parley.ui.present;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.parley.render.Painter;
import org.parley.ui.canvas.FxPainter;

/**
 * A canvas that fills whatever room the slide gives it and repaints through a {@link Painter}
 * when it is resized or asked to: the map and the timeline strip are painted, not built of nodes.
 */
final class StepCanvas extends Region {

    /** Paints a frame of the given size. */
    @FunctionalInterface
    interface Art {
        void paint(Painter painter, double width, double height);
    }

    private final Canvas canvas = new Canvas();
    private Art art;

    StepCanvas(String styleClass) {
        getStyleClass().add(styleClass);
        getChildren().add(canvas);
        setMinSize(0, 0);
    }

    void setArt(Art art) {
        this.art = art;
        repaint();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            repaint();
        }
    }

    void repaint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        if (art != null && w > 1 && h > 1) {
            art.paint(new FxPainter(canvas.getGraphicsContext2D()), w, h);
        }
    }
}
