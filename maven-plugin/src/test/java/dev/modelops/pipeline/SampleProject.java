package dev.modelops.pipeline;

import dev.modelops.evaluate.ProjectOverride;
import dev.modelops.model.GovernedModel;
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
 * The repository's sample project ({@code sample-project/}), a multi-module build: each model module is checked
 * in-process with the configuration the sample's parent {@code pom.xml} gives the plugin in its pluginManagement
 * (packs, rule files, fail threshold, rule overrides, {@code project.build.outputTimestamp}, templates folder) and
 * the module's own name and waivers file, read from the POMs so that the tests follow them. For the tests that
 * look at the sample's reports as a person would: in a browser, as PDF.
 */
public final class SampleProject {

    /** The property the sample's parent POM names its shared governance folder with. */
    private static final String GOVERNANCE_PROPERTY = "${bank.governance}";

    private SampleProject() {
    }

    /** One model module of the sample: its folder name (e.g. {@code credit-risk}) and its directory. */
    public record Module(String name, Path directory) {
    }

    /** One module's check: the module, where its reports went, and the outcome. */
    public record Checked(Module module, Path outputDirectory, CheckOutcome outcome) {
    }

    /** Every module's check, in the parent POM's module order. */
    public record Reports(List<Checked> modules) {

        public Reports {
            modules = List.copyOf(modules);
        }

        /** Every model of every module, in module order. */
        public List<GovernedModel> models() {
            return modules.stream().flatMap(checked -> checked.outcome().result().models().stream()).toList();
        }

        /** The module check that has the model {@code modelId}. */
        public Checked moduleOf(String modelId) {
            return modules.stream()
                    .filter(checked -> checked.outcome().result().models().stream().anyMatch(m -> m.id().equals(modelId)))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no sample model " + modelId));
        }

        /** The report folder's file {@code cards/<modelId>.<extension>} of the module that has the model. */
        public Path card(String modelId, String extension) {
            return moduleOf(modelId).outputDirectory().resolve("cards").resolve(modelId + "." + extension);
        }
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

    /** The sample's modules that keep models ({@code src/main/models}), in the parent POM's order. */
    public static List<Module> modules() throws Exception {
        Path base = directory();
        List<Module> modules = new ArrayList<>();
        for (String name : texts(parse(base.resolve("pom.xml")).getDocumentElement(), "module")) {
            Path folder = base.resolve(name);
            if (Files.isDirectory(folder.resolve("src/main/models"))) {
                modules.add(new Module(name, folder));
            }
        }
        return modules;
    }

    /** The models folder of every model module, in module order. */
    public static List<Path> modelsDirectories() throws Exception {
        return modules().stream().map(module -> module.directory().resolve("src/main/models")).toList();
    }

    /**
     * Checks every module of the sample project and writes each module's reports to
     * {@code outputDirectory/<module>}, with PDFs when {@code pdf}, and the sample's own templates folder.
     */
    public static Reports check(Path outputDirectory, boolean pdf) throws Exception {
        List<Checked> checked = new ArrayList<>();
        for (Module module : modules()) {
            Path out = outputDirectory.resolve(module.name());
            checked.add(new Checked(module, out, new GovernanceCheck().run(settings(module, out, pdf))));
        }
        return new Reports(checked);
    }

    public static CheckSettings settings(Module module, Path outputDirectory, boolean pdf) throws Exception {
        Path base = module.directory();
        Document parent = parse(directory().resolve("pom.xml"));
        Element project = parent.getDocumentElement();
        Path governance = Path.of(text(project, "bank.governance").replace("${project.basedir}", base.toString()))
                .normalize();
        Element configuration = (Element) parent.getElementsByTagName("configuration").item(0);
        List<String> packs = texts(configuration, "pack");
        List<Path> ruleFiles = texts(configuration, "ruleFile").stream()
                .map(file -> resolve(base, governance, file)).toList();
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
        ReportOptions reports = new ReportOptions(pdf, templates == null ? null : resolve(base, governance, templates));
        String name = text(parse(base.resolve("pom.xml")).getDocumentElement(), "name");
        return new CheckSettings(name, base, base.resolve("src/main/models"), packs, ruleFiles,
                failOn, asOf, outputDirectory, overrides, base.resolve("src/main/modelops/waivers.yaml"), false,
                List.of(), reports);
    }

    /** A configured path, with the parent POM's governance folder property replaced as Maven would. */
    private static Path resolve(Path base, Path governance, String configured) {
        if (configured.startsWith(GOVERNANCE_PROPERTY)) {
            return governance.resolve(configured.substring(GOVERNANCE_PROPERTY.length()).replaceFirst("^/", ""));
        }
        return base.resolve(configured);
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
