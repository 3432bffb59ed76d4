package dev.modelops.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.model.Inventory;
import dev.modelops.model.PublishedResults;
import dev.modelops.model.Severity;
import dev.modelops.model.Waiver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@value #FILE_NAME}: the machine-readable inventory across projects, documented by the JSON Schema
 * shipped at {@value #SCHEMA_RESOURCE}. It names every source with its coordinates and the SHA-256 of the
 * {@code results.json} it was made from (the complete evidence, every finding that passed included, stays in
 * those files), every model with its verdict, every violation and waived finding, the rules' results and the
 * waivers. Printed like {@code results.json}: keys in the documented order, absent texts as {@code null}, two
 * spaces, {@code \n}.
 */
public final class InventoryJsonWriter implements InventoryWriter {

    public static final String FILE_NAME = "inventory.json";
    public static final String SCHEMA_RESOURCE = "modelops/schemas/inventory.schema.json";
    /** Raised when a field changes meaning or disappears; adding a field keeps the version. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectWriter writer = JsonPrinting.writer();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(InventoryFigures figures, Path outputDirectory) throws IOException {
        Files.write(outputDirectory.resolve(FILE_NAME), bytes(figures));
    }

    /** The bytes {@link #write} writes, for the PDF that carries them. */
    public byte[] bytes(InventoryFigures figures) {
        try {
            byte[] json = writer.writeValueAsBytes(toJson(figures));
            byte[] withNewline = new byte[json.length + 1];
            System.arraycopy(json, 0, withNewline, 0, json.length);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An inventory tree built in memory cannot fail to print", e);
        }
    }

    ObjectNode toJson(InventoryFigures figures) {
        Inventory inventory = figures.inventory();
        ObjectNode root = NODES.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("title", inventory.title());
        root.put("asOf", Formats.isoInstant(inventory.asOf()));
        ObjectNode summary = root.putObject("summary");
        summary.put("sources", inventory.sources().size());
        summary.put("models", figures.models().size());
        summary.put("modelsBlockingRelease", figures.blockingModels().size());
        summary.put("blocking", figures.blocking());
        summary.put("warnings", figures.warnings());
        summary.put("waived", figures.waived());
        ArrayNode sources = root.putArray("sources");
        for (Inventory.Source source : inventory.sources()) {
            PublishedResults results = source.results();
            InventoryFigures.SourceFigures counts = figures.source(source);
            ObjectNode node = sources.addObject();
            node.put("label", source.label());
            node.put("coordinates", source.coordinates());
            node.put("project", results.project());
            node.put("asOf", Formats.isoInstant(results.asOf()));
            node.put("failOnSeverity", results.failOnSeverity().label());
            ObjectNode file = node.putObject("results");
            file.put("file", results.file());
            file.put("sha256", results.sha256());
            node.put("report", source.reportHref());
            node.put("models", counts.models());
            node.put("blocking", counts.blocking());
            node.put("warnings", counts.warnings());
            node.put("waived", counts.waived());
            node.put("verdict", counts.blocking() == 0 ? "passed" : "failed");
        }
        ArrayNode models = root.putArray("models");
        for (InventoryFigures.ModelFigures figure : figures.models()) {
            PublishedResults.Model model = figure.model();
            ObjectNode node = models.addObject();
            node.put("source", figure.source().label());
            node.put("id", model.id());
            node.put("name", model.name());
            node.put("version", model.version());
            node.put("riskTier", model.riskTier());
            node.put("status", model.status());
            ArrayNode owners = node.putArray("owners");
            model.owners().forEach(owners::add);
            ArrayNode validators = node.putArray("validators");
            model.validators().forEach(validators::add);
            node.put("blocking", figure.blocking());
            node.put("warnings", figure.warnings());
            node.put("waived", figure.waived());
            node.put("verdict", figure.passed() ? "passed" : "failed");
        }
        ArrayNode rules = root.putArray("rules");
        for (InventoryFigures.RuleFigures rule : figures.rules()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("title", rule.title());
            node.put("pack", rule.pack());
            ArrayNode severities = node.putArray("severities");
            rule.severities().stream().map(Severity::label).forEach(severities::add);
            node.put("sources", rule.sources());
            node.put("passed", rule.passed());
            node.put("failed", rule.failed());
            node.put("errors", rule.errors());
            node.put("waived", rule.waived());
            node.put("notApplicable", rule.notApplicable());
            node.put("blocking", rule.blocking());
        }
        ArrayNode frameworks = root.putArray("frameworks");
        for (InventoryFigures.FrameworkFigures framework : figures.frameworks()) {
            ObjectNode node = frameworks.addObject();
            node.put("name", framework.name());
            node.put("sources", framework.sources());
            node.put("compliant", framework.compliant());
            node.put("violations", framework.violations());
            node.put("waived", framework.waived());
            node.put("notAssessed", framework.notAssessed());
        }
        ArrayNode findings = root.putArray("findings");
        for (InventoryFigures.Violation violation : figures.violations()) {
            PublishedResults.PublishedFinding finding = violation.finding();
            ObjectNode node = findings.addObject();
            node.put("source", violation.source().label());
            node.put("model", finding.modelId());
            node.put("rule", finding.ruleId());
            node.put("severity", finding.severity().label());
            node.put("status", finding.status().label());
            node.put("effect", violation.effect().label());
            node.put("message", finding.message());
            node.put("file", finding.location().file().isEmpty() ? null : finding.location().file());
            node.put("line", finding.location().line() > 0 ? finding.location().line() : null);
            node.put("pointer", finding.location().pointer().isEmpty() ? null : finding.location().pointer());
            node.put("waiver", finding.waiver() == null ? null : finding.waiver().ticket());
        }
        ArrayNode waivers = root.putArray("waivers");
        for (InventoryFigures.WaiverFigures figure : figures.waivers()) {
            Waiver waiver = figure.outcome().waiver();
            ObjectNode node = waivers.addObject();
            node.put("source", figure.source().label());
            node.put("rule", waiver.ruleId());
            node.put("model", waiver.modelId());
            node.put("modelVersion", waiver.modelVersion());
            node.put("state", figure.outcome().state().label());
            node.put("ticket", waiver.ticket());
            node.put("justification", waiver.justification());
            node.put("approver", waiver.approverName());
            node.put("expires", waiver.expires().toString());
            node.put("daysLeft", figure.daysLeft());
        }
        return root;
    }
}
