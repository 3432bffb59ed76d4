package dev.modelops.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelops.load.LocatedDocument;
import dev.modelops.load.StructuredFileParser;
import dev.modelops.model.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaValidatorTest {

    private final SchemaValidator validator = new SchemaValidator();
    private final StructuredFileParser parser = new StructuredFileParser();

    private List<String> modelProblems(String yaml) {
        LocatedDocument document = parser.parse(yaml, "model.yaml", true);
        return validator.validate(document, SchemaValidator.MODEL).stream().map(InputProblem::describe).toList();
    }

    @Test
    void aCompleteReadmeStyleModelIsValid() {
        assertThat(modelProblems("""
                id: credit-scoring
                name: Retail credit default scorer
                version: 3.2.0
                type: classifier
                task: binary-classification
                description: Gradient-boosted trees.
                license: proprietary
                riskTier: high
                status: production
                people:
                  - {name: Dana Whitfield, email: dana.whitfield@example.com, role: owner, organization: Retail Credit Risk}
                intendedUse: Rank consumer loan applications.
                outOfScopeUses: [Employment screening]
                limitations: [Not validated for thin files.]
                ethicalConsiderations: [Uses age band.]
                datasets:
                  - {name: Loan applications 2019-2024, role: training, lineageRef: loan-applications-2024q4, description: d}
                artifact: {path: artifacts/m.onnx, sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, format: onnx}
                approvals:
                  - {by: Priya Raman, role: validator, date: 2026-09-14, decision: approved, comment: ok}
                monitoring: {frequency: P1Y2M3W4D, metrics: [auc, psi], owner: Dana Whitfield, description: monthly}
                evaluationFiles: [evaluations/holdout-2026q3.json]
                lineageFiles: [lineage.yaml]
                extensions: {any: data, nested: {deeper: [1, 2]}}
                """)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P30D", "P1M", "P1Y", "P2W", "P1Y6M"})
    void isoPeriodsAreAccepted(String period) {
        assertThat(modelProblems("id: m\nname: M\nversion: '1'\nmonitoring: {frequency: " + period + "}\n")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P", "30D", "PT12H", "P-1D", "p30d", "P30DX"})
    void otherPeriodsAreRefused(String period) {
        assertThat(modelProblems("id: m\nname: M\nversion: '1'\nmonitoring: {frequency: " + period + "}\n"))
                .singleElement().asString().contains("expected an ISO-8601 period");
    }

    @Test
    void aMalformedDateGetsOneMessageNotTwo() {
        assertThat(modelProblems("id: m\nname: M\nversion: '1'\napprovals: [{by: P, date: 2026-9-1, decision: approved}]\n"))
                .containsExactly("model.yaml:4:27: at /approvals/0/date: found '2026-9-1', "
                        + "expected a date written YYYY-MM-DD, such as 2026-09-14");
    }

    @Test
    void anImpossibleDateIsRefusedByFormat() {
        assertThat(modelProblems("id: m\nname: M\nversion: '1'\napprovals: [{by: P, date: 2026-02-29, decision: approved}]\n"))
                .containsExactly("model.yaml:4:27: at /approvals/0/date: found '2026-02-29', "
                        + "expected a real calendar date written YYYY-MM-DD");
    }

    @Test
    void aRepeatedListEntryIsReportedAtTheRepeat() {
        assertThat(modelProblems("id: m\nname: M\nversion: '1'\nevaluationFiles: [a.json, b.json, a.json]\n"))
                .containsExactly("model.yaml:4:35: at /evaluationFiles/2: found 'a.json' a second time in the list, "
                        + "expected each item at most once");
    }

    @Test
    void aBooleanWhereTextBelongsGetsTheYamlQuotingHint() {
        assertThat(modelProblems("id: m\nname: M\nversion: '1'\nlicense: no\n")).containsExactly(
                "model.yaml:4:10: at /license: found the boolean false, expected a text "
                        + "(in YAML, put the value in quotes to keep it as text, such as \"3.10\" or \"yes\")");
    }

    @Test
    void unknownPropertiesOfNestedObjectsListTheKnownOnes() {
        assertThat(modelProblems("id: m\nname: M\nversion: '1'\npeople: [{name: A, role: owner, mail: a@b.c}]\n"))
                .containsExactly("model.yaml:4:33: at /people/0/mail: an unknown property 'mail', "
                        + "expected one of name, email, role, organization (did you mean 'email'?)");
    }

    @Test
    void extensionsAreFree() {
        assertThat(modelProblems("id: m\nname: M\nversion: '1'\nextensions: {anything: [1, {goes: true}], x: null}\n"))
                .isEmpty();
    }

    @Test
    void longTextsAreShortenedInMessages() {
        String longId = "X".repeat(200);
        assertThat(modelProblems("id: " + longId + "\nname: M\nversion: '1'\n")).singleElement().asString()
                .contains("found '" + "X".repeat(80) + "...'");
    }

    @Test
    void oneValidatorValidatesManyDocumentsAlike() {
        // That the schemas are compiled once is what keeps this cheap; the benchmark measures it, no test times it.
        LocatedDocument document = parser.parse("id: m\nname: M\nversion: '1'\n", "model.yaml", true);
        for (int i = 0; i < 1000; i++) {
            assertThat(validator.validate(document, SchemaValidator.MODEL)).isEmpty();
        }
    }

    @Test
    void problemsAreCappedPerDocument() {
        StringBuilder json = new StringBuilder("{\"results\": [");
        for (int i = 0; i < 80; i++) {
            json.append(i == 0 ? "" : ",").append("{\"metric\": \"auc\", \"value\": \"high\"}");
        }
        json.append("]}");
        List<InputProblem> problems = validator.validate(parser.parse(json.toString(), "e.json", false), SchemaValidator.EVALUATION);
        assertThat(problems).hasSize(SchemaValidator.MAX_PROBLEMS_PER_DOCUMENT + 1);
        assertThat(problems.get(problems.size() - 1).describe())
                .isEqualTo("e.json: 30 more problems in this file, not listed (fix the ones above and run again)");
    }

    /** The shipped schemas are for editors too: every property says what it is for. */
    @ParameterizedTest
    @ValueSource(strings = {SchemaValidator.MODEL, SchemaValidator.EVALUATION, SchemaValidator.LINEAGE})
    void everyShippedSchemaIsIdentifiedAndDescribesEveryProperty(String name) throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SchemaValidator.resourceName(name))) {
            assertThat(in).as(name).isNotNull();
            schema = new ObjectMapper().readTree(in);
        }
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo("https://modelops.dev/schemas/" + name + ".schema.json");
        assertThat(schema.path("title").asText()).isNotBlank();
        assertThat(schema.path("description").asText()).isNotBlank();
        List<String> undescribed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        walk(schema, "", undescribed, open);
        assertThat(undescribed).as("properties without a description").isEmpty();
        assertThat(open).as("objects that allow unknown properties").isSubsetOf("/properties/extensions");
        // Compiles: validating anything must not fail on the schema itself.
        validator.validate(parser.parse("{}", "x.json", false), name);
    }

    private static void walk(JsonNode schema, String path, List<String> undescribed, List<String> open) {
        JsonNode properties = schema.get("properties");
        if (properties != null) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                if (!property.getValue().hasNonNull("description")) {
                    undescribed.add(path + "/properties/" + property.getKey());
                }
            }
        }
        if ("object".equals(schema.path("type").asText())
                && !schema.path("additionalProperties").isBoolean()
                && !schema.path("additionalProperties").isObject()) {
            open.add(path);
        }
        for (Map.Entry<String, JsonNode> child : schema.properties()) {
            if (child.getValue().isObject()) {
                walk(child.getValue(), path + "/" + child.getKey(), undescribed, open);
            }
        }
    }
}
