package dev.modelops.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelops.model.Enforcement;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.InputProblem;
import dev.modelops.model.InvalidInputException;
import dev.modelops.model.PublishedResults;
import dev.modelops.model.Reference;
import dev.modelops.model.Severity;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Waiver;
import dev.modelops.model.WaiverOutcome;
import dev.modelops.model.WaiverState;
import dev.modelops.validate.SchemaValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code results.json} that a project's {@code modelops:check} published (its own build's, or one resolved
 * from a repository) into {@link PublishedResults}. The file must be the results format this plugin writes: its
 * {@code formatVersion} is checked first, so that a file of another format version or another tool (a CycloneDX
 * BOM attached under the wrong classifier, say) is named as such rather than buried under schema errors; then the
 * whole file is validated against the shipped {@code results.schema.json}, and every problem is reported at its
 * line and JSON pointer. Thread-safe.
 */
public final class PublishedResultsReader {

    /** The results format this reader understands; see {@code JsonResultsWriter.FORMAT_VERSION}. */
    public static final int FORMAT_VERSION = 1;
    private static final String EXPECTED = "the results.json of a modelops:check run (results format "
            + FORMAT_VERSION + ", described by modelops/schemas/results.schema.json)";

    private final StructuredFileParser parser = new StructuredFileParser();
    private final SchemaValidator validator = new SchemaValidator();

