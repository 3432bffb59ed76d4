package dev.modelops.render.graph;

import static dev.modelops.render.graph.LineageFixtures.dataset;
import static dev.modelops.render.graph.LineageFixtures.edge;
import static dev.modelops.render.graph.LineageFixtures.job;
import static dev.modelops.render.graph.LineageFixtures.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Lineage;
import dev.modelops.model.Severity;
import dev.modelops.render.HtmlReportWriter;
import dev.modelops.render.ReportContent;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The lineage graph in the model card's XHTML: an inline SVG at the top of the Lineage section, in a figure
 * with a caption, that keeps the card well-formed XML, carries what accessibility checks and the PDF renderer
 * need (namespace, size, view box, role, title, description), shows every input text as text, and is the same
 * byte for byte each time.
 */
class LineageGraphCardTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private final HtmlReportWriter writer = new HtmlReportWriter(1);

    @Test
    void theLineageSectionOfASampleCardOpensWithTheGraphInAFigure() throws Exception {
        Document card = parse(card(LineageFixtures.sample("credit-scoring")));

        Element section = byId(card, "lineage");
        Element figure = (Element) section.getElementsByTagNameNS(XHTML, "figure").item(0);
        assertThat(figure).isNotNull();
        assertThat(firstElementAfterHeading(section)).isSameAs(figure);
        assertThat(figure.getElementsByTagNameNS(XHTML, "figcaption").item(0).getTextContent())
                .startsWith("Where this model\u2019s data came from, left to right");

        Element svg = (Element) figure.getElementsByTagNameNS(SVG, "svg").item(0);
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("width")).matches("\\d+\\.\\d");
        assertThat(svg.getAttribute("height")).matches("\\d+\\.\\d");
        assertThat(svg.getAttribute("viewBox")).matches("0 0 \\d+\\.\\d \\d+\\.\\d");
        assertThat(svg.getAttribute("font-family")).isEqualTo("DejaVu Sans, sans-serif");
        assertThat(child(svg, "title").getTextContent()).isEqualTo("Lineage graph of credit-scoring");
        assertThat(child(svg, "desc").getTextContent())
                .startsWith("6 datasets (2 raw sources), 4 jobs and the model artifact, joined by 13 arrows.");
        // One group per box, each with its tooltip, outline and text; one line and one arrow head per edge.
        assertThat(boxes(svg)).hasSize(11);
        assertThat(svg.getElementsByTagNameNS(SVG, "text").getLength()).isGreaterThan(11 * 3);
        assertThat(texts(svg)).contains("Raw source", "Training run", "Evaluation run", "Model artifact",
                "credit-scoring-", "3.2.0.onnx");
    }

    @Test
    void theSvgUsesPresentationAttributesOnlyForThePdfRenderer() throws Exception {
        Document card = parse(card(LineageFixtures.sample("card-fraud-detector")));

        NodeList elements = card.getElementsByTagNameNS(SVG, "*");
        assertThat(elements.getLength()).isGreaterThan(20);
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            assertThat(element.hasAttribute("class")).as("class on <%s>", element.getLocalName()).isFalse();
            assertThat(element.hasAttribute("style")).as("style on <%s>", element.getLocalName()).isFalse();
        }
    }

    @Test
    void aDatasetNamedLikeMarkupIsTextInTheCard() throws Exception {
        Lineage lineage = new Lineage(List.of(dataset("raw", HOSTILE)), List.of(job(HOSTILE, HOSTILE, "training")),
                List.of(edge("raw", HOSTILE), edge(HOSTILE, "model-artifact")));

        String xhtml = card(model("hostile", lineage));
        Document card = parse(xhtml);

        assertThat(card.getElementsByTagNameNS(XHTML, "img").getLength()).isZero();
        assertThat(card.getElementsByTagName("img").getLength()).isZero();
        assertThat(xhtml).doesNotContain(HOSTILE).contains("&lt;img src=x onerror=alert(1)&gt;");
        Element svg = (Element) card.getElementsByTagNameNS(SVG, "svg").item(0);
        List<String> tooltips = new ArrayList<>();
        for (Element box : boxes(svg)) {
            tooltips.add(child(box, "title").getTextContent());
        }
        assertThat(tooltips).anyMatch(tooltip -> tooltip.startsWith("Raw source: " + HOSTILE));
        assertThat(tooltips).anyMatch(tooltip -> tooltip.startsWith("Training run: " + HOSTILE));
        assertThat(String.join(" ", texts(svg))).contains("<img src=x");
    }

    @Test
    void aCardWithoutLineageHasNoPictureAndSaysSo() throws Exception {
        Document card = parse(card(model("no-lineage", Lineage.EMPTY)));

        Element section = byId(card, "lineage");
        assertThat(section.getElementsByTagNameNS(SVG, "svg").getLength()).isZero();
        assertThat(section.getElementsByTagNameNS(XHTML, "figure").getLength()).isZero();
        assertThat(section.getTextContent()).contains("No lineage declared.");
    }

    @Test
    void aCardIsTheSameByteForByteEachTime() {
        for (String id : List.of("credit-scoring", "card-fraud-detector", "app-review-sentiment")) {
            GovernedModel model = LineageFixtures.sample(id);
            assertThat(card(model)).isEqualTo(card(model));
        }
    }

    @Test
    void cardsWithCyclesAndTwoHundredNodesStayWellFormed() throws Exception {
        Lineage cyclic = new Lineage(List.of(dataset("raw", "Raw"), dataset("refined", "Refined")),
                List.of(job("clean", "Clean", "transform")),
                List.of(edge("raw", "clean"), edge("clean", "refined"), edge("refined", "clean"),
                        edge("refined", "model-artifact")));

        assertThat(boxes(svgOf(parse(card(model("cyclic", cyclic)))))).hasSize(4);
        assertThat(boxes(svgOf(parse(card(model("wide", LineageFixtures.wide(58))))))).hasSize(200);
    }

    private String card(GovernedModel model) {
        GovernanceResult result = new GovernanceResult("Lineage graphs", Instant.parse("2026-11-01T00:00:00Z"),
                List.of(model), List.of(), List.of(), Severity.HIGH);
        return writer.renderCard(ReportContent.of(result), model);
    }

    /** Parses the card as XML, which fails on anything not well-formed. */
    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    }

    private static Element byId(Document document, String id) {
        NodeList sections = document.getElementsByTagNameNS(XHTML, "section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element section = (Element) sections.item(i);
            if (id.equals(section.getAttribute("id"))) {
                return section;
            }
        }
        throw new AssertionError("no section " + id);
    }

    private static Element firstElementAfterHeading(Element section) {
        Node node = section.getFirstChild();
        boolean headingSeen = false;
        while (node != null) {
            if (node instanceof Element element) {
                if (headingSeen) {
                    return element;
                }
                headingSeen = "h2".equals(element.getLocalName());
            }
            node = node.getNextSibling();
        }
        return null;
    }

    private static Element svgOf(Document card) {
        return (Element) card.getElementsByTagNameNS(SVG, "svg").item(0);
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && SVG.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                return element;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getLocalName() + ">");
    }

    /** The groups that draw a box: those with a tooltip. */
    private static List<Element> boxes(Element svg) {
        List<Element> boxes = new ArrayList<>();
        NodeList groups = svg.getElementsByTagNameNS(SVG, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getElementsByTagNameNS(SVG, "title").getLength() > 0) {
                boxes.add(group);
            }
        }
        return boxes;
    }

    private static List<String> texts(Element svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
