package dev.modelops.pipeline;

import dev.modelops.evaluate.ProjectOverride;
import dev.modelops.model.Severity;
import dev.modelops.render.ReportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The repository's sample project ({@code sample-project/}), checked in-process with the configuration its
 * {@code pom.xml} gives the plugin (packs, rule files, fail threshold, rule overrides, name and
 * {@code project.build.outputTimestamp}, templates folder), read from the POM so that the tests follow it. For the tests that look
 * at the sample's reports as a person would: in a browser, as PDF.
 */
public final class SampleProject {

    private SampleProject() {
    }

    /**
     * The sample project's folder: {@code ../sample-project} from the plugin module (where the tests run), or
     * {@code sample-project} from the repository's root (where a benchmark may be started).
     */
    public static Path directory() {
        Path folder = Path.of("..", "sample-project").toAbsolutePath().normalize();
        if (!Files.isRegularFile(folder.resolve("pom.xml"))) {
            folder = Path.of("sample-project").toAbsolutePath().normalize();
        }
        if (!Files.isRegularFile(folder.resolve("pom.xml"))) {
            throw new IllegalStateException("The sample project is not at " + folder + "; run the tests from the "
                    + "plugin module of a checkout of the repository");
        }
        return folder;
    }

    /**
     * Checks the sample project and writes its reports to {@code outputDirectory}, with PDFs when {@code pdf}, and
     * the sample's own templates folder.
     */
    public static CheckOutcome check(Path outputDirectory, boolean pdf) throws Exception {
        return new GovernanceCheck().run(settings(outputDirectory, pdf));
    }

    public static CheckSettings settings(Path outputDirectory, boolean pdf) throws Exception {
        Path base = directory();
        Document pom = parse(base.resolve("pom.xml"));
        Element project = pom.getDocumentElement();
        Element configuration = (Element) pom.getElementsByTagName("configuration").item(0);
        List<String> packs = texts(configuration, "pack");
        List<Path> ruleFiles = texts(configuration, "ruleFile").stream().map(base::resolve).toList();
        List<ProjectOverride> overrides = new ArrayList<>();
        NodeList rules = configuration.getElementsByTagName("rule");
        for (int i = 0; i < rules.getLength(); i++) {
            Element rule = (Element) rules.item(i);
            Map<String, String> params = new LinkedHashMap<>();
            Element paramsElement = child(rule, "params");
            if (paramsElement != null) {
                for (Node node = paramsElement.getFirstChild(); node != null; node = node.getNextSibling()) {
                    if (node instanceof Element param) {
                        params.put(param.getTagName(), param.getTextContent().trim());
                    }
                }
            }
            overrides.add(new ProjectOverride(text(rule, "id"), text(rule, "pack"), text(rule, "enforcement"),
                    text(rule, "severity"), params));
        }
        Severity failOn = Severity.parse(text(configuration, "failOnSeverity")).orElseThrow();
        Instant asOf = Instant.parse(text(project, "project.build.outputTimestamp"));
        String templates = text(configuration, "templatesDirectory");
        ReportOptions reports = new ReportOptions(pdf, templates == null ? null : base.resolve(templates));
        return new CheckSettings(text(project, "name"), base, base.resolve("src/main/models"), packs, ruleFiles,
                failOn, asOf, outputDirectory, overrides, base.resolve("src/main/modelops/waivers.yaml"), false,
                List.of(), reports);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> texts(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }

    private static String text(Element parent, String name) {
        List<String> values = texts(parent, name);
        return values.isEmpty() ? null : values.get(0);
    }

    private static Element child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }
}
