package dev.modelops.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cel.common.values.NullValue;
import dev.modelops.model.FileOnDisk;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.Person;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class CelModelViewTest {

    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> model(Map<String, Object> activation) {
        return (Map<String, Object>) activation.get(CelModelView.MODEL);
    }

    @Test
    void declaresExactlyTheDocumentedVariables() {
        Map<String, Object> activation = CelModelView.activation(ModelFixture.compliant().build(), AS_OF);

        assertThat(activation).containsOnlyKeys("model", "evaluations", "lineage", "asOf", "params",
                "monitoringResults", "baseline", "fairness", "inputWarnings");
        assertThat(activation.get("asOf")).isEqualTo(AS_OF);
        assertThat(activation.get("params")).isEqualTo(Map.of());
    }

    @Test
    void anArtifactNotInTheBuildIsPresentFalseWithoutDigests() {
        ModelFixture fixture = ModelFixture.compliant();
        fixture.artifactOnDisk = FileOnDisk.absent(ModelFixture.ARTIFACT_FILE);

        Map<String, Object> model = model(CelModelView.activation(fixture.build(), AS_OF));

        assertThat(model.get("artifact")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("onDisk", Map.of("path", ModelFixture.ARTIFACT_FILE, "present", false, "folder", false));
    }

    @Test
    void anArtifactNotLookedForHasNoOnDisk() {
        ModelFixture fixture = ModelFixture.compliant();
        fixture.artifactOnDisk = null;

        Map<String, Object> model = model(CelModelView.activation(fixture.build(), AS_OF));

        assertThat(model.get("artifact")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .doesNotContainKey("onDisk");
    }

    @Test
    void usesTheFieldNamesOfModelYaml() {
        Map<String, Object> model = model(CelModelView.activation(ModelFixture.compliant().build(), AS_OF));

        assertThat(model).containsKeys("id", "name", "version", "type", "task", "description", "license", "riskTier",
                "status", "people", "intendedUse", "outOfScopeUses", "limitations", "ethicalConsiderations",
                "recommendations", "datasets", "artifact", "approvals", "monitoring", "extensions");
        assertThat(model.get("people")).asList().first().isEqualTo(Map.of("name", "Dana Whitfield",
                "email", "dana.whitfield@example.com", "role", "owner", "organization", "Retail Credit Risk"));
        assertThat(model.get("artifact")).isEqualTo(Map.of("path", "artifacts/credit-scoring-3.2.0.onnx",
                "sha256", ModelFixture.SHA256, "format", "onnx", "onDisk", Map.of("path", ModelFixture.ARTIFACT_FILE,
                        "present", true, "folder", false, "sha256", ModelFixture.SHA256, "md5", ModelFixture.MD5)));
        assertThat(model.get("approvals")).asList().first().isEqualTo(Map.of("by", "Priya Raman",
                "role", "validator", "date", Instant.parse("2026-09-14T00:00:00Z"), "decision", "approved",
                "comment", "Fit for use."));
    }

    @Test
    void absentAndBlankTextsAreAbsentKeysListsAreAlwaysPresent() {
        ModelFixture fixture = new ModelFixture();
        fixture.description = null;
        fixture.intendedUse = "   ";
        fixture.artifact = null;
        fixture.monitoring = null;
        fixture.limitations.addAll(List.of("", " ", "Real limitation"));
        fixture.people.add(new Person("Only Name", null, "owner", ""));

        Map<String, Object> model = model(CelModelView.activation(fixture.build(), AS_OF));

        assertThat(model).doesNotContainKeys("description", "intendedUse", "artifact", "monitoring");
        assertThat(model.get("limitations")).isEqualTo(List.of("Real limitation"));
        assertThat(model.get("outOfScopeUses")).isEqualTo(List.of());
        assertThat(model.get("approvals")).isEqualTo(List.of());
        assertThat(model.get("extensions")).isEqualTo(Map.of());
        assertThat(model.get("people")).asList().containsExactly(Map.of("name", "Only Name", "role", "owner"));
    }

    @Test
    void evaluationsCarryValueSliceBoundsDatasetDateFileAndLine() {
        GovernedModel built = ModelFixture.compliant().build();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> evaluations =
                (List<Map<String, Object>>) CelModelView.activation(built, AS_OF).get("evaluations");

        assertThat(evaluations).hasSize(3);
        assertThat(evaluations.get(0)).contains(entry("metric", "auc"), entry("value", 0.812),
                entry("slice", Map.of()), entry("sliceLabel", "overall"), entry("threshold", Map.of("min", 0.75)),
                entry("dataset", "holdout-2026q3"), entry("date", Instant.parse("2026-09-01T00:00:00Z")),
                entry("file", ModelFixture.EVALUATION_FILE), entry("line", 4L), entry("column", 5L));
        assertThat(evaluations.get(0).get("confidenceInterval")).isEqualTo(Map.of("lower", 0.802, "upper",
                0.8220000000000001, "level", 0.95));
        assertThat(evaluations.get(1).get("threshold")).isEqualTo(Map.of("max", 0.10));
        assertThat(evaluations.get(2)).contains(entry("slice", Map.of("age_band", "18-25")),
                entry("sliceLabel", "age_band=18-25"), entry("threshold", Map.of("min", 0.75)));
    }

    @Test
    void monitoringResultsSayWhetherTheyAreTheLatestOfTheirMetricAndSlice() {
        ModelFixture fixture = ModelFixture.compliant();
        String file = "src/main/models/credit-scoring/monitoring/results.csv";
        LocalDate september = LocalDate.of(2026, 9, 30);
        LocalDate october = LocalDate.of(2026, 10, 31);
        fixture.monitoringResults.add(ModelFixture.result("psi", 0.31, Map.of("feature", "income"), null, null,
                null, september, file, 2));
        fixture.monitoringResults.add(ModelFixture.result("psi", 0.06, Map.of("feature", "income"), null, null,
                "a", october, file, 3));
        fixture.monitoringResults.add(ModelFixture.result("psi", 0.07, Map.of("feature", "income"), null, null,
                "b", october, file, 4));
        fixture.monitoringResults.add(ModelFixture.result("psi", 0.05, Map.of(), null, null, null, september, file,
                5));
        fixture.monitoringResults.add(ModelFixture.result("auc", 0.8, Map.of("feature", "income"), null, null, null,
                september, file, 6));
        fixture.monitoringResults.add(ModelFixture.result("psi", 0.5, Map.of("feature", "income"), null, null, null,
                null, file, 7));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results =
                (List<Map<String, Object>>) CelModelView.activation(fixture.build(), AS_OF).get("monitoringResults");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> evaluations =
                (List<Map<String, Object>>) CelModelView.activation(fixture.build(), AS_OF).get("evaluations");

        // superseded; latest (two results of the last day); the only one of its slice; of its metric; undated
        assertThat(results).extracting(r -> r.get("latest")).containsExactly(false, true, true, true, true, false);
        assertThat(evaluations).allSatisfy(e -> assertThat(e).doesNotContainKey("latest"));
    }

    @Test
    void lineageHasDatasetsJobsAndEdges() {
        @SuppressWarnings("unchecked")
        Map<String, Object> lineage = (Map<String, Object>) CelModelView
                .activation(ModelFixture.compliant().build(), AS_OF).get("lineage");

        assertThat(lineage).containsOnlyKeys("datasets", "jobs", "edges", "hasArtifact");
        assertThat(lineage.get("edges")).asList().first().isEqualTo(Map.of("from", "loan-applications-2024q4",
                "to", "train-2026q3"));
        assertThat(lineage.get("jobs")).asList().first().isEqualTo(Map.of("id", "train-2026q3",
                "name", "Train credit scorer", "type", "training", "runId", "run-4812", "owner", "Lee Chen",
                "codeRef", "git+https://git.example.com/credit/scoring.git@9f1c2e7", "raw", false, "feedsArtifact", true));
        @SuppressWarnings("unchecked")
        Map<String, Object> holdout = ((List<Map<String, Object>>) lineage.get("datasets")).get(1);
        assertThat(holdout).doesNotContainKeys("sha256", "description").containsEntry("owner", "Credit Data Office");
    }

    @Test
    void extensionsBecomeCelValues() throws Exception {
        ModelFixture fixture = ModelFixture.compliant();
        fixture.extensions.put("reviewCycleMonths", 12);
        fixture.extensions.put("share", 0.5f);
        fixture.extensions.put("big", new BigInteger("123456789012345678901234567890"));
        fixture.extensions.put("exact", new BigDecimal("0.1"));
        fixture.extensions.put("reviewed", LocalDate.of(2026, 1, 31));
        fixture.extensions.put("absent", null);
        List<Object> withNull = new ArrayList<>(Arrays.asList("a", null));
        fixture.extensions.put("list", withNull);
        fixture.extensions.put("json", new ObjectMapper().readTree("{\"n\": 3, \"d\": 2.5, \"t\": [true, null], \"z\": null}"));
        fixture.extensions.put("nested", Map.of("owner", Map.of("team", "risk")));

        @SuppressWarnings("unchecked")
        Map<String, Object> extensions = (Map<String, Object>) model(CelModelView.activation(fixture.build(), AS_OF))
                .get("extensions");

        assertThat(extensions).doesNotContainKey("absent");
        assertThat(extensions).contains(entry("reviewCycleMonths", 12L), entry("share", 0.5),
                entry("big", 1.2345678901234568E29), entry("exact", 0.1),
                entry("reviewed", Instant.parse("2026-01-31T00:00:00Z")),
                entry("list", List.of("a", NullValue.NULL_VALUE)),
                entry("json", Map.of("n", 3L, "d", 2.5, "t", List.of(true, NullValue.NULL_VALUE))),
                entry("nested", Map.of("owner", Map.of("team", "risk"))));
    }
}
