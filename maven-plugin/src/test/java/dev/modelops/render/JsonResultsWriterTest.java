package dev.modelops.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.modelops.model.Enforcement;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.RuleParameter;
import dev.modelops.model.Severity;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonResultsWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Schema schema;

    @TempDir
    Path out;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = JsonResultsWriterTest.class.getClassLoader()
                .getResourceAsStream(JsonResultsWriter.SCHEMA_RESOURCE)) {
            assertThat(in).as("the schema ships in the plugin").isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        }
    }

    @Test
    void outputValidatesAgainstTheShippedSchema() throws Exception {
        JsonNode results = write(GovernanceResults.standard());

        List<Error> errors = schema.validate(results);
        assertThat(errors).isEmpty();
    }

    @Test
    void theSchemaRejectsADocumentThatDriftsFromIt() throws Exception {
        JsonNode results = write(GovernanceResults.standard());
        ((com.fasterxml.jackson.databind.node.ObjectNode) results.get("findings").get(0)).put("status", "green");
        ((com.fasterxml.jackson.databind.node.ObjectNode) results).put("undocumented", true);

        assertThat(schema.validate(results)).hasSize(2);
    }

    @Test
    void packsFrameworksAndRuleCountsValidateAgainstTheSchema() throws Exception {
        JsonNode results = write(GovernanceResults.frameworks().build());

        assertThat(schema.validate(results)).isEmpty();
        assertThat(results.get("packs").toString()).isEqualTo("[{\"name\":\"core\",\"version\":\"1.1.0\","
                + "\"title\":\"Documentation completeness and basic evidence\",\"file\":\"modelops/rules/core.yaml\","
                + "\"sha256\":\"" + GovernanceResults.HASH_B + "\",\"extends\":[],\"when\":null},"
                + "{\"name\":\"eu-ai-act\",\"version\":\"1.0.0\",\"title\":\"EU AI Act obligations of providers\","
                + "\"file\":\"modelops/rules/eu-ai-act.yaml\",\"sha256\":\"" + GovernanceResults.HASH_C + "\","
                + "\"extends\":[\"core@1.1\"],\"when\":\"has(model.euAiAct)\"}]");
        JsonNode bias = results.get("rules").get(3);
        assertThat(bias.get("id").asText()).isEqualTo("eu-ai-act.data-bias-examined");
        assertThat(fieldNames(bias)).endsWith("file", "passed", "failed", "errors", "waived", "notApplicable");
        assertThat(List.of(bias.get("passed").asInt(), bias.get("failed").asInt(), bias.get("errors").asInt(),
                bias.get("waived").asInt(), bias.get("notApplicable").asInt())).containsExactly(0, 0, 0, 1, 2);

        JsonNode frameworks = results.get("frameworks");
        assertThat(frameworks.findValuesAsText("name"))
                .containsExactly("ECOA / Regulation B", "EU AI Act", "ISO/IEC 42001", "NIST AI RMF", "SR 11-7");
        JsonNode eu = frameworks.get(1);
        assertThat(fieldNames(eu)).containsExactly("name", "clauses", "models");
        assertThat(eu.get("clauses").toString()).isEqualTo("[{\"clause\":\"Art. 9(2)\",\"rules\":[\"eu-ai-act.risk-management\"]},"
                + "{\"clause\":\"Art. 10(2)(f)\",\"rules\":[\"eu-ai-act.data-bias-examined\"]},"
                + "{\"clause\":\"Art. 15(1)\",\"rules\":[\"core.metric-thresholds-met\"]}]");
        assertThat(eu.get("models").get(1).toString()).isEqualTo("{\"model\":\"credit-scoring\",\"passed\":1,\"failed\":1,"
                + "\"errors\":0,\"waived\":1,\"notApplicable\":0,\"blocking\":1,\"warnings\":0,\"verdict\":\"violations\"}");
        assertThat(frameworks.get(0).get("clauses").get(0).get("clause").isNull())
                .as("a reference to the framework as a whole").isTrue();
        assertThat(frameworks.get(0).get("models").findValuesAsText("verdict"))
                .containsExactly("not assessed", "waived", "not assessed");
    }

    @Test
    void theSchemaRejectsFrameworksAndPacksThatDriftFromIt() throws Exception {
        JsonNode results = write(GovernanceResults.frameworks().build());
        ObjectNode model = (ObjectNode) results.get("frameworks").get(1).get("models").get(0);
        model.put("verdict", "green");
        model.remove("warnings");
        ((ObjectNode) results.get("packs").get(0)).put("rules", 2);
        ((ObjectNode) results.get("rules").get(0)).remove("passed");

        assertThat(schema.validate(results)).hasSize(4);
    }

    @Test
    void aResultWithoutRecordedPacksHasNoPacksButStillItsFrameworks() throws Exception {
        JsonNode results = write(GovernanceResults.standard());

        assertThat(results.get("packs")).isEmpty();
        assertThat(results.get("frameworks").findValuesAsText("name")).containsExactly("EU AI Act", "SR 11-7");
        assertThat(results.get("frameworks").get(1).get("clauses").toString())
                .isEqualTo("[{\"clause\":\"III.A\",\"rules\":[\"approval-recorded\"]},{\"clause\":\"IV\",\"rules\":[\"owner-declared\"]}]");
    }

    @Test
    void topLevelFieldsComeInTheDocumentedOrder() throws Exception {
        JsonNode results = write(GovernanceResults.standard());

        assertThat(fieldNames(results))
                .containsExactly("formatVersion", "project", "asOf", "failOnSeverity", "summary", "models", "packs", "rules",
                        "frameworks", "findings", "waivers", "waiversFile", "evidence");
        assertThat(results.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(results.get("project").asText()).isEqualTo("Retail credit models");
        assertThat(results.get("asOf").asText()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(results.get("failOnSeverity").asText()).isEqualTo("high");
    }

    @Test
    void summaryCountsFindingsByStatusAndViolationsBySeverity() throws Exception {
        JsonNode summary = write(GovernanceResults.standard()).get("summary");

        assertThat(fieldNames(summary)).containsExactly("models", "rules", "passed", "failed", "notApplicable", "errors", "waived",
                "blocking", "warnings", "bySeverity");
        assertThat(summary.get("models").asInt()).isEqualTo(3);
        assertThat(summary.get("rules").asInt()).isEqualTo(4);
        assertThat(summary.get("passed").asInt()).isEqualTo(6);
        assertThat(summary.get("failed").asInt()).isEqualTo(3);
        assertThat(summary.get("notApplicable").asInt()).isEqualTo(2);
        assertThat(summary.get("errors").asInt()).isEqualTo(1);
        assertThat(summary.get("blocking").asInt()).isEqualTo(2);
        assertThat(summary.get("warnings").asInt()).isEqualTo(2);
        assertThat(summary.get("bySeverity").toString())
                .isEqualTo("{\"critical\":1,\"high\":1,\"medium\":1,\"low\":1,\"info\":0}");
    }

    @Test
    void modelsAreSortedByIdWithTheirEvidence() throws Exception {
        JsonNode models = write(GovernanceResults.standard()).get("models");

        assertThat(models.findValuesAsText("id")).containsExactly("churn-predictor", "credit-scoring", "fraud-detector");
        JsonNode credit = models.get(1);
        assertThat(fieldNames(credit)).containsExactly("id", "name", "version", "riskTier", "status", "owners",
                "validators", "file", "inputs");
        assertThat(credit.get("riskTier").asText()).isEqualTo("high");
        assertThat(credit.get("owners").toString()).isEqualTo("[\"Dana Whitfield\"]");
        assertThat(credit.get("validators").toString()).isEqualTo("[\"Priya Raman\"]");
        assertThat(models.get(2).get("owners").toString()).as("fraud-detector names no owner").isEqualTo("[]");
        assertThat(credit.get("file").asText()).isEqualTo("src/main/models/credit-scoring/model.yaml");
        assertThat(credit.get("inputs")).hasSize(4);
        assertThat(credit.get("inputs").get(1).toString()).isEqualTo("{\"path\":\"src/main/models/credit-scoring/"
                + "evaluations/holdout-2026q3.json\",\"kind\":\"evaluation\",\"sha256\":\"" + GovernanceResults.HASH_B + "\"}");
    }

    @Test
    void rulesKeepTheirDeclarationOrderWithReferences() throws Exception {
        JsonNode rules = write(GovernanceResults.standard()).get("rules");

        assertThat(rules.findValuesAsText("id"))
                .containsExactly("owner-declared", "approval-recorded", "metrics-meet-thresholds", "fairness-reviewed");
        assertThat(rules.get(0).toString()).isEqualTo("{\"id\":\"owner-declared\",\"title\":\"Every model has an owner\","
                + "\"severity\":\"high\",\"enforcement\":\"fail\",\"params\":{},\"pack\":\"core\",\"references\":[{\"framework\":\"SR 11-7\",\"clause\":\"IV\"},"
                + "{\"framework\":\"EU AI Act\",\"clause\":\"Art. 17\"}],\"file\":\"rules/core.yaml\","
                + "\"passed\":2,\"failed\":1,\"errors\":0,\"waived\":0,\"notApplicable\":0}");
    }

    @Test
    void findingsAreSortedByModelThenRuleOrderAndSayWhetherTheyBlock() throws Exception {
        GovernanceResults results = GovernanceResults.standardBuilder();
        java.util.Collections.reverse(results.findings());
        JsonNode findings = write(results.build()).get("findings");

        List<String> order = new ArrayList<>();
        findings.forEach(f -> order.add(f.get("model").asText() + "/" + f.get("rule").asText()));
        assertThat(order).containsExactly(
                "churn-predictor/owner-declared", "churn-predictor/approval-recorded",
                "churn-predictor/metrics-meet-thresholds", "churn-predictor/fairness-reviewed",
                "credit-scoring/owner-declared", "credit-scoring/approval-recorded",
                "credit-scoring/metrics-meet-thresholds", "credit-scoring/fairness-reviewed",
                "fraud-detector/owner-declared", "fraud-detector/approval-recorded",
                "fraud-detector/metrics-meet-thresholds", "fraud-detector/fairness-reviewed");

        JsonNode approval = findings.get(5);
        assertThat(fieldNames(approval)).containsExactly("rule", "model", "severity", "status", "blocking", "message",
                "file", "line", "column", "pointer", "waiver");
        assertThat(approval.toString()).isEqualTo("{\"rule\":\"approval-recorded\",\"model\":\"credit-scoring\","
                + "\"severity\":\"critical\",\"status\":\"failed\",\"blocking\":true,\"message\":\"The latest approval of "
                + "credit-scoring is 'conditional', expected 'approved'\",\"file\":\"src/main/models/credit-scoring/model.yaml\","
                + "\"line\":24,\"column\":1,\"pointer\":\"/approvals\",\"waiver\":null}");
        assertThat(findings.get(7).get("blocking").asBoolean()).as("a low violation only warns").isFalse();
        JsonNode error = findings.get(10);
        assertThat(error.get("status").asText()).isEqualTo("error");
        assertThat(error.get("line").isNull()).as("unknown line").isTrue();
        assertThat(error.get("column").isNull()).isTrue();
        assertThat(error.get("pointer").asText()).isEmpty();
        assertThat(findings.get(11).get("status").asText()).isEqualTo("not-applicable");
    }

    @Test
    void rulesStateTheirEnforcementAndParametersAndAuditOrWarnViolationsNeverBlock() throws Exception {
        GovernanceResult result = GovernanceResults.standardBuilder()
                .enforce("approval-recorded", Enforcement.AUDIT)
                .enforce("owner-declared", Enforcement.WARN,
                        new RuleParameter("maxAgeDays", RuleParameter.Type.INTEGER, 180L, null),
                        new RuleParameter("minRatio", RuleParameter.Type.NUMBER, 0.8, null),
                        new RuleParameter("window", RuleParameter.Type.DURATION, Duration.ofDays(365), null),
                        new RuleParameter("strict", RuleParameter.Type.BOOLEAN, true, null))
                .build();
        JsonNode results = write(result);

        assertThat(schema.validate(results)).isEmpty();
        assertThat(results.get("rules").findValuesAsText("enforcement")).containsExactly("warn", "audit", "fail", "fail");
        assertThat(results.get("rules").get(0).get("params").toString())
                .isEqualTo("{\"maxAgeDays\":180,\"minRatio\":0.8,\"window\":\"P365D\",\"strict\":true}");
        JsonNode findings = results.get("findings");
        assertThat(findings.get(5).get("rule").asText()).isEqualTo("approval-recorded");
        assertThat(findings.get(5).get("blocking").asBoolean()).as("a critical violation of an audit rule").isFalse();
        assertThat(findings.get(8).get("rule").asText()).isEqualTo("owner-declared");
        assertThat(findings.get(8).get("blocking").asBoolean()).as("a high violation of a warn rule").isFalse();
        assertThat(results.get("summary").get("blocking").asInt()).isZero();
        assertThat(results.get("summary").get("warnings").asInt()).as("owner (warn), fairness and metrics (low, medium)")
                .isEqualTo(3);
    }

    @Test
    void absentTextsAreWrittenAsNull() throws Exception {
        GovernanceResults results = GovernanceResults.builder().project(null);
        results.rule("owner-declared", "Every model has an owner", Severity.HIGH, "/people")
                .model(GovernanceResults.fraudDetector())
                .finding("fraud-detector", "owner-declared", FindingStatus.FAILED, "no owner");
        JsonNode json = write(results.build());

        assertThat(schema.validate(json)).isEmpty();
        assertThat(json.get("project").isNull()).isTrue();
    }

    @Test
    void isPrettyPrintedWithUnixLineEndingsAndAFinalNewline() throws Exception {
        new JsonResultsWriter().write(GovernanceResults.standard(), out);
        String text = Files.readString(out.resolve("results.json"));

        assertThat(text).startsWith("{\n  \"formatVersion\": 1,\n  \"project\": \"Retail credit models\",\n")
                .endsWith("}\n")
                .doesNotContain("\r")
                .contains("\"inputs\": [\n        {\n");
    }

    @Test
    void anEmptyResultIsStillAValidDocument() throws Exception {
        JsonNode json = write(GovernanceResults.builder().build());

        assertThat(schema.validate(json)).isEmpty();
        assertThat(json.get("models")).isEmpty();
        assertThat(Files.readString(out.resolve("results.json"))).contains("\"models\": [],");
    }

    private JsonNode write(dev.modelops.model.GovernanceResult result) throws Exception {
        new JsonResultsWriter().write(result, out);
        return MAPPER.readTree(out.resolve(JsonResultsWriter.FILE_NAME).toFile());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
