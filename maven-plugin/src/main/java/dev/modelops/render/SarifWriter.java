package dev.modelops.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelops.model.Enforcement;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Reference;
import dev.modelops.model.Rule;
import dev.modelops.model.RuleParameter;
import dev.modelops.model.Severity;
import dev.modelops.model.Sha256;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Waiver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes {@value #FILE_NAME}: the run as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), for
 * GitHub code scanning ({@code github/codeql-action/upload-sarif}), GitLab, Azure DevOps, SonarQube and the SARIF
 * viewers of IDEs. One run, whose tool is {@code modelops} at the plugin's version (with the plugin's home page as
 * {@code informationUri} once its POM declares a {@code <url>}); its rules are every rule in force, in rule order,
 * each with its help (what it checks, its parameters, how to fix or waive a violation); its results are the
 * violations, in finding order (by model, then rule). No {@code helpUri}: the help travels in the log itself.
 *
 * <p><b>What becomes a result.</b> A failed or error finding is a result; a waived one is a result with an
 * accepted external suppression carrying the waiver's justification, ticket, approver and expiry (code scanning
 * shows it as dismissed, the audit trail keeps it). Passed and not-applicable findings are not results: code
 * scanning opens an alert for every result it receives whatever its {@code kind}, so a {@code pass} result would
 * be an alert for a rule that holds; the passes are in {@code results.json} and the JUnit XML.
 *
 * <p><b>Levels.</b> A rule's {@code defaultConfiguration.level} and a result's {@code level} say what a violation
 * does in this run, as the build log does: {@code error} for a rule enforced as {@code fail} at or above
 * {@code modelops.failOnSeverity} (it blocks the release; code scanning fails a pull request's check on errors),
 * {@code warning} for {@code fail} below the threshold or {@code warn}, {@code note} for {@code audit}. A waived
 * violation keeps the level it would have had, and is suppressed. The rule's own severity is in
 * {@code properties.severity}. No {@code security-severity} is written: it is a CVSS-like score that moves an
 * alert into the security views, and a governance gap is not a vulnerability with such a score.
 *
 * <p><b>Locations.</b> Every location is relative to the source root, {@code uriBaseId} {@code %SRCROOT%}: the
 * project's base directory (the folder of its {@code pom.xml}) for a single-module repository; for a module of a
 * multi-module build, the top folder, with the module's folder in front of each path (the
 * {@linkplain #SarifWriter(String) source prefix}), since code scanning resolves paths from the repository's root.
 * Never absolute: the file and line of the finding
 * (model.yaml field, evaluation result or lineage entry), or the model's {@code model.yaml} at line 1 when the
 * finding has no place of its own. The model is also a logical location. {@code partialFingerprints} hash the rule
 * id, model id, file and JSON pointer, not the line, so an alert stays the same alert when lines move.
 *
 * <p><b>Reproducible.</b> The only instant written is the run's "as of" ({@code run.properties.asOf}); no start or
 * end time, host, user or absolute path; {@code automationDetails.id} is {@code modelops/<project>/} for every build
 * of the project. Built node by node (key order as documented), printed like {@code results.json}: UTF-8,
 * two-space indentation, {@code \n} line endings.
 */
public final class SarifWriter implements ReportWriter {

    public static final String FILE_NAME = "modelops.sarif";
    static final String SARIF_VERSION = "2.1.0";
    static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String TOOL_NAME = "modelops";
    static final String SOURCE_ROOT = "%SRCROOT%";
    /** The key of the fingerprint; versioned, so that a change of recipe is a new key rather than new alerts. */
    static final String FINGERPRINT_KEY = "modelopsFinding/v1";
    /** Where a violation is placed when neither the finding nor its model has a file of its own. */
    private static final String PROJECT_FILE = "pom.xml";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectWriter writer = JsonPrinting.writer();
    /** The project's folder seen from the source root, {@code sample-project/credit-risk/}; empty at the root. */
    private final String sourcePrefix;

    /** A writer for a project whose folder is the source root (a single-module repository). */
    public SarifWriter() {
        this("");
    }

    /**
     * @param sourcePrefix the project's folder relative to the source root (the repository's top folder, which code
     *     scanning resolves locations from), with forward slashes and a trailing slash, e.g.
     *     {@code sample-project/credit-risk/}; empty when the project is the root
     */
    public SarifWriter(String sourcePrefix) {
        String prefix = sourcePrefix == null ? "" : sourcePrefix.replace('\\', '/');
        if (!prefix.isEmpty() && !isRelativePath(prefix)) {
            throw new IllegalArgumentException("The source prefix must be a relative folder, found " + sourcePrefix);
        }
        this.sourcePrefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public void write(GovernanceResult result, Path outputDirectory) throws IOException {
        Files.write(outputDirectory.resolve(FILE_NAME), bytes(result));
    }

    /** The bytes {@link #write} writes. */
    byte[] bytes(GovernanceResult result) {
        try {
            String json = writer.writeValueAsString(toJson(ReportContent.of(result)));
            return (json + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A SARIF tree built in memory cannot fail to print", e);
        }
    }

    ObjectNode toJson(ReportContent content) {
        GovernanceResult result = content.result();
        ObjectNode root = NODES.objectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", SARIF_VERSION);
        ObjectNode run = root.putArray("runs").addObject();
        run.set("tool", tool(content));
        ObjectNode invocation = run.putArray("invocations").addObject();
        // The log is written only once every model was loaded and every rule evaluated; whether a violation then
        // fails the build is the verdict, not a failure of the tool.
        invocation.put("executionSuccessful", true);
        ObjectNode baseIds = run.putObject("originalUriBaseIds");
        baseIds.putObject(SOURCE_ROOT).putObject("description").put("text", sourcePrefix.isEmpty()
                ? "The project's base directory, the folder of its pom.xml."
                : "The source root: the top folder of the repository; this project's pom.xml is in " + sourcePrefix
                        + ".");
        run.putObject("automationDetails").put("id", TOOL_NAME + "/" + slug(result.projectName()) + "/");
        run.put("columnKind", "utf16CodeUnits");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < content.rules().size(); i++) {
            ruleIndex.putIfAbsent(content.rules().get(i).id(), i);
        }
        Map<String, GovernedModel> models = content.models().stream()
                .collect(Collectors.toMap(GovernedModel::id, Function.identity()));
        ArrayNode results = run.putArray("results");
        for (Finding finding : content.findings()) {
            if (finding.status().isViolation() || finding.status() == FindingStatus.WAIVED) {
                results.add(result(finding, result, ruleIndex.getOrDefault(finding.ruleId(), -1),
                        models.get(finding.modelId())));
            }
        }
        ObjectNode properties = run.putObject("properties");
        properties.put("project", result.projectName());
        properties.put("asOf", Formats.isoInstant(result.asOf()));
        properties.put("failOnSeverity", result.failOnSeverity().label());
        return root;
    }

    private static ObjectNode tool(ReportContent content) {
        PluginRelease release = PluginRelease.current();
        ObjectNode driver = NODES.objectNode();
        driver.put("name", TOOL_NAME);
        driver.put("fullName", release.groupId() + ":" + release.artifactId());
        driver.put("version", release.version());
        driver.put("semanticVersion", release.version());
        if (release.url() != null) {
            driver.put("informationUri", release.url());
        }
        ArrayNode rules = driver.putArray("rules");
        content.rules().forEach(rule -> rules.add(rule(rule, content.result().failOnSeverity())));
        ObjectNode tool = NODES.objectNode();
        tool.set("driver", driver);
        return tool;
    }

    private static ObjectNode rule(Rule rule, Severity failOnSeverity) {
        ObjectNode node = NODES.objectNode();
        node.put("id", rule.id());
        node.put("name", ruleName(rule.id()));
        node.putObject("shortDescription").put("text", SarifRuleHelp.oneLine(rule.title()));
        String description = rule.description() == null || rule.description().isBlank() ? rule.title() : rule.description();
        node.putObject("fullDescription").put("text", SarifRuleHelp.oneLine(description));
        ObjectNode help = node.putObject("help");
        help.put("text", SarifRuleHelp.text(rule, failOnSeverity));
        help.put("markdown", SarifRuleHelp.markdown(rule, failOnSeverity));
        ObjectNode configuration = node.putObject("defaultConfiguration");
        configuration.put("enabled", rule.enforcement() != Enforcement.OFF);
        configuration.put("level", level(rule, failOnSeverity));
        ObjectNode properties = node.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        tags(rule).forEach(tags::add);
        properties.put("pack", rule.pack());
        properties.put("severity", rule.severity().label());
        properties.put("enforcement", rule.enforcement().label());
        ObjectNode params = properties.putObject("parameters");
        for (RuleParameter parameter : rule.params().values()) {
            params.put(parameter.name(), parameter.valueText());
        }
        ArrayNode references = properties.putArray("frameworks");
        for (Reference reference : rule.references()) {
            ObjectNode referenceNode = references.addObject();
            referenceNode.put("framework", reference.framework());
            referenceNode.put("clause", reference.clause() == null || reference.clause().isBlank() ? null : reference.clause());
        }
        if (rule.source() != null && !rule.source().file().isEmpty()) {
            properties.put("file", rule.source().file());
        }
        return node;
    }

    /** {@code governance}, the pack, then each framework the rule cites, once, in citation order. */
    private static Set<String> tags(Rule rule) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add("governance");
        if (rule.pack() != null && !rule.pack().isBlank()) {
            tags.add(rule.pack());
        }
        rule.references().forEach(reference -> tags.add(reference.framework()));
        return tags;
    }

    private ObjectNode result(Finding finding, GovernanceResult run, int ruleIndex, GovernedModel model) {
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", finding.ruleId());
        if (ruleIndex >= 0) {
            node.put("ruleIndex", ruleIndex);
        }
        node.put("kind", "fail");
        node.put("level", level(finding.rule(), run.failOnSeverity()));
        String version = model == null ? null : model.metadata().version();
        node.putObject("message").put("text", finding.message() + " (model " + finding.modelId()
                + (version == null ? "" : " " + version) + ")");
        SourceLocation place = place(finding, model);
        ObjectNode location = node.putArray("locations").addObject();
        location.set("physicalLocation", physicalLocation(place));
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("name", finding.modelId());
        logical.put("fullyQualifiedName", "model:" + finding.modelId() + (version == null ? "" : "@" + version));
        logical.put("kind", "module");
        node.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprint(finding, place));
        if (finding.status() == FindingStatus.WAIVED && finding.waiver() != null) {
            node.putArray("suppressions").add(suppression(finding.waiver()));
        }
        ObjectNode properties = node.putObject("properties");
        properties.put("model", finding.modelId());
        properties.put("modelVersion", version);
        properties.put("status", finding.status().label());
        properties.put("severity", finding.severity().label());
        properties.put("enforcement", finding.rule().enforcement().label());
        properties.put("blocking", run.isBlocking(finding));
        properties.put("pointer", place.pointer().isEmpty() ? null : place.pointer());
        return node;
    }

    private ObjectNode suppression(Waiver waiver) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", "external");
        node.put("status", "accepted");
        node.put("justification", waiver.justification());
        if (isRelativePath(waiver.location().file())) {
            node.putObject("location").set("physicalLocation", physicalLocation(waiver.location()));
        }
        ObjectNode properties = node.putObject("properties");
        properties.put("ticket", waiver.ticket());
        properties.put("approver", waiver.approverText());
        properties.put("expires", waiver.expires().toString());
        return node;
    }

    private ObjectNode physicalLocation(SourceLocation place) {
        ObjectNode node = NODES.objectNode();
        ObjectNode artifact = node.putObject("artifactLocation");
        artifact.put("uri", uri(sourcePrefix + place.file()));
        artifact.put("uriBaseId", SOURCE_ROOT);
        ObjectNode region = node.putObject("region");
        region.put("startLine", Math.max(place.line(), 1));
        if (place.line() > 0 && place.column() > 0) {
            region.put("startColumn", place.column());
        }
        return node;
    }

    /**
     * Where the finding is: its own place when it is a relative path in the project, else the model's metadata file
     * (line 1 unless known), else the project's POM; never an absolute path, which would differ between machines
     * and mean nothing to code scanning.
     */
    static SourceLocation place(Finding finding, GovernedModel model) {
        SourceLocation own = finding.location();
        if (own != null && isRelativePath(own.file())) {
            return own;
        }
        if (model != null && model.metadataFile() != null && isRelativePath(model.metadataFile().file())) {
            return model.metadataFile();
        }
        return SourceLocation.of(PROJECT_FILE);
    }

    static boolean isRelativePath(String file) {
        if (file == null || file.isBlank()) {
            return false;
        }
        String path = file.replace('\\', '/');
        return !path.startsWith("/") && !path.matches("^[A-Za-z]:.*") && !path.contains("://")
                && !path.equals("..") && !path.startsWith("../");
    }

    /** A relative path as a URI reference: forward slashes, each byte outside RFC 3986's path characters escaped. */
    static String uri(String file) {
        byte[] bytes = file.replace('\\', '/').getBytes(StandardCharsets.UTF_8);
        StringBuilder uri = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xff;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~!$&'()*+,;=@/".indexOf(c) >= 0;
            if (plain) {
                uri.append((char) c);
            } else {
                uri.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        // A colon is escaped too, so that a first segment such as "c:" never reads as a scheme.
        return uri.toString();
    }

    /** The same for the same rule, model and place (file and JSON pointer), whatever the line numbers. */
    static String fingerprint(Finding finding, SourceLocation place) {
        String identity = finding.ruleId() + "\n" + finding.modelId() + "\n" + place.file() + "\n" + place.pointer();
        return Sha256.hex(identity);
    }

    /** What a violation of the rule does in this run, as a SARIF level (see the class comment). */
    static String level(Rule rule, Severity failOnSeverity) {
        return switch (rule.enforcement()) {
            case FAIL -> rule.severity().isAtLeast(failOnSeverity) ? "error" : "warning";
            case WARN -> "warning";
            case AUDIT -> "note";
            case OFF -> "none";
        };
    }

    /** {@code core.owner-present} as {@code CoreOwnerPresent}: SARIF's readable rule name. */
    static String ruleName(String id) {
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return name.isEmpty() ? id : name.toString();
    }

    /** {@code Retail credit models} as {@code retail-credit-models}: the category code scanning groups uploads by. */
    static String slug(String projectName) {
        String slug = (projectName == null ? "" : projectName).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "project" : slug;
    }
}
