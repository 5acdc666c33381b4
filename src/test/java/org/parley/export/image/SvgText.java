package org.parley.export.image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The text content of every {@code <text>} element of an SVG file, parsing it proves it is XML;
 * plus each run of up to four consecutive elements joined by a space, since a timeline card
 * wraps its title over several lines and a reader reads them as one.
 */
final class SvgText {

    private SvgText() {
    }

    static List<String> of(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(svg.toFile());
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent());
        }
        int elements = out.size();
        for (int i = 0; i < elements; i++) {
            StringBuilder run = new StringBuilder(out.get(i));
            for (int j = i + 1; j < Math.min(elements, i + 4); j++) {
                run.append(' ').append(out.get(j));
                out.add(run.toString());
            }
        }
        return out;
    }
}
