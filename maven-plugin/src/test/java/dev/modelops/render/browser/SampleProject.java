package dev.modelops.render.browser;

import dev.modelops.evaluate.ProjectOverride;
import dev.modelops.model.Severity;
import dev.modelops.pipeline.CheckSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The repository's {@code sample-project}, checked with the configuration its own {@code pom.xml} gives the
 * {@code check} goal (packs, rule files, overrides, fail threshold, as-of instant, waivers), read from that POM
 * so that a change to the sample shows in the tests too. Only what the sample's POM uses is read.
 */
final class SampleProject {

    private static final String DEFAULT_WAIVERS_FILE = "src/main/modelops/waivers.yaml";

    private SampleProject() {
    }

    /** The sample project's folder, next to the plugin module the tests run in. */
    static Path directory() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(here.resolve("sample-project"), here.resolveSibling("sample-project"))) {
            if (Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No sample-project/pom.xml next to " + here);
    }

    /** The settings the sample's {@code mvn verify} runs the check with, writing the reports to {@code output}. */
    static CheckSettings settings(Path output) throws IOException {
        Path base = directory();
        Element pom = parse(base.resolve("pom.xml"));
        Element configuration = first(pom, "configuration");
        List<String> packs = texts(first(configuration, "packs"), "pack");
        List<Path> ruleFiles = texts(first(configuration, "ruleFiles"), "ruleFile").stream().map(base::resolve).toList();
        String failOn = text(first(configuration, "failOnSeverity"));
        List<ProjectOverride> overrides = new ArrayList<>();
        Element rules = first(configuration, "rules");
        if (rules != null) {
            for (Element rule : children(rules, "rule")) {
                Map<String, String> params = new LinkedHashMap<>();
                Element paramsElement = first(rule, "params");
                if (paramsElement != null) {
                    for (Element param : children(paramsElement, null)) {
                        params.put(param.getTagName(), text(param));
                    }
                }
                overrides.add(new ProjectOverride(text(first(rule, "id")), text(first(rule, "pack")),
                        text(first(rule, "enforcement")), text(first(rule, "severity")), params));
            }
        }
        return new CheckSettings(
                text(children(pom, "name").get(0)),
                base,
                base.resolve("src/main/models"),
                packs,
                ruleFiles,
                failOn == null ? Severity.HIGH : Severity.parse(failOn).orElseThrow(),
                Instant.parse(text(first(children(pom, "properties").get(0), "project.build.outputTimestamp"))),
                output,
                overrides,
                base.resolve(DEFAULT_WAIVERS_FILE),
                false);
    }

    private static Element parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            return document.getDocumentElement();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The first element called {@code name} below {@code parent}, at any depth; null when none or no parent. */
    private static Element first(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        Node found = parent.getElementsByTagName(name).item(0);
        return (Element) found;
    }

    /** The child elements of {@code parent} called {@code name} (any name when null). */
    private static List<Element> children(Element parent, String name) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && (name == null || element.getTagName().equals(name))) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static List<String> texts(Element parent, String name) {
        return parent == null ? List.of() : children(parent, name).stream().map(SampleProject::text).toList();
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent().trim();
    }
}
