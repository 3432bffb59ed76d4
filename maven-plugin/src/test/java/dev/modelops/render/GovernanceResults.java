package dev.modelops.render;

import dev.modelops.model.Approval;
import dev.modelops.model.Artifact;
import dev.modelops.model.ConfidenceInterval;
import dev.modelops.model.DatasetUse;
import dev.modelops.model.Enforcement;
import dev.modelops.model.Finding;
import dev.modelops.model.FindingStatus;
import dev.modelops.model.GovernanceResult;
import dev.modelops.model.GovernedModel;
import dev.modelops.model.InputFile;
import dev.modelops.model.Lineage;
import dev.modelops.model.LineageDataset;
import dev.modelops.model.LineageEdge;
import dev.modelops.model.LineageJob;
import dev.modelops.model.MetricResult;
import dev.modelops.model.ModelMetadata;
import dev.modelops.model.MonitoringPlan;
import dev.modelops.model.Person;
import dev.modelops.model.Reference;
import dev.modelops.model.Rule;
import dev.modelops.model.RuleParameter;
import dev.modelops.model.Severity;
import dev.modelops.model.SourceLocation;
import dev.modelops.model.Threshold;
import dev.modelops.model.Waiver;
import dev.modelops.model.WaiverOutcome;
import dev.modelops.model.WaiverState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Builds {@link GovernanceResult}s for render tests. {@link #standard()} is three models with findings of
 * every status, failing on {@code high}:
 * <ul>
 *   <li>{@code credit-scoring}: complete metadata, lineage and metrics (an AUC of 0.74999 against
 *       {@code min 0.75}); violates {@code approval-recorded} (critical, blocking) and {@code fairness-reviewed}
 *       (low, a warning).</li>
 *   <li>{@code churn-predictor}: passes every rule; {@code fairness-reviewed} does not apply to it.</li>
 *   <li>{@code fraud-detector}: almost nothing declared; {@code owner-declared} fails (high, blocking) and
 *       {@code metrics-meet-thresholds} could not be evaluated (error, medium, a warning).</li>
 * </ul>
 */
final class GovernanceResults {

    static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");
    static final String HASH_A = "a".repeat(64);
    static final String HASH_B = "b".repeat(64);
    static final String HASH_C = "c".repeat(64);

    private String project = "Retail credit models";
    private Severity failOn = Severity.HIGH;
    private final List<GovernedModel> models = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<WaiverOutcome> waivers = new ArrayList<>();

    static GovernanceResults builder() {
        return new GovernanceResults();
    }

    static GovernanceResult standard() {
        return standardBuilder().build();
    }

    static GovernanceResults standardBuilder() {
        GovernanceResults results = builder()
                .rule("owner-declared", "Every model has an owner", Severity.HIGH, "/people",
                        new Reference("SR 11-7", "IV"), new Reference("EU AI Act", "Art. 17"))
                .rule("approval-recorded", "A validator approved the model", Severity.CRITICAL, "/approvals",
                        new Reference("SR 11-7", "III.A"))
                .rule("metrics-meet-thresholds", "Every metric meets its threshold", Severity.MEDIUM, "",
                        new Reference("EU AI Act", "Art. 15"))
                .rule("fairness-reviewed", "Fairness reviewed for high-risk models", Severity.LOW,
                        "/ethicalConsiderations");
        results.model(creditScoring()).model(churnPredictor()).model(fraudDetector());

        results.finding("credit-scoring", "owner-declared", FindingStatus.PASSED, null)
                .finding("credit-scoring", "approval-recorded", FindingStatus.FAILED,
                        "The latest approval of credit-scoring is 'conditional', expected 'approved'")
                .finding("credit-scoring", "metrics-meet-thresholds", FindingStatus.PASSED, null)
                .finding("credit-scoring", "fairness-reviewed", FindingStatus.FAILED,
                        "No fairness review is recorded for credit-scoring");
        results.finding("churn-predictor", "owner-declared", FindingStatus.PASSED, null)
                .finding("churn-predictor", "approval-recorded", FindingStatus.PASSED, null)
                .finding("churn-predictor", "metrics-meet-thresholds", FindingStatus.PASSED, null)
                .finding("churn-predictor", "fairness-reviewed", FindingStatus.NOT_APPLICABLE, null);
        results.finding("fraud-detector", "owner-declared", FindingStatus.FAILED,
                        "fraud-detector declares no person with role owner")
                .finding("fraud-detector", "approval-recorded", FindingStatus.PASSED, null)
                .finding("fraud-detector", "metrics-meet-thresholds", FindingStatus.ERROR,
                        "No such key: threshold (CEL evaluation error)")
                .finding("fraud-detector", "fairness-reviewed", FindingStatus.NOT_APPLICABLE, null);
        return results;
    }

    GovernanceResults project(String name) {
        this.project = name;
        return this;
    }

    GovernanceResults failOn(Severity severity) {
        this.failOn = severity;
        return this;
    }

    GovernanceResults model(GovernedModel model) {
        models.add(model);
        return this;
    }

    /** Replaces the metadata of a model already added. */
    GovernanceResults editMetadata(String modelId, UnaryOperator<ModelMetadata> edit) {
        models.replaceAll(m -> m.id().equals(modelId)
                ? new GovernedModel(edit.apply(m.metadata()), m.evaluations(), m.lineage(), m.metadataFile(),
                        m.inputs(), m.fieldLocations())
                : m);
        return this;
    }

    GovernanceResults editModel(String modelId, UnaryOperator<GovernedModel> edit) {
        models.replaceAll(m -> m.id().equals(modelId) ? edit.apply(m) : m);
        return this;
    }

    GovernanceResults rule(String id, String title, Severity severity, String field, Reference... references) {
        rules.add(new Rule(id, title, title + ".", severity, null, "true", title + " failed", field,
                List.of(references), "core", new SourceLocation("rules/core.yaml", rules.size() * 10 + 3, 5, "")));
        return this;
    }

    /** Gives a rule already added (and its findings) another enforcement and parameters. */
    GovernanceResults enforce(String ruleId, Enforcement enforcement, RuleParameter... params) {
        Map<String, RuleParameter> declared = new LinkedHashMap<>();
        for (RuleParameter param : params) {
            declared.put(param.name(), param);
        }
        rules.replaceAll(r -> r.id().equals(ruleId) ? r.overridden(r.severity(), enforcement, declared) : r);
        Rule changed = rules.stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        findings.replaceAll(f -> f.ruleId().equals(ruleId)
                ? new Finding(changed, f.modelId(), f.status(), f.message(), f.location()) : f);
        return this;
    }

    /** A finding located at the rule's field in the model's metadata file, like the evaluate stage makes. */
    GovernanceResults finding(String modelId, String ruleId, FindingStatus status, String message) {
        Rule rule = rules.stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        GovernedModel model = models.stream().filter(m -> m.id().equals(modelId)).findFirst().orElseThrow();
        String text = message == null ? rule.title() : message;
        findings.add(new Finding(rule, modelId, status, text, model.locate(rule.field())));
        return this;
    }

    /** Waives the finding of a model and rule already added, as the waiver applier does, and records the waiver as applied. */
    GovernanceResults waive(String modelId, String ruleId, Waiver waiver) {
        findings.replaceAll(f -> f.modelId().equals(modelId) && f.ruleId().equals(ruleId) ? f.waivedBy(waiver) : f);
        waivers.add(new WaiverOutcome(waiver, WaiverState.APPLIED));
        return this;
    }

    /** A waiver of the file src/main/modelops/waivers.yaml at {@code line}, approved by Priya Raman. */
    static Waiver waiver(String ruleId, String modelId, String justification, int line) {
        return new Waiver(ruleId, modelId, null, justification, "Priya Raman", "priya.raman@example.com",
                "MRM-F-2026-044", LocalDate.of(2027, 3, 31),
                new SourceLocation("src/main/modelops/waivers.yaml", line, 5, "/waivers/0"));
    }

    /** Replaces the message of a finding already added. */
    GovernanceResults message(String modelId, String ruleId, String message) {
        findings.replaceAll(f -> f.modelId().equals(modelId) && f.ruleId().equals(ruleId)
                ? new Finding(f.rule(), f.modelId(), f.status(), message, f.location())
                : f);
        return this;
    }

    List<GovernedModel> models() {
        return models;
    }

    List<Finding> findings() {
        return findings;
    }

    GovernanceResult build() {
        return new GovernanceResult(project, AS_OF, models, rules, findings, failOn, waivers,
                waivers.isEmpty() ? null : new InputFile("src/main/modelops/waivers.yaml", "waivers", HASH_A));
    }

    // ------------------------------------------------------------------------------------------ models

    static GovernedModel creditScoring() {
        String folder = "src/main/models/credit-scoring/";
        SortedMapBuilder extensions = new SortedMapBuilder()
                .put("businessLine", "Retail lending")
                .put("fairness", new LinkedHashMap<>(Map.of(
                        "reviewedBy", "Ethics board",
                        "groups", List.of("age_band", "sex"),
                        "disparateImpact", 0.84)))
                .put("reviewCount", 3);
        ModelMetadata metadata = new ModelMetadata(
                "credit-scoring",
                "Retail credit default scorer",
                "3.2.0",
                "classifier",
                "binary-classification",
                "Gradient-boosted trees estimating 12-month probability of default.",
                "proprietary",
                List.of(
                        new Person("Dana Whitfield", "dana.whitfield@example.com", Person.OWNER, "Retail Credit Risk"),
                        new Person("Sam Okafor", "sam.okafor@example.com", Person.DEVELOPER, "Data Science"),
                        new Person("Priya Raman", "priya.raman@example.com", Person.VALIDATOR, "Model Validation")),
                "high",
                "production",
                "Rank consumer loan applications by default risk for underwriters.",
                List.of("Employment screening", "Insurance pricing"),
                List.of("Not validated for applicants with no credit history."),
                List.of("Uses age band; fairness reviewed per protected attribute."),
                List.of(
                        new DatasetUse("Loan applications 2019-2024", "training", "loan-applications-2024q4",
                                "Applications with 12-month outcome."),
                        new DatasetUse("Holdout 2026 Q3", "test", "holdout-2026q3", null)),
                new Artifact("artifacts/credit-scoring-3.2.0.onnx", HASH_A, "onnx"),
                List.of(new Approval("Priya Raman", Person.VALIDATOR, LocalDate.of(2026, 9, 14), "conditional",
                        "Approved subject to quarterly fairness monitoring.")),
                new MonitoringPlan("P30D", List.of("auc", "psi"), "Dana Whitfield", "Monthly drift and AUC review."),
                extensions.build());
        SourceLocation holdout = SourceLocation.of(folder + "evaluations/holdout-2026q3.json");
        List<MetricResult> metrics = List.of(
                new MetricResult("auc", 0.812, null, new ConfidenceInterval(0.801, 0.823, 0.95), new Threshold(0.75, null),
                        "holdout-2026q3", LocalDate.of(2026, 9, 1), holdout.withPointer("/results/0", 5, 5)),
                new MetricResult("auc", 0.74999, new TreeMap<>(Map.of("age_band", "18-25")), null,
                        new Threshold(0.75, null), "holdout-2026q3", LocalDate.of(2026, 9, 1),
                        holdout.withPointer("/results/1", 8, 5)),
                new MetricResult("false_positive_rate", 0.08, null, null, new Threshold(null, 0.10), "oot-2026q2",
                        LocalDate.of(2026, 9, 1), holdout.withPointer("/results/2", 11, 5)),
                new MetricResult("psi", 0.0312345, null, null, null, "monitoring-2026-10", LocalDate.of(2026, 10, 1),
                        SourceLocation.of(folder + "evaluations/slices.csv").withPointer("/1", 2, 1)));
        Lineage lineage = new Lineage(
                List.of(
                        new LineageDataset("loan-applications-2024q4", "Loan applications", "jdbc:postgresql://lake/loans",
                                "Credit Data Office", "internal", "personal", "2024-12-31", HASH_B, null),
                        new LineageDataset("holdout-2026q3", "Holdout sample", "s3://lake/holdout/2026q3",
                                "Model Validation", "internal", "pseudonymized", "2026-09-01", HASH_C, null)),
                List.of(new LineageJob("train-2026q3", "Train credit scorer", "training", "run-4812", "Dana Whitfield",
                        "git+https://git.example.com/credit/scoring.git@9f1c2e7")),
                List.of(new LineageEdge("loan-applications-2024q4", "train-2026q3"),
                        new LineageEdge("train-2026q3", "model-artifact")));
        SourceLocation file = SourceLocation.of(folder + "model.yaml");
        return new GovernedModel(metadata, metrics, lineage, file,
                List.of(new InputFile(folder + "model.yaml", "model", HASH_A),
                        new InputFile(folder + "evaluations/holdout-2026q3.json", "evaluation", HASH_B),
                        new InputFile(folder + "evaluations/slices.csv", "evaluation", HASH_C),
                        new InputFile(folder + "lineage.yaml", "lineage", HASH_A)),
                Map.of("/people", file.withPointer("/people", 9, 1),
                        "/approvals", file.withPointer("/approvals", 24, 1),
                        "/ethicalConsiderations", file.withPointer("/ethicalConsiderations", 15, 1)));
    }

    static GovernedModel churnPredictor() {
        String folder = "src/main/models/churn-predictor/";
        ModelMetadata metadata = new ModelMetadata("churn-predictor", "Customer churn predictor", "1.4.1", "classifier",
                "binary-classification", "Logistic regression on account activity.", "internal",
                List.of(new Person("Lee Chen", "lee.chen@example.com", Person.OWNER, "Marketing Analytics")),
                "low", "production", "Prioritise retention offers.", List.of(), List.of(), List.of(), List.of(), null,
                List.of(new Approval("Ana Costa", Person.VALIDATOR, LocalDate.of(2026, 8, 2), "approved", null)),
                null, null);
        SourceLocation file = SourceLocation.of(folder + "model.yaml");
        return new GovernedModel(metadata,
                List.of(new MetricResult("accuracy", 0.91, null, null, new Threshold(0.8, null), "holdout-2026q2",
                        LocalDate.of(2026, 7, 1), SourceLocation.of(folder + "evaluations/holdout.json").withPointer("/results/0", 4, 5))),
                null, file, List.of(new InputFile(folder + "model.yaml", "model", HASH_B)),
                Map.of("/people", file.withPointer("/people", 7, 1)));
    }

    static GovernedModel fraudDetector() {
        String folder = "src/main/models/fraud-detector/";
        ModelMetadata metadata = new ModelMetadata("fraud-detector", "Card fraud detector", "0.9.0", null, null, null,
                null, List.of(), "critical", "development", null, null, null, null, null, null, null, null, null);
        SourceLocation file = SourceLocation.of(folder + "model.yaml");
        return new GovernedModel(metadata, List.of(), null, file,
                List.of(new InputFile(folder + "model.yaml", "model", HASH_C)), Map.of());
    }

    /** A plain model numbered {@code index}, for volume tests. */
    static GovernedModel numbered(int index) {
        GovernedModel template = creditScoring();
        ModelMetadata m = template.metadata();
        String id = String.format(java.util.Locale.ROOT, "model-%04d", index);
        ModelMetadata metadata = new ModelMetadata(id, m.name() + " " + index, m.version(), m.type(), m.task(),
                m.description(), m.license(), m.people(), m.riskTier(), m.status(), m.intendedUse(), m.outOfScopeUses(),
                m.limitations(), m.ethicalConsiderations(), m.datasets(), m.artifact(), m.approvals(), m.monitoring(),
                m.extensions());
        return new GovernedModel(metadata, template.evaluations(), template.lineage(),
                SourceLocation.of("src/main/models/" + id + "/model.yaml"), template.inputs(), template.fieldLocations());
    }

    /** {@code count} models, each with the standard rules, a mix of statuses. */
    static GovernanceResult many(int count) {
        GovernanceResults results = builder();
        Severity[] severities = Severity.values();
        for (int r = 0; r < 12; r++) {
            results.rule("rule-" + r, "Rule number " + r, severities[r % severities.length], "/people",
                    new Reference("SR 11-7", "III." + r));
        }
        FindingStatus[] statuses = FindingStatus.values();
        for (int i = 0; i < count; i++) {
            GovernedModel model = numbered(i);
            results.model(model);
            for (int r = 0; r < 12; r++) {
                FindingStatus status = statuses[(i + r) % statuses.length];
                results.finding(model.id(), "rule-" + r, status,
                        status.isViolation() ? "Rule " + r + " does not hold for " + model.id() : null);
            }
        }
        return results.build();
    }

    /** A tiny fluent builder of the metadata's sorted extension map. */
    static final class SortedMapBuilder {
        private final TreeMap<String, Object> map = new TreeMap<>();

        SortedMapBuilder put(String key, Object value) {
            map.put(key, value);
            return this;
        }

        TreeMap<String, Object> build() {
            return map;
        }
    }
}
