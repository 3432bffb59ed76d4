package dev.modelops.render;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.model.EvidenceManifest;
import dev.modelops.model.Finding;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputFile;
import dev.modelops.model.Person;
import dev.modelops.model.Reference;
import dev.modelops.model.Rule;
import dev.modelops.model.RulePack;
import dev.modelops.model.RuleParameter;
import dev.modelops.model.Severity;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Waiver;
import dev.modelops.model.WaiverOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@value #FILE_NAME}: the machine-readable result of a run, for CI servers and dashboards. Its
 * structure is documented by the JSON Schema shipped at {@value #SCHEMA_RESOURCE}; the tree is built node by
 * node so keys keep the documented order, and printed with two-space indentation and {@code \n} line endings.
 * Optional texts that are absent are written as {@code null}, never left out, so every object has the same
 * keys; a line or column that is not known is {@code null}.
 */
public final class JsonResultsWriter implements ReportWriter {

    public static final String FILE_NAME = "results.json";
    public static final String SCHEMA_RESOURCE = "modelops/schemas/results.schema.json";
    /** Raised when a field changes meaning or disappears; adding a field keeps the version. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectWriter writer;

    public JsonResultsWriter() {
        this.writer = JsonPrinting.writer();
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(GovernanceResult result, Path outputDirectory) throws IOException {
        Files.write(outputDirectory.resolve(FILE_NAME), bytes(result));
    }

    /** The bytes {@link #write} writes, for the writers that embed {@value #FILE_NAME} (the PDF). */
    public byte[] bytes(GovernanceResult result) {
        try {
            byte[] json = writer.writeValueAsBytes(toJson(ReportContent.of(result)));
            byte[] withNewline = new byte[json.length + 1];
            System.arraycopy(json, 0, withNewline, 0, json.length);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A results tree built in memory cannot fail to print", e);
        }
    }

    /** The document {@link #write} prints. */
    ObjectNode toJson(ReportContent content) {
        GovernanceResult result = content.result();
        ObjectNode root = NODES.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("project", result.projectName());
        root.put("asOf", Formats.isoInstant(result.asOf()));
        root.put("failOnSeverity", result.failOnSeverity().label());
        root.set("summary", summary(content.summary()));
        ArrayNode models = root.putArray("models");
        content.models().forEach(model -> models.add(model(model)));
        ArrayNode packs = root.putArray("packs");
        content.packs().forEach(pack -> packs.add(pack(pack)));
        ArrayNode rules = root.putArray("rules");
        content.rules().forEach(rule -> rules.add(rule(rule, content.countsFor(rule.id()))));
        ArrayNode frameworks = root.putArray("frameworks");
        FrameworkCoverage.of(content).forEach(framework -> frameworks.add(framework(framework)));
        ArrayNode findings = root.putArray("findings");
        content.findings().forEach(finding -> findings.add(finding(finding, content.isBlocking(finding))));
        ArrayNode waivers = root.putArray("waivers");
        for (WaiverOutcome outcome : result.waivers()) {
            Waiver waiver = outcome.waiver();
            ObjectNode node = waivers.addObject();
            node.put("rule", waiver.ruleId());
            node.put("model", waiver.modelId());
            node.put("modelVersion", waiver.modelVersion());
            node.put("state", outcome.state().label());
            addWaiverFields(node, waiver);
        }
        if (result.waiversFile() == null) {
            root.putNull("waiversFile");
        } else {
            ObjectNode file = root.putObject("waiversFile");
            file.put("path", result.waiversFile().path());
            file.put("sha256", result.waiversFile().sha256());
        }
        root.set("evidence", evidence(result.evidence()));
        return root;
    }

    /** The evidence manifest, its digest before the files so a reader sees it first. */
    static ObjectNode evidence(EvidenceManifest manifest) {
        ObjectNode node = NODES.objectNode();
        node.put("shippedTemplates", manifest.shippedTemplates());
        node.put("manifestSha256", manifest.sha256());
        ArrayNode files = node.putArray("files");
        for (InputFile input : manifest.files()) {
            ObjectNode file = files.addObject();
            file.put("path", input.path());
            file.put("kind", input.kind());
            file.put("sha256", input.sha256());
        }
        return node;
    }

    private static ObjectNode summary(ResultSummary summary) {
        ObjectNode node = NODES.objectNode();
        node.put("models", summary.models());
        node.put("rules", summary.rules());
        node.put("passed", summary.passed());
        node.put("failed", summary.failed());
        node.put("notApplicable", summary.notApplicable());
        node.put("errors", summary.errors());
        node.put("waived", summary.waived());
        node.put("blocking", summary.blocking());
        node.put("warnings", summary.warnings());
        ObjectNode bySeverity = node.putObject("bySeverity");
        for (Severity severity : ResultSummary.severitiesWorstFirst()) {
            bySeverity.put(severity.label(), summary.violationsBySeverity().get(severity));
        }
        return node;
    }

    private static ObjectNode model(GovernedModel model) {
        ObjectNode node = NODES.objectNode();
        node.put("id", model.id());
        node.put("name", model.metadata().name());
        node.put("version", model.metadata().version());
        node.put("riskTier", model.metadata().riskTier());
        node.put("status", model.metadata().status());
        ArrayNode owners = node.putArray("owners");
        model.metadata().peopleWithRole(Person.OWNER).forEach(person -> owners.add(person.name()));
        ArrayNode validators = node.putArray("validators");
        model.metadata().peopleWithRole(Person.VALIDATOR).forEach(person -> validators.add(person.name()));
        node.put("file", model.metadataFile() == null ? null : model.metadataFile().file());
        ArrayNode inputs = node.putArray("inputs");
        for (InputFile input : model.inputs()) {
            ObjectNode inputNode = inputs.addObject();
            inputNode.put("path", input.path());
            inputNode.put("kind", input.kind());
            inputNode.put("sha256", input.sha256());
        }
        return node;
    }

    private static ObjectNode pack(RulePack pack) {
        ObjectNode node = NODES.objectNode();
        node.put("name", pack.name());
        node.put("version", pack.version());
        node.put("title", pack.title());
        node.put("file", pack.file());
        node.put("sha256", pack.sha256());
        ArrayNode extendsPacks = node.putArray("extends");
        pack.extendsPacks().forEach(extendsPacks::add);
        node.put("when", pack.when());
        return node;
    }

    private static ObjectNode framework(FrameworkCoverage.Framework framework) {
        ObjectNode node = NODES.objectNode();
        node.put("name", framework.name());
        ArrayNode clauses = node.putArray("clauses");
        for (FrameworkCoverage.Clause clause : framework.clauses()) {
            ObjectNode clauseNode = clauses.addObject();
            clauseNode.put("clause", clause.clause().isEmpty() ? null : clause.clause());
            ArrayNode rules = clauseNode.putArray("rules");
            clause.rules().forEach(rule -> rules.add(rule.id()));
        }
        ArrayNode models = node.putArray("models");
        for (FrameworkCoverage.ModelResult result : framework.models()) {
            ObjectNode modelNode = models.addObject();
            modelNode.put("model", result.modelId());
            putCounts(modelNode, result.counts());
            modelNode.put("blocking", result.counts().blocking());
            modelNode.put("warnings", result.counts().warnings());
            modelNode.put("verdict", result.verdict().label());
        }
        return node;
    }

    private static void putCounts(ObjectNode node, FindingCounts counts) {
        node.put("passed", counts.passed());
        node.put("failed", counts.failed());
        node.put("errors", counts.errors());
        node.put("waived", counts.waived());
        node.put("notApplicable", counts.notApplicable());
    }

    private static ObjectNode rule(Rule rule, FindingCounts counts) {
        ObjectNode node = NODES.objectNode();
        node.put("id", rule.id());
        node.put("title", rule.title());
        node.put("severity", rule.severity().label());
        node.put("enforcement", rule.enforcement().label());
        ObjectNode params = node.putObject("params");
        for (RuleParameter parameter : rule.params().values()) {
            Object value = parameter.value();
            if (value instanceof Long integer) {
                params.put(parameter.name(), integer);
            } else if (value instanceof Double number) {
                params.put(parameter.name(), number);
            } else if (value instanceof Boolean flag) {
                params.put(parameter.name(), flag);
            } else {
                params.put(parameter.name(), parameter.valueText());
            }
        }
        node.put("pack", rule.pack());
        ArrayNode references = node.putArray("references");
        for (Reference reference : rule.references()) {
            ObjectNode referenceNode = references.addObject();
            referenceNode.put("framework", reference.framework());
            referenceNode.put("clause", reference.clause());
        }
        node.put("file", rule.source() == null ? null : rule.source().file());
        putCounts(node, counts);
        return node;
    }

    private static ObjectNode finding(Finding finding, boolean blocking) {
        ObjectNode node = NODES.objectNode();
        node.put("rule", finding.ruleId());
        node.put("model", finding.modelId());
        node.put("severity", finding.severity().label());
        node.put("status", finding.status().label());
        node.put("blocking", blocking);
        node.put("message", finding.message());
        SourceLocation location = finding.location();
        node.put("file", location == null || location.file().isEmpty() ? null : location.file());
        node.put("line", location == null || location.line() <= 0 ? null : location.line());
        node.put("column", location == null || location.column() <= 0 ? null : location.column());
        node.put("pointer", location == null ? null : location.pointer());
        if (finding.waiver() == null) {
            node.putNull("waiver");
        } else {
            addWaiverFields(node.putObject("waiver"), finding.waiver());
        }
        return node;
    }

    private static void addWaiverFields(ObjectNode node, Waiver waiver) {
        node.put("ticket", waiver.ticket());
        node.put("justification", waiver.justification());
        ObjectNode approver = node.putObject("approver");
        approver.put("name", waiver.approverName());
        approver.put("email", waiver.approverEmail());
        node.put("expires", waiver.expires().toString());
        node.put("file", waiver.location().file());
        node.put("line", waiver.location().line() <= 0 ? null : waiver.location().line());
    }
}
