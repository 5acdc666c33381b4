package org.parley.ui.source;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.util.Duration;
import org.parley.ui.support.TextClipboard;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * The reader's own text selection in one article, as offsets into the article's text: a drag, a
 * double click (a word), Shift with the arrows, Home and End, and Ctrl+A select; Ctrl+C and the
 * context menu copy the article's characters as plain text. A TextFlow has no selection of its own,
 * and a researcher quoting a sentence that no event cites had to retype it.
 */
final class ArticleSelection {

    static final String STYLE_CLASS = "article-selection";

    private final ArticleFlow flow;
    private final String text;
    private final Path shape = new Path();
    private int anchor;
    private int caret;
    /** The article's scroll pane, which a drag past its top or bottom edge scrolls; null if none. */
    private ScrollPane scroll;
    private double dragX;
    private double dragY;
    private final Timeline autoscroll = new Timeline(
            new KeyFrame(Duration.millis(50), e -> dragAt(dragX, dragY)));
    /** What the menu's "Find in the article…" does: the reader's find field; nothing until it is given. */
    private Runnable find = () -> { };
    /** The most a drag past the edge scrolls at a step, in pixels: a line or two. */
    private static final double MAX_STEP = 40;

    ArticleSelection(ArticleFlow flow, String text) {
        this.flow = flow;
        this.text = text;
        shape.getStyleClass().add(STYLE_CLASS);
        shape.setManaged(false);
        shape.setMouseTransparent(true);
        shape.layoutXProperty().bind(flow.layoutXProperty());
        shape.layoutYProperty().bind(flow.layoutYProperty());
    }

    /** The selection's highlight, to be placed behind the text over the flow. */
    Node shape() {
        return shape;
    }

