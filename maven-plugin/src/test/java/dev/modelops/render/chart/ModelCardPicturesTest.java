package dev.modelops.render.chart;

import static dev.modelops.render.chart.Results.group;
import static dev.modelops.render.chart.Results.interval;
import static dev.modelops.render.chart.Results.min;
import static dev.modelops.render.chart.Results.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelops.evaluate.RuleEngine;
import dev.modelops.evaluate.RulePackLoader;
import dev.modelops.model.Finding;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.MetricResult;
import dev.modelops.model.Rule;
import dev.modelops.model.Severity;
import dev.modelops.render.HtmlReportWriter;
import dev.modelops.render.ReportContent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The pictures as they end up in a rendered model card: escaped, well-formed, accessible and reproducible. */
class ModelCardPicturesTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "<img src=x onerror=alert(1)>";
    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");

    /** A credit scorer with slices, a baseline, monitoring and per-group rates, some of them named to attack. */
    private static GovernedModel scorer() {
        List<MetricResult> evaluations = new ArrayList<>(List.of(
                result("auc", 0.812, Map.of(), interval(0.806, 0.818), min(0.75), "holdout"),
                result("auc", 0.768, Map.of("region", SCRIPT), interval(0.751, 0.785), min(0.72), "holdout"),
                result("auc", 0.70, Map.of("region", "south"), interval(0.68, 0.72), min(0.72), IMG),
                group("selection_rate", "sex", "male", 0.63, 9000L, "holdout"),
                group("selection_rate", "sex", SCRIPT, 0.47, 8000L, "holdout"),
                group("true_positive_rate", "age_band", "18-25", 0.60, 900L, "holdout"),
                group("true_positive_rate", "age_band", "26-40", 0.66, 900L, "holdout")));
        List<MetricResult> baseline = List.of(result("auc", 0.803, Map.of(), null, min(0.75), "holdout-2023"));
        List<MetricResult> monitoring = List.of(
                Results.dated("auc", 0.80, min(0.75), "applications", java.time.LocalDate.of(2026, 10, 31)));
        return Models.model("credit-scoring", "3.2.0", List.of("sex", "age_band"), evaluations, baseline, "3.1.2",
                monitoring);
    }

    private static final List<Rule> RULES = new RulePackLoader().loadBuiltIn("fairness").rules();
    private static final RuleEngine ENGINE = RuleEngine.compile(RULES);
    private static final HtmlReportWriter WRITER = new HtmlReportWriter(1);

    private static String card(GovernedModel model) {
        List<Finding> findings = ENGINE.evaluate(model, AS_OF);
        GovernanceResult result = new GovernanceResult("Retail credit", AS_OF, List.of(model), RULES, findings,
                Severity.HIGH);
        return WRITER.renderCard(ReportContent.of(result), model);
    }

    private static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    @Test
    void theCardWithItsPicturesIsWellFormedXmlAndShowsEachKindOfPicture() throws Exception {
        Document card = parse(card(scorer()));

        List<Element> svgs = elements(card, SVG, "svg");
        List<String> titles = svgs.stream().map(svg -> svg.getElementsByTagNameNS(SVG, "title").item(0).getTextContent())
                .toList();
        assertThat(titles).contains("auc per slice", "auc (overall)", "selection_rate by sex on holdout",
                "true_positive_rate by age_band on holdout");
        List<String> headings = elements(card, XHTML, "h3").stream().map(Node::getTextContent).toList();
        assertThat(headings).contains("Results per slice", "Change across versions and in use", "sex", "age_band");
        assertThat(elements(card, XHTML, "section")).anySatisfy(section -> {
            assertThat(section.getAttribute("id")).isEqualTo("fairness");
            assertThat(section.getTextContent()).contains("Fairness across groups", "fairness.disparate-impact-ratio",
                    "failed", "Below the band: " + SCRIPT);
        });
        assertThat(elements(card, XHTML, "figure")).allSatisfy(figure -> {
            assertThat(figure.getElementsByTagNameNS(XHTML, "figcaption").getLength()).isEqualTo(1);
            assertThat(figure.getElementsByTagNameNS(SVG, "svg").getLength()).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    void everyPictureIsAnAccessibleSvgWithOnlyFiniteNumbers() throws Exception {
        Document card = parse(card(scorer()));

        List<Element> svgs = elements(card, SVG, "svg");
        assertThat(svgs).hasSizeGreaterThanOrEqualTo(4).allSatisfy(svg -> {
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            // Whole pixels: the PDF renderer reads a decimal width as no width.
            assertThat(svg.getAttribute("width")).matches("\\d+");
            assertThat(svg.getAttribute("height")).matches("\\d+");
            assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 " + svg.getAttribute("width") + " "
                    + svg.getAttribute("height"));
            assertThat(svg.getAttribute("font-family")).isEqualTo(Svg.FONT_FAMILY);
            Element title = (Element) svg.getElementsByTagNameNS(SVG, "title").item(0);
            Element description = (Element) svg.getElementsByTagNameNS(SVG, "desc").item(0);
            assertThat(title.getParentNode()).isSameAs(svg);
            assertThat(title.getTextContent()).isNotBlank();
            assertThat(description.getTextContent()).isNotBlank();
            assertThat(svg.getElementsByTagName("*").getLength()).isGreaterThan(5);
        });
        for (String shape : List.of("g", "path", "text")) {
            for (Element element : elements(card, SVG, shape)) {
                NamedNodeMap attributes = element.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    String name = attributes.item(i).getNodeName();
                    String value = attributes.item(i).getNodeValue();
                    assertThat(value).as(shape + " " + name).isNotEmpty().doesNotContain("NaN", "Infinity", "null");
                    if (List.of("x", "y", "stroke-width", "font-size").contains(name)) {
                        assertThat(Double.parseDouble(value)).as(shape + " " + name).isFinite();
                    }
                }
            }
        }
    }

    @Test
    void namesFromTheInputsAreTextInThePicturesNeverMarkup() throws Exception {
        String xhtml = card(scorer());
        Document card = parse(xhtml);

        assertThat(elements(card, XHTML, "script")).isEmpty();
        assertThat(elements(card, SVG, "script")).isEmpty();
        assertThat(card.getElementsByTagName("script").getLength()).isZero();
        assertThat(card.getElementsByTagName("img").getLength()).isZero();
        assertThat(xhtml).doesNotContain(SCRIPT).doesNotContain(IMG).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        List<String> chartTexts = elements(card, SVG, "text").stream().map(Node::getTextContent).toList();
        assertThat(chartTexts).contains("region=" + SCRIPT, SCRIPT, "Dataset " + IMG);
        assertThat(elements(card, SVG, "desc")).anySatisfy(d -> assertThat(d.getTextContent()).contains(SCRIPT));
    }

    @Test
    void renderingTheSameCardTwiceGivesTheSameBytes() {
        GovernedModel model = scorer();

        String first = card(model);

        assertThat(card(model)).isEqualTo(first);
        assertThat(new HtmlReportWriter(1).renderCard(ReportContent.of(new GovernanceResult("Retail credit", AS_OF,
                List.of(scorer()), RULES, ENGINE.evaluate(scorer(), AS_OF), Severity.HIGH)), scorer())).isEqualTo(first);
    }

    @Test
    void theMetricsTableNamesEachSourceWithinTheFolderItNamesOnce() throws Exception {
        Document card = parse(card(scorer()));

        Element metrics = elements(card, XHTML, "section").stream()
                .filter(s -> "metrics".equals(s.getAttribute("id"))).findFirst().orElseThrow();
        Element table = (Element) metrics.getElementsByTagNameNS(XHTML, "table").item(0);
        assertThat(metrics.getElementsByTagNameNS(XHTML, "table").getLength()).isEqualTo(1);
        assertThat(table.getElementsByTagNameNS(XHTML, "caption").item(0).getTextContent())
                .contains("Source files are in src/main/models/credit-scoring/evaluations/.");
        Element source = elements(card, XHTML, "code").stream()
                .filter(code -> code.getTextContent().equals("holdout.json:2")).findFirst().orElseThrow();
        assertThat(source.getAttribute("title")).isEqualTo(Results.FILE + ":2");
    }

    @Test
    void aModelWithoutProtectedAttributesSaysSoAndHasNoFairnessPicture() throws Exception {
        GovernedModel plain = Models.model("churn", List.of(), List.of(
                result("auc", 0.84, Map.of(), interval(0.83, 0.85), min(0.78), "oot")));

        Document card = parse(card(plain));

        Element section = elements(card, XHTML, "section").stream()
                .filter(s -> "fairness".equals(s.getAttribute("id"))).findFirst().orElseThrow();
        assertThat(section.getTextContent()).contains("declares no protected attributes");
        assertThat(section.getElementsByTagNameNS(SVG, "svg").getLength()).isZero();
        assertThat(elements(card, SVG, "title").stream().map(Node::getTextContent)).containsExactly("auc per slice");
    }
}
