package org.parley.ui.source;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.parley.model.Source;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Publisher, headline, dateline and date above an article's text. */
final class ArticleHeader extends VBox {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM u", Locale.ENGLISH);

    ArticleHeader(Source source) {
        getStyleClass().add("article-header");
        Label publisher = label(source.publisher(), "article-publisher");
        Label headline = label(source.title(), "article-headline");
        String when = DATE.format(source.published());
        Label meta = label(source.dateline().isBlank() ? when : source.dateline() + " · " + when, "article-meta");
        getChildren().addAll(publisher, headline, meta);
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE); // a long headline wraps instead of being cut short
        l.getStyleClass().add(styleClass);
        return l;
    }
}
