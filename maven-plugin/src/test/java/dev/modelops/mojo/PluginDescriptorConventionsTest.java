package dev.modelops.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The house rules for goals, checked on the plugin descriptor that maven-plugin-plugin generated from the mojos
 * ({@code target/classes/META-INF/maven/plugin.xml}, what Maven, {@code modelops:help} and the generated goal
 * pages read), and on the Eclipse m2e lifecycle mapping shipped in the jar.
 */
class PluginDescriptorConventionsTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path M2E_MAPPING = Path.of("src/main/resources/META-INF/m2e/lifecycle-mapping-metadata.xml");

    /**
     * Parameters whose names and properties this plugin does not choose, so they cannot carry the
     * {@code modelops.} prefix and their descriptions are not ours: those of the {@code help} goal that
     * maven-plugin-plugin generates ({@code -Ddetail -Dgoal=check} is the same for every plugin), and those the
     * {@code report} goal inherits from maven-reporting-impl's AbstractMavenReport (shared by every report plugin).
     */
    private static final Set<String> NOT_OURS = Set.of(
            "help.detail", "help.goal", "help.indentSize", "help.lineLength",
            "report.inputEncoding", "report.outputEncoding", "report.outputFormat", "report.outputDirectory",
            "report.locale", "report.siteDirectory", "report.outputTimestamp");

    private static Element plugin;
    private static Map<String, Element> mojos;

    @BeforeAll
    static void readDescriptor() throws Exception {
        assertThat(DESCRIPTOR).as("the plugin descriptor; maven-plugin-plugin writes it at process-classes").isRegularFile();
        plugin = parse(DESCRIPTOR).getDocumentElement();
        mojos = new TreeMap<>();
        for (Element mojo : children(child(plugin, "mojos"), "mojo")) {
            mojos.put(text(mojo, "goal"), mojo);
        }
    }

    @Test
    void everyGoalIsThreadSafe() {
        assertThat(mojos).isNotEmpty();
        mojos.forEach((goal, mojo) -> assertThat(text(mojo, "threadSafe")).as("threadSafe of " + goal).isEqualTo("true"));
    }

    @Test
    void everyUserPropertyOfOurParametersStartsWithModelops() {
        List<String> offenders = new ArrayList<>();
        int ours = 0;
        for (Map.Entry<String, Element> mojo : mojos.entrySet()) {
            for (Map.Entry<String, String> property : userProperties(mojo.getValue()).entrySet()) {
                String key = mojo.getKey() + "." + property.getKey();
                if (NOT_OURS.contains(key)) {
                    continue;
                }
                ours++;
                if (!property.getValue().startsWith("modelops.")) {
                    offenders.add(key + " has the property " + property.getValue());
                }
            }
        }
        assertThat(ours).as("parameters with a user property").isGreaterThan(20);
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyEditableParameterHasADescriptionAndOursReadAsSentences() {
        List<String> offenders = new ArrayList<>();
        for (Map.Entry<String, Element> mojo : mojos.entrySet()) {
            for (Element parameter : children(child(mojo.getValue(), "parameters"), "parameter")) {
                if (!"true".equals(text(parameter, "editable"))) {
                    continue;
                }
                String key = mojo.getKey() + "." + text(parameter, "name");
                String description = text(parameter, "description").strip();
                if (description.isEmpty()) {
                    offenders.add(key + " has no description (for an inherited parameter: is the -sources jar of "
                            + "its library resolvable? maven-plugin-plugin reads the javadoc from it)");
                } else if (!NOT_OURS.contains(key) && !isSentence(description)) {
                    offenders.add(key + " is not a sentence: " + description);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyGoalHasADescriptionAndTheHelpGoalExists() {
        mojos.forEach((goal, mojo) -> assertThat(text(mojo, "description")).as("description of " + goal).isNotBlank());
        assertThat(mojos).containsKeys("help", "check", "report");
        assertThat(text(mojos.get("help"), "requiresProject")).isEqualTo("false");
    }

    /** The XML example is what a reader copies: it names this plugin, its current version and the goal. */
    @Test
    void everyGoalButHelpShowsAUsageExampleWithThisVersion() {
        String version = "<version>" + text(plugin, "version") + "</version>";
        mojos.forEach((goal, mojo) -> {
            if (goal.equals("help")) {
                return;
            }
            String description = text(mojo, "description");
            assertThat(description).as("usage example of " + goal)
                    .contains("<artifactId>" + text(plugin, "artifactId") + "</artifactId>")
                    .contains(version)
                    .containsAnyOf("<goal>" + goal + "</goal>", "<report>" + goal + "</report>",
                            "mvn " + text(plugin, "goalPrefix") + ":" + goal + " ");
        });
    }

    @Test
    void theM2eMappingParsesAndNamesOnlyGoalsThatExist() throws Exception {
        Element root = parse(M2E_MAPPING).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("lifecycleMappingMetadata");
        List<String> mapped = new ArrayList<>();
        for (Element execution : children(child(root, "pluginExecutions"), "pluginExecution")) {
            Element action = child(execution, "action");
            assertThat(child(action, "execute") != null || child(action, "ignore") != null)
                    .as("an execute or ignore action").isTrue();
            for (Element goal : children(child(child(execution, "pluginExecutionFilter"), "goals"), "goal")) {
                mapped.add(goal.getTextContent().strip());
            }
        }
        assertThat(mapped).doesNotHaveDuplicates().contains("check").doesNotContain("report", "help");
        for (String goal : mapped) {
            assertThat(mojos).as("goal " + goal + " named in the m2e mapping").containsKey(goal);
        }
        // Every goal bound to a phase by default is mapped, so that m2e never reports it as "not covered".
        mojos.forEach((goal, mojo) -> {
            if (!text(mojo, "phase").isEmpty()) {
                assertThat(mapped).as("m2e mapping of " + goal + " (bound to " + text(mojo, "phase") + ")").contains(goal);
            }
        });
    }

    @Test
    void theCheckGoalRunsInEclipseOnConfigurationButNotOnEverySave() throws Exception {
        Element root = parse(M2E_MAPPING).getDocumentElement();
        Element execute = null;
        for (Element execution : children(child(root, "pluginExecutions"), "pluginExecution")) {
            for (Element goal : children(child(child(execution, "pluginExecutionFilter"), "goals"), "goal")) {
                if (goal.getTextContent().strip().equals("check")) {
                    execute = child(child(execution, "action"), "execute");
                }
            }
        }
        assertThat(execute).isNotNull();
        assertThat(text(execute, "runOnIncremental")).isEqualTo("false");
        assertThat(text(execute, "runOnConfiguration")).isEqualTo("true");
    }

    /** A capital letter first, a full stop last (after any closing bracket or code). */
    private static boolean isSentence(String text) {
        return Character.isUpperCase(text.charAt(0)) && text.endsWith(".") && text.split("\\s+").length >= 4;
    }

    /** Parameter name to user property, from the {@code <configuration>} entries written as {@code ${property}}. */
    private static Map<String, String> userProperties(Element mojo) {
        Map<String, String> properties = new TreeMap<>();
        Element configuration = child(mojo, "configuration");
        if (configuration == null) {
            return properties;
        }
        Pattern expression = Pattern.compile("\\$\\{([^}]+)}");
        for (Node node = configuration.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element entry) {
                Matcher matcher = expression.matcher(entry.getTextContent().strip());
                if (matcher.matches()) {
                    properties.put(entry.getTagName(), matcher.group(1));
                }
            }
        }
        return properties;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var in = Files.newInputStream(file)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? "" : element.getTextContent();
    }
}
