package dev.modelops.render.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns a page as the HTML report has it into the page the PDF renderer lays out. The templates are the same;
 * what differs is what only makes sense on screen or only in print:
 * <ul>
 *   <li>the style sheets are inlined (the screen sheet, then the print sheet), so that the renderer fetches
 *       nothing;</li>
 *   <li>scripts are removed (the PDF is a static record);</li>
 *   <li>links to the report's other files are turned into plain text, since a PDF is archived on its own and
 *       a relative link would resolve against wherever the PDF happened to be built; links inside the page
 *       ({@code #section}) and to the web stay;</li>
 *   <li>a bookmark is added for the page's title and for each section heading, so the PDF has an outline
 *       whatever sections a custom template adds;</li>
 *   <li>a running header with the document's title is added, repeated on every page by the print sheet;</li>
 *   <li>a picture wider than the printed page (an inline SVG sized for the screen, such as a long lineage graph)
 *       is given the page's width and a height in proportion; its {@code viewBox} scales the drawing with it. The
 *       renderer sizes an SVG by its attributes, not by CSS.</li>
 * </ul>
 */
final class PrintPreparation {

    static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** The element the print style sheet runs into every page's top margin. */
    static final String RUNNING_HEADER_CLASS = "pdf-running-header";
    /** The width of the printed page's text, in CSS pixels: A4 less the print sheet's margins (182 mm). */
    static final double PAGE_WIDTH_PX = 680;
    private static final String SVG = "http://www.w3.org/2000/svg";

    private PrintPreparation() {
    }

    /**
     * Parses the XHTML the templates produced. The parser is namespace-aware and refuses external entities and
     * DTDs: the page is our own output, but its text comes from inputs.
     */
    static Document parse(String xhtml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("The page rendered from the templates is not well-formed XHTML, so it cannot be "
                    + "printed to PDF (a custom template must close every element): " + e.getMessage(), e);
        }
    }

    /** Prepares {@code page} in place for printing with {@code styleSheet} (screen and print rules). */
    static void prepare(Document page, String styleSheet, PdfDocumentInfo info) {
        Element head = firstElement(page, "head");
        Element body = firstElement(page, "body");
        if (head == null || body == null) {
            throw new IllegalArgumentException("A page to print needs a head and a body");
        }
        for (Element link : elements(page, "link")) {
            if ("stylesheet".equals(link.getAttribute("rel"))) {
                link.getParentNode().removeChild(link);
            }
        }
        for (Element script : elements(page, "script")) {
            script.getParentNode().removeChild(script);
        }
        for (Element anchor : elements(page, "a")) {
            String href = anchor.getAttribute("href");
            if (!href.isEmpty() && !href.startsWith("#") && !isWebAddress(href)) {
                anchor.removeAttribute("href");
            }
        }
        Element style = page.createElementNS(XHTML, "style");
        style.setAttribute("type", "text/css");
        style.setTextContent(styleSheet);
        head.appendChild(style);
        addMeta(head, "subject", info.subject());
        addMeta(head, "keywords", info.keywordText());
        addMeta(head, "author", info.author());
        head.appendChild(bookmarks(page));

        fitPicturesToPage(page);

        Element header = page.createElementNS(XHTML, "div");
        header.setAttribute("class", RUNNING_HEADER_CLASS);
        header.setAttribute("aria-hidden", "true");
        header.setTextContent(info.title());
        body.insertBefore(header, body.getFirstChild());
    }

    private static void fitPicturesToPage(Document page) {
        NodeList pictures = page.getElementsByTagNameNS(SVG, "svg");
        for (int i = 0; i < pictures.getLength(); i++) {
            Element picture = (Element) pictures.item(i);
            double width = pixels(picture.getAttribute("width"));
            double height = pixels(picture.getAttribute("height"));
            if (width > PAGE_WIDTH_PX && height > 0 && !picture.getAttribute("viewBox").isEmpty()) {
                String fittedWidth = format(PAGE_WIDTH_PX);
                String fittedHeight = format(height * PAGE_WIDTH_PX / width);
                picture.setAttribute("width", fittedWidth);
                picture.setAttribute("height", fittedHeight);
                // A style sheet's width or height (max-width: 100%, height: auto) would win over the attributes.
                picture.setAttribute("style", "width: " + fittedWidth + "px; height: " + fittedHeight + "px");
            }
        }
    }

    /** A length in CSS pixels ({@code 640} or {@code 640px}); 0 when it is not one. */
    private static double pixels(String length) {
        String number = length.endsWith("px") ? length.substring(0, length.length() - 2) : length;
        try {
            return Double.parseDouble(number.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whole pixels: the renderer reads an SVG's {@code width="680.0"} as no width at all. */
    private static String format(double pixels) {
        return Long.toString(Math.round(pixels));
    }

    private static boolean isWebAddress(String href) {
        return href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:");
    }

    private static void addMeta(Element head, String name, String content) {
        Element meta = head.getOwnerDocument().createElementNS(XHTML, "meta");
        meta.setAttribute("name", name);
        meta.setAttribute("content", content);
        head.appendChild(meta);
    }

    /**
     * The outline: the page's {@code <h1>} (linked to the main content), then one bookmark per heading of a
     * section that has an id, in page order.
     */
    private static Element bookmarks(Document page) {
        Element outline = page.createElementNS(XHTML, "bookmarks");
        Element main = firstElement(page, "main");
        Element title = firstElement(page, "h1");
        if (title != null && main != null && !main.getAttribute("id").isEmpty()) {
            outline.appendChild(bookmark(page, title.getTextContent(), main.getAttribute("id")));
        }
        for (Element section : elements(page, "section")) {
            String id = section.getAttribute("id");
            Element heading = firstChild(section, "h2");
            if (!id.isEmpty() && heading != null) {
                outline.appendChild(bookmark(page, heading.getTextContent(), id));
            }
        }
        return outline;
    }

    private static Element bookmark(Document page, String text, String id) {
        Element bookmark = page.createElementNS(XHTML, "bookmark");
        bookmark.setAttribute("name", text.strip().replaceAll("\\s+", " "));
        bookmark.setAttribute("href", "#" + id);
        return bookmark;
    }

    private static Element firstElement(Document page, String name) {
        NodeList found = page.getElementsByTagNameNS(XHTML, name);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static Element firstChild(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    /** The elements named {@code name}, copied out of the live node list so they can be removed while walking. */
    private static List<Element> elements(Document page, String name) {
        NodeList found = page.getElementsByTagNameNS(XHTML, name);
        List<Element> list = new ArrayList<>(found.getLength());
        for (int i = 0; i < found.getLength(); i++) {
            list.add((Element) found.item(i));
        }
        return list;
    }
}
