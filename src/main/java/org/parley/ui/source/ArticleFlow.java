package org.parley.ui.source;

import javafx.scene.text.TextFlow;

/**
 * A TextFlow that tells its owner when its lines have been laid out, because highlight shapes
 * come from {@link #rangeShape} and are only right once the text has wrapped at the final width.
 */
final class ArticleFlow extends TextFlow {

    private Runnable afterLayout = () -> { };

    void setAfterLayout(Runnable afterLayout) {
        this.afterLayout = afterLayout;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        afterLayout.run();
    }
}