    /**
     * Selects with the mouse over {@code surface} (the page: a drag may start in its margin) and
     * with the keyboard and a context menu on {@code focusable}, which the press gives the focus.
     */
    void install(Node surface, Control focusable) {
        if (focusable instanceof ScrollPane pane) {
            scroll = pane;
        }
        flow.setCursor(Cursor.TEXT);
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            focusable.requestFocus();
            int at = offsetAt(e);
            if (e.getClickCount() == 2) {
                selectWord(at);
            } else if (e.getClickCount() >= 3) {
                selectParagraph(at);
            } else if (e.isShiftDown()) {
                moveCaret(at);
            } else {
                select(at, at);
            }
        });
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                dragAt(e.getSceneX(), e.getSceneY());
            }
        });
        // Held still past the edge, the article goes on scrolling, as a text area's does.
        autoscroll.setCycleCount(Animation.INDEFINITE);
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> autoscroll.stop());
        focusable.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> copy());
        MenuItem all = new MenuItem("Select all");
        all.setOnAction(e -> selectAll());
        // Where a reader looks for it: Ctrl+F alone was a shortcut to know (the app's search elsewhere).
        MenuItem findItem = new MenuItem("Find in the article\u2026 (Ctrl+F)");
        findItem.setOnAction(e -> find.run());
        ContextMenu menu = new ContextMenu(copy, all, new SeparatorMenuItem(), findItem);
        menu.setOnShowing(e -> copy.setDisable(!hasSelection()));
        focusable.setContextMenu(menu);
    }

    /** Gives the menu's "Find in the article…" its action. */
    void setOnFind(Runnable action) {
        find = action;
    }

    boolean hasSelection() {
        return anchor != caret;
    }

    String selectedText() {
        return text.substring(Math.min(anchor, caret), Math.max(anchor, caret));
    }

    /** Selects the characters from {@code from} to {@code to}; the caret ends at {@code to}. */
    void select(int from, int to) {
        anchor = clamp(from);
        caret = clamp(to);
        reshape();
    }

    void selectAll() {
        select(0, text.length());
    }

    /** Puts the selected characters on the clipboard; with nothing selected the clipboard is left as it was. */
    void copy() {
        if (hasSelection()) {
            TextClipboard.put(selectedText());
        }
    }

    /** Draws the highlight again, from the flow's lines as they are now laid out. */
    void reshape() {
        if (!hasSelection() || flow.getWidth() <= 0) {
            shape.getElements().clear();
            return;
        }
        PathElement[] range = flow.rangeShape(Math.min(anchor, caret), Math.max(anchor, caret));
        shape.getElements().setAll(range);
    }

    private void key(KeyEvent k) {
        KeyCode code = k.getCode();
        boolean shortcut = k.isShortcutDown();
        if (shortcut && !k.isShiftDown() && !k.isAltDown() && code == KeyCode.C) {
            copy();
            k.consume();
        } else if (shortcut && !k.isShiftDown() && !k.isAltDown() && code == KeyCode.A) {
            selectAll();
            k.consume();
        } else if (code == KeyCode.ESCAPE && hasSelection()) {
            select(caret, caret);
            k.consume();
        } else if (k.isShiftDown() && !k.isAltDown()) {
            Integer to = switch (code) {
                case LEFT -> shortcut ? word(caret, false) : caret - 1;
                case RIGHT -> shortcut ? word(caret, true) : caret + 1;
                case UP -> lineAbove(caret, -1);
                case DOWN -> lineAbove(caret, 1);
                case HOME -> shortcut ? 0 : lineEnd(caret, false);
                case END -> shortcut ? text.length() : lineEnd(caret, true);
                default -> null;
            };
            if (to != null) {
                moveCaret(to);
                k.consume();
            }
        }
    }

    /**
     * Extends the selection to the pointer at scene point ({@code x}, {@code y}); past the top or the
     * bottom of the article's viewport it first scrolls the article towards it, further the further
     * out: a selection could not be dragged beyond the lines in view.
     */
    void dragAt(double x, double y) {
        dragX = x;
        dragY = y;
        double past = 0;
        if (scroll != null && scroll.getScene() != null) {
            Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            past = y < view.getMinY() ? y - view.getMinY() : y > view.getMaxY() ? y - view.getMaxY() : 0;
            double content = scroll.getContent().getLayoutBounds().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            if (past != 0 && content > viewport) {
                double step = Math.max(-MAX_STEP, Math.min(MAX_STEP, past));
                double range = scroll.getVmax() - scroll.getVmin();
                double v = scroll.getVvalue() + step / (content - viewport) * range;
                scroll.setVvalue(Math.max(scroll.getVmin(), Math.min(scroll.getVmax(), v)));
                scroll.layout();
            }
        }
        Point2D p = flow.sceneToLocal(x, y);
        moveCaret(offsetAt(p));
        if (past == 0) {
            autoscroll.stop();
        } else if (autoscroll.getStatus() != Animation.Status.RUNNING) {
            autoscroll.play();
        }
    }

    private void moveCaret(int to) {
        caret = clamp(to);
        reshape();
    }

    private int offsetAt(MouseEvent e) {
        return offsetAt(flow.sceneToLocal(e.getSceneX(), e.getSceneY()));
    }

    private int offsetAt(Point2D p) {
        // Above the first line or below the last, the text's start or end, as in a text area.
        if (p.getY() < 0) {
            return 0;
        }
        if (p.getY() > flow.getHeight()) {
            return text.length();
        }
        return clamp(flow.hitTest(p).getInsertionIndex());
    }

    private void selectWord(int at) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int end = words.following(Math.min(at, Math.max(0, text.length() - 1)));
        int start = words.previous();
        select(start, end == BreakIterator.DONE ? text.length() : end);
    }

    private void selectParagraph(int at) {
        int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int end = text.indexOf('\n', at);
        select(start, end < 0 ? text.length() : end);
    }

    private int word(int from, boolean forward) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int to = forward ? words.following(Math.min(from, Math.max(0, text.length() - 1))) : words.preceding(Math.max(1, from));
        return to == BreakIterator.DONE ? (forward ? text.length() : 0) : to;
    }

    /** The offset on the line above ({@code -1}) or below ({@code 1}) the caret, at its x. */
    private int lineAbove(int at, int direction) {
        Bounds line = caretBounds(at);
        if (line == null) {
            return at;
        }
        double y = direction < 0 ? line.getMinY() - line.getHeight() / 2 : line.getMaxY() + line.getHeight() / 2;
        if (y < 0) {
            return 0;
        }
        if (y > flow.getHeight()) {
            return text.length();
        }
        return flow.hitTest(new Point2D(line.getMinX(), y)).getInsertionIndex();
    }

    private int lineEnd(int at, boolean end) {
        Bounds line = caretBounds(at);
        if (line == null) {
            return at;
        }
        double x = end ? flow.getWidth() : 0;
        return flow.hitTest(new Point2D(x, line.getCenterY())).getInsertionIndex();
    }

    private Bounds caretBounds(int at) {
        PathElement[] caretShape = flow.caretShape(clamp(at), true);
        return caretShape.length == 0 ? null : new Path(caretShape).getLayoutBounds();
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(text.length(), offset));
    }
}
