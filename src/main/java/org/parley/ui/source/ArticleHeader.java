package org.parley.ui.source;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.parley.model.Source;
import org.parley.ui.support.TextClipboard;
import org.parley.ui.support.WebPages;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Headline, then publisher, dateline and date on one line above an article's text, and where it was published: the
 * address to copy and, when it is a web address, to open; and the whole citation to copy.
 */
final class ArticleHeader extends VBox {

    static final String ADDRESS_ID = "article-address";
    static final String OPEN_ID = "article-open";
    static final String COPY_ADDRESS_ID = "article-copy-address";
    static final String COPY_CITATION_ID = "article-copy-citation";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM u", Locale.ENGLISH);
    private static final DateTimeFormatter CITED = DateTimeFormatter.ofPattern("d MMMM u", Locale.ENGLISH);
    /** The longest address a tooltip shows whole; one of 10,000 characters filled the screen. */
    private static final int TOOLTIP_CHARS = 300;

    ArticleHeader(Source source, WebPages pages) {
        getStyleClass().add("article-header");
        Label headline = label(source.title(), "article-headline");
        // The paper on the dateline's line, not on one of its own: at 1280×720 the Source tab showed the
        // publisher, a three-line headline and the date, and one line of the article under them.
        String when = DATE.format(source.published());
        String where = source.dateline().isBlank() ? when : source.dateline() + " · " + when;
        Label meta = label(source.publisher().isBlank() ? where : source.publisher() + " · " + where, "article-meta");
        if (source.url().isBlank()) {
            // No address to show: the citation's button sits on the date's line, and no line says "none" in a
            // pane that at 1280×720 has room for little more than the headline.
            meta.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(meta, Priority.ALWAYS);
            HBox row = new HBox(meta, citeButton(source));
            row.getStyleClass().add("article-address-row");
            getChildren().addAll(headline, row);
        } else {
            getChildren().addAll(headline, meta, addressRow(source, pages));
        }
    }

    /** "The Washington Post, “Stark differences …”, 12 January 2022, https://…": what a reader cites. */
    static String citation(Source source) {
        String cited = source.publisher() + ", \u201c" + source.title() + "\u201d, " + CITED.format(source.published());
        return source.url().isBlank() ? cited : cited + ", " + source.url().strip();
    }

    private HBox addressRow(Source source, WebPages pages) {
        String url = source.url().strip();
        Optional<URI> web = WebPages.webAddress(url);
        Label address = new Label(url);
        address.setId(ADDRESS_ID);
        address.getStyleClass().add("article-address");
        // One line, cut in its middle: a long address keeps its site and its end, and never pushes the buttons away.
        address.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        address.setMinWidth(0);
        address.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(address, Priority.ALWAYS);
        String shown = url.length() > TOOLTIP_CHARS ? url.substring(0, TOOLTIP_CHARS) + "\u2026" : url;
        address.setTooltip(new Tooltip(web.isEmpty() ? shown + "\nNot a web address (http or https): shown, never opened."
                // A host in other letters opens as its ASCII form: said, so a look-alike name can be told apart.
                : web.get().toString().equals(url) ? shown : shown + "\nOpens " + web.get().toASCIIString()));
        HBox row = new HBox(address);
        row.getStyleClass().add("article-address-row");
        if (web.isPresent()) {
            Button open = button("Open", OPEN_ID, new FontIcon(Material2OutlinedAL.LAUNCH), "Open the article in your browser");
            open.setOnAction(e -> pages.open(web.get(), getScene() == null ? null : getScene().getWindow()));
            row.getChildren().add(open);
        }
        Button copy = button("Copy address", COPY_ADDRESS_ID, new FontIcon(Material2AL.CONTENT_COPY),
                "Copy the address as the dataset gives it");
        copy.setOnAction(e -> TextClipboard.put(url));
        row.getChildren().addAll(copy, citeButton(source));
        return row;
    }

    private static Button citeButton(Source source) {
        Button cite = button("Copy citation", COPY_CITATION_ID, new FontIcon(Material2OutlinedAL.FORMAT_QUOTE),
                "Copy the paper, headline, date" + (source.url().isBlank() ? "" : " and address"));
        cite.setOnAction(e -> TextClipboard.put(citation(source)));
        return cite;
    }

    private static Button button(String text, String id, FontIcon icon, String tooltip) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.setAccessibleText(text);
        b.setTooltip(new Tooltip(tooltip));
        b.getStyleClass().add("article-address-button");
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE); // a long headline wraps instead of being cut short
        l.getStyleClass().add(styleClass);
        return l;
    }
}