    /**
     * The results in {@code file}, named {@code displayName} in messages (for example the artifact's coordinates
     * and path).
     *
     * @throws InvalidInputException when the file is missing, not JSON, not a results file of format
     *     {@value #FORMAT_VERSION}, or not valid against the results schema
     */
    public PublishedResults read(Path file, String displayName) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(new InputProblem(SourceLocation.of(displayName),
                    Files.exists(file) ? "a folder, not a file" : "the file does not exist", EXPECTED));
        }
        SourceFile source = new SourceFile(file, displayName);
        LocatedDocument document = parser.parse(source.text(), displayName, false);
        checkFormat(document);
        List<InputProblem> problems = validator.validate(document, SchemaValidator.RESULTS);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return bind(document.root(), displayName, source.sha256());
    }

    private static void checkFormat(LocatedDocument document) {
        JsonNode root = document.root();
        if (!root.isObject()) {
            throw new InvalidInputException(new InputProblem(document.locate(""),
                    "found " + SchemaValidator.describe(root) + " at the top of the file", EXPECTED));
        }
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            String what = root.has("bomFormat") ? "a " + root.path("bomFormat").asText("BOM") + " document"
                    : root.has("$schema") && root.has("properties") ? "a JSON Schema" : "a JSON object";
            throw new InvalidInputException(new InputProblem(document.locate(""),
                    "found " + what + " without formatVersion, not a modelops results file", EXPECTED));
        }
        if (!version.isIntegralNumber() || version.asInt() != FORMAT_VERSION) {
            String found = "found formatVersion " + (version.isNumber() ? version.asText() : SchemaValidator.describe(version));
            String why = version.isIntegralNumber() && version.asInt() > FORMAT_VERSION
                    ? " (the file was written by a newer modelops plugin; inventory it with that version)" : "";
            throw new InvalidInputException(new InputProblem(document.locateValue("/formatVersion"), found + why,
                    "formatVersion " + FORMAT_VERSION));
        }
    }

    /** The results of a document already valid against the results schema. */
    private static PublishedResults bind(JsonNode root, String file, String sha256) {
        List<PublishedResults.Model> models = new ArrayList<>();
        for (JsonNode model : root.path("models")) {
            models.add(new PublishedResults.Model(model.path("id").asText(), text(model, "name"),
                    text(model, "version"), text(model, "riskTier"), text(model, "status"),
                    texts(model.path("owners")), texts(model.path("validators"))));
        }
        List<PublishedResults.RuleResult> rules = new ArrayList<>();
        for (JsonNode rule : root.path("rules")) {
            List<Reference> references = new ArrayList<>();
            for (JsonNode reference : rule.path("references")) {
                references.add(new Reference(text(reference, "framework"), text(reference, "clause")));
            }
            rules.add(new PublishedResults.RuleResult(rule.path("id").asText(), text(rule, "title"),
                    severity(rule.path("severity")), Enforcement.parse(rule.path("enforcement").asText()).orElseThrow(),
                    text(rule, "pack"), references, counts(rule)));
        }
        List<PublishedResults.PublishedFinding> findings = new ArrayList<>();
        for (JsonNode finding : root.path("findings")) {
            JsonNode waiver = finding.path("waiver");
            findings.add(new PublishedResults.PublishedFinding(finding.path("rule").asText(),
                    finding.path("model").asText(), severity(finding.path("severity")),
                    status(finding.path("status").asText()), finding.path("blocking").asBoolean(),
                    text(finding, "message"),
                    new SourceLocation(text(finding, "file"), finding.path("line").asInt(0),
                            finding.path("column").asInt(0), text(finding, "pointer")),
                    waiver.isObject() ? waiver(waiver, finding.path("rule").asText(), finding.path("model").asText(), null)
                            : null));
        }
        List<WaiverOutcome> waivers = new ArrayList<>();
        for (JsonNode waiver : root.path("waivers")) {
            waivers.add(new WaiverOutcome(waiver(waiver, waiver.path("rule").asText(), waiver.path("model").asText(),
                    text(waiver, "modelVersion")),
                    WaiverState.valueOf(waiver.path("state").asText().toUpperCase(Locale.ROOT))));
        }
        List<PublishedResults.Framework> frameworks = new ArrayList<>();
        for (JsonNode framework : root.path("frameworks")) {
            List<PublishedResults.FrameworkModel> standing = new ArrayList<>();
            for (JsonNode model : framework.path("models")) {
                standing.add(new PublishedResults.FrameworkModel(model.path("model").asText(), counts(model),
                        model.path("blocking").asInt(), model.path("warnings").asInt(), model.path("verdict").asText()));
            }
            frameworks.add(new PublishedResults.Framework(framework.path("name").asText(), standing));
        }
        return new PublishedResults(file, sha256, text(root, "project"),
                Instant.parse(root.path("asOf").asText()), severity(root.path("failOnSeverity")),
                summary(root.path("summary")), models, rules, findings, waivers, frameworks);
    }

    private static PublishedResults.Summary summary(JsonNode summary) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, summary.path("bySeverity").path(severity.label()).asInt());
        }
        return new PublishedResults.Summary(summary.path("models").asInt(), summary.path("rules").asInt(),
                summary.path("passed").asInt(), summary.path("failed").asInt(), summary.path("notApplicable").asInt(),
                summary.path("errors").asInt(), summary.path("waived").asInt(), summary.path("blocking").asInt(),
                summary.path("warnings").asInt(), bySeverity);
    }

    private static PublishedResults.Counts counts(JsonNode node) {
        return new PublishedResults.Counts(node.path("passed").asInt(), node.path("failed").asInt(),
                node.path("errors").asInt(), node.path("waived").asInt(), node.path("notApplicable").asInt());
    }

    private static Waiver waiver(JsonNode node, String ruleId, String modelId, String modelVersion) {
        JsonNode approver = node.path("approver");
        return new Waiver(ruleId, modelId, modelVersion, text(node, "justification"), text(approver, "name"),
                text(approver, "email"), text(node, "ticket"), LocalDate.parse(node.path("expires").asText()),
                new SourceLocation(text(node, "file"), node.path("line").asInt(0), 0, ""));
    }

    private static Severity severity(JsonNode node) {
        return Severity.parse(node.asText()).orElseThrow();
    }

    private static FindingStatus status(String label) {
        return FindingStatus.valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> {
            if (!item.isNull()) {
                texts.add(item.asText());
            }
        });
        return texts;
    }
}
