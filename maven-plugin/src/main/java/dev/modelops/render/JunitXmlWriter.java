package dev.modelops.render;

import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Reference;
import dev.modelops.model.Rule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one JUnit XML report per model, {@code junit/TEST-modelops.<model-id>.xml}, in the format Maven
 * Surefire writes and Jenkins, GitLab and GitHub test reporters read: a {@code testsuite} named
 * {@code modelops.<model-id>} with one {@code testcase} per rule. A failed rule is a {@code failure} whose
 * type is the severity, an error is an {@code error}, a rule that does not apply or a waived violation is {@code skipped}. Times are
 * always 0 and there is no timestamp or host name, so equal results give identical files.
 *
 * <p>Written with the JDK's own StAX writer (not a text template), which escapes every text and attribute.
 */
public final class JunitXmlWriter implements ReportWriter {

    public static final String DIRECTORY = "junit";

    private static final String SUITE_PREFIX = "modelops.";
    private static final String NOT_APPLICABLE = "not applicable";
    private static final String NOT_EVALUATED = "not evaluated: the run produced no result for this rule";

    private final XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();

    @Override
    public String name() {
        return "junit";
    }

    /** The file name of a model's report, e.g. {@code TEST-modelops.credit-scoring.xml}. */
    public static String fileName(String modelId) {
        return "TEST-" + SUITE_PREFIX + modelId + ".xml";
    }

    @Override
    public void write(GovernanceResult result, Path outputDirectory) throws IOException {
        ReportContent content = ReportContent.of(result);
        Path directory = Files.createDirectories(outputDirectory.resolve(DIRECTORY));
        for (GovernedModel model : content.models()) {
            Files.write(directory.resolve(fileName(model.id())), suite(content, model));
        }
    }

    private byte[] suite(ReportContent content, GovernedModel model) throws IOException {
        List<TestCase> cases = testCases(content, model);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE_PREFIX + model.id());
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(count(cases, FindingStatus.FAILED)));
            xml.writeAttribute("errors", Long.toString(count(cases, FindingStatus.ERROR)));
            xml.writeAttribute("skipped", Long.toString(cases.stream().filter(TestCase::skipped).count()));
            xml.writeAttribute("time", "0");
            for (TestCase testCase : cases) {
                writeTestCase(xml, content, model, testCase);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the JUnit XML report of model " + model.id(), e);
        }
        return bytes.toByteArray();
    }

    private static void writeTestCase(XMLStreamWriter xml, ReportContent content, GovernedModel model, TestCase testCase)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        Finding finding = testCase.finding();
        boolean empty = finding != null && finding.status() == FindingStatus.PASSED;
        if (empty) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("classname", SUITE_PREFIX + model.id());
        xml.writeAttribute("name", clean(testCase.rule().id()));
        xml.writeAttribute("time", "0");
        if (empty) {
            return;
        }
        xml.writeCharacters("\n    ");
        if (finding == null) {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", NOT_EVALUATED);
        } else if (finding.status() == FindingStatus.NOT_APPLICABLE) {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", NOT_APPLICABLE);
        } else if (finding.status() == FindingStatus.WAIVED) {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", clean(oneLine("waived: " + finding.waiver().ticket() + " until "
                    + finding.waiver().expires() + ": " + finding.waiver().justification())));
        } else {
            xml.writeStartElement(finding.status() == FindingStatus.ERROR ? "error" : "failure");
            xml.writeAttribute("type", finding.severity().label());
            xml.writeAttribute("message", clean(oneLine(finding.message())));
            xml.writeCharacters(clean(details(finding, content.isBlocking(finding), content.result())));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static String effect(Finding finding, boolean blocking, GovernanceResult result) {
        if (blocking) {
            return " (blocks release: at or above " + result.failOnSeverity().label() + ")";
        }
        return switch (finding.rule().enforcement()) {
            case WARN -> " (warning: the rule is enforced as warn)";
            case AUDIT -> " (recorded for audit: the rule is enforced as audit)";
            default -> " (warning: below " + result.failOnSeverity().label() + ")";
        };
    }

    /** The body of a failure or error: everything a reader of a CI page needs to act on it. */
    private static String details(Finding finding, boolean blocking, GovernanceResult result) {
        Rule rule = finding.rule();
        StringBuilder text = new StringBuilder();
        text.append(finding.message() == null ? "" : finding.message()).append('\n');
        text.append("Rule: ").append(rule.id());
        if (rule.title() != null && !rule.title().isBlank()) {
            text.append(" \u2013 ").append(rule.title());
        }
        text.append('\n');
        text.append("Severity: ").append(finding.severity().label())
                .append(effect(finding, blocking, result))
                .append('\n');
        if (finding.location() != null && !finding.location().file().isEmpty()) {
            text.append("Location: ").append(finding.location());
            if (!finding.location().pointer().isEmpty()) {
                text.append(" (").append(finding.location().pointer()).append(')');
            }
            text.append('\n');
        }
        if (!rule.references().isEmpty()) {
            text.append("References: ")
                    .append(rule.references().stream().map(Reference::toString).collect(Collectors.joining("; ")))
                    .append('\n');
        }
        return text.toString();
    }

    /** One test case per rule in declaration order; then findings of rules the result does not list. */
    private static List<TestCase> testCases(ReportContent content, GovernedModel model) {
        Map<String, Finding> byRule = new LinkedHashMap<>();
        for (Finding finding : content.findingsFor(model.id())) {
            byRule.putIfAbsent(finding.ruleId(), finding);
        }
        List<TestCase> cases = new ArrayList<>();
        for (Rule rule : content.rules()) {
            cases.add(new TestCase(rule, byRule.remove(rule.id())));
        }
        byRule.values().forEach(finding -> cases.add(new TestCase(finding.rule(), finding)));
        return cases;
    }

    private static long count(List<TestCase> cases, FindingStatus status) {
        return cases.stream().filter(c -> c.finding() != null && c.finding().status() == status).count();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static String clean(String text) {
        return XmlText.clean(text);
    }

    private record TestCase(Rule rule, Finding finding) {
        boolean skipped() {
            return finding == null || finding.status() == FindingStatus.NOT_APPLICABLE
                    || finding.status() == FindingStatus.WAIVED;
        }
    }
}
