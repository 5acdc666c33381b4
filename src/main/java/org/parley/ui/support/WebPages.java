package org.parley.ui.support;

import javafx.application.Platform;
import javafx.stage.Window;

import java.awt.Desktop;
import java.io.IOException;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Opening a web page in the user's browser. An interface so a test sees what was asked to open
 * without a browser; {@link #SYSTEM} is the desktop's browser.
 *
 * <p>Not JavaFX's {@code HostServices.showDocument}: on Linux it says nothing when no browser
 * starts (it prints a stack trace to the terminal and returns), so the user would click and see
 * nothing happen. {@code Desktop.browse} throws, and the user is told.
 */
@FunctionalInterface
public interface WebPages {

    /** Opens {@code page}, an http or https address ({@link #webAddress}); a failure is shown in a dialog. */
    void open(URI page, Window owner);

    /** The desktop's browser, started off the JavaFX thread, since some desktops block while it starts. */
    WebPages SYSTEM = (page, owner) -> {
        Thread opener = new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                    Desktop.getDesktop().browse(page);
                } else if (!new OpenerCommand(OpenerCommand.XDG_OPEN).open(page)) {
                    throw new IOException("This desktop offers Parley no web browser to open the address in.");
                }
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> ErrorDialogs.show(owner, "The address could not be opened",
                        new IOException(ErrorDialogs.message(e), e),
                        "Copy the address and paste it into your browser."));
            }
        }, "parley-open-page");
        opener.setDaemon(true);
        opener.start();
    };

    /**
     * The text as a web address that may be opened: http or https with a host, nothing else. A
     * dataset is anyone's file, and {@code javascript:}, {@code file:} or a program's path in it
     * must never be handed to the desktop to open.
     */
    static Optional<URI> webAddress(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > 8_000 || t.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(t);
            if (uri.getHost() == null && uri.getRawAuthority() != null) {
                uri = withAsciiHost(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isEmpty();
            return web ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code uri} with its host as the DNS spells it: "https://bücher.example/" is a web address, but
     * {@link URI} takes only an ASCII host and had found none, so the Source tab offered no Open for it.
     * The host goes as "xn--bcher-kva.example", which is what the browser is handed; a host no domain
     * can have (IDN's STD3 rules) stays unparsed.
     */
    private static URI withAsciiHost(URI uri) throws URISyntaxException {
        String authority = uri.getRawAuthority();
        int at = authority.lastIndexOf('@');
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
        String rebuilt = uri.getScheme() + "://" + authority.substring(0, at + 1) + ascii
                + (colon < 0 ? "" : hostPort.substring(colon)) + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return new URI(rebuilt);
    }
}
