package dev.modelops.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Parses report files with the JDK's XML parser (which fails on anything not well-formed) and queries them with
 * XPath; in XPath expressions the XHTML namespace is the prefix {@code h}.
 */
final class Xml {

    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final Document document;
    private final XPath xpath;

    private Xml(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "h".equals(prefix) ? XHTML : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return XHTML.equals(namespaceURI) ? "h" : null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String namespaceURI) {
                return List.of("h").iterator();
            }
        });
    }

    /** Parses {@code file}; throws when it is not well-formed XML. */
    static Xml parse(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new Xml(builder().parse(in));
        }
    }

    private static DocumentBuilder builder() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder;
    }

    Document document() {
        return document;
    }

    /** The whitespace-normalized text of the first node matching {@code expression}, or null. */
    String text(String expression) throws XPathExpressionException {
        Node node = (Node) xpath.evaluate(expression, document, XPathConstants.NODE);
        return node == null ? null : normalize(node.getTextContent());
    }

    /** The whitespace-normalized texts of every node matching {@code expression}. */
    List<String> texts(String expression) throws XPathExpressionException {
        List<String> texts = new ArrayList<>();
        for (Node node : nodes(expression)) {
            texts.add(normalize(node.getTextContent()));
        }
        return texts;
    }

    List<Node> nodes(String expression) throws XPathExpressionException {
        NodeList list = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
        List<Node> nodes = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            nodes.add(list.item(i));
        }
        return nodes;
    }

    int count(String expression) throws XPathExpressionException {
        return nodes(expression).size();
    }

    static String normalize(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ").trim();
    }

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
