package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.modelops.model.Enforcement;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Reference;
import dev.modelops.model.Rule;
import dev.modelops.model.RuleParameter;
import dev.modelops.model.Severity;
import dev.modelops.model.SourceLocation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifWriterTest {

    /** The OASIS schema, checked in as test data (see src/test/resources/sarif/README.md). */
    static final String SCHEMA_RESOURCE = "sarif/sarif-schema-2.1.0.json";
    static final String SCHEMA_SHA256 = "4ca040808b0e8415ce63c323702ebf2a7d96fe949d4a1f67dec2d34a5e3aecd0";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Schema schema;

    @TempDir
    Path out;

    @BeforeAll
    static void loadSchema() throws Exception {
        // Formats are asserted: "uri-reference" for every artifact location, "uri" for $schema.
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = resource(SCHEMA_RESOURCE)) {
            schema = registry.getSchema(in, InputFormat.JSON);
        }
        schema.initializeValidators();
    }

    @Test
    void theCheckedInSchemaIsTheOasisDraft07SchemaRecordedInItsReadme() throws Exception {
        byte[] bytes;
        try (InputStream in = resource(SCHEMA_RESOURCE)) {
            bytes = in.readAllBytes();
        }
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(SCHEMA_SHA256);
        JsonNode source = MAPPER.readTree(bytes);
        assertThat(source.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(source.get("title").asText()).isEqualTo("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema");
        try (InputStream readme = resource("sarif/README.md")) {
            assertThat(new String(readme.readAllBytes(), StandardCharsets.UTF_8)).contains(SCHEMA_SHA256);
        }
    }

    @Test
    void aRunWithEveryStatusValidatesAgainstTheOasisSchema() throws Exception {
        JsonNode sarif = write(GovernanceResults.standard());

        assertThat(schema.validate(sarif)).isEmpty();
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs")).hasSize(1);
    }

    @Test
    void aRunWithPacksFrameworksParametersAndAWaiverValidatesAgainstTheOasisSchema() throws Exception {
        GovernanceResult result = GovernanceResults.frameworks()
                .enforce("core.metric-thresholds-met", Enforcement.AUDIT)
                .build();

        JsonNode sarif = write(result);

        List<Error> errors = schema.validate(sarif);
        assertThat(errors).isEmpty();
        assertThat(results(sarif)).anySatisfy(r -> assertThat(r.has("suppressions")).isTrue());
    }

    @Test
    void theSchemaRejectsALogThatDriftsFromIt() throws Exception {
        ObjectNode sarif = (ObjectNode) write(GovernanceResults.standard());
        ObjectNode first = (ObjectNode) results(sarif).get(0);
        first.put("level", "blocking");
        ((ObjectNode) first.get("locations").get(0).get("physicalLocation").get("region")).put("startLine", 0);
        sarif.put("undocumented", true);

        assertThat(schema.validate(sarif)).hasSize(3);
    }

    @Test
    void theToolIsModelopsAtThePluginsVersionWithEveryRuleInRuleOrder() throws Exception {
        JsonNode driver = run(write(GovernanceResults.standard())).get("tool").get("driver");

        assertThat(driver.get("name").asText()).isEqualTo("modelops");
        assertThat(driver.get("fullName").asText()).isEqualTo("dev.modelops:modelops-maven-plugin");
        String version = driver.get("semanticVersion").asText();
        assertThat(version).matches("[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?").isEqualTo(driver.get("version").asText());
        assertThat(version).isEqualTo(PluginRelease.current().version()).doesNotContain("${");
        String home = PluginRelease.current().url();
        assertThat(driver.has("informationUri")).as("only once the POM declares a <url>").isEqualTo(home != null);
        if (home != null) {
            assertThat(driver.get("informationUri").asText()).isEqualTo(home);
        }
        assertThat(driver.get("rules").findValuesAsText("id"))
                .containsExactly("owner-declared", "approval-recorded", "metrics-meet-thresholds", "fairness-reviewed");
        JsonNode owner = driver.get("rules").get(0);
        assertThat(fieldNames(owner)).containsExactly("id", "name", "shortDescription", "fullDescription", "help",
                "defaultConfiguration", "properties");
        assertThat(owner.get("name").asText()).isEqualTo("OwnerDeclared");
        assertThat(owner.get("shortDescription").get("text").asText()).isEqualTo("Every model has an owner");
        assertThat(owner.get("fullDescription").get("text").asText()).isEqualTo("Every model has an owner.");
    }

    @Test
    void aRuleCarriesItsPackFrameworksAndParametersAsTagsAndProperties() throws Exception {
        JsonNode rules = run(write(GovernanceResults.frameworks().build())).get("tool").get("driver").get("rules");

        JsonNode bias = rules.get(3);
        assertThat(bias.get("id").asText()).isEqualTo("eu-ai-act.data-bias-examined");
        assertThat(bias.get("name").asText()).isEqualTo("EuAiActDataBiasExamined");
        JsonNode properties = bias.get("properties");
        assertThat(texts(properties.get("tags"))).containsExactly("governance", "eu-ai-act", "EU AI Act", "ECOA / Regulation B");
        assertThat(properties.get("pack").asText()).isEqualTo("eu-ai-act");
        assertThat(properties.get("severity").asText()).isEqualTo("medium");
        assertThat(properties.get("enforcement").asText()).isEqualTo("fail");
        assertThat(properties.get("parameters").toString()).isEqualTo("{\"minRatio\":\"0.8\"}");
        assertThat(properties.get("frameworks").toString()).isEqualTo(
                "[{\"framework\":\"EU AI Act\",\"clause\":\"Art. 10(2)(f)\"},{\"framework\":\"ECOA / Regulation B\",\"clause\":null}]");
        assertThat(properties.get("file").asText()).isEqualTo("modelops/rules/eu-ai-act.yaml");
        assertThat(properties.has("security-severity")).isFalse();

        String text = bias.get("help").get("text").asText();
        assertThat(text).contains("Rule eu-ai-act.data-bias-examined of pack eu-ai-act, severity medium, enforcement fail:"
                        + " a violation is a warning, its severity being below modelops.failOnSeverity high.")
                .contains("Checks: has(model.id)")
                .contains("Applies: to models where has(model.euAiAct) and model.affectsPeople")
                .contains("  - minRatio = 0.8 (number): Lowest acceptable disparate impact ratio")
                .contains("Evidence for: EU AI Act Art. 10(2)(f); ECOA / Regulation B")
                .contains("To waive: ").contains("rule: eu-ai-act.data-bias-examined")
                .contains("<id>eu-ai-act.data-bias-examined</id>");
        String markdown = bias.get("help").get("markdown").asText();
        assertThat(markdown).startsWith("**Training data was examined for bias**\n\n")
                .contains("- Rule: `eu-ai-act.data-bias-examined` of pack `eu-ai-act`\n")
                .contains("- Applies: to models where `has(model.euAiAct)` and `model.affectsPeople`\n")
                .contains("- `minRatio` = `0.8` (number): Lowest acceptable disparate impact ratio\n")
                .contains("- EU AI Act Art. 10(2)(f)\n")
                .contains("\\<id\\>eu-ai-act.data-bias-examined\\</id\\>");
    }

    @Test
    void levelsSayWhatAViolationDoesInThisRun() throws Exception {
        GovernanceResult result = GovernanceResults.standardBuilder()
                .enforce("fairness-reviewed", Enforcement.AUDIT)
                .enforce("metrics-meet-thresholds", Enforcement.WARN)
                .build();

        JsonNode run = run(write(result));

        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(StreamSupport.stream(rules.spliterator(), false)
                .map(r -> r.get("id").asText() + "=" + r.get("defaultConfiguration").get("level").asText()).toList())
                .containsExactly("owner-declared=error", "approval-recorded=error", "metrics-meet-thresholds=warning",
                        "fairness-reviewed=note");
        assertThat(StreamSupport.stream(run.get("results").spliterator(), false)
                .map(r -> r.get("ruleId").asText() + "@" + r.get("properties").get("model").asText() + "="
                        + r.get("level").asText() + (r.get("properties").get("blocking").asBoolean() ? " blocking" : ""))
                .toList())
                .containsExactly("approval-recorded@credit-scoring=error blocking", "fairness-reviewed@credit-scoring=note",
                        "owner-declared@fraud-detector=error blocking", "metrics-meet-thresholds@fraud-detector=warning");
    }

    @Test
    void aFailRuleBelowTheThresholdIsAWarningAndTheThresholdMovesIt() throws Exception {
        JsonNode high = run(write(GovernanceResults.standard()));
        JsonNode info = run(write(GovernanceResults.standardBuilder().failOn(Severity.INFO).build()));

        assertThat(levelOf(high, "fairness-reviewed")).isEqualTo("warning");
        assertThat(levelOf(info, "fairness-reviewed")).isEqualTo("error");
        assertThat(SarifWriter.level(rule(Enforcement.OFF), Severity.HIGH)).isEqualTo("none");
    }

    @Test
    void onlyViolationsAndWaivedViolationsAreResultsInFindingOrder() throws Exception {
        JsonNode run = run(write(GovernanceResults.standard()));

        JsonNode results = run.get("results");
        assertThat(results).hasSize(4);
        assertThat(results.findValuesAsText("ruleId"))
                .containsExactly("approval-recorded", "fairness-reviewed", "owner-declared", "metrics-meet-thresholds");
        assertThat(results.findValues("ruleIndex").stream().map(JsonNode::asInt).toList()).containsExactly(1, 3, 0, 2);
        JsonNode error = results.get(3);
        assertThat(error.get("kind").asText()).isEqualTo("fail");
        assertThat(error.get("properties").get("status").asText()).isEqualTo("error");
        assertThat(error.get("message").get("text").asText())
                .isEqualTo("No such key: threshold (CEL evaluation error) (model fraud-detector 0.9.0)");
        assertThat(fieldNames(error)).containsExactly("ruleId", "ruleIndex", "kind", "level", "message", "locations",
                "partialFingerprints", "properties");
        assertThat(fieldNames(error.get("properties")))
                .containsExactly("model", "modelVersion", "status", "severity", "enforcement", "blocking", "pointer");
    }

    @Test
    void aWaivedViolationIsAResultWithAnAcceptedExternalSuppression() throws Exception {
        JsonNode run = run(write(GovernanceResults.frameworks().build()));

        JsonNode waived = resultOf(run, "eu-ai-act.data-bias-examined", "credit-scoring");
        assertThat(waived.get("level").asText()).as("the level it would have had").isEqualTo("warning");
        assertThat(waived.get("properties").get("status").asText()).isEqualTo("waived");
        assertThat(waived.get("properties").get("blocking").asBoolean()).isFalse();
        JsonNode suppressions = waived.get("suppressions");
        assertThat(suppressions).hasSize(1);
        JsonNode suppression = suppressions.get(0);
        assertThat(suppression.get("kind").asText()).isEqualTo("external");
        assertThat(suppression.get("status").asText()).isEqualTo("accepted");
        assertThat(suppression.get("justification").asText()).isEqualTo("Bias study scheduled for Q1");
        assertThat(suppression.get("properties").toString()).isEqualTo("{\"ticket\":\"MRM-F-2026-044\","
                + "\"approver\":\"Priya Raman <priya.raman@example.com>\",\"expires\":\"2027-03-31\"}");
        JsonNode where = suppression.get("location").get("physicalLocation");
        assertThat(where.get("artifactLocation").get("uri").asText()).isEqualTo("src/main/modelops/waivers.yaml");
        assertThat(where.get("region").get("startLine").asInt()).isEqualTo(3);

        assertThat(resultOf(run, "eu-ai-act.risk-management", "credit-scoring").has("suppressions")).isFalse();
    }

    @Test
    void locationsAreRelativeToTheProjectWithLinesAndTheModelAsLogicalLocation() throws Exception {
        JsonNode run = run(write(GovernanceResults.standard()));

        assertThat(run.get("originalUriBaseIds").has("%SRCROOT%")).isTrue();
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").has("uri")).as("no absolute path").isFalse();
        JsonNode approval = resultOf(run, "approval-recorded", "credit-scoring").get("locations").get(0);
        JsonNode physical = approval.get("physicalLocation");
        assertThat(physical.get("artifactLocation").toString())
                .isEqualTo("{\"uri\":\"src/main/models/credit-scoring/model.yaml\",\"uriBaseId\":\"%SRCROOT%\"}");
        assertThat(physical.get("region").toString()).isEqualTo("{\"startLine\":24,\"startColumn\":1}");
        assertThat(approval.get("logicalLocations").toString()).isEqualTo(
                "[{\"name\":\"credit-scoring\",\"fullyQualifiedName\":\"model:credit-scoring@3.2.0\",\"kind\":\"module\"}]");
        assertThat(resultOf(run, "approval-recorded", "credit-scoring").get("properties").get("pointer").asText())
                .isEqualTo("/approvals");

        JsonNode unlocated = resultOf(run, "owner-declared", "fraud-detector").get("locations").get(0).get("physicalLocation");
        assertThat(unlocated.get("artifactLocation").get("uri").asText()).isEqualTo("src/main/models/fraud-detector/model.yaml");
        assertThat(unlocated.get("region").toString()).as("line 1 when the line is unknown").isEqualTo("{\"startLine\":1}");
    }

    @Test
    void aModuleOfAMultiModuleBuildHasItsFolderInFrontOfEveryPathButNotInItsFingerprints() throws Exception {
        GovernanceResult result = GovernanceResults.standard();
        new SarifWriter("sample-project/credit-risk").write(result, out);
        JsonNode run = run(MAPPER.readTree(Files.readAllBytes(out.resolve(SarifWriter.FILE_NAME))));
        JsonNode atRoot = run(write(result));

        assertThat(uriOf(run, "approval-recorded", "credit-scoring"))
                .isEqualTo("sample-project/credit-risk/src/main/models/credit-scoring/model.yaml");
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("description").get("text").asText())
                .contains("top folder of the repository", "sample-project/credit-risk/");
        assertThat(resultOf(run, "approval-recorded", "credit-scoring").get("partialFingerprints"))
                .as("the same alert whether the module is built alone or in its repository")
                .isEqualTo(resultOf(atRoot, "approval-recorded", "credit-scoring").get("partialFingerprints"));
        assertThatThrownBy(() -> new SarifWriter("/abs/module")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFindingOutsideTheProjectIsPlacedAtItsModelsMetadataFileNeverAtAnAbsolutePath() throws Exception {
        GovernanceResults results = GovernanceResults.standardBuilder();
        SourceLocation fraudFile = SourceLocation.of("C:/builds/fraud/model.yaml");
        results.findings().replaceAll(f -> {
            if (f.modelId().equals("credit-scoring") && f.ruleId().equals("approval-recorded")) {
                return new Finding(f.rule(), f.modelId(), f.status(), f.message(),
                        new SourceLocation("/home/ci/work/credit/evaluations/holdout.json", 7, 3, "/results/0"));
            }
            return f.modelId().equals("fraud-detector") ? new Finding(f.rule(), f.modelId(), f.status(), f.message(), fraudFile) : f;
        });
        results.editModel("fraud-detector", m -> new GovernedModel(m.metadata(), m.evaluations(), m.lineage(),
                fraudFile, m.inputs(), m.fieldLocations()));

        JsonNode sarif = write(results.build());

        assertThat(schema.validate(sarif)).isEmpty();
        assertThat(uriOf(run(sarif), "approval-recorded", "credit-scoring")).isEqualTo("src/main/models/credit-scoring/model.yaml");
        assertThat(uriOf(run(sarif), "owner-declared", "fraud-detector")).as("nothing relative: the project's POM").isEqualTo("pom.xml");
        assertThat(Files.readString(out.resolve(SarifWriter.FILE_NAME))).doesNotContain("/home/ci").doesNotContain("C:/builds");
    }

    @Test
    void pathsAreWrittenAsUriReferences() {
        assertThat(SarifWriter.uri("src/main/models/crédit scoring/model.yaml"))
                .isEqualTo("src/main/models/cr%C3%A9dit%20scoring/model.yaml");
        assertThat(SarifWriter.uri("models\\a#b?c/model.yaml")).isEqualTo("models/a%23b%3Fc/model.yaml");
        assertThat(SarifWriter.uri("c:odd/model.yaml")).isEqualTo("c%3Aodd/model.yaml");
    }

    @Test
    void fingerprintsDependOnRuleModelFileAndPointerButNotOnLineNumbers() throws Exception {
        JsonNode before = run(write(GovernanceResults.standard()));
        GovernanceResults moved = GovernanceResults.standardBuilder();
        moved.findings().replaceAll(f -> f.location() == null ? f
                : new Finding(f.rule(), f.modelId(), f.status(), f.message(),
                        f.location().withPointer(f.location().pointer(), f.location().line() + 5, 1), f.waiver()));
        JsonNode after = run(write(moved.build()));

        List<String> fingerprints = before.get("results").findValuesAsText(SarifWriter.FINGERPRINT_KEY);
        assertThat(fingerprints).hasSize(4).doesNotHaveDuplicates().allMatch(f -> f.matches("[0-9a-f]{64}"));
        assertThat(after.get("results").findValuesAsText(SarifWriter.FINGERPRINT_KEY)).containsExactlyElementsOf(fingerprints);
        assertThat(run(write(GovernanceResults.standard())).get("results").findValuesAsText(SarifWriter.FINGERPRINT_KEY))
                .containsExactlyElementsOf(fingerprints);
        Finding finding = GovernanceResults.standard().findings().get(1);
        SourceLocation place = finding.location();
        assertThat(SarifWriter.fingerprint(finding, place.withPointer("/people", place.line(), 0)))
                .isNotEqualTo(SarifWriter.fingerprint(finding, place));
    }

    @Test
    void twoWritesOfTheSameResultAreByteIdenticalUtf8WithNewlineLineEndings() throws Exception {
        GovernanceResult result = GovernanceResults.frameworks().build();
        Path first = Files.createDirectories(out.resolve("first"));
        Path second = Files.createDirectories(out.resolve("second"));

        new SarifWriter().write(result, first);
        new SarifWriter().write(GovernanceResults.frameworks().build(), second);

        byte[] bytes = Files.readAllBytes(first.resolve(SarifWriter.FILE_NAME));
        assertThat(Files.readAllBytes(second.resolve(SarifWriter.FILE_NAME))).isEqualTo(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r").endsWith("}\n").startsWith("{\n  \"$schema\": ");
        JsonNode run = run(MAPPER.readTree(bytes));
        assertThat(run.get("automationDetails").get("id").asText()).isEqualTo("modelops/retail-credit-models/");
        assertThat(run.get("invocations").toString()).isEqualTo("[{\"executionSuccessful\":true}]");
        assertThat(run.get("properties").toString()).isEqualTo(
                "{\"project\":\"Retail credit models\",\"asOf\":\"2026-11-01T00:00:00Z\",\"failOnSeverity\":\"high\"}");
        assertThat(text).as("the as-of instant is the only one").containsOnlyOnce("2026-11-01T");
    }

    @Test
    void hostileTextSurvivesAsJsonTextAndAsEscapedMarkdown() throws Exception {
        String hostile = "Owner \"<script>alert('x')</script>\" of Zürich – 東京 *bold* [link](https://evil.example)\nsecond line";
        GovernanceResults results = GovernanceResults.builder()
                .rule("owner-declared", hostile, Severity.HIGH, "/people", new Reference("SR 11-7", "<b>IV</b>"));
        results.model(GovernanceResults.creditScoring());
        results.finding("credit-scoring", "owner-declared", FindingStatus.FAILED, hostile);

        JsonNode sarif = write(results.build());

        assertThat(schema.validate(sarif)).isEmpty();
        JsonNode run = run(sarif);
        assertThat(run.get("results").get(0).get("message").get("text").asText())
                .isEqualTo(hostile + " (model credit-scoring 3.2.0)");
        JsonNode rule = run.get("tool").get("driver").get("rules").get(0);
        assertThat(rule.get("shortDescription").get("text").asText())
                .isEqualTo("Owner \"<script>alert('x')</script>\" of Zürich – 東京 *bold* [link](https://evil.example) second line");
        String markdown = rule.get("help").get("markdown").asText();
        assertThat(markdown).startsWith("**Owner \"\\<script\\>alert('x')\\</script\\>\" of Zürich – 東京 \\*bold\\* "
                + "\\[link\\](https://evil.example) second line**")
                .contains("- SR 11-7 \\<b\\>IV\\</b\\>")
                .doesNotContain("<script>").doesNotContain("<b>");
        byte[] bytes = Files.readAllBytes(out.resolve(SarifWriter.FILE_NAME));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Zürich – 東京").contains("\\\"<script>")
                .contains("\\nsecond line");
    }

    @Test
    void markdownEscapingKeepsListAndHeadingMarkersAndCodeSpansLiteral() {
        assertThat(SarifRuleHelp.escape("- not a list")).isEqualTo("\\- not a list");
        assertThat(SarifRuleHelp.escape("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(SarifRuleHelp.escape("1. not numbered")).isEqualTo("1\\. not numbered");
        assertThat(SarifRuleHelp.escape("a | b & c")).isEqualTo("a \\| b \\& c");
        assertThat(SarifRuleHelp.code("a `b` c")).isEqualTo("``a `b` c``");
        assertThat(SarifRuleHelp.code("`x`")).isEqualTo("`` `x` ``");
    }

    @Test
    void theStandardPublisherWritesTheLog() throws Exception {
        Path output = out.resolve("modelops");

        ReportPublisher.withStandardWriters(new ReportOptions(false, null)).publish(GovernanceResults.standard(), output);

        assertThat(schema.validate(MAPPER.readTree(output.resolve(SarifWriter.FILE_NAME).toFile()))).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ helpers

    private JsonNode write(GovernanceResult result) throws Exception {
        new SarifWriter().write(result, out);
        return MAPPER.readTree(Files.readAllBytes(out.resolve(SarifWriter.FILE_NAME)));
    }

    private static JsonNode run(JsonNode sarif) {
        return sarif.get("runs").get(0);
    }

    private static JsonNode results(JsonNode sarif) {
        return run(sarif).get("results");
    }

    private static JsonNode resultOf(JsonNode run, String ruleId, String modelId) {
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asText().equals(ruleId) && result.get("properties").get("model").asText().equals(modelId)) {
                return result;
            }
        }
        throw new AssertionError("No result for " + ruleId + " on " + modelId);
    }

    private static String levelOf(JsonNode run, String ruleId) {
        for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
            if (rule.get("id").asText().equals(ruleId)) {
                return rule.get("defaultConfiguration").get("level").asText();
            }
        }
        throw new AssertionError("No rule " + ruleId);
    }

    private static String uriOf(JsonNode run, String ruleId, String modelId) {
        return resultOf(run, ruleId, modelId).get("locations").get(0).get("physicalLocation").get("artifactLocation")
                .get("uri").asText();
    }

    private static Rule rule(Enforcement enforcement) {
        return new Rule("r", "A rule", "A rule.", Severity.HIGH, null, "true", "failed", "", List.of(), "core",
                SourceLocation.of("rules/core.yaml"), Map.of(), null, enforcement, Map.<String, RuleParameter>of());
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static InputStream resource(String name) {
        InputStream in = SarifWriterTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
